// Bad input is always a 4xx with {error, reason}; CORS only for configured origins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, json, makeServer, type TestServer } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await makeServer({ bodyLimitBytes: 64 * 1024, corsOrigins: ['http://tablet.local'] });
  await createDb(s.app, 'x');
});
afterAll(async () => {
  await s.close();
});

function expectCouchError(res: { statusCode: number; body: string }, status: number): void {
  expect(res.statusCode).toBe(status);
  const body = json<{ error: unknown; reason: unknown }>(res.body);
  expect(typeof body.error).toBe('string');
  expect(typeof body.reason).toBe('string');
}

describe('bad input', () => {
  it('a body over the limit is 413', async () => {
    const big = JSON.stringify({ docs: [{ _id: 'a', pad: 'x'.repeat(70 * 1024) }] });
    const res = await s.app.inject({ method: 'POST', url: '/couch/x/_bulk_docs', payload: big, headers: { 'content-type': 'application/json' } });
    expectCouchError(res, 413);
  });

  it('JSON nested too deeply is 400', async () => {
    const deep = '['.repeat(100) + ']'.repeat(100);
    const res = await s.app.inject({ method: 'PUT', url: '/couch/x/deep', payload: `{"a":${deep}}`, headers: { 'content-type': 'application/json' } });
    expectCouchError(res, 400);
  });

  it('malformed JSON is 400', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/couch/x/_bulk_docs', payload: '{"docs": [', headers: { 'content-type': 'application/json' } });
    expectCouchError(res, 400);
  });

  it('an unsupported content type is 415', async () => {
    const res = await s.app.inject({ method: 'PUT', url: '/couch/x/a', payload: 'x', headers: { 'content-type': 'application/xml' } });
    expectCouchError(res, 415);
  });

  it('bodies that are not objects are 400', async () => {
    for (const [method, url] of [['PUT', '/couch/x/a'], ['POST', '/couch/x/_bulk_docs'], ['POST', '/couch/x/_bulk_get'], ['POST', '/couch/x/_revs_diff'], ['POST', '/couch/x/_all_docs']] as const) {
      const res = await s.app.inject({ method, url, payload: '[1,2]', headers: { 'content-type': 'application/json' } });
      expectCouchError(res, 400);
    }
  });

  it('a very long doc id is 400; unknown routes are 404 JSON', async () => {
    expectCouchError(await s.app.inject({ method: 'PUT', url: `/couch/x/${'i'.repeat(2000)}`, payload: {} }), 400);
    expectCouchError(await s.app.inject({ url: '/couch/x/a/b/c' }), 404);
    expectCouchError(await s.app.inject({ url: '/api/nothing' }), 404);
  });

  it('nothing of the above was written', async () => {
    expect(json<{ doc_count: number }>((await s.app.inject({ url: '/couch/x' })).body).doc_count).toBe(0);
  });
});

describe('CORS', () => {
  it('answers preflight only for configured origins', async () => {
    const ok = await s.app.inject({
      method: 'OPTIONS',
      url: '/couch/x/_changes',
      headers: { origin: 'http://tablet.local', 'access-control-request-method': 'GET' },
    });
    expect(ok.statusCode).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe('http://tablet.local');
    expect(ok.headers['access-control-allow-credentials']).toBe('true');
    const other = await s.app.inject({ method: 'OPTIONS', url: '/couch/x/_changes', headers: { origin: 'http://evil.example' } });
    expectCouchError(other, 403);
    const simple = await s.app.inject({ url: '/couch/', headers: { origin: 'http://evil.example' } });
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('gzip', () => {
  it('compresses large responses for clients that accept it', async () => {
    const docs = Array.from({ length: 50 }, (_, i) => ({ _id: `g${i}`, pad: 'y'.repeat(100) }));
    const w = await s.app.inject({ method: 'POST', url: '/couch/x/_bulk_docs', payload: { docs } });
    expect(w.statusCode).toBe(201);
    const res = await s.app.inject({ url: '/couch/x/_all_docs?include_docs=true', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
  });
});
