import type { FastifyInstance } from 'fastify';
import { badRequest } from '../errors';
import { requireDb } from '../http/names';
import { bodyText, isJsonObject } from '../storage/doc-json';
import type { WriteInput, WriteResult } from '../storage/doc-writer';
import type { CouchContext } from './context';
import { toWriteInput } from './doc-input';

export const MAX_BULK_DOCS = 10_000;

/**
 * POST /couch/<db>/_bulk_docs. Every doc is validated before anything is written, then the
 * batch is one transaction: a bad request never leaves half a batch behind.
 */
export function bulkDocsRoute(app: FastifyInstance, ctx: CouchContext): void {
  app.post<{ Params: { db: string } }>('/couch/:db/_bulk_docs', async (req, reply) => {
    const db = requireDb(ctx.store, req.params.db);
    const body: unknown = req.body;
    if (!isJsonObject(body) || !Array.isArray(body.docs)) throw badRequest('POST body must include `docs` parameter.');
    if (body.docs.length > MAX_BULK_DOCS) throw badRequest(`At most ${MAX_BULK_DOCS} docs per request`);
    if (body.new_edits !== undefined && typeof body.new_edits !== 'boolean') throw badRequest('`new_edits` must be a boolean');
    const isNewEdits = body.new_edits !== false;
    const inputs: WriteInput[] = [];
    const locals: Array<{ id: string; rev: string | undefined; body: string }> = [];
    const order: Array<'doc' | 'local'> = [];
    for (const doc of body.docs as unknown[]) {
      if (isJsonObject(doc) && typeof doc._id === 'string' && doc._id.startsWith('_local/')) {
        const text = bodyText(doc);
        if ('badField' in text) throw badRequest(`Bad special document member: ${text.badField}`);
        locals.push({ id: doc._id, rev: typeof doc._rev === 'string' ? doc._rev : undefined, body: text.body });
        order.push('local');
        continue;
      }
      inputs.push(toWriteInput(doc, isNewEdits));
      order.push('doc');
    }
    const written = ctx.store.writeDocs(db, inputs, isNewEdits);
    ctx.metrics.docsWritten += written.filter((r) => 'ok' in r).length;
    const localResults: WriteResult[] = locals.map((l) => {
      const w = ctx.store.putLocal(db, l.id, l.rev, l.body);
      return w === 'conflict' ? { id: l.id, error: 'conflict', reason: 'Document update conflict.' } : { ok: true, id: l.id, rev: w.rev };
    });
    let di = 0;
    let li = 0;
    const results = order.map((kind) => (kind === 'doc' ? written[di++] : localResults[li++]));
    // With new_edits=false CouchDB reports only failures.
    const out = isNewEdits ? results : results.filter((r) => r !== undefined && 'error' in r);
    return reply.code(201).send(out);
  });
}
