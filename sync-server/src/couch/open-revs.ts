// GET /db/id?open_revs=… — the replicator's way to fetch specific leaves. JSON by default;
// multipart/mixed when the client asks for it (Apache CouchDB's replicator does).
import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { badRequest, notFound } from '../errors';
import { leavesFrom } from '../storage/rev-tree';
import { isValidRev } from '../storage/rev-tree';
import type { DbInfo, Store } from '../storage/store';
import { revisionJson, type DocOptions } from './doc-read';

export function parseOpenRevs(value: unknown): 'all' | string[] {
  if (value === 'all') return 'all';
  if (Array.isArray(value) && value.every(isValidRev)) return value;
  throw badRequest('open_revs must be "all" or a JSON array of revs');
}

/** Each entry is `{"ok":doc}` or `{"missing":rev}`, as JSON text. */
export function openRevsEntries(
  store: Store, db: DbInfo, id: string, wanted: 'all' | string[], isLatest: boolean, opts: DocOptions,
): string[] {
  const summary = store.reader.summary(db, id, false);
  if (!summary && wanted === 'all') throw notFound('missing');
  let revs: string[];
  if (wanted === 'all') {
    revs = summary ? summary.leaves.map((l) => l.rev) : [];
  } else if (isLatest && summary) {
    const tree = store.reader.revTree(db, id);
    revs = [...new Set(wanted.flatMap((r) => (tree.has(r) ? leavesFrom(tree, r) : [r])))];
  } else {
    revs = wanted;
  }
  return revs.map((rev) => {
    const json = summary ? revisionJson(store, db, id, rev, opts) : undefined;
    return json === undefined ? `{"missing":${JSON.stringify(rev)}}` : `{"ok":${json}}`;
  });
}

export function sendOpenRevs(reply: FastifyReply, entries: string[], isMultipart: boolean): FastifyReply {
  if (!isMultipart) return reply.type('application/json').send(`[${entries.join(',')}]`);
  const boundary = randomBytes(16).toString('hex');
  let out = '';
  for (const entry of entries) {
    // Multipart parts carry the bare document for found revs, as CouchDB does.
    const isOk = entry.startsWith('{"ok":');
    const part = isOk ? entry.slice(6, -1) : entry;
    out += `--${boundary}\r\nContent-Type: application/json${isOk ? '' : '; error="true"'}\r\n\r\n${part}\r\n`;
  }
  out += `--${boundary}--`;
  return reply.type(`multipart/mixed; boundary="${boundary}"`).send(out);
}
