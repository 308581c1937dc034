import { create } from 'zustand';
import type { SyncReporter } from '../data/sync/syncReporter';
import type { StorageReport } from '../platform/storage/persistentStorage';

export interface SyncStatus {
  isOnline: boolean;
  /** null until the first request has been answered or has failed. */
  isServerReachable: boolean | null;
  pending: number;
  /** Recorded by a person but not committed: the storage was full. Kept in memory and retried. */
  unsaved: number;
  lastSyncAt: number | null;
  lastError: string | null;
  storage: StorageReport;
  /** Version the plant server reported at /api/health; null until it has answered. */
  serverVersion: string | null;
}

export const useSyncStatus = create<SyncStatus>(() => ({
  isOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
  isServerReachable: null,
  pending: 0,
  unsaved: 0,
  lastSyncAt: null,
  lastError: null,
  storage: { isPersisted: null, usageBytes: null, quotaBytes: null },
  serverVersion: null,
}));

export function createSyncReporter(now: () => number = Date.now): SyncReporter {
  const set = useSyncStatus.setState;
  return {
    reached: () => set({ isServerReachable: true }),
    unreachable: (reason) => set({ isServerReachable: false, lastError: reason }),
    serverError: (reason) => set({ isServerReachable: true, lastError: reason }),
    synced: () => set({ isServerReachable: true, lastSyncAt: now(), lastError: null }),
    replicationError: (reason) => set({ lastError: reason }),
    localError: (reason) => set({ lastError: reason }),
  };
}

/** Keeps `isOnline` in step with the browser's own network signal. */
export function watchBrowserNetwork(): () => void {
  const update = (): void => useSyncStatus.setState({ isOnline: navigator.onLine });
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update(); // the state may have changed while the app was starting
  return () => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  };
}
