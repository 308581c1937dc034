import type { FastifyInstance } from 'fastify';
import { isJsonObject } from '../storage/doc-json';
import { unauthorized } from '../errors';
import type { CouchContext } from './context';

/** /couch/_session — CouchDB cookie login for the admin (device tokens come later). */
export function sessionRoute(app: FastifyInstance, ctx: CouchContext): void {
  app.get('/couch/_session', async (req, reply) => {
    const name = ctx.auth.adminOf(req) ?? null;
    return reply.send({
      ok: true,
      userCtx: { name, roles: name ? ['_admin'] : [] },
      info: { authentication_handlers: ['cookie', 'default'], ...(name ? { authenticated: 'default' } : {}) },
    });
  });
  app.post('/couch/_session', async (req, reply) => {
    const body: unknown = req.body;
    const name = isJsonObject(body) ? body.name : undefined;
    const password = isJsonObject(body) ? body.password : undefined;
    if (typeof name !== 'string' || typeof password !== 'string' || !ctx.auth.checkPassword(name, password)) {
      throw unauthorized('Name or password is incorrect.');
    }
    void reply.header('set-cookie', ctx.auth.sessionCookie());
    return { ok: true, name, roles: ['_admin'] };
  });
  app.delete('/couch/_session', async (_req, reply) => {
    void reply.header('set-cookie', 'AuthSession=; Version=1; Path=/; HttpOnly; Max-Age=0');
    return { ok: true };
  });
}
