import { useServices } from '../../app/servicesContext';
import { useNow } from '../../ui/useNow';

/**
 * The tablet's clock (the services' `now`, which tests fix), re-read every `intervalMs` so ages,
 * timers and escalation tiers on screen keep moving.
 */
export function useClockNow(intervalMs: number): number {
  const { now } = useServices();
  useNow(intervalMs);
  return now();
}
