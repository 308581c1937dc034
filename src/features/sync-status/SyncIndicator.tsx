import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSyncStatus } from '../../stores/syncStatusStore';

/** Always visible: is the tablet online, can it reach the server, and how much is waiting to sync. */
export function SyncIndicator() {
  const { t, i18n } = useTranslation();
  const { isOnline, isServerReachable, pending, unsaved, lastSyncAt } = useSyncStatus();
  const connection = !isOnline ? 'offline' : isServerReachable === false ? 'serverUnreachable' : 'online';
  const time = lastSyncAt ? new Date(lastSyncAt).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }) : null;
  return (
    <div className="sync-area">
      <div className={`sync sync--${connection}`} role="status" aria-label={t('sync.label')} data-testid="sync-status" data-pending={pending}>
        <span className="sync__dot" aria-hidden="true">
          {connection === 'online' ? '●' : '○'}
        </span>
        <span className="sync__connection">{t(`sync.${connection}`)}</span>
        <span className="sync__pending" data-testid="pending">
          {pending > 0 ? t('sync.pending', { count: pending }) : t('sync.allSynced')}
        </span>
        {unsaved > 0 && <strong className="sync__unsaved">⚠ {t('sync.unsaved', { count: unsaved })}</strong>}
        <span className="sync__last">{time ? t('sync.lastSync', { time }) : t('sync.neverSynced')}</span>
      </div>
      <Link href="/sync" className="sync__details">
        {t('syncPanel.open')}
      </Link>
    </div>
  );
}
