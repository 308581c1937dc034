// GET/PUT/DELETE /couch/<db>/<id>: MVCC, tombstones, revs, revs_info, conflicts, open_revs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, json, makeServer, type Json, type TestServer } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await makeServer();
  await createDb(s.app, 'd');
});
afterAll(async () => {
  await s.close();
});

async function put(id: string, body: Json): Promise<{ statusCode: number; body: Json }> {
  const res = await s.app.inject({ method: 'PUT', url: `/couch/d/${id}`, payload: body });
  return { statusCode: res.statusCode, body: json(res.body) };
}
async function get(url: string): Promise<{ statusCode: number; body: Json }> {
  const res = await s.app.inject({ url: `/couch/d/${url}` });
  return { statusCode: res.statusCode, body: json(res.body) };
}
/** Makes a doc with two conflicting branches via new_edits=false. */
async function conflicted(id: string): Promise<void> {
  const res = await s.app.inject({
    method: 'POST',
    url: '/couch/d/_bulk_docs',
    payload: {
      new_edits: false,
      docs: [
        { _id: id, _rev: '2-aaa', v: 'a', _revisions: { start: 2, ids: ['aaa', 'root'] } },
        { _id: id, _rev: '2-bbb', v: 'b', _revisions: { start: 2, ids: ['bbb', 'root'] } },
        { _id: id, _rev: '3-ddd', _deleted: true, _revisions: { start: 3, ids: ['ddd', 'ccc', 'root'] } },
      ],
    },
  });
  expect(res.statusCode).toBe(201);
}

describe('documents', () => {
  it('PUT creates (201), GET reads, a stale rev is 409', async () => {
    const created = await put('a', { x: 1 });
    expect(created.statusCode).toBe(201);
    expect(created.body).toMatchObject({ ok: true, id: 'a', rev: expect.stringMatching(/^1-[0-9a-f]{32}$/) as string });
    const rev1 = created.body.rev as string;
    expect((await get('a')).body).toEqual({ _id: 'a', _rev: rev1, x: 1 });
    const updated = await put('a', { _rev: rev1, x: 2 });
    expect(updated.body.rev).toMatch(/^2-/);
    const stale = await put('a', { _rev: rev1, x: 3 });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toEqual({ error: 'conflict', reason: 'Document update conflict.' });
    expect((await put('a', { x: 4 })).statusCode).toBe(409);
    expect((await get(`a?rev=${rev1}`)).body).toEqual({ _id: 'a', _rev: rev1, x: 1 });
  });

  it('DELETE leaves a tombstone; a new doc over it continues the branch', async () => {
    const c = await put('t', { x: 1 });
    const del = await s.app.inject({ method: 'DELETE', url: `/couch/d/t?rev=${String(c.body.rev)}` });
    expect(del.statusCode).toBe(200);
    const tomb = json<{ rev: string }>(del.body).rev;
    expect(tomb).toMatch(/^2-/);
    expect(await get('t')).toEqual({ statusCode: 404, body: { error: 'not_found', reason: 'deleted' } });
    expect((await get(`t?rev=${tomb}`)).body).toEqual({ _id: 't', _rev: tomb, _deleted: true });
    const again = await put('t', { x: 'back' });
    expect(again.statusCode).toBe(201);
    expect(again.body.rev).toMatch(/^3-/);
    expect(await get('missing')).toEqual({ statusCode: 404, body: { error: 'not_found', reason: 'missing' } });
  });

  it('revs and revs_info describe the history', async () => {
    const r1 = (await put('h', { n: 1 })).body.rev as string;
    const r2 = (await put('h', { _rev: r1, n: 2 })).body.rev as string;
    const doc = (await get('h?revs=true&revs_info=true')).body;
    expect(doc._revisions).toEqual({ start: 2, ids: [r2.slice(2), r1.slice(2)] });
    expect(doc._revs_info).toEqual([
      { rev: r2, status: 'available' },
      { rev: r1, status: 'available' },
    ]);
  });

  it('the winner is deterministic; conflicts and deleted_conflicts are listed', async () => {
    await conflicted('c');
    const doc = (await get('c?conflicts=true&deleted_conflicts=true')).body;
    // 3-ddd is deleted, so the greatest live leaf (2-bbb) wins.
    expect(doc).toEqual({ _id: 'c', _rev: '2-bbb', v: 'b', _conflicts: ['2-aaa'], _deleted_conflicts: ['3-ddd'] });
    expect((await get('c?meta=true')).body._conflicts).toEqual(['2-aaa']);
  });

  it('open_revs=all and a list, as JSON', async () => {
    const all = await s.app.inject({ url: '/couch/d/c?open_revs=all&revs=true' });
    const rows = json<Array<{ ok?: Json; missing?: string }>>(all.body);
    expect(rows.map((r) => r.ok?._rev)).toEqual(['2-bbb', '2-aaa', '3-ddd']);
    expect(rows[0]?.ok?._revisions).toEqual({ start: 2, ids: ['bbb', 'root'] });
    const some = json<Array<{ ok?: Json; missing?: string }>>(
      (await s.app.inject({ url: '/couch/d/c?open_revs=["2-aaa","9-zzz"]' })).body,
    );
    expect(some).toEqual([{ ok: { _id: 'c', _rev: '2-aaa', v: 'a' } }, { missing: '9-zzz' }]);
  });

  it('open_revs with latest=true follows a non-leaf to its leaves', async () => {
    const rows = json<Array<{ ok?: Json }>>((await s.app.inject({ url: '/couch/d/c?open_revs=["1-root"]&latest=true' })).body);
    expect(rows.map((r) => r.ok?._rev).sort()).toEqual(['2-aaa', '2-bbb', '3-ddd']);
  });

  it('open_revs as multipart/mixed when asked', async () => {
    const res = await s.app.inject({ url: '/couch/d/c?open_revs=all', headers: { accept: 'multipart/mixed' } });
    const type = String(res.headers['content-type']);
    expect(type).toMatch(/^multipart\/mixed; boundary="/);
    const boundary = /boundary="([^"]+)"/.exec(type)?.[1] as string;
    const parts = res.body.split(`--${boundary}`).slice(1, -1);
    expect(parts).toHaveLength(3);
    const first = parts[0] as string;
    expect(first).toContain('Content-Type: application/json');
    expect(json(first.slice(first.indexOf('\r\n\r\n') + 4).trim())).toMatchObject({ _id: 'c', _rev: '2-bbb' });
    expect(res.body.trimEnd().endsWith(`--${boundary}--`)).toBe(true);
  });

  it('design documents need the admin', async () => {
    const res = await s.app.inject({ method: 'PUT', url: '/couch/d/_design/x', payload: {} });
    expect(res.statusCode).toBe(401);
  });

  it('rejects bad ids, bad revs and unknown special fields with 400', async () => {
    expect((await put('_bad', {})).statusCode).toBe(400);
    expect((await put('x', { _rev: 'nope' })).statusCode).toBe(400);
    const special = await put('x', { _foo: 1 });
    expect(special).toEqual({ statusCode: 400, body: { error: 'doc_validation', reason: 'Bad special document member: _foo' } });
    expect((await get('x?rev=abc')).statusCode).toBe(400);
    expect((await get('x?open_revs=nope')).statusCode).toBe(400);
    expect((await get('x?revs=maybe')).statusCode).toBe(400);
  });
});
