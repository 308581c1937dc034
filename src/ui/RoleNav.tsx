import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { MasterUser } from '../domain';

type NavKey = 'pull' | 'production' | 'andon' | 'queue' | 'wip' | 'leader' | 'settings';

/** The screens each role moves between; the first one is the role's home. */
const linksByRole: Record<MasterUser['role'], [NavKey, string][]> = {
  operator: [
    ['pull', '/operator'],
    ['production', '/operator/production'],
    ['andon', '/operator/andon'],
    ['settings', '/settings/scanner'],
  ],
  handler: [
    ['queue', '/handler'],
    ['wip', '/handler/wip'],
    ['leader', '/leader'],
    ['settings', '/settings/scanner'],
  ],
  leader: [
    ['leader', '/leader'],
    ['queue', '/handler'],
    ['wip', '/handler/wip'],
    ['settings', '/settings/scanner'],
  ],
  admin: [
    ['leader', '/leader'],
    ['queue', '/handler'],
    ['wip', '/handler/wip'],
    ['production', '/operator/production'],
    ['settings', '/settings/scanner'],
  ],
};

/** Big tabs between a role's screens, reachable with Tab and Enter like any link. */
export function RoleNav({ role }: { role: MasterUser['role'] }) {
  const { t } = useTranslation();
  const [path] = useLocation();
  return (
    <nav className="role-nav" aria-label={t('nav.label')}>
      {linksByRole[role].map(([key, href]) => (
        <Link key={key} href={href} className="role-nav__link" aria-current={path === href ? 'page' : undefined}>
          {t(`nav.${key}`)}
        </Link>
      ))}
    </nav>
  );
}
