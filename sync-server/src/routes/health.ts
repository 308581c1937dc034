import type { FastifyInstance } from 'fastify';
import type { Store } from '../storage/store';

export const SERVER_VERSION = '0.1.0';

/** GET /api/health — for scripts, the e2e runner and load balancers. */
export function healthRoute(app: FastifyInstance, store: Store): void {
  const startedAt = Date.now();
  app.get('/api/health', async (_req, reply) =>
    reply.send({
    ok: !store.closed,
    version: SERVER_VERSION,
    uuid: store.uuid,
    uptimeSec: Math.round((Date.now() - startedAt) / 1000),
  }),
  );
}
