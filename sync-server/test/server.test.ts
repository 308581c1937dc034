// Server-level endpoints: welcome, _up, _all_dbs, _uuids, _session, /api/health, /metrics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, ADMIN_USER, BASIC, createDb, json, makeServer, type TestServer } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await makeServer();
});
afterAll(async () => {
  await s.close();
});

describe('server endpoints', () => {
  it('GET /couch/ welcomes with a stable uuid', async () => {
    const res = await s.app.inject({ url: '/couch/' });
    expect(res.statusCode).toBe(200);
    expect(json(res.body)).toMatchObject({ couchdb: 'Welcome', uuid: s.store.uuid, vendor: { name: 'Gemba' } });
    expect(json((await s.app.inject({ url: '/couch' })).body)).toMatchObject({ uuid: s.store.uuid });
  });

  it('GET /couch/_up', async () => {
    expect(json((await s.app.inject({ url: '/couch/_up' })).body)).toEqual({ status: 'ok' });
  });

  it('GET /couch/_all_dbs returns 401 if the user is not authenticated', async () => {
    const res = await s.app.inject({ url: '/couch/_all_dbs' });
    expect(res.statusCode).toBe(401);
    expect(json(res.body)).toMatchObject({ error: 'unauthorized' });
    const wrong = 'Basic ' + Buffer.from(`${ADMIN_USER}:nope`).toString('base64');
    expect((await s.app.inject({ url: '/couch/_all_dbs', headers: { authorization: wrong } })).statusCode).toBe(401);
  });

  it('GET /couch/_all_dbs lists databases for the admin', async () => {
    await createDb(s.app, 'beta');
    await createDb(s.app, 'alpha');
    const res = await s.app.inject({ url: '/couch/_all_dbs', headers: { authorization: BASIC } });
    expect(json(res.body)).toEqual(['alpha', 'beta']);
  });

  it('GET /couch/_uuids', async () => {
    const body = json<{ uuids: string[] }>((await s.app.inject({ url: '/couch/_uuids?count=3' })).body);
    expect(new Set(body.uuids).size).toBe(3);
    expect((await s.app.inject({ url: '/couch/_uuids?count=abc' })).statusCode).toBe(400);
  });

  it('_session: cookie login grants admin; a wrong password is 401', async () => {
    const bad = await s.app.inject({ method: 'POST', url: '/couch/_session', payload: { name: ADMIN_USER, password: 'x' } });
    expect(bad.statusCode).toBe(401);
    const ok = await s.app.inject({
      method: 'POST',
      url: '/couch/_session',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `name=${ADMIN_USER}&password=${ADMIN_PASSWORD}`,
    });
    expect(ok.statusCode).toBe(200);
    const cookie = String(ok.headers['set-cookie']).split(';')[0] as string;
    expect(cookie).toMatch(/^AuthSession=/);
    const who = json<{ userCtx: { name: string; roles: string[] } }>((await s.app.inject({ url: '/couch/_session', headers: { cookie } })).body);
    expect(who.userCtx).toEqual({ name: ADMIN_USER, roles: ['_admin'] });
    expect((await s.app.inject({ method: 'PUT', url: '/couch/by-cookie', headers: { cookie } })).statusCode).toBe(201);
    const forged = cookie.slice(0, -3) + 'abc';
    expect((await s.app.inject({ method: 'PUT', url: '/couch/forged', headers: { cookie: forged } })).statusCode).toBe(401);
  });

  it('GET /api/health', async () => {
    const body = json((await s.app.inject({ url: '/api/health' })).body);
    expect(body).toMatchObject({ ok: true, uuid: s.store.uuid, version: expect.any(String) as string, uptimeSec: expect.any(Number) as number });
  });

  it('GET /metrics speaks Prometheus text', async () => {
    await s.app.inject({ method: 'PUT', url: '/couch/alpha/m1', payload: { a: 1 } });
    const res = await s.app.inject({ url: '/metrics' });
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toContain('gemba_http_requests_total{method="PUT",route="/couch/:db/:docid",status="201"} 1');
    expect(res.body).toContain('gemba_http_request_duration_seconds_bucket');
    expect(res.body).toContain('gemba_docs_written_total 1');
    expect(res.body).toContain('gemba_db_doc_count{db="alpha"} 1');
    expect(res.body).toContain('gemba_open_feeds 0');
  });
});
