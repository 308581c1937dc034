// CouchDB query parameters are JSON values in strings ("true", "10", "\"key\"", "[...]").
// Each helper rejects a malformed value with 400 rather than guessing.
import { badRequest } from '../errors';

export type Query = Record<string, string | string[] | undefined>;

function raw(q: Query, name: string): string | undefined {
  const v = q[name];
  return Array.isArray(v) ? v[v.length - 1] : v;
}

export function boolParam(q: Query, name: string, fallback = false): boolean {
  const v = raw(q, name);
  if (v === undefined || v === '') return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw badRequest(`Invalid boolean parameter: ${name}`);
}

export function intParam(q: Query, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const v = raw(q, name);
  if (v === undefined || v === '') return fallback;
  if (!/^-?\d{1,16}$/.test(v)) throw badRequest(`Invalid integer parameter: ${name}`);
  const n = Number(v);
  if (n < min || n > max) throw badRequest(`Parameter ${name} out of range`);
  return n;
}

export function jsonParam(q: Query, name: string): unknown {
  const v = raw(q, name);
  if (v === undefined) return undefined;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    throw badRequest(`Invalid JSON in parameter: ${name}`);
  }
}

export function stringParam(q: Query, name: string): string | undefined {
  return raw(q, name);
}

export function enumParam<T extends string>(q: Query, name: string, allowed: readonly T[], fallback: T): T {
  const v = raw(q, name);
  if (v === undefined || v === '') return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw badRequest(`Invalid value for ${name}: ${v}`);
}

/** A JSON string key (startkey etc.), accepting CouchDB's underscore aliases. */
export function keyParam(q: Query, ...names: string[]): string | undefined {
  for (const name of names) {
    const v = jsonParam(q, name);
    if (v === undefined) continue;
    if (typeof v !== 'string') throw badRequest(`${name} must be a JSON string`);
    return v;
  }
  return undefined;
}
