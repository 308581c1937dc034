import type { FastifyInstance } from 'fastify';
import { badRequest } from '../errors';
import { requireDb } from '../http/names';
import { isJsonObject } from '../storage/doc-json';
import { isValidRev, revGeneration, sortedLeaves, type RevNode } from '../storage/rev-tree';
import type { CouchContext } from './context';

/** POST /couch/<db>/_revs_diff — which of these revisions do I lack? */
export function revsDiffRoute(app: FastifyInstance, ctx: CouchContext): void {
  app.post<{ Params: { db: string } }>('/couch/:db/_revs_diff', async (req, reply) => {
    const db = requireDb(ctx.store, req.params.db);
    const body: unknown = req.body;
    if (!isJsonObject(body)) throw badRequest('Request body must be a JSON object');
    const out: Record<string, { missing: string[]; possible_ancestors?: string[] }> = {};
    const entries = Object.entries(body);
    for (const [id, revs] of entries) {
      if (!Array.isArray(revs) || !revs.every(isValidRev)) throw badRequest(`Invalid revs for ${id}`);
    }
    // One query for the whole batch; an unknown doc has no tree.
    const trees = ctx.store.reader.revTrees(db, entries.map(([id]) => id));
    const empty = new Map<string, RevNode>();
    for (const [id, revs] of entries as Array<[string, string[]]>) {
      const tree = trees.get(id) ?? empty;
      const missing = revs.filter((r) => !tree.has(r));
      if (missing.length === 0) continue;
      const entry: { missing: string[]; possible_ancestors?: string[] } = { missing };
      const maxGen = Math.max(...missing.map(revGeneration));
      const ancestors = tree.size === 0 ? [] : sortedLeaves(tree.values()).map((l) => l.rev).filter((r) => revGeneration(r) < maxGen);
      if (ancestors.length > 0) entry.possible_ancestors = ancestors;
      Object.defineProperty(out, id, { value: entry, enumerable: true, writable: true, configurable: true });
    }
    return reply.send(out);
  });
}
