import type { MasterUser } from '../domain';

/** Each role lands on the screen it uses most. Leaders and admins see the queue until their boards exist. */
export function homeFor(role: MasterUser['role']): string {
  return role === 'operator' ? '/operator' : '/handler';
}
