// RxDB 17's replicateCouchDB against a real listening server: push, pull into a fresh
// database, a live change within 3 s, and a conflict resolved by the collection's handler.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRxDatabase, type RxCollection, type RxConflictHandler, type RxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { replicateCouchDB, type RxCouchDBReplicationState } from 'rxdb/plugins/replication-couchdb';
import { createDb, json, makeServer, waitFor, type TestServer } from './helpers';

interface Item {
  id: string;
  name: string;
  n: number;
}

const schema = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id: { type: 'string', maxLength: 100 }, name: { type: 'string' }, n: { type: 'number' } },
  required: ['id', 'name', 'n'],
} as const;

/** Merge rule for the test: keep the server's name, add both counters. */
const summingHandler: RxConflictHandler<Item> = {
  isEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  resolve: (i) => Promise.resolve({ ...i.realMasterState, n: i.realMasterState.n + i.newDocumentState.n }),
};

let server: TestServer;
let dbCounter = 0;
const opened: RxDatabase[] = [];

async function collection(handler?: RxConflictHandler<Item>): Promise<RxCollection<Item>> {
  const db = await createRxDatabase({ name: `rx${dbCounter++}`, storage: getRxStorageMemory(), multiInstance: false });
  opened.push(db);
  const cols = await db.addCollections({ items: { schema, ...(handler ? { conflictHandler: handler } : {}) } });
  return cols.items as RxCollection<Item>;
}

function replicate(col: RxCollection<Item>, db: string, id = 'r'): RxCouchDBReplicationState<Item> {
  return replicateCouchDB<Item>({
    replicationIdentifier: `${id}-${db}`,
    collection: col,
    url: `${server.url}/couch/${db}/`,
    live: true,
    waitForLeadership: false,
    retryTime: 500,
    pull: { batchSize: 60 },
    push: { batchSize: 60 },
  });
}

async function serverDoc(db: string, id: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${server.url}/couch/${db}/${id}`);
  return (await res.json()) as Record<string, unknown>;
}

beforeAll(async () => {
  server = await makeServer();
  await server.listen();
  await createDb(server.app, 'rx');
});

afterAll(async () => {
  for (const db of opened) await db.close();
  await server.close();
});

describe('RxDB replicateCouchDB interop', () => {
  it('pushes local documents to the server', async () => {
    const col = await collection();
    await col.bulkInsert(Array.from({ length: 150 }, (_, i) => ({ id: `item-${String(i).padStart(3, '0')}`, name: `n${i}`, n: i })));
    const rep = replicate(col, 'rx', 'push');
    await rep.awaitInitialReplication();
    await rep.awaitInSync();
    const res = await server.app.inject({ url: '/couch/rx/_all_docs?include_docs=true' });
    const body = json<{ total_rows: number; rows: Array<{ doc: Item }> }>(res.body);
    expect(body.total_rows).toBe(150);
    expect(body.rows[7]?.doc).toMatchObject({ _id: 'item-007', name: 'n7', n: 7 });
    await rep.cancel();
  });

  it('pulls everything into a fresh database, then receives a live change within 3 s', async () => {
    const col = await collection();
    const rep = replicate(col, 'rx', 'pull');
    await rep.awaitInitialReplication();
    expect(await col.count().exec()).toBe(150);
    const current = await serverDoc('rx', 'item-042');
    const started = Date.now();
    const put = await fetch(`${server.url}/couch/rx/item-042`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...current, name: 'changed on server' }),
    });
    expect(put.status).toBe(201);
    await waitFor(async () => (await col.findOne('item-042').exec())?.name === 'changed on server', 3000);
    expect(Date.now() - started).toBeLessThan(3000);
    // and a deletion on the server arrives as a deletion
    const latest = await serverDoc('rx', 'item-043');
    await fetch(`${server.url}/couch/rx/item-043?rev=${String(latest._rev)}`, { method: 'DELETE' });
    await waitFor(async () => (await col.findOne('item-043').exec()) === null, 3000);
    await rep.cancel();
  });

  it('resolves a conflicting write through the conflict handler', async () => {
    await createDb(server.app, 'rxc');
    const col = await collection(summingHandler);
    await col.insert({ id: 'c1', name: 'start', n: 1 });
    const first = replicate(col, 'rxc', 'conf');
    await first.awaitInitialReplication();
    await first.awaitInSync();
    await first.cancel();
    // Server and client both edit the same document while apart.
    const remote = await serverDoc('rxc', 'c1');
    await fetch(`${server.url}/couch/rxc/c1`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...remote, name: 'server', n: 10 }),
    });
    const local = await col.findOne('c1').exec();
    await local?.incrementalPatch({ n: 2 });
    const second = replicate(col, 'rxc', 'conf');
    await second.awaitInitialReplication();
    await waitFor(async () => (await serverDoc('rxc', 'c1')).n === 12, 5000);
    expect(await serverDoc('rxc', 'c1')).toMatchObject({ name: 'server', n: 12 });
    await waitFor(async () => (await col.findOne('c1').exec())?.n === 12, 5000);
    await second.cancel();
  });
});
