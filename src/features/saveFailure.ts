import { StorageFullError } from '../data/storageErrors';
import type { ScanOutcome } from './scanOutcome';

/**
 * What to tell the person when a write fails. A full storage is said plainly: the record is NOT
 * saved yet, Gemba holds it and keeps trying — never a generic error, never a false "saved".
 */
export function saveFailureOutcome(error: unknown): ScanOutcome {
  if (error instanceof StorageFullError) return { kind: 'error', key: 'errors.storage-full', values: {} };
  return { kind: 'error', key: 'errors.save-failed', values: { reason: error instanceof Error ? error.message : String(error) } };
}
