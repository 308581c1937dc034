// _revs_diff, _bulk_get, _local, _ensure_full_commit: what PouchDB and CouchDB's replicator call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, json, makeServer, type Json, type TestServer } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await makeServer();
  await createDb(s.app, 'r');
  await s.app.inject({
    method: 'POST',
    url: '/couch/r/_bulk_docs',
    payload: {
      new_edits: false,
      docs: [
        { _id: 'x', _rev: '2-b', v: 2, _revisions: { start: 2, ids: ['b', 'a'] } },
        { _id: 'x', _rev: '2-c', v: 3, _revisions: { start: 2, ids: ['c', 'a'] } },
      ],
    },
  });
});
afterAll(async () => {
  await s.close();
});

describe('replication endpoints', () => {
  it('_revs_diff reports missing revs and possible ancestors', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/couch/r/_revs_diff',
      payload: { x: ['2-b', '3-d', '1-a'], y: ['1-z'] },
    });
    expect(json(res.body)).toEqual({ x: { missing: ['3-d'], possible_ancestors: ['2-c', '2-b'] }, y: { missing: ['1-z'] } });
    expect((await s.app.inject({ method: 'POST', url: '/couch/r/_revs_diff', payload: { x: 'nope' } })).statusCode).toBe(400);
  });

  it('_bulk_get returns revisions with history, and per-doc errors', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/couch/r/_bulk_get?revs=true',
      payload: { docs: [{ id: 'x', rev: '2-b' }, { id: 'x' }, { id: 'nope' }, { id: 'x', rev: '9-z' }] },
    });
    const results = json<{ results: Array<{ id: string; docs: Array<{ ok?: Json; error?: Json }> }> }>(res.body).results;
    expect(results[0]?.docs[0]?.ok).toEqual({ _id: 'x', _rev: '2-b', v: 2, _revisions: { start: 2, ids: ['b', 'a'] } });
    expect(results[1]?.docs[0]?.ok?._rev).toBe('2-c');
    expect(results[2]?.docs[0]?.error).toMatchObject({ id: 'nope', error: 'not_found' });
    expect(results[3]?.docs[0]?.error).toMatchObject({ id: 'x', rev: '9-z', error: 'not_found' });
  });

  it('_bulk_get with latest=true returns the leaves below a revision', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/couch/r/_bulk_get?latest=true', payload: { docs: [{ id: 'x', rev: '1-a' }] } });
    const docs = json<{ results: Array<{ docs: Array<{ ok?: Json }> }> }>(res.body).results[0]?.docs ?? [];
    expect(docs.map((d) => d.ok?._rev).sort()).toEqual(['2-b', '2-c']);
  });

  it('_local docs: put, get, update by rev, delete; invisible to _changes', async () => {
    const put = await s.app.inject({ method: 'PUT', url: '/couch/r/_local/cp', payload: { last_seq: 5 } });
    expect(json(put.body)).toEqual({ ok: true, id: '_local/cp', rev: '0-1' });
    expect(json((await s.app.inject({ url: '/couch/r/_local/cp' })).body)).toEqual({ _id: '_local/cp', _rev: '0-1', last_seq: 5 });
    const stale = await s.app.inject({ method: 'PUT', url: '/couch/r/_local/cp', payload: { _rev: '0-7', last_seq: 6 } });
    expect(stale.statusCode).toBe(409);
    const next = await s.app.inject({ method: 'PUT', url: '/couch/r/_local/cp', payload: { _rev: '0-1', last_seq: 6 } });
    expect(json<{ rev: string }>(next.body).rev).toBe('0-2');
    const changes = json<{ results: Array<{ id: string }> }>((await s.app.inject({ url: '/couch/r/_changes' })).body);
    expect(changes.results.map((r) => r.id)).toEqual(['x']);
    expect((await s.app.inject({ method: 'DELETE', url: '/couch/r/_local/cp' })).statusCode).toBe(200);
    expect((await s.app.inject({ url: '/couch/r/_local/cp' })).statusCode).toBe(404);
  });

  it('_ensure_full_commit', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/couch/r/_ensure_full_commit', payload: {} });
    expect(res.statusCode).toBe(201);
    expect(json(res.body)).toMatchObject({ ok: true });
  });
});
