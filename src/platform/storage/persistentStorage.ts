// Browsers may evict an origin's IndexedDB under storage pressure unless it is "persistent".
// A tablet's unsynced events live there, so Gemba asks for persistence and watches the quota.

export interface StorageReport {
  /** null where the browser has no StorageManager (very old or insecure context). */
  isPersisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/** Below this much free space (or above 90% used) the sync panel warns, before writes start failing. */
export const lowStorageFreeBytes = 50 * 1024 * 1024;

export function isStorageLow(report: StorageReport): boolean {
  if (report.usageBytes === null || report.quotaBytes === null || report.quotaBytes === 0) return false;
  const free = report.quotaBytes - report.usageBytes;
  return free < lowStorageFreeBytes || report.usageBytes / report.quotaBytes > 0.9;
}

export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}

export async function readStorageReport(): Promise<StorageReport> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.estimate) return { isPersisted: null, usageBytes: null, quotaBytes: null };
  const [estimate, isPersisted] = await Promise.all([storage.estimate(), storage.persisted?.() ?? Promise.resolve(null)]);
  return { isPersisted, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null };
}
