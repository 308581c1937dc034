/** The tablet's storage refused a write because it is full (or over its quota). */
export class StorageFullError extends Error {
  readonly code = 'storage-full';
  constructor(cause: unknown) {
    super('storage-full', { cause });
    this.name = 'StorageFullError';
  }
}

/**
 * IndexedDB reports a full disk as a `QuotaExceededError` DOMException; Dexie and RxDB wrap it
 * (as `inner`, `cause` or in `parameters`), so the whole chain is searched.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 6 || error === null || typeof error !== 'object') return false;
  const e = error as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; parameters?: { error?: unknown; errors?: unknown[] } };
  if (e.name === 'QuotaExceededError' || (typeof e.message === 'string' && /QuotaExceeded|quota/i.test(e.message))) return true;
  const nested = [e.inner, e.cause, e.parameters?.error, ...(Array.isArray(e.parameters?.errors) ? e.parameters.errors : [])];
  return nested.some((inner) => isQuotaError(inner, depth + 1));
}
