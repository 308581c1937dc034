import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoPlant } from '../src/seed/demo-plant';
import { json, makeServer, type TestServer } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await makeServer();
});
afterAll(async () => {
  await s.close();
});

describe('demo plant seed', () => {
  it('creates the demo databases and master documents, idempotently', async () => {
    const first = seedDemoPlant(s.store);
    expect(first.dbs).toEqual(['demo-events', 'demo-master', 'demo-state']);
    expect(first.docCount).toBeGreaterThan(10);
    expect(first.users.map((u) => u.role)).toEqual(expect.arrayContaining(['operator', 'handler', 'leader', 'admin']));
    const info = json<{ doc_count: number }>((await s.app.inject({ url: '/couch/demo-master' })).body);
    expect(info.doc_count).toBe(first.docCount);
    const again = seedDemoPlant(s.store);
    expect(again.docCount).toBe(0);
    const rows = json<{ rows: Array<{ doc: { kind: string } }> }>((await s.app.inject({ url: '/couch/demo-master/_all_docs?include_docs=true' })).body).rows;
    expect(new Set(rows.map((r) => r.doc.kind))).toContain('part');
  });
});
