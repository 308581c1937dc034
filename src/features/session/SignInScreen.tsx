import { useTranslation } from 'react-i18next';
import { usePlant } from '../../stores/plantStore';
import { ScanField } from '../../ui/ScanField';
import { useScanHandler } from '../useScanHandler';
import { useSignIn } from './useSignIn';

export function SignInScreen() {
  const { t } = useTranslation();
  const hasUsers = usePlant((s) => (s.master?.users.length ?? 0) > 0);
  const signIn = useSignIn();
  const onCode = useScanHandler(signIn);
  return (
    <section className="screen screen--centered" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      <p className="screen__prompt">{t('signIn.hint')}</p>
      {!hasUsers && (
        <p className="notice" role="status">
          {t('signIn.waitingForPlant')}
        </p>
      )}
      <ScanField label={t('signIn.badgeLabel')} submitLabel={t('signIn.submit')} onCode={onCode} />
    </section>
  );
}
