// HTTPS with HTTP/2 (and HTTP/1.1 fallback) when given a certificate.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeServer, type TestServer } from './helpers';

const certDir = mkdtempSync(join(tmpdir(), 'gemba-tls-'));
let s: TestServer;
let port = 0;

beforeAll(async () => {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
    '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')], { stdio: 'ignore' });
  s = await makeServer({ tls: { cert: readFileSync(join(certDir, 'cert.pem')), key: readFileSync(join(certDir, 'key.pem')) } });
  await s.app.listen({ port: 0, host: '127.0.0.1' });
  const address = s.app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => {
  await s.close();
  rmSync(certDir, { recursive: true, force: true });
});

describe('TLS + HTTP/2', () => {
  it('serves /couch/ over h2', async () => {
    const client = connect(`https://127.0.0.1:${port}`, { rejectUnauthorized: false });
    const body = await new Promise<string>((resolve, reject) => {
      const req = client.request({ ':path': '/couch/' });
      let data = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (data += c));
      req.on('end', () => resolve(data));
      req.on('error', reject);
      req.end();
    });
    client.close();
    expect(JSON.parse(body)).toMatchObject({ couchdb: 'Welcome', uuid: s.store.uuid });
  });
});
