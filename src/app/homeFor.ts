import type { MasterUser } from '../domain';

/** Each role lands on the screen it uses most: leaders on the andon board; admins see the queue until their screens exist. */
export function homeFor(role: MasterUser['role']): string {
  if (role === 'operator') return '/operator';
  if (role === 'leader') return '/leader';
  return '/handler';
}
