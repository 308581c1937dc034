// The app factory: everything the server does, without listening. Tests inject the store and
// drive it with app.inject(); index.ts adds the port, TLS and signals.
import { join } from 'node:path';
import { constants as zlib } from 'node:zlib';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCompress from '@fastify/compress';
import { AdminAuth } from './auth/admin-auth';
import type { AdminCredentials } from './auth/credentials';
import { errorHandler } from './errors';
import { registerCors } from './http/cors';
import { registerBodyParsers } from './http/json-body';
import { Metrics } from './metrics';
import { Store } from './storage/store';
import { COUCH_VERSION, type CouchContext } from './couch/context';
import { registerCouchRoutes } from './couch/routes';
import { healthRoute } from './routes/health';
import { metricsRoute } from './routes/metrics';
import { registerStatic } from './routes/static';

export interface AppOptions {
  /** Injected storage (tests: a temp file or ':memory:'). Closed by the app when it opened it. */
  store?: Store;
  /** Or a data dir: the app opens `<dataDir>/gemba.sqlite`. */
  dataDir?: string;
  admin: AdminCredentials;
  /** The built PWA; missing → `/` says to run `npm run build`. */
  staticDir?: string | undefined;
  logger?: boolean;
  logLevel?: string;
  corsOrigins?: readonly string[];
  tls?: { cert: Buffer; key: Buffer } | undefined;
  /** Largest accepted request body. */
  bodyLimitBytes?: number;
  /**
   * Gzip responses to clients on the loopback interface too (default true). The CLI turns it off:
   * on loopback (a local client, or a reverse proxy that compresses itself) gzip only costs CPU
   * on both ends — measured ~10% of a PouchDB pull's server and client time.
   */
  isLoopbackCompressed?: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export const DEFAULT_BODY_LIMIT = 64 * 1024 * 1024;

function serverOptions(options: AppOptions): FastifyServerOptions & Record<string, unknown> {
  const base: FastifyServerOptions & Record<string, unknown> = {
    logger: options.logger
      ? { level: options.logLevel ?? 'info', redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'] }
      : false,
    bodyLimit: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 4096 },
    forceCloseConnections: 'idle',
    keepAliveTimeout: 65_000,
    // Replicators put whole JSON arrays in query strings (keys=..., open_revs=...).
    http: { maxHeaderSize: 256 * 1024 },
  };
  if (options.tls) {
    base.http2 = true;
    base.https = { cert: options.tls.cert, key: options.tls.key, allowHTTP1: true };
    delete base.http;
  }
  return base;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const ownsStore = options.store === undefined;
  const store = options.store ?? new Store(join(options.dataDir ?? '.', 'gemba.sqlite'));
  const app = Fastify(serverOptions(options)) as unknown as FastifyInstance;
  const metrics = new Metrics();
  const ctx: CouchContext = {
    store,
    auth: new AdminAuth(options.admin),
    metrics,
    version: COUCH_VERSION,
    feeds: new Set(),
  };

  app.setErrorHandler(errorHandler);
  registerBodyParsers(app);
  registerCors(app, options.corsOrigins ?? []);
  app.addHook('onResponse', async (req, reply) => {
    metrics.observeRequest(req.method, req.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });
  // Open feeds would hold the close forever: end them first, then let in-flight writes finish.
  app.addHook('preClose', () => {
    for (const end of [...ctx.feeds]) end();
    return Promise.resolve();
  });
  app.addHook('onClose', () => {
    if (ownsStore) store.close();
    return Promise.resolve();
  });

  if (options.isLoopbackCompressed === false) {
    app.addHook('onRequest', (req, _reply, done) => {
      if (LOOPBACK.has(req.socket.remoteAddress ?? '')) delete req.headers['accept-encoding'];
      done();
    });
  }
  // Z_SYNC_FLUSH: each chunk of a streamed feed (heartbeats too) leaves the gzip stream at once.
  // Level 1: on replication JSON it compresses ~3× faster than the default 6 for a few percent
  // more bytes — the server's CPU, not a plant LAN, is what limits a pull.
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['gzip', 'deflate'],
    zlibOptions: { flush: zlib.Z_SYNC_FLUSH, level: zlib.Z_BEST_SPEED },
  });
  registerCouchRoutes(app, ctx);
  healthRoute(app, store);
  metricsRoute(app, store, metrics);
  await registerStatic(app, options.staticDir);
  return app;
}
