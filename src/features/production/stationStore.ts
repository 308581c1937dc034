import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * The station this tablet stands at. Tablets are mounted at a station and shared by its operators,
 * so the choice belongs to the tablet (kept across sign-ins and reboots), not to the person.
 */
interface StationState {
  station: string | null;
  setStation: (station: string | null) => void;
}

export const useTabletStation = create<StationState>()(
  persist((set) => ({ station: null, setStation: (station) => set({ station }) }), {
    name: 'gemba.station',
    storage: createJSONStorage(() => localStorage),
    partialize: (s) => ({ station: s.station }),
  }),
);
