// Every error leaves the server CouchDB-shaped: `{ "error": ..., "reason": ... }` with a 4xx
// status for anything the client did. Handlers throw CouchError; the app's error handler is the
// one place that turns errors into responses.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export class CouchError extends Error {
  readonly statusCode: number;
  readonly error: string;
  readonly reason: string;

  constructor(statusCode: number, error: string, reason: string) {
    super(reason);
    this.statusCode = statusCode;
    this.error = error;
    this.reason = reason;
  }
}

export const badRequest = (reason: string): CouchError => new CouchError(400, 'bad_request', reason);
export const notFound = (reason = 'missing'): CouchError => new CouchError(404, 'not_found', reason);
export const dbNotFound = (): CouchError => new CouchError(404, 'not_found', 'Database does not exist.');
export const unauthorized = (reason = 'You are not a server admin.'): CouchError =>
  new CouchError(401, 'unauthorized', reason);
export const conflict = (): CouchError => new CouchError(409, 'conflict', 'Document update conflict.');

/** Fastify's own errors (body parsing, limits, routing) mapped to CouchDB's vocabulary. */
function fromFastifyError(err: FastifyError): CouchError {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new CouchError(413, 'too_large', 'the request entity is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new CouchError(415, 'bad_content_type', 'Content-Type must be application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return badRequest('invalid UTF-8 JSON');
    default:
      break;
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) return new CouchError(status, status === 404 ? 'not_found' : 'bad_request', err.message);
  return new CouchError(500, 'unknown_error', 'internal server error');
}

export function errorHandler(err: FastifyError | CouchError, req: FastifyRequest, reply: FastifyReply): void {
  const couch = err instanceof CouchError ? err : fromFastifyError(err);
  if (couch.statusCode >= 500) req.log.error({ err }, 'request failed');
  if (reply.sent || reply.raw.headersSent) return;
  void reply.code(couch.statusCode).type('application/json').send({ error: couch.error, reason: couch.reason });
}
