// Database-name and document-id rules, as CouchDB states them, so bad names are a 400 and never
// reach SQL.
import type { DbInfo, Store } from '../storage/store';
import { CouchError, badRequest, dbNotFound } from '../errors';

const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;
export const MAX_DOC_ID_BYTES = 1024;

export function assertDbName(name: string): void {
  if (name.length > 238 || !DB_NAME.test(name)) {
    throw new CouchError(
      400,
      'illegal_database_name',
      `Name: '${name.slice(0, 100)}'. Only lowercase characters (a-z), digits (0-9), and any of the characters _, $, (, ), +, -, and / are allowed. Must begin with a letter.`,
    );
  }
}

export function requireDb(store: Store, name: string): DbInfo {
  const db = store.getDb(name);
  if (!db) throw dbNotFound();
  return db;
}

/** Validates a replicated/normal doc id (not `_local/`). */
export function assertDocId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || id.length === 0) throw badRequest('Document id must be a non-empty string');
  if (Buffer.byteLength(id) > MAX_DOC_ID_BYTES) throw badRequest('Document id is too long');
  if (id.startsWith('_') && !id.startsWith('_design/')) {
    throw badRequest('Only reserved document ids may start with underscore.');
  }
}
