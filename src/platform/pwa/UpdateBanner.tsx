import { useTranslation } from 'react-i18next';
import { useUpdate } from './serviceWorker';

export function UpdateBanner() {
  const { t } = useTranslation();
  const { isUpdateWaiting, applyUpdate } = useUpdate();
  if (!isUpdateWaiting || !applyUpdate) return null;
  return (
    <div className="update-banner" role="status">
      <span>{t('update.available')}</span>
      <button type="button" onClick={applyUpdate}>
        {t('update.now')}
      </button>
    </div>
  );
}
