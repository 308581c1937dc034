import { useTranslation } from 'react-i18next';
import type { MasterUser } from '../../domain';
import { useSignOut } from './useSignIn';

export function SessionBar({ user }: { user: MasterUser }) {
  const { t } = useTranslation();
  const signOut = useSignOut(user.id);
  return (
    <div className="session-bar" data-testid="session-bar" data-user={user.id}>
      <span>{t('session.signedInAs', { name: user.name, role: t(`roles.${user.role}`) })}</span>
      <button type="button" onClick={() => void signOut()}>
        {t('session.signOut')}
      </button>
    </div>
  );
}
