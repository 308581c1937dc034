// Test fixtures: a real SQLite store in a temp dir, the app from the factory, and (when a real
// client needs it) a listening server on 127.0.0.1 with a random port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../src/app';
import { hashPassword } from '../src/auth/credentials';
import { Store } from '../src/storage/store';

export const ADMIN_USER = 'admin';
export const ADMIN_PASSWORD = 'test-secret';
export const ADMIN = hashPassword(ADMIN_USER, ADMIN_PASSWORD);
export const BASIC = 'Basic ' + Buffer.from(`${ADMIN_USER}:${ADMIN_PASSWORD}`).toString('base64');

export interface TestServer {
  app: FastifyInstance;
  store: Store;
  dir: string;
  /** http://127.0.0.1:port (only after listen()) */
  url: string;
  listen(): Promise<string>;
  close(): Promise<void>;
}

export async function makeServer(options: Partial<AppOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'gemba-test-'));
  const store = new Store(join(dir, 'gemba.sqlite'));
  const app = await buildApp({ store, admin: ADMIN, logger: false, ...options });
  const server: TestServer = {
    app,
    store,
    dir,
    url: '',
    async listen() {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      if (!address || typeof address === 'string') throw new Error('no address');
      server.url = `http://127.0.0.1:${address.port}`;
      return server.url;
    },
    async close() {
      await app.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

/** Creates a database as admin through the API. */
export async function createDb(app: FastifyInstance, name: string): Promise<void> {
  const res = await app.inject({ method: 'PUT', url: `/couch/${name}`, headers: { authorization: BASIC } });
  if (res.statusCode !== 201) throw new Error(`create ${name}: ${res.statusCode} ${res.body}`);
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, stepMs = 25): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('waitFor timed out');
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

export type Json = Record<string, unknown>;

export function json<T = Json>(body: string): T {
  return JSON.parse(body) as T;
}
