// Turns a client document into a WriteInput, rejecting anything malformed before a write starts.
import { randomUUID } from 'node:crypto';
import { CouchError, badRequest } from '../errors';
import { assertDocId } from '../http/names';
import { bodyText, isJsonObject } from '../storage/doc-json';
import { isValidRev } from '../storage/rev-tree';
import type { WriteInput } from '../storage/doc-writer';

export function toWriteInput(doc: unknown, isNewEdits: boolean, idFromUrl?: string): WriteInput {
  if (!isJsonObject(doc)) throw badRequest('Document must be a JSON object');
  const id = idFromUrl ?? (doc._id === undefined && isNewEdits ? randomUUID().replace(/-/g, '') : doc._id);
  assertDocId(id);
  const rev = doc._rev;
  if (rev !== undefined && !isValidRev(rev)) throw badRequest('Invalid rev format');
  if (doc._deleted !== undefined && typeof doc._deleted !== 'boolean') throw badRequest('_deleted must be a boolean');
  const text = bodyText(doc);
  if ('badField' in text) throw new CouchError(400, 'doc_validation', `Bad special document member: ${text.badField}`);
  const input: WriteInput = { id, rev, isDeleted: doc._deleted === true, body: text.body };
  if (!isNewEdits) {
    if (rev === undefined) throw badRequest('new_edits=false requires _rev');
    input.history = historyOf(rev, doc._revisions);
  }
  return input;
}

/** `_revisions` {start, ids} → full revs newest first; must agree with `_rev`. */
function historyOf(rev: string, revisions: unknown): string[] {
  if (revisions === undefined) return [rev];
  if (!isJsonObject(revisions) || !Number.isInteger(revisions.start) || !Array.isArray(revisions.ids)) {
    throw badRequest('_revisions must be {start, ids}');
  }
  const start = revisions.start as number;
  const ids = revisions.ids as unknown[];
  if (ids.length === 0 || ids.length > start || !ids.every((h) => typeof h === 'string' && /^[0-9a-zA-Z]+$/.test(h))) {
    throw badRequest('_revisions.ids is malformed');
  }
  const history = (ids as string[]).map((h, i) => `${start - i}-${h}`);
  if (history[0] !== rev) throw badRequest('_rev does not match _revisions');
  return history;
}
