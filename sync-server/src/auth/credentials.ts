// Admin credentials. From COUCHDB_USER/COUCHDB_PASSWORD when set; otherwise generated on first
// start and kept only as an scrypt hash in the data dir. There is no built-in default password.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export interface AdminCredentials {
  user: string;
  /** hex */
  salt: string;
  /** hex scrypt(password, salt) */
  hash: string;
}

const KEY_LENGTH = 32;

export function hashPassword(user: string, password: string, salt = randomBytes(16).toString('hex')): AdminCredentials {
  return { user, salt, hash: scryptSync(password, salt, KEY_LENGTH).toString('hex') };
}

export function verifyPassword(creds: AdminCredentials, user: string, password: string): boolean {
  const expected = Buffer.from(creds.hash, 'hex');
  const actual = scryptSync(password, creds.salt, KEY_LENGTH);
  // Always compute the hash, so a wrong user name takes as long as a wrong password.
  return timingSafeEqual(expected, actual) && user === creds.user;
}

export interface LoadedAdmin {
  credentials: AdminCredentials;
  /** Set only on the start that generated it; the caller prints it once. */
  generatedPassword?: string;
}

export function loadOrCreateAdmin(dataDir: string, env: NodeJS.ProcessEnv): LoadedAdmin {
  const user = env.COUCHDB_USER;
  const password = env.COUCHDB_PASSWORD;
  if (user && password) return { credentials: hashPassword(user, password) };
  const file = join(dataDir, 'admin.json');
  if (existsSync(file)) return { credentials: JSON.parse(readFileSync(file, 'utf8')) as AdminCredentials };
  const generatedPassword = randomBytes(18).toString('base64url');
  const credentials = hashPassword(user || 'admin', generatedPassword);
  writeFileSync(file, JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
  return { credentials, generatedPassword };
}
