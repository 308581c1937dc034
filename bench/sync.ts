// `npm run bench:sync` — the same replication workloads against Gemba's server (durable: SQLite
// WAL + fsync on every batch) and pouchdb-server 4.2.0 (in-memory, no fsync), on this machine.
// Prints a table; not a test. pouchdb-server is installed into a temp folder on first use.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
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
/** Discarded warm-up round per server (JIT of client and server, first-connection costs). */
const WARMUP_DOCS = Number(process.env.BENCH_WARMUP_DOCS ?? 1_000);
/** `gemba`, `pouchdb-server` or both (default). */
const ONLY = process.env.BENCH_ONLY;
/** Extra node flags for Gemba's process, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const GEMBA_NODE_ARGS = (process.env.BENCH_GEMBA_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
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
  // The production build (esbuild bundle on plain Node) with the flags `npm run server` uses
  // (see sync-server/package.json "start").
  execFileSync(process.execPath, [join(ROOT, 'sync-server/build.mjs')], { stdio: 'inherit' });
  const child = spawn(process.execPath, [...GEMBA_NODE_ARGS, '--max-semi-space-size=1', join(ROOT, 'sync-server/dist/server.mjs'), '--port', String(port), '--data', dataDir, '--no-seed'], {
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

/** CPU time (user + system) the server process has used so far, from /proc. */
function serverCpuMs(child: ChildProcess): number {
  const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat(5); clock ticks are 100 Hz on Linux.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Timing {
  /** Wall time of the workload. */
  ms: number;
  /** Server CPU time during it: wall minus this is time the server was idle (client, fsync waits). */
  cpuMs: number;
  /** This process's CPU time during it: the client (PouchDB/RxDB, HTTP, JSON) — its floor. */
  clientCpuMs: number;
}

let current: Target | undefined;
/** BENCH_VERBOSE=1: print each workload's wall time, server CPU and server peak RSS during it. */
const VERBOSE = process.env.BENCH_VERBOSE === '1';
async function timed(fn: () => Promise<void>, label = ''): Promise<Timing> {
  const cpu0 = current ? serverCpuMs(current.child) : 0;
  const client0 = process.cpuUsage();
  if (VERBOSE && current) writeFileSync(`/proc/${current.child.pid}/clear_refs`, '5'); // resets VmHWM
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  const cpuMs = current ? serverCpuMs(current.child) - cpu0 : NaN;
  const client = process.cpuUsage(client0);
  const clientCpuMs = (client.user + client.system) / 1000;
  if (VERBOSE && current) {
    console.log(`    ${label.padEnd(10)} ${ms.toFixed(0).padStart(6)} ms wall, server ${cpuMs.toFixed(0).padStart(5)} ms CPU, client ${clientCpuMs.toFixed(0).padStart(5)} ms CPU, server peak ${peakRssMiB(current.child).toFixed(0)} MiB`);
  }
  return { ms, cpuMs, clientCpuMs };
}

async function pouchPush(t: Target, n: number): Promise<Timing & { db: string }> {
  const db = `bench-pp-${dbCounter++}`;
  await createDb(t, db);
  const local = new Pouch(`pl-${dbCounter++}`, { adapter: 'memory' });
  await local.bulkDocs(Array.from({ length: n }, (_, i) => doc(i)));
  const target = remote(t, db);
  const timing = await timed(async () => {
    const r = await local.replicate.to(target, { batch_size: 100 });
    if (r.docs_written !== n) throw new Error(`pouch push wrote ${r.docs_written}`);
  }, 'pouch push');
  await local.destroy();
  return { ...timing, db };
}

async function pouchPull(t: Target, db: string, n: number): Promise<Timing> {
  const local = new Pouch(`pl-${dbCounter++}`, { adapter: 'memory' });
  const timing = await timed(async () => {
    const r = await local.replicate.from(remote(t, db), { batch_size: 100 });
    if (r.docs_written !== n) throw new Error(`pouch pull wrote ${r.docs_written}`);
  }, 'pouch pull');
  await local.destroy();
  return timing;
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

async function rxPush(t: Target, n: number): Promise<Timing> {
  const db = `bench-rp-${dbCounter++}`;
  await createDb(t, db);
  const { db: rx, col } = await rxCollection();
  await col.bulkInsert(Array.from({ length: n }, (_, i) => doc(i)));
  const timing = await timed(() => rxReplicate(t, col, db, 'push'), 'rx push');
  const info = (await (await fetch(t.dbUrl(db), { headers: t.headers })).json()) as { doc_count: number };
  if (info.doc_count !== n) throw new Error(`rx push: ${info.doc_count} docs on ${t.name}`);
  await rx.remove();
  return timing;
}

async function rxPull(t: Target, db: string, n: number): Promise<Timing> {
  const { db: rx, col } = await rxCollection();
  const timing = await timed(() => rxReplicate(t, col, db, 'pull'), 'rx pull');
  const count = await col.count().exec();
  if (count !== n) throw new Error(`rx pull: ${count} docs from ${t.name}`);
  await rx.remove();
  return timing;
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

type Workload = 'pouchPush' | 'pouchPull' | 'rxPush' | 'rxPull';
const WORKLOADS: ReadonlyArray<[Workload, string, string]> = [
  ['pouchPush', 'PouchDB push', '≥ 2×'],
  ['pouchPull', 'PouchDB pull', '≥ 2×'],
  ['rxPush', 'RxDB push', '≥ 3×'],
  ['rxPull', 'RxDB pull', '≥ 3×'],
];

interface Result {
  /** Median wall time and median server CPU time per workload. */
  times: Record<Workload, Timing>;
  rss: number;
  fan: { p50: number; p99: number };
}

async function oneRound(t: Target, n: number): Promise<Record<Workload, Timing>> {
  const pushed = await pouchPush(t, n);
  return { pouchPush: pushed, pouchPull: await pouchPull(t, pushed.db, n), rxPush: await rxPush(t, n), rxPull: await rxPull(t, pushed.db, n) };
}

/**
 * Runs the servers' rounds interleaved (Gemba round 1, pouchdb-server round 1, Gemba round 2, …)
 * so that both see the same background load on a shared machine; medians per server.
 */
async function runAll(targets: Target[]): Promise<Result[]> {
  const runs = targets.map((): Record<Workload, Timing[]> => ({ pouchPush: [], pouchPull: [], rxPush: [], rxPull: [] }));
  const fans = targets.map((): Array<{ p50: number; p99: number }> => []);
  for (const t of targets) {
    // Warm-up (discarded): JIT on both sides, connection setup, SQLite page cache.
    current = t;
    if (WARMUP_DOCS > 0) await oneRound(t, WARMUP_DOCS);
  }
  for (let r = 0; r < RUNS; r++) {
    for (const [i, t] of targets.entries()) {
      current = t;
      const round = await oneRound(t, DOCS);
      for (const [w] of WORKLOADS) runs[i]?.[w].push(round[w]);
      if (VERBOSE) writeFileSync(`/proc/${t.child.pid}/clear_refs`, '5');
      const fan = await fanout(t);
      fans[i]?.push(fan);
      if (VERBOSE) console.log(`    fan-out    p50 ${fan.p50.toFixed(0)} ms, p99 ${fan.p99.toFixed(0)} ms, peak ${peakRssMiB(t.child).toFixed(0)} MiB`);
      console.log(`  ${t.name} run ${r + 1}/${RUNS} done`);
    }
  }
  return targets.map((t, i) => {
    const mine = runs[i] as Record<Workload, Timing[]>;
    const times = Object.fromEntries(
      WORKLOADS.map(([w]) => [
        w,
        { ms: median(mine[w].map((x) => x.ms)), cpuMs: median(mine[w].map((x) => x.cpuMs)), clientCpuMs: median(mine[w].map((x) => x.clientCpuMs)) },
      ]),
    ) as Record<Workload, Timing>;
    const f = fans[i] ?? [];
    return { times, rss: peakRssMiB(t.child), fan: { p50: median(f.map((x) => x.p50)), p99: median(f.map((x) => x.p99)) } };
  });
}

function printTable(g: Result | undefined, p: Result | undefined, reference: string): void {
  const fmt = (ms: number | undefined): string => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
  const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined ? 'n/a' : `${(a / b).toFixed(1)}×`);
  const k = DOCS >= 1000 ? `${DOCS / 1000}k` : String(DOCS);
  const rows: string[][] = [
    ...WORKLOADS.map(([w, label, target]) => [`${label} (${k} docs)`, fmt(g?.times[w].ms), fmt(p?.times[w].ms), ratio(p?.times[w].ms, g?.times[w].ms), target]),
    ['Peak RSS of the server', g ? `${g.rss.toFixed(0)} MiB` : 'n/a', p ? `${p.rss.toFixed(0)} MiB` : 'n/a', '', '≤ 120 MiB'],
    ['Fan-out 200 longpolls p50', g ? `${g.fan.p50.toFixed(0)} ms` : 'n/a', p ? `${p.fan.p50.toFixed(0)} ms` : 'n/a', '', ''],
    ['Fan-out 200 longpolls p99', g ? `${g.fan.p99.toFixed(0)} ms` : 'n/a', p ? `${p.fan.p99.toFixed(0)} ms` : 'n/a', '', '≤ 200 ms'],
  ];
  printRows(['workload (median of ' + RUNS + ')', 'Gemba (durable)', reference, 'ratio', 'target'], rows);
  // Where the wall time goes: the server's own CPU time during each workload. The rest is the
  // client (PouchDB/RxDB in this process), the loopback and, for Gemba, waiting on fsync.
  // The ceiling: even a server costing nothing cannot make a workload faster than its client's
  // own CPU time, so pouchdb-server's wall time / the client's CPU time bounds the ratio.
  const cpu = (r: Result | undefined, w: Workload, key: 'cpuMs' | 'clientCpuMs'): string =>
    r ? `${fmt(r.times[w][key])} (${((100 * r.times[w][key]) / r.times[w].ms).toFixed(0)}%)` : 'n/a';
  console.log('\nCPU time during each workload (median; % of that workload\'s wall time). Client = this process (PouchDB/RxDB):');
  printRows(
    ['workload', 'Gemba server', 'client vs Gemba', 'pouchdb-server', 'client vs pouchdb-server', 'ratio ceiling'],
    WORKLOADS.map(([w, label]) => [label, cpu(g, w, 'cpuMs'), cpu(g, w, 'clientCpuMs'), cpu(p, w, 'cpuMs'), cpu(p, w, 'clientCpuMs'), ratio(p?.times[w].ms, g?.times[w].clientCpuMs)]),
  );
  console.log(`\nNode ${process.version}, ${DOCS} docs of ~300 bytes, batch size 100, 127.0.0.1, warm-up round of ${WARMUP_DOCS} docs per server.`);
  // Wall times on a shared machine depend on what else runs; the CPU times above much less so.
  console.log(`Load average at start ${loadAtStart.toFixed(1)}, at end ${(loadavg()[0] ?? NaN).toFixed(1)} (${availableParallelism()} cores).`);
}

function printRows(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]): string => '| ' + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  console.log('\n' + line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(line(r));
}

let loadAtStart = NaN;

async function main(): Promise<void> {
  loadAtStart = loadavg()[0] ?? NaN;
  const targets: Target[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'gemba-bench-'));
  let reference = 'pouchdb-server 4.2.0 (in-memory)';
  let g: Result | undefined;
  let p: Result | undefined;
  try {
    if (ONLY !== 'pouchdb-server') targets.push(await startGemba(dataDir));
    if (ONLY !== 'gemba') {
      try {
        targets.push(await startPouchdbServer());
      } catch (err) {
        reference = 'pouchdb-server (unavailable)';
        console.error(`pouchdb-server could not be run: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    console.log(`Benchmarking ${targets.map((t) => t.name).join(' and ')} (rounds interleaved) …`);
    const results = await runAll(targets);
    targets.forEach((t, i) => {
      if (t.name === 'Gemba') g = results[i];
      else p = results[i];
    });
    const gemba = targets.find((t) => t.name === 'Gemba');
    if (gemba && process.env.BENCH_METRICS_OUT) {
      writeFileSync(process.env.BENCH_METRICS_OUT, await (await fetch(gemba.dbUrl('').replace(/couch\/$/, 'metrics'))).text());
    }
  } finally {
    for (const t of targets) {
      if (t.child.exitCode !== null) continue;
      t.child.kill('SIGTERM');
      // A --cpu-prof profile is written on exit: wait for it (but not forever).
      await Promise.race([new Promise((r) => t.child.once('exit', r)), new Promise((r) => setTimeout(r, 5000))]);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  printTable(g, p, reference);
  process.exit(0);
}

await main();
