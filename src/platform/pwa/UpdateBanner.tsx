import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../../stores/syncStatusStore';
import { isBusy, useWorkInProgress } from '../../stores/workInProgressStore';
import { decideUpdate } from './decideUpdate';
import { useUpdate } from './serviceWorker';

/**
 * Offers a waiting new version. It is applied when the person asks and nothing is at stake: with
 * records still waiting to sync the person confirms first (they are safe in IndexedDB), while a
 * scan or a form is in progress it waits for it, and it never reloads over unsaved records.
 */
export function UpdateBanner() {
  const { t } = useTranslation();
  const { isUpdateWaiting, applyUpdate } = useUpdate();
  const pending = useSyncStatus((s) => s.pending);
  const unsaved = useSyncStatus((s) => s.unsaved);
  const busy = useWorkInProgress((s) => isBusy(s));
  const [isRequested, setRequested] = useState(false);
  const [hasConfirmed, setConfirmed] = useState(false);
  const decision = decideUpdate({ pending, unsaved, isBusy: busy, hasConfirmed });

  useEffect(() => {
    if (isRequested && decision === 'apply') applyUpdate?.();
  }, [isRequested, decision, applyUpdate]);

  if (!isUpdateWaiting || !applyUpdate) return null;
  return (
    <div className="update-banner" role="region" aria-label={t('update.label')}>
      {!isRequested && (
        <>
          <span>{t('update.available')}</span>
          <button type="button" onClick={() => setRequested(true)}>
            {t('update.now')}
          </button>
        </>
      )}
      {isRequested && decision === 'confirm-pending' && (
        <>
          <span>{t('update.confirmPending', { count: pending })}</span>
          <button type="button" onClick={() => setConfirmed(true)}>
            {t('update.confirm')}
          </button>
          <button type="button" className="button--secondary" onClick={() => setRequested(false)}>
            {t('update.later')}
          </button>
        </>
      )}
      {isRequested && decision === 'wait-for-work' && <span role="status">{t('update.waitingForWork')}</span>}
      {isRequested && decision === 'blocked-unsaved' && <span role="alert">{t('update.blockedUnsaved', { count: unsaved })}</span>}
      {isRequested && decision === 'apply' && <span role="status">{t('update.applying')}</span>}
    </div>
  );
}
