import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Who is working on this shared tablet. Kept across reloads so a reboot does not sign people out. */
export interface SessionState {
  userId: string | null;
  signIn: (userId: string) => void;
  signOut: () => void;
}

export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      userId: null,
      signIn: (userId) => set({ userId }),
      signOut: () => set({ userId: null }),
    }),
    { name: 'gemba.session', storage: createJSONStorage(() => localStorage), partialize: (s) => ({ userId: s.userId }) },
  ),
);
