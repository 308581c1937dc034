import type { FastifyInstance } from 'fastify';
import type { CouchContext } from './context';

/** GET /couch/ — replicators identify the peer by this uuid, so it never changes. */
export function welcomeRoute(app: FastifyInstance, ctx: CouchContext): void {
  app.get('/couch/', async (_req, reply) =>
    reply.send({
    couchdb: 'Welcome',
    version: ctx.version,
    uuid: ctx.store.uuid,
    vendor: { name: 'Gemba', version: '0.1.0' },
    features: [],
  }),
  );
}
