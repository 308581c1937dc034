import type { WithDeleted } from 'rxdb';
import type { ServerDoc } from '../schemas/serverDocSchema';

/**
 * Reshapes a pulled CouchDB document into the tablet's `{id, kind, body}` form. RxDB only moves
 * `_id` into the primary key when the document has no `id` field of its own, and master documents
 * do have one (the entity id), so the CouchDB `_id` is taken first when present.
 */
export function toServerDoc(raw: Record<string, unknown>): WithDeleted<ServerDoc> {
  const { _id, id, kind, _deleted, _rev: _ignoredRev, _attachments: _ignoredAttachments, ...rest } = raw;
  const docId = typeof _id === 'string' ? _id : String(id);
  const body = typeof _id === 'string' && id !== undefined ? { id, ...rest } : rest;
  return { id: docId, kind: typeof kind === 'string' ? kind : 'unknown', body, _deleted: _deleted === true };
}
