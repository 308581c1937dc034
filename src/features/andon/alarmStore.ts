import type { AndonCallView, MasterUser } from '../../domain';
import { create } from 'zustand';

/** Alarms silenced on this tablet, as `andon:tier`: a higher tier sounds again. Not synced: silencing is personal. */
interface AlarmState {
  silenced: ReadonlySet<string>;
  silence: (keys: readonly string[]) => void;
}

export const useAlarmStore = create<AlarmState>((set, get) => ({
  silenced: new Set(),
  silence: (keys) => set({ silenced: new Set([...get().silenced, ...keys]) }),
}));

export const alarmKey = (andon: string, tier: number): string => `${andon}:${tier}`;

/** Calls whose escalation ladder currently points at this role and that nobody has reached yet. */
export function alarmingCalls(open: readonly AndonCallView[], role: MasterUser['role'], silenced: ReadonlySet<string>): AndonCallView[] {
  return open.filter((c) => c.arrivedAt === undefined && c.tier > 0 && c.notifyRole === role && !silenced.has(alarmKey(c.andon, c.tier)));
}
