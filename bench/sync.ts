// `npm run bench:sync` — the same replication workloads against Gemba's server (durable: SQLite
// WAL + fsync on every batch) and pouchdb-server 4.2.0 (in-memory, no fsync), on this machine.
// Prints a table; not a test. pouchdb-server is installed into a temp folder on first use.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRxDatabase, type RxCollection, type RxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { replicateCouchDB, getFetchWithCouchDBAuthorization } from 'rxdb/plugins/replication-couchdb';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

const DOCS = Number(process.env.BENCH_DOCS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FANOUT = 200;
const ROOT = resolve(import.meta.dirname, '..');
const PS_DIR = join(tmpdir(), 'gemba-bench-pouchdb-server');
const USER = 'bench';
const PASSWORD = 'bench-password';
const AUTH = 'Basic ' + Buffer.from(`${USER}:${PASSWORD}`).toString('base64');

const Pouch = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);

interface Target {
  name: string;
  /** URL of database `db` (no trailing slash). */
  dbUrl(db: string): string;
  child: ChildProcess;
  headers: Record<string, string>;
}

function doc(i: number): { _id: string; [k: string]: unknown } {
  // ~300 bytes of JSON, like an event document.
  return { _id: `ev-${String(i).padStart(6, '0')}`, type: 'kanban.pulled', site: 'demo', station: `ST-${i % 7}`, card: `KB-${i}`, hlc: { wall: 1_700_000_000_000 + i, counter: i % 5, device: 'tablet-07' }, note: 'x'.repeat(150) };
}

async function waitForUrl(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${url}`);
}

async function startGemba(dataDir: string): Promise<Target> {
  const port = 25984;
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'sync-server/src/index.ts'), '--port', String(port), '--data', dataDir, '--no-seed'], {
    env: { ...process.env, COUCHDB_USER: USER, COUCHDB_PASSWORD: PASSWORD, LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  await waitForUrl(`http://127.0.0.1:${port}/couch/`, child);
  return { name: 'Gemba', child, dbUrl: (db) => `http://127.0.0.1:${port}/couch/${db}`, headers: { authorization: AUTH } };
}

function installPouchdbServer(): string {
  const bin = join(PS_DIR, 'node_modules/pouchdb-server/bin/pouchdb-server');
  if (existsSync(bin)) return bin;
  mkdirSync(PS_DIR, { recursive: true });
  writeFileSync(join(PS_DIR, 'package.json'), '{"name":"bench-pouchdb-server","private":true}\n');
  console.log(`Installing pouchdb-server@4.2.0 into ${PS_DIR} …`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', 'pouchdb-server@4.2.0'], { cwd: PS_DIR, stdio: 'inherit' });
  return bin;
}

async function startPouchdbServer(): Promise<Target> {
  const bin = installPouchdbServer();
  const port = 25985;
  const child = spawn(process.execPath, [bin, '--in-memory', '--port', String(port), '--host', '127.0.0.1', '--no-stdout-logs'], {
    cwd: mkdtempSync(join(tmpdir(), 'ps-run-')),
    stdio: 'ignore',
  });
  await waitForUrl(`http://127.0.0.1:${port}/`, child);
  return { name: 'pouchdb-server 4.2.0 (in-memory)', child, dbUrl: (db) => `http://127.0.0.1:${port}/${db}`, headers: {} };
}

async function createDb(t: Target, db: string): Promise<void> {
  const res = await fetch(t.dbUrl(db), { method: 'PUT', headers: t.headers });
  if (res.status !== 201) throw new Error(`create ${db} on ${t.name}: ${res.status}`);
}

function remote(t: Target, db: string): InstanceType<typeof Pouch> {
  return new Pouch(t.dbUrl(db), { adapter: 'http', skip_setup: true, ...(t.name === 'Gemba' ? { auth: { username: USER, password: PASSWORD } } : {}) });
}

let dbCounter = 0;
async function timed(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function pouchPush(t: Target): Promise<{ ms: number; db: string }> {
  const db = `bench-pp-${dbCounter++}`;
  await createDb(t, db);
  const local = new Pouch(`pl-${dbCounter++}`, { adapter: 'memory' });
  await local.bulkDocs(Array.from({ length: DOCS }, (_, i) => doc(i)));
  const target = remote(t, db);
  const ms = await timed(async () => {
    const r = await local.replicate.to(target, { batch_size: 100 });
    if (r.docs_written !== DOCS) throw new Error(`pouch push wrote ${r.docs_written}`);
  });
  await local.destroy();
  return { ms, db };
}

async function pouchPull(t: Target, db: string): Promise<number> {
  const local = new Pouch(`pl-${dbCounter++}`, { adapter: 'memory' });
  const ms = await timed(async () => {
    const r = await local.replicate.from(remote(t, db), { batch_size: 100 });
    if (r.docs_written !== DOCS) throw new Error(`pouch pull wrote ${r.docs_written}`);
  });
  await local.destroy();
  return ms;
}

const schema = {
  version: 0,
  primaryKey: '_id',
  type: 'object',
  properties: { _id: { type: 'string', maxLength: 40 }, type: { type: 'string' }, site: { type: 'string' }, station: { type: 'string' }, card: { type: 'string' }, hlc: { type: 'object' }, note: { type: 'string' } },
  required: ['_id'],
} as const;

async function rxCollection(): Promise<{ db: RxDatabase; col: RxCollection }> {
  const db = await createRxDatabase({ name: `rxbench${dbCounter++}`, storage: getRxStorageMemory(), multiInstance: false });
  const cols = await db.addCollections({ events: { schema } });
  return { db, col: cols.events as RxCollection };
}

async function rxReplicate(t: Target, col: RxCollection, db: string, direction: 'push' | 'pull'): Promise<void> {
  const rep = replicateCouchDB({
    replicationIdentifier: `bench-${direction}-${dbCounter++}`,
    collection: col,
    url: t.dbUrl(db) + '/',
    live: false,
    waitForLeadership: false,
    ...(t.name === 'Gemba' ? { fetch: getFetchWithCouchDBAuthorization(USER, PASSWORD) } : {}),
    ...(direction === 'push' ? { push: { batchSize: 100 } } : { pull: { batchSize: 100 } }),
  });
  let failure: unknown;
  rep.error$.subscribe((e) => (failure = e));
  await rep.awaitInitialReplication();
  await rep.cancel();
  if (failure) throw failure instanceof Error ? failure : new Error(JSON.stringify(failure));
}

async function rxPush(t: Target): Promise<number> {
  const db = `bench-rp-${dbCounter++}`;
  await createDb(t, db);
  const { db: rx, col } = await rxCollection();
  await col.bulkInsert(Array.from({ length: DOCS }, (_, i) => doc(i)));
  const ms = await timed(() => rxReplicate(t, col, db, 'push'));
  const info = (await (await fetch(t.dbUrl(db), { headers: t.headers })).json()) as { doc_count: number };
  if (info.doc_count !== DOCS) throw new Error(`rx push: ${info.doc_count} docs on ${t.name}`);
  await rx.remove();
  return ms;
}

async function rxPull(t: Target, db: string): Promise<number> {
  const { db: rx, col } = await rxCollection();
  const ms = await timed(() => rxReplicate(t, col, db, 'pull'));
  const n = await col.count().exec();
  if (n !== DOCS) throw new Error(`rx pull: ${n} docs from ${t.name}`);
  await rx.remove();
  return ms;
}

async function fanout(t: Target): Promise<{ p50: number; p99: number }> {
  const db = `bench-fan-${dbCounter++}`;
  await createDb(t, db);
  let writtenAt = 0;
  const latencies: number[] = [];
  const clients = Array.from({ length: FANOUT }, async () => {
    const res = await fetch(`${t.dbUrl(db)}/_changes?feed=longpoll&since=now&include_docs=true&heartbeat=30000`, { headers: t.headers });
    const body = (await res.json()) as { results: unknown[] };
    if (body.results.length !== 1) throw new Error('fan-out client missed the change');
    latencies.push(performance.now() - writtenAt);
  });
  await new Promise((r) => setTimeout(r, 2000)); // let all 200 connect and park
  writtenAt = performance.now();
  await fetch(`${t.dbUrl(db)}/the-change`, { method: 'PUT', headers: { ...t.headers, 'content-type': 'application/json' }, body: JSON.stringify({ ...doc(1), _id: 'the-change' }) });
  await Promise.all(clients);
  latencies.sort((a, b) => a - b);
  const pick = (q: number): number => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? NaN;
  return { p50: pick(0.5), p99: pick(0.99) };
}

function peakRssMiB(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

interface Result {
  pouchPush: number;
  pouchPull: number;
  rxPush: number;
  rxPull: number;
  rss: number;
  fan: { p50: number; p99: number };
}

async function runAll(t: Target): Promise<Result> {
  const runs: Record<'pouchPush' | 'pouchPull' | 'rxPush' | 'rxPull', number[]> = { pouchPush: [], pouchPull: [], rxPush: [], rxPull: [] };
  for (let r = 0; r < RUNS; r++) {
    const pushed = await pouchPush(t);
    runs.pouchPush.push(pushed.ms);
    runs.pouchPull.push(await pouchPull(t, pushed.db));
    runs.rxPush.push(await rxPush(t));
    runs.rxPull.push(await rxPull(t, pushed.db));
    console.log(`  ${t.name} run ${r + 1}/${RUNS} done`);
  }
  const fan = await fanout(t);
  return {
    pouchPush: median(runs.pouchPush),
    pouchPull: median(runs.pouchPull),
    rxPush: median(runs.rxPush),
    rxPull: median(runs.rxPull),
    rss: peakRssMiB(t.child),
    fan,
  };
}

function printTable(g: Result, p: Result | undefined, reference: string): void {
  const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const ratio = (a: number | undefined, b: number): string => (a === undefined ? 'n/a' : `${(a / b).toFixed(1)}×`);
  const rows: Array<[string, string, string, string, string]> = [
    ['PouchDB push (10k docs)', fmt(g.pouchPush), p ? fmt(p.pouchPush) : 'n/a', ratio(p?.pouchPush, g.pouchPush), '≥ 2×'],
    ['PouchDB pull (10k docs)', fmt(g.pouchPull), p ? fmt(p.pouchPull) : 'n/a', ratio(p?.pouchPull, g.pouchPull), '≥ 2×'],
    ['RxDB push (10k docs)', fmt(g.rxPush), p ? fmt(p.rxPush) : 'n/a', ratio(p?.rxPush, g.rxPush), '≥ 3×'],
    ['RxDB pull (10k docs)', fmt(g.rxPull), p ? fmt(p.rxPull) : 'n/a', ratio(p?.rxPull, g.rxPull), '≥ 3×'],
    ['Peak RSS of the server', `${g.rss.toFixed(0)} MiB`, p ? `${p.rss.toFixed(0)} MiB` : 'n/a', '', '≤ 120 MiB'],
    ['Fan-out 200 longpolls p50', `${g.fan.p50.toFixed(0)} ms`, p ? `${p.fan.p50.toFixed(0)} ms` : 'n/a', '', ''],
    ['Fan-out 200 longpolls p99', `${g.fan.p99.toFixed(0)} ms`, p ? `${p.fan.p99.toFixed(0)} ms` : 'n/a', '', '≤ 200 ms'],
  ];
  const header: [string, string, string, string, string] = ['workload (median of ' + RUNS + ')', 'Gemba (durable)', reference, 'ratio', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]): string => '| ' + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  console.log('\n' + line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(line(r));
  console.log(`\nNode ${process.version}, ${DOCS} docs of ~300 bytes, batch size 100, 127.0.0.1.`);
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gemba-bench-'));
  const gemba = await startGemba(dataDir);
  let g: Result;
  try {
    console.log('Benchmarking Gemba …');
    g = await runAll(gemba);
  } finally {
    gemba.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
  let p: Result | undefined;
  let reference = 'pouchdb-server 4.2.0 (in-memory)';
  try {
    const ps = await startPouchdbServer();
    try {
      console.log('Benchmarking pouchdb-server …');
      p = await runAll(ps);
    } finally {
      ps.child.kill('SIGTERM');
    }
  } catch (err) {
    reference = 'pouchdb-server (unavailable)';
    console.error(`pouchdb-server could not be run: ${err instanceof Error ? err.message : String(err)}`);
  }
  printTable(g, p, reference);
  process.exit(0);
}

await main();
