// POST /_bulk_docs: MVCC per doc, new_edits=false grafting, all-or-nothing validation,
// _revs_limit stemming and _compact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASIC, createDb, json, makeServer, type Json, type TestServer } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await makeServer();
  await createDb(s.app, 'b');
});
afterAll(async () => {
  await s.close();
});

async function bulk(payload: unknown): Promise<{ statusCode: number; body: unknown }> {
  const res = await s.app.inject({ method: 'POST', url: '/couch/b/_bulk_docs', payload: payload as Json });
  return { statusCode: res.statusCode, body: json(res.body) };
}

describe('_bulk_docs', () => {
  it('applies MVCC per document', async () => {
    const first = await bulk({ docs: [{ _id: 'm1', v: 1 }, { _id: 'm2', v: 1 }] });
    expect(first.statusCode).toBe(201);
    const [r1] = first.body as Array<{ rev: string }>;
    const second = await bulk({ docs: [{ _id: 'm1', _rev: r1?.rev, v: 2 }, { _id: 'm2', v: 2 }, { _id: 'm3' }] });
    expect(second.body).toEqual([
      { ok: true, id: 'm1', rev: expect.stringMatching(/^2-/) as string },
      { id: 'm2', error: 'conflict', reason: 'Document update conflict.' },
      { ok: true, id: 'm3', rev: expect.stringMatching(/^1-/) as string },
    ]);
  });

  it('new_edits=false grafts history, never 409s, and is idempotent', async () => {
    const docs = [
      { _id: 'r', _rev: '3-c', v: 3, _revisions: { start: 3, ids: ['c', 'b', 'a'] } },
      { _id: 'r', _rev: '2-x', v: 'x', _revisions: { start: 2, ids: ['x', 'a'] } },
    ];
    expect(await bulk({ new_edits: false, docs })).toEqual({ statusCode: 201, body: [] });
    expect(await bulk({ new_edits: false, docs })).toEqual({ statusCode: 201, body: [] });
    const doc = json<Json>((await s.app.inject({ url: '/couch/b/r?conflicts=true&revs=true' })).body);
    expect(doc).toEqual({ _id: 'r', _rev: '3-c', v: 3, _conflicts: ['2-x'], _revisions: { start: 3, ids: ['c', 'b', 'a'] } });
    const info = json<{ update_seq: number }>((await s.app.inject({ url: '/couch/b' })).body);
    // A revision that already exists does not create a change.
    await bulk({ new_edits: false, docs: [docs[0]] });
    expect(json<{ update_seq: number }>((await s.app.inject({ url: '/couch/b' })).body).update_seq).toBe(info.update_seq);
  });

  it('an invalid document rejects the whole batch: nothing is written', async () => {
    const before = json<{ update_seq: number }>((await s.app.inject({ url: '/couch/b' })).body).update_seq;
    for (const payload of [
      { docs: [{ _id: 'ok1' }, 'not a doc'] },
      { docs: [{ _id: 'ok2' }, { _id: 'bad', _rev: 'garbage' }] },
      { docs: [{ _id: 'ok3' }, { _id: '_reserved' }] },
      { new_edits: false, docs: [{ _id: 'ok4', _rev: '1-a' }, { _id: 'no-rev' }] },
      { new_edits: false, docs: [{ _id: 'x', _rev: '2-b', _revisions: { start: 2, ids: ['c', 'a'] } }] },
      { docs: 'nope' },
      { new_edits: 'yes', docs: [] },
    ]) {
      const res = await bulk(payload);
      expect(res.statusCode).toBe(400);
      expect(res.body).toMatchObject({ error: expect.any(String) as string, reason: expect.any(String) as string });
    }
    expect(json<{ update_seq: number }>((await s.app.inject({ url: '/couch/b' })).body).update_seq).toBe(before);
    expect((await s.app.inject({ url: '/couch/b/ok1' })).statusCode).toBe(404);
  });

  it('_revs_limit stems old revisions; _compact drops non-leaf bodies', async () => {
    await s.app.inject({ method: 'PUT', url: '/couch/b/_revs_limit', payload: '3', headers: { authorization: BASIC, 'content-type': 'application/json' } });
    expect((await s.app.inject({ url: '/couch/b/_revs_limit' })).body).toBe('3');
    let rev: string | undefined;
    const revs: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await s.app.inject({ method: 'PUT', url: '/couch/b/stem', payload: rev ? { _rev: rev, i } : { i } });
      rev = json<{ rev: string }>(res.body).rev;
      revs.push(rev);
    }
    const doc = json<{ _revisions: { start: number; ids: string[] } }>((await s.app.inject({ url: '/couch/b/stem?revs=true' })).body);
    expect(doc._revisions.start).toBe(6);
    expect(doc._revisions.ids).toHaveLength(3);
    expect((await s.app.inject({ url: `/couch/b/stem?rev=${revs[4]}` })).statusCode).toBe(200);
    expect((await s.app.inject({ method: 'POST', url: '/couch/b/_compact' })).statusCode).toBe(401);
    const compact = await s.app.inject({ method: 'POST', url: '/couch/b/_compact', headers: { authorization: BASIC } });
    expect(compact.statusCode).toBe(202);
    expect((await s.app.inject({ url: `/couch/b/stem?rev=${revs[4]}` })).statusCode).toBe(404);
    expect((await s.app.inject({ url: '/couch/b/stem' })).statusCode).toBe(200);
    const info = json<Array<{ status: string }>>(JSON.stringify(json<{ _revs_info: unknown }>((await s.app.inject({ url: '/couch/b/stem?revs_info=true' })).body)._revs_info));
    expect(info.map((r) => r.status)).toEqual(['available', 'missing', 'missing']);
  });
});
