import type { MasterUser } from '../../domain';
import { usePlant } from '../../stores/plantStore';
import { useSession } from '../../stores/sessionStore';

export function useCurrentUser(): MasterUser | null {
  const userId = useSession((s) => s.userId);
  return usePlant((s) => (userId ? (s.master?.users.find((u) => u.id === userId) ?? null) : null));
}
