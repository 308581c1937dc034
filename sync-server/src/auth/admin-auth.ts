// Who is the caller? Admin via Basic auth or the AuthSession cookie made by POST /_session.
// scrypt is deliberately slow, so verified Basic headers are remembered (by hash) for a while.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { verifyPassword, type AdminCredentials } from './credentials';
import { unauthorized } from '../errors';

const SESSION_SECONDS = 600 * 6; // one hour, refreshed by each login
const CACHE_MS = 5 * 60_000;

export class AdminAuth {
  private readonly creds: AdminCredentials;
  private readonly secret = randomBytes(32);
  private readonly verified = new Map<string, number>();

  constructor(creds: AdminCredentials) {
    this.creds = creds;
  }

  get user(): string {
    return this.creds.user;
  }

  checkPassword(user: string, password: string): boolean {
    return verifyPassword(this.creds, user, password);
  }

  /** The admin user name if the request carries valid admin credentials. */
  adminOf(req: FastifyRequest): string | undefined {
    const header = req.headers.authorization;
    if (header?.startsWith('Basic ')) return this.fromBasic(header) ? this.creds.user : undefined;
    const cookie = readCookie(req.headers.cookie, 'AuthSession');
    return cookie && this.fromCookie(cookie) ? this.creds.user : undefined;
  }

  requireAdmin(req: FastifyRequest): void {
    if (!this.adminOf(req)) throw unauthorized();
  }

  sessionCookie(): string {
    const payload = Buffer.from(`${this.creds.user}:${Math.floor(Date.now() / 1000) + SESSION_SECONDS}`).toString('base64url');
    const mac = createHmac('sha256', this.secret).update(payload).digest('base64url');
    return `AuthSession=${payload}.${mac}; Version=1; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_SECONDS}`;
  }

  private fromBasic(header: string): boolean {
    const key = createHash('sha256').update(header).digest('hex');
    const until = this.verified.get(key);
    if (until !== undefined && until > Date.now()) return true;
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return false;
    if (!this.checkPassword(decoded.slice(0, colon), decoded.slice(colon + 1))) return false;
    if (this.verified.size > 1000) this.verified.clear();
    this.verified.set(key, Date.now() + CACHE_MS);
    return true;
  }

  private fromCookie(value: string): boolean {
    const [payload, mac] = value.split('.');
    if (!payload || !mac) return false;
    const expected = createHmac('sha256', this.secret).update(payload).digest();
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
    const [user, expires] = Buffer.from(payload, 'base64url').toString('utf8').split(':');
    return user === this.creds.user && Number(expires) * 1000 > Date.now();
  }
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
