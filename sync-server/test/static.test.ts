// The built PWA at /, SPA fallback, cache headers; a hint when it is not built.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeServer, type TestServer } from './helpers';

const dist = mkdtempSync(join(tmpdir(), 'gemba-dist-'));
let s: TestServer;
let bare: TestServer;
beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Gemba</title>');
  writeFileSync(join(dist, 'sw.js'), 'self.x=1');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  s = await makeServer({ staticDir: dist });
  bare = await makeServer({ staticDir: join(dist, 'missing') });
});
afterAll(async () => {
  await s.close();
  await bare.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('static PWA', () => {
  it('serves index.html and sw.js with no-cache, hashed assets long-cached', async () => {
    const index = await s.app.inject({ url: '/' });
    expect(index.body).toContain('<title>Gemba</title>');
    expect(index.headers['cache-control']).toBe('no-cache');
    expect((await s.app.inject({ url: '/sw.js' })).headers['cache-control']).toBe('no-cache');
    expect((await s.app.inject({ url: '/assets/app-abc123.js' })).headers['cache-control']).toContain('immutable');
  });

  it('falls back to index.html for client routes, but not for API paths or files', async () => {
    const route = await s.app.inject({ url: '/operator/kanban' });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<title>Gemba</title>');
    expect((await s.app.inject({ url: '/couch/nope/x' })).statusCode).toBe(404);
    expect((await s.app.inject({ url: '/api/unknown' })).headers['content-type']).toContain('application/json');
    expect((await s.app.inject({ url: '/missing.png' })).statusCode).toBe(404);
  });

  it('says to build when there is no PWA', async () => {
    const res = await bare.app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('npm run build');
  });
});
