import type { FastifyInstance } from 'fastify';
import type { CouchContext } from './context';

/** GET /couch/_up — load-balancer probe. */
export function upRoute(app: FastifyInstance, ctx: CouchContext): void {
  app.get('/couch/_up', async (_req, reply) => {
    if (ctx.store.closed) return reply.code(404).send({ status: 'maintenance_mode' });
    return { status: 'ok' };
  });
}
