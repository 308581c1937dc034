// Serves the built PWA. The service worker and the HTML must never be cached by the browser
// (or an update could never land); hashed /assets/* never change and are cached for a year.
import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const NO_CACHE = new Set(['sw.js', 'registerSW.js', 'manifest.webmanifest', 'index.html']);
const API_PREFIXES = ['/couch', '/api', '/metrics'];

export async function registerStatic(app: FastifyInstance, dir: string | undefined): Promise<void> {
  const hasBuild = dir !== undefined && existsSync(`${dir}/index.html`);
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: dir,
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      setHeaders(res, path) {
        const name = basename(path);
        if (NO_CACHE.has(name) || name.startsWith('workbox-')) res.header('cache-control', 'no-cache');
        else if (path.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
        else res.header('cache-control', 'public, max-age=3600');
      },
    });
  } else {
    app.get('/', async (_req, reply) =>
      reply.type('text/plain; charset=utf-8').send('Gemba server is running, but the PWA is not built. Run `npm run build` (or `npm start`).\n'),
    );
  }
  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    const isApi = API_PREFIXES.some((p) => path === p || path.startsWith(p + '/'));
    // SPA fallback: a client-side route (no file extension) gets the app shell.
    if (!isApi && hasBuild && (req.method === 'GET' || req.method === 'HEAD') && extname(path) === '') {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send({ error: 'not_found', reason: 'missing' });
  });
}
