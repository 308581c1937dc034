import { useTranslation } from 'react-i18next';
import { usePlant } from '../../stores/plantStore';
import { ScanField } from '../../ui/ScanField';
import { CameraScanner } from '../scan/CameraScanner';
import { useScanHandler } from '../useScanHandler';
import { useSignIn } from './useSignIn';

export function SignInScreen() {
  const { t } = useTranslation();
  // Only once the tablet's own store has answered: "no plant data" must not flash while it loads.
  const hasNoPlantData = usePlant((s) => s.master !== null && s.master.users.length === 0);
  const isReady = usePlant((s) => (s.master?.users.length ?? 0) > 0);
  const signIn = useSignIn();
  const onCode = useScanHandler(signIn);
  return (
    <section className="screen screen--centered" aria-labelledby="sign-in-title" data-plant-ready={isReady}>
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      <p className="screen__prompt">{t('signIn.hint')}</p>
      <ScanField label={t('signIn.badgeLabel')} submitLabel={t('signIn.submit')} onCode={onCode} />
      <CameraScanner onCode={onCode} />
      {hasNoPlantData && (
        <p className="notice" role="status">
          {t('signIn.waitingForPlant')}
        </p>
      )}
    </section>
  );
}
