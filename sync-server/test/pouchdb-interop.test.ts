// PouchDB 9 replicating both ways with the server over real HTTP: bulk volume, conflicts from
// two offline replicas, deletions, and a replication that resumes from its _local checkpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, PouchDoc } from 'pouchdb-core';
import { createDb, json, makeServer, type TestServer } from './helpers';
import { localDb, remoteDb } from './pouchdb';

let server: TestServer;
const dbs: Database[] = [];

function local(): Database {
  const db = localDb('pouch');
  dbs.push(db);
  return db;
}

async function remote(name: string): Promise<Database> {
  await createDb(server.app, name);
  const db = remoteDb(`${server.url}/couch/${name}`);
  dbs.push(db);
  return db;
}

function docs(n: number, prefix = 'doc'): PouchDoc[] {
  return Array.from({ length: n }, (_, i) => ({ _id: `${prefix}-${String(i).padStart(5, '0')}`, value: i, text: 'x'.repeat(200) }));
}

beforeAll(async () => {
  server = await makeServer();
  await server.listen();
});

afterAll(async () => {
  for (const db of dbs) await db.close().catch(() => undefined);
  await server.close();
});

describe('PouchDB 9 interop', () => {
  it('replicates 2,000 docs to the server and back into a fresh database', async () => {
    const source = local();
    await source.bulkDocs(docs(2000));
    const target = await remote('p-volume');
    const pushed = await source.replicate.to(target, { batch_size: 250 });
    expect(pushed.docs_written).toBe(2000);
    expect((await target.info()).doc_count).toBe(2000);

    const fresh = local();
    const pulled = await fresh.replicate.from(target, { batch_size: 250 });
    expect(pulled.docs_written).toBe(2000);
    const all = await fresh.allDocs({ include_docs: true });
    expect(all.total_rows).toBe(2000);
    expect(all.rows[1234]?.doc).toMatchObject({ _id: 'doc-01234', value: 1234 });
    // Same revisions on both sides.
    const serverRow = json<{ rows: Array<{ value: { rev: string } }> }>(
      (await server.app.inject({ url: '/couch/p-volume/_all_docs?keys=["doc-01234"]' })).body,
    ).rows[0];
    expect(serverRow?.value.rev).toBe(all.rows[1234]?.value.rev);
  });

  it('conflicts made on two offline replicas end with the same winner everywhere', async () => {
    const hub = await remote('p-conflict');
    const a = local();
    const b = local();
    await a.bulkDocs([{ _id: 'shared', v: 0 }, { _id: 'gone', v: 0 }, { _id: 'both-deleted', v: 0 }]);
    await a.replicate.to(hub);
    await b.replicate.from(hub);
    // Offline edits on both tablets.
    const sa = await a.get('shared');
    await a.put({ ...sa, v: 'from A' });
    const sb = await b.get('shared');
    await b.put({ ...sb, v: 'from B', extra: true });
    const gone = await a.get('gone');
    await a.remove(gone);
    // Both come back online.
    await a.replicate.to(hub);
    await b.replicate.to(hub);
    await a.replicate.from(hub);
    await b.replicate.from(hub);

    const onServer = json<PouchDoc>((await server.app.inject({ url: '/couch/p-conflict/shared?conflicts=true' })).body);
    const onA = await a.get('shared', { conflicts: true });
    const onB = await b.get('shared', { conflicts: true });
    expect(onA._rev).toBe(onServer._rev);
    expect(onB._rev).toBe(onServer._rev);
    expect(onServer._conflicts).toHaveLength(1);
    expect(onA._conflicts).toEqual(onServer._conflicts);
    // Deletion reached the server and the other replica.
    expect((await server.app.inject({ url: '/couch/p-conflict/gone' })).statusCode).toBe(404);
    await expect(b.get('gone')).rejects.toMatchObject({ status: 404 });

    // Resolving the conflict on B (delete the loser) clears it everywhere.
    const loser = onServer._conflicts?.[0] as string;
    await b.remove({ _id: 'shared', _rev: loser });
    await b.replicate.to(hub);
    await a.replicate.from(hub);
    const resolved = json<PouchDoc>((await server.app.inject({ url: '/couch/p-conflict/shared?conflicts=true' })).body);
    expect(resolved._conflicts).toBeUndefined();
    expect((await a.get('shared', { conflicts: true }))._conflicts ?? []).toEqual([]);
  });

  it('an interrupted replication resumes from its _local checkpoint', async () => {
    const source = local();
    await source.bulkDocs(docs(2000, 'resume'));
    const target = await remote('p-resume');
    const first = source.replicate.to(target, { batch_size: 100, batches_limit: 1 });
    await new Promise<void>((resolve) => {
      first.on('change', (info) => {
        if (info.docs_written >= 600) {
          first.cancel();
          resolve();
        }
      });
    });
    await new Promise((r) => setTimeout(r, 200));
    const partial = (await target.info()).doc_count;
    expect(partial).toBeGreaterThanOrEqual(600);
    expect(partial).toBeLessThan(2000);
    // _local checkpoints never show up in _changes…
    const locals = await server.app.inject({ url: '/couch/p-resume/_changes' });
    expect(json<{ results: Array<{ id: string }> }>(locals.body).results.some((r) => r.id.startsWith('_local'))).toBe(false);
    const second = await source.replicate.to(target, { batch_size: 100 });
    // …yet the second run reads only what the first did not checkpoint.
    expect(second.docs_read).toBeLessThanOrEqual(2000 - 500);
    expect((await target.info()).doc_count).toBe(2000);
  });
});
