// GET/HEAD/PUT/DELETE /couch/<db>
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASIC, json, makeServer, type TestServer } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await makeServer();
});
afterAll(async () => {
  await s.close();
});
const admin = { authorization: BASIC };

describe('/couch/<db>', () => {
  it('PUT returns 401 if the user is not authenticated', async () => {
    const res = await s.app.inject({ method: 'PUT', url: '/couch/plant' });
    expect(res.statusCode).toBe(401);
    expect(json(res.body)).toEqual({ error: 'unauthorized', reason: 'You are not a server admin.' });
  });

  it('PUT creates; a second PUT is 412 file_exists', async () => {
    expect((await s.app.inject({ method: 'PUT', url: '/couch/plant', headers: admin })).statusCode).toBe(201);
    const again = await s.app.inject({ method: 'PUT', url: '/couch/plant', headers: admin });
    expect(again.statusCode).toBe(412);
    expect(json(again.body)).toMatchObject({ error: 'file_exists' });
  });

  it.each(['Upper', '1abc', '_users', 'a b', 'x'.repeat(239)])('PUT rejects the illegal name %s', async (name) => {
    const res = await s.app.inject({ method: 'PUT', url: `/couch/${encodeURIComponent(name)}`, headers: admin });
    expect(res.statusCode).toBe(400);
    expect(json(res.body)).toMatchObject({ error: 'illegal_database_name' });
  });

  it('GET describes the database', async () => {
    await s.app.inject({ method: 'PUT', url: '/couch/plant/a', payload: { x: 1 } });
    const b = await s.app.inject({ method: 'PUT', url: '/couch/plant/b', payload: { x: 1 } });
    await s.app.inject({ method: 'DELETE', url: `/couch/plant/b?rev=${json<{ rev: string }>(b.body).rev}` });
    const info = json((await s.app.inject({ url: '/couch/plant' })).body);
    expect(info).toMatchObject({ db_name: 'plant', doc_count: 1, doc_del_count: 1, instance_start_time: expect.any(String) as string });
    expect(info.update_seq).toBeGreaterThanOrEqual(3);
  });

  it('HEAD answers 200 or 404 without a body', async () => {
    expect((await s.app.inject({ method: 'HEAD', url: '/couch/plant' })).statusCode).toBe(200);
    const missing = await s.app.inject({ method: 'HEAD', url: '/couch/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toBe('');
  });

  it('GET of a missing database is 404 not_found', async () => {
    const res = await s.app.inject({ url: '/couch/nope' });
    expect(res.statusCode).toBe(404);
    expect(json(res.body)).toEqual({ error: 'not_found', reason: 'Database does not exist.' });
  });

  it('DELETE needs the admin and removes everything', async () => {
    expect((await s.app.inject({ method: 'DELETE', url: '/couch/plant' })).statusCode).toBe(401);
    expect((await s.app.inject({ method: 'DELETE', url: '/couch/plant', headers: admin })).statusCode).toBe(200);
    expect((await s.app.inject({ url: '/couch/plant' })).statusCode).toBe(404);
    expect((await s.app.inject({ method: 'DELETE', url: '/couch/plant', headers: admin })).statusCode).toBe(404);
    // Re-created: empty, and its seqs continue past the old ones (a stale checkpoint cannot skip docs).
    await s.app.inject({ method: 'PUT', url: '/couch/plant', headers: admin });
    const put = await s.app.inject({ method: 'PUT', url: '/couch/plant/c', payload: {} });
    expect(put.statusCode).toBe(201);
    const info = json<{ doc_count: number; update_seq: number }>((await s.app.inject({ url: '/couch/plant' })).body);
    expect(info.doc_count).toBe(1);
    expect(info.update_seq).toBeGreaterThan(3);
  });
});
