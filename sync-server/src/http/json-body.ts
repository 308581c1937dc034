// JSON bodies with a nesting limit: JSON.parse itself has none, and a deeply nested body is a
// cheap way to exhaust the stack in whatever walks it later.
import type { FastifyInstance } from 'fastify';
import { CouchError, badRequest } from '../errors';

export const MAX_JSON_DEPTH = 64;

export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped char
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

export function registerBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json', 'text/plain']);
  const parseJson = (text: string): unknown => {
    if (text.length === 0) return undefined;
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) throw new CouchError(400, 'bad_request', 'JSON is nested too deeply');
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw badRequest('invalid UTF-8 JSON');
    }
  };
  // Clients are sloppy with content types (text/plain, none at all); CouchDB parses JSON anyway.
  app.addContentTypeParser(['application/json', 'text/plain'], { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, parseJson(body as string));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
}
