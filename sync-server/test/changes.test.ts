// GET/POST /_changes: normal, longpoll, continuous, eventsource; since/limit/descending,
// include_docs, conflicts, style=all_docs, filters, heartbeats.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, json, makeServer, type Json, type TestServer } from './helpers';

interface Changes {
  results: Array<{ seq: number; id: string; changes: Array<{ rev: string }>; deleted?: boolean; doc?: Json }>;
  last_seq: number;
  pending: number;
}

let s: TestServer;
beforeAll(async () => {
  s = await makeServer();
  await s.listen();
  await createDb(s.app, 'c');
  await s.app.inject({
    method: 'POST',
    url: '/couch/c/_bulk_docs',
    payload: { docs: [{ _id: 'a', kind: 'part', n: 1 }, { _id: 'b', kind: 'station', n: 2 }, { _id: 'c', kind: 'part', n: 3 }] },
  });
  await s.app.inject({
    method: 'POST',
    url: '/couch/c/_bulk_docs',
    payload: { new_edits: false, docs: [{ _id: 'k', _rev: '1-a', v: 1 }, { _id: 'k', _rev: '1-b', v: 2 }] },
  });
});
afterAll(async () => {
  await s.close();
});

async function changes(query: string, init?: { method: string; payload: Json }): Promise<Changes> {
  const res = await s.app.inject({ url: `/couch/c/_changes?${query}`, ...(init ? { method: 'POST', payload: init.payload } : {}) });
  expect(res.statusCode).toBe(200);
  return json<Changes>(res.body);
}

describe('_changes', () => {
  it('normal feed: each doc once at its latest seq', async () => {
    const all = await changes('');
    expect(all.results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'k']);
    expect(all.last_seq).toBe(all.results[3]?.seq);
    expect(all.pending).toBe(0);
  });

  it('since, limit and pending', async () => {
    const all = await changes('');
    const page = await changes(`since=${all.results[0]?.seq}&limit=2`);
    expect(page.results.map((r) => r.id)).toEqual(['b', 'c']);
    expect(page.last_seq).toBe(all.results[2]?.seq);
    expect(page.pending).toBe(1);
    expect((await changes('since=now')).results).toEqual([]);
    expect((await changes(`since="${all.last_seq}-g1AAAA"`)).results).toEqual([]);
  });

  it('descending', async () => {
    expect((await changes('descending=true&limit=2')).results.map((r) => r.id)).toEqual(['k', 'c']);
  });

  it('include_docs, conflicts and style=all_docs', async () => {
    const res = await changes('include_docs=true&conflicts=true&style=all_docs');
    const k = res.results.find((r) => r.id === 'k');
    expect(k?.changes).toEqual([{ rev: '1-b' }, { rev: '1-a' }]);
    expect(k?.doc).toEqual({ _id: 'k', _rev: '1-b', v: 2, _conflicts: ['1-a'] });
    expect((await changes('')).results.find((r) => r.id === 'k')?.changes).toEqual([{ rev: '1-b' }]);
  });

  it('deleted docs carry deleted:true', async () => {
    await createDb(s.app, 'cd');
    const put = json<{ rev: string }>((await s.app.inject({ method: 'PUT', url: '/couch/cd/x', payload: {} })).body);
    await s.app.inject({ method: 'DELETE', url: `/couch/cd/x?rev=${put.rev}` });
    const res = json<Changes>((await s.app.inject({ url: '/couch/cd/_changes?include_docs=true' })).body);
    expect(res.results[0]).toMatchObject({ id: 'x', deleted: true, doc: { _id: 'x', _deleted: true } });
  });

  it('filter=_doc_ids (GET and POST) and filter=_selector', async () => {
    expect((await changes('filter=_doc_ids&doc_ids=["c","a"]')).results.map((r) => r.id)).toEqual(['a', 'c']);
    const posted = await changes('filter=_doc_ids', { method: 'POST', payload: { doc_ids: ['b'] } });
    expect(posted.results.map((r) => r.id)).toEqual(['b']);
    const sel = await changes('filter=_selector', { method: 'POST', payload: { selector: { kind: 'part', n: { $gt: 1 } } } });
    expect(sel.results.map((r) => r.id)).toEqual(['c']);
    const or = await changes('filter=_selector', { method: 'POST', payload: { selector: { $or: [{ n: 1 }, { kind: { $in: ['station'] } }] } } });
    expect(or.results.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('rejects unknown values with 400', async () => {
    for (const q of ['feed=weird', 'since=abc', 'limit=-1', 'style=odd', 'filter=app/f', 'descending=true&feed=longpoll', 'include_docs=yes']) {
      const res = await s.app.inject({ url: `/couch/c/_changes?${q}` });
      expect(res.statusCode, q).toBe(400);
    }
    const bad = await s.app.inject({ method: 'POST', url: '/couch/c/_changes?filter=_selector', payload: { selector: { n: { $bogus: 1 } } } });
    expect(bad.statusCode).toBe(400);
  });

  it('longpoll answers as soon as a change arrives', async () => {
    const { last_seq } = await changes('');
    const started = Date.now();
    const pending = fetch(`${s.url}/couch/c/_changes?feed=longpoll&since=${last_seq}&include_docs=true&heartbeat=1000`);
    await new Promise((r) => setTimeout(r, 100));
    await s.app.inject({ method: 'PUT', url: '/couch/c/late', payload: { v: 1 } });
    const body = (await (await pending).json()) as Changes;
    expect(body.results.map((r) => r.id)).toEqual(['late']);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('longpoll times out with no results and the same last_seq', async () => {
    const res = await fetch(`${s.url}/couch/c/_changes?feed=longpoll&since=now&timeout=200`);
    const body = (await res.json()) as Changes;
    expect(body.results).toEqual([]);
  });

  it('continuous sends rows as lines, heartbeats, then last_seq on timeout', async () => {
    const { last_seq } = await changes('');
    const res = fetch(`${s.url}/couch/c/_changes?feed=continuous&since=${last_seq}&timeout=600`);
    await new Promise((r) => setTimeout(r, 100));
    await s.app.inject({ method: 'PUT', url: '/couch/c/cont', payload: {} });
    const lines = (await (await res).text()).split('\n').filter((l) => l.length > 0).map((l) => json<Json>(l));
    expect(lines[0]).toMatchObject({ id: 'cont' });
    expect(lines.at(-1)).toHaveProperty('last_seq');
  });

  it('eventsource sends SSE frames', async () => {
    const res = await fetch(`${s.url}/couch/c/_changes?feed=eventsource&since=0&limit=2`);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const text = await res.text();
    expect(text).toMatch(/^data: \{"seq":\d+,"id":"a"/);
    expect(text).toContain('\nid: ');
  });

  it('heartbeats keep a waiting longpoll alive', async () => {
    await createDb(s.app, 'hb');
    const started = Date.now();
    const res = fetch(`${s.url}/couch/hb/_changes?feed=longpoll&since=now&heartbeat=1000`);
    setTimeout(() => void s.app.inject({ method: 'PUT', url: '/couch/hb/x', payload: {} }), 2300);
    const text = await (await res).text();
    expect(Date.now() - started).toBeGreaterThan(2000);
    expect(text.startsWith('{"results":[\n\n\n')).toBe(true);
    expect(json<Changes>(text).results.map((r) => r.id)).toEqual(['x']);
  });

  it('a normal feed larger than one page is streamed and complete', async () => {
    await createDb(s.app, 'big');
    const docs = Array.from({ length: 1500 }, (_, i) => ({ _id: `d${String(i).padStart(4, '0')}`, pad: 'x'.repeat(100) }));
    await s.app.inject({ method: 'POST', url: '/couch/big/_bulk_docs', payload: { docs } });
    const res = await fetch(`${s.url}/couch/big/_changes?include_docs=true`);
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const body = (await res.json()) as Changes;
    expect(body.results).toHaveLength(1500);
    expect(body.results[1499]?.doc?._id).toBe('d1499');
  });
});
