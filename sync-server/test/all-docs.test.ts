// GET/POST /_all_docs
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, json, makeServer, type Json, type TestServer } from './helpers';

interface AllDocs {
  total_rows: number;
  offset: number;
  rows: Array<{ id?: string; key: string; value?: { rev: string; deleted?: boolean }; doc?: Json | null; error?: string }>;
}

let s: TestServer;
beforeAll(async () => {
  s = await makeServer();
  await createDb(s.app, 'a');
  await s.app.inject({ method: 'POST', url: '/couch/a/_bulk_docs', payload: { docs: ['e', 'c', 'a', 'd', 'b'].map((id) => ({ _id: id, v: id })) } });
  const d = json<{ _rev: string }>((await s.app.inject({ url: '/couch/a/d' })).body);
  await s.app.inject({ method: 'DELETE', url: `/couch/a/d?rev=${d._rev}` });
  await s.app.inject({ method: 'PUT', url: '/couch/a/_local/cp', payload: { seq: 1 } });
});
afterAll(async () => {
  await s.close();
});

const ids = (r: AllDocs): string[] => r.rows.map((row) => row.key);
async function all(q: string): Promise<AllDocs> {
  const res = await s.app.inject({ url: `/couch/a/_all_docs?${q}` });
  expect(res.statusCode).toBe(200);
  return json<AllDocs>(res.body);
}

describe('_all_docs', () => {
  it('lists live docs in id order; _local and deleted docs are not listed', async () => {
    const r = await all('');
    expect(ids(r)).toEqual(['a', 'b', 'c', 'e']);
    expect(r.total_rows).toBe(4);
  });

  it('startkey/endkey/limit/skip/descending/inclusive_end', async () => {
    expect(ids(await all('startkey="b"&endkey="d"'))).toEqual(['b', 'c']);
    expect(ids(await all('startkey="b"&endkey="c"&inclusive_end=false'))).toEqual(['b']);
    expect(ids(await all('limit=2&skip=1'))).toEqual(['b', 'c']);
    expect(ids(await all('descending=true&startkey="c"'))).toEqual(['c', 'b', 'a']);
    expect((await all('startkey="c"')).offset).toBe(2);
    expect(ids(await all('key="e"'))).toEqual(['e']);
  });

  it('include_docs', async () => {
    expect((await all('include_docs=true&limit=1')).rows[0]?.doc).toMatchObject({ _id: 'a', v: 'a' });
  });

  it('keys (POST): deleted rows with doc null and missing rows with error', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/couch/a/_all_docs', payload: { keys: ['c', 'd', 'zz'], include_docs: true } });
    const r = json<AllDocs>(res.body);
    expect(r.rows[0]).toMatchObject({ id: 'c', key: 'c', doc: { _id: 'c' } });
    expect(r.rows[1]).toMatchObject({ id: 'd', key: 'd', value: { deleted: true }, doc: null });
    expect(r.rows[2]).toEqual({ key: 'zz', error: 'not_found' });
    expect(ids(await all('keys=["e","a"]'))).toEqual(['e', 'a']);
  });

  it('bad parameters are 400', async () => {
    for (const q of ['startkey=b', 'limit=x', 'keys={"a":1}', 'descending=1']) {
      expect((await s.app.inject({ url: `/couch/a/_all_docs?${q}` })).statusCode, q).toBe(400);
    }
  });
});
