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
