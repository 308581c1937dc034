// kill -9 during a stream of writes: every write the server acknowledged must be there after a
// restart, and the uuid and sequence must carry on. Runs the real CLI in a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ENTRY = resolve(import.meta.dirname, '../src/index.ts');
const AUTH = 'Basic ' + Buffer.from('admin:durable').toString('base64');
const dir = mkdtempSync(join(tmpdir(), 'gemba-kill-'));

function start(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, '--port', '0', '--data', dir, '--no-seed'], {
    env: { ...process.env, COUCHDB_USER: 'admin', COUCHDB_PASSWORD: 'durable', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((res, rej) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) res({ child, url: m[1] });
    });
    child.once('exit', (code) => rej(new Error(`server exited early: ${code}`)));
  });
}

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('durability under SIGKILL', () => {
  it('keeps every acknowledged write, the uuid and the sequence', async () => {
    const first = await start();
    await fetch(`${first.url}/couch/plant`, { method: 'PUT', headers: { authorization: AUTH } });
    const uuid = ((await (await fetch(`${first.url}/couch/`)).json()) as { uuid: string }).uuid;
    const acked: string[] = [];
    let isRunning = true;
    const writer = async (w: number): Promise<void> => {
      for (let i = 0; isRunning; i++) {
        const docs = Array.from({ length: 5 }, (_, k) => ({ _id: `w${w}-${i}-${k}`, payload: 'x'.repeat(200) }));
        try {
          const res = await fetch(`${first.url}/couch/plant/_bulk_docs`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ docs }),
          });
          const rows = (await res.json()) as Array<{ ok?: boolean; id: string }>;
          for (const r of rows) if (r.ok) acked.push(r.id);
        } catch {
          return; // the server died mid-request: this write was never acknowledged
        }
      }
    };
    const writers = [0, 1, 2, 3].map((w) => writer(w));
    while (acked.length < 400) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    isRunning = false;
    await Promise.all(writers);

    const second = await start();
    try {
      expect(((await (await fetch(`${second.url}/couch/`)).json()) as { uuid: string }).uuid).toBe(uuid);
      const res = await fetch(`${second.url}/couch/plant/_all_docs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ keys: acked }),
      });
      const rows = ((await res.json()) as { rows: Array<{ key: string; error?: string }> }).rows;
      const lost = rows.filter((r) => r.error).map((r) => r.key);
      expect(lost).toEqual([]);
      const info = (await (await fetch(`${second.url}/couch/plant`)).json()) as { update_seq: number; doc_count: number };
      expect(info.doc_count).toBeGreaterThanOrEqual(acked.length);
      const put = await fetch(`${second.url}/couch/plant/after-restart`, { method: 'PUT', body: '{}', headers: { 'content-type': 'application/json' } });
      expect(put.status).toBe(201);
      const after = (await (await fetch(`${second.url}/couch/plant`)).json()) as { update_seq: number };
      expect(after.update_seq).toBe(info.update_seq + 1);
      // Graceful stop on SIGTERM.
      second.child.kill('SIGTERM');
      const code = await new Promise((r) => second.child.once('exit', r));
      expect(code).toBe(0);
    } finally {
      second.child.kill('SIGKILL');
    }
  }, 60_000);
});
