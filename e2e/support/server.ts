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

/** Starts the real plant server exactly as a user would (`npm run server -- …`) on a fresh data dir. */
export async function startServer(extraArgs: string[] = []): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gemba-e2e-'));
  const port = await freePort();
  let log = '';
  const child = spawn('npm', ['run', 'server', '--', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir, ...extraArgs], {
    cwd: root,
    env: { ...process.env, COUCHDB_USER: 'admin', COUCHDB_PASSWORD: 'e2e-admin-password' },
    detached: true, // own process group, so stop() ends npm, tsx and node together
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = await waitForListening(child, () => log, 60_000);
  return {
    url,
    dataDir,
    output: () => log,
    async stop() {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid, 'SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
