import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { intParam, type Query } from '../http/query';

/** GET /couch/_uuids — some clients ask the server for ids. */
export function uuidsRoute(app: FastifyInstance): void {
  app.get('/couch/_uuids', async (req, reply) => {
    const count = intParam(req.query as Query, 'count', 1, 1, 1000);
    return reply.send({ uuids: Array.from({ length: count }, () => randomUUID().replace(/-/g, '')) });
  });
}
