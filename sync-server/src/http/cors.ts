// CORS only for origins the operator listed (--cors-origin). The PWA is same-origin and needs
// none; anything else must be allowed explicitly.
import type { FastifyInstance } from 'fastify';

const ALLOWED_HEADERS = 'accept, authorization, content-type, origin, referer, x-csrf-token, if-match';
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, DELETE, COPY, OPTIONS';

export function registerCors(app: FastifyInstance, origins: readonly string[]): void {
  const allowed = new Set(origins);
  app.addHook('onRequest', async (req, reply) => {
    const origin = req.headers.origin;
    const isAllowed = origin !== undefined && (allowed.has(origin) || allowed.has('*'));
    if (isAllowed) {
      void reply.header('access-control-allow-origin', origin);
      void reply.header('access-control-allow-credentials', 'true');
      void reply.header('access-control-expose-headers', 'content-type, cache-control, etag, x-couch-request-id');
      void reply.header('vary', 'Origin');
    }
    if (req.method !== 'OPTIONS') return;
    if (!isAllowed) {
      return reply.code(403).send({ error: 'forbidden', reason: 'Origin not allowed' });
    }
    return reply
      .code(204)
      .header('access-control-allow-methods', ALLOWED_METHODS)
      .header('access-control-allow-headers', req.headers['access-control-request-headers'] ?? ALLOWED_HEADERS)
      .header('access-control-max-age', '600')
      .send();
  });
}
