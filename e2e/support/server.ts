import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
}

const root = join(import.meta.dirname, '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function waitForListening(child: ChildProcess, log: () => string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${log()}`)), timeoutMs);
    const onData = (): void => {
      const match = /listening on (https?:\/\/\S+)/i.exec(log());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${log()}`));
    });
  });
}

export interface ServerOptions {
  dataDir?: string;
  port?: number;
  extraArgs?: string[];
}

/** Starts the real plant server exactly as a user would (`npm run server -- …`) on a fresh data dir. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer & { restart(): Promise<void>; kill(): Promise<void> }> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'gemba-e2e-'));
  const port = options.port ?? (await freePort());
  let log = '';
  let child: ChildProcess | null = null;

  async function launch(): Promise<string> {
    const proc = spawn('npm', ['run', 'server', '--', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir, ...(options.extraArgs ?? [])], {
      cwd: root,
      env: { ...process.env, COUCHDB_USER: 'admin', COUCHDB_PASSWORD: 'e2e-admin-password' },
      detached: true, // own process group, so stopping ends npm, tsx and node together
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    const before = log.length;
    proc.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    proc.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    return waitForListening(proc, () => log.slice(before), 60_000);
  }

  async function halt(): Promise<void> {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null || !proc.pid) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    process.kill(-proc.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (proc.exitCode === null && proc.signalCode === null) process.kill(-proc.pid, 'SIGKILL');
  }

  const url = await launch();
  return {
    url,
    dataDir,
    output: () => log,
    /** Stops the server process; its data stays for restart(). */
    kill: halt,
    async restart() {
      await halt();
      await launch();
    },
    async stop() {
      await halt();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
