import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../../stores/syncStatusStore';
import { appVersion, isCompatibleServer } from './appVersion';

/** Says plainly when this tablet and the plant server run versions that cannot sync. */
export function ServerMismatchBanner() {
  const { t } = useTranslation();
  const serverVersion = useSyncStatus((s) => s.serverVersion);
  if (!serverVersion || isCompatibleServer(appVersion, serverVersion)) return null;
  return (
    <p className="notice notice--bad" role="alert">
      {t('update.serverMismatch', { tablet: appVersion, server: serverVersion })}
    </p>
  );
}
