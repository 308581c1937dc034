import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/servicesContext';
import { isStorageLow } from '../../platform/storage/persistentStorage';
import { useSyncStatus } from '../../stores/syncStatusStore';
import { formatBytes } from './formatBytes';

/** Everything a leader needs to judge whether this tablet's records are safe and on the server. */
export function SyncPanelScreen() {
  const { t, i18n } = useTranslation();
  const { sync } = useServices();
  const status = useSyncStatus();
  const time = (ms: number | null): string =>
    ms === null ? t('syncPanel.never') : new Date(ms).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  const { storage } = status;
  const isLow = isStorageLow(storage);
  const persisted = storage.isPersisted === null ? 'unknown' : storage.isPersisted ? 'yes' : 'no';
  return (
    <section className="screen" aria-labelledby="sync-panel-title">
      <h1 id="sync-panel-title">{t('syncPanel.title')}</h1>
      <dl className="facts">
        <dt>{t('syncPanel.network')}</dt>
        <dd>{status.isOnline ? t('sync.online') : t('sync.offline')}</dd>
        <dt>{t('syncPanel.server')}</dt>
        <dd>{status.isServerReachable === null ? t('syncPanel.unknown') : status.isServerReachable ? t('syncPanel.reachable') : t('sync.serverUnreachable')}</dd>
        <dt>{t('syncPanel.pending')}</dt>
        <dd data-testid="panel-pending">{status.pending}</dd>
        <dt>{t('syncPanel.unsaved')}</dt>
        <dd data-testid="panel-unsaved" className={status.unsaved > 0 ? 'fact--bad' : undefined}>
          {status.unsaved}
        </dd>
        <dt>{t('syncPanel.lastSync')}</dt>
        <dd>{time(status.lastSyncAt)}</dd>
        <dt>{t('syncPanel.lastError')}</dt>
        <dd>{status.lastError ?? t('syncPanel.none')}</dd>
        <dt>{t('syncPanel.persisted')}</dt>
        <dd>{t(`syncPanel.persisted_${persisted}`)}</dd>
        <dt>{t('syncPanel.storage')}</dt>
        <dd>
          {storage.usageBytes === null || storage.quotaBytes === null
            ? t('syncPanel.unknown')
            : t('syncPanel.storageUse', { used: formatBytes(storage.usageBytes), quota: formatBytes(storage.quotaBytes) })}
        </dd>
      </dl>
      {isLow && (
        <p className="notice notice--bad" role="alert">
          {t('syncPanel.storageLow')}
        </p>
      )}
      <button type="button" onClick={() => sync?.syncNow()} disabled={!sync}>
        {t('syncPanel.syncNow')}
      </button>
    </section>
  );
}
