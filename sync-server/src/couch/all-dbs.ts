import type { FastifyInstance } from 'fastify';
import type { CouchContext } from './context';

/** GET /couch/_all_dbs — admin only, as in CouchDB 3. */
export function allDbsRoute(app: FastifyInstance, ctx: CouchContext): void {
  app.get('/couch/_all_dbs', async (req, reply) => {
    ctx.auth.requireAdmin(req);
    return reply.send(ctx.store.listDbs());
  });
}
