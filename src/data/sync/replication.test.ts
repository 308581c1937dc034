// @vitest-environment node
// Real RxDB on (fake) IndexedDB replicating over real HTTP with the real plant server.
import { afterEach, describe, expect, it } from 'vitest';
import { buildDemoPlant, createHlcClock, makeEvent, masterDocsFromPlant, plantFromMasterDocs } from '../../domain';
import { createDb, makeServer, BASIC, waitFor, type TestServer } from '../../../sync-server/test/helpers';
import { openDatabase, type GembaDatabase } from '../db';
import { recordEvent } from '../eventRepository';
import { startSync, type SyncHandle } from './replication';
import type { SyncReporter } from './syncReporter';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

function recordingReporter() {
  const seen: string[] = [];
  const reporter: SyncReporter = {
    reached: () => seen.push('reached'),
    unreachable: () => seen.push('unreachable'),
    serverError: () => seen.push('server-error'),
    synced: () => seen.push('synced'),
    replicationError: () => seen.push('replication-error'),
    localError: () => seen.push('local-error'),
  };
  return { reporter, seen };
}

async function plantServer(): Promise<TestServer> {
  const server = await makeServer();
  for (const db of ['demo-events', 'demo-master', 'demo-state']) await createDb(server.app, db);
  const res = await server.app.inject({
    method: 'POST',
    url: '/couch/demo-master/_bulk_docs',
    headers: { authorization: BASIC, 'content-type': 'application/json' },
    payload: { docs: masterDocsFromPlant(buildDemoPlant()) },
  });
  expect(res.statusCode).toBe(201);
  await server.listen();
  cleanups.push(async () => {
    // Aborted long polls from stopped RxDB clients can leave sockets the server still counts as
    // busy; a graceful close would wait for them, so end them after a short grace period.
    const grace = setTimeout(() => server.app.server.closeAllConnections(), 1000);
    await server.close();
    clearTimeout(grace);
  });
  return server;
}

async function tablet(name: string): Promise<GembaDatabase> {
  const db = await openDatabase({ name: `${name}-${Date.now()}-${Math.random()}` });
  cleanups.push(() => db.remove());
  return db;
}

function sync(db: GembaDatabase, server: TestServer, reporter: SyncReporter): SyncHandle {
  const handle = startSync(db, { serverOrigin: server.url, site: 'demo', reporter });
  cleanups.push(() => handle.stop());
  return handle;
}

describe('tablet replication with the plant server', () => {
  it('pushes events recorded offline, empties the outbox, and delivers them to another tablet', async () => {
    const server = await plantServer();
    const a = await tablet('a');
    const clock = createHlcClock('TA', Date.now);
    const cards = buildDemoPlant().cards.slice(0, 3).map((c) => c.id);
    for (const card of cards) {
      await recordEvent(a, makeEvent({ type: 'kanban.pulled', payload: { card }, site: 'demo', device: 'TA', actor: 'u-anna' }, clock));
    }
    expect(await a.outbox.count().exec()).toBe(3);

    const { reporter, seen } = recordingReporter();
    sync(a, server, reporter);
    await waitFor(async () => (await a.outbox.count().exec()) === 0);
    expect(seen).toContain('synced');

    const onServer = await server.app.inject({ method: 'GET', url: '/couch/demo-events/_all_docs?include_docs=true' });
    const rows = onServer.json<{ rows: { doc: { type: string; payload: { card: string } } }[] }>().rows;
    expect(rows.map((r) => r.doc.payload.card).sort()).toEqual([...cards].sort());
    expect(rows.every((r) => r.doc.type === 'kanban.pulled')).toBe(true);

    const b = await tablet('b');
    sync(b, server, recordingReporter().reporter);
    await waitFor(async () => (await b.events.count().exec()) === 3);
    await waitFor(async () => (await b.master.count().exec()) === masterDocsFromPlant(buildDemoPlant()).length);
    const docs = await b.master.find().exec();
    const master = plantFromMasterDocs('demo', docs.map((d) => ({ _id: d.id, kind: d.kind, ...d.body })));
    expect(master.cards.map((c) => c.id).sort()).toEqual(buildDemoPlant().cards.map((c) => c.id).sort());
    expect(master.users.map((u) => u.badge).sort()).toEqual(buildDemoPlant().users.map((u) => u.badge).sort());
    // Pulled events are not this tablet's to send: its outbox stays empty.
    expect(await b.outbox.count().exec()).toBe(0);
  });

  it('delivers a live change to a tablet that is already syncing', async () => {
    const server = await plantServer();
    const b = await tablet('b');
    sync(b, server, recordingReporter().reporter);
    await waitFor(async () => (await b.master.count().exec()) > 0);
    const a = await tablet('a');
    sync(a, server, recordingReporter().reporter);
    const clock = createHlcClock('TA', Date.now);
    const event = makeEvent({ type: 'kanban.pulled', payload: { card: buildDemoPlant().cards[4]!.id }, site: 'demo', device: 'TA', actor: 'u-anna' }, clock);
    await recordEvent(a, event);
    await waitFor(async () => (await b.events.findOne(event._id).exec()) !== null, 5000);
  });

  it('reports an unreachable server and keeps the events waiting', async () => {
    const a = await tablet('a');
    const clock = createHlcClock('TA', Date.now);
    await recordEvent(a, makeEvent({ type: 'operator.signed-in', payload: {}, site: 'demo', device: 'TA', actor: 'u-anna' }, clock));
    const { reporter, seen } = recordingReporter();
    const handle = startSync(a, { serverOrigin: 'http://127.0.0.1:9', site: 'demo', reporter });
    cleanups.push(() => handle.stop());
    await waitFor(() => seen.includes('unreachable'));
    expect(await a.outbox.count().exec()).toBe(1);
  });
});
