import type { FastifyInstance } from 'fastify';
import { CouchError, dbNotFound } from '../errors';
import { assertDbName, requireDb } from '../http/names';
import type { DbInfo } from '../storage/store';
import type { CouchContext } from './context';

type DbParams = { db: string };

export function dbInfoBody(db: DbInfo, fileBytes: number): Record<string, unknown> {
  return {
    db_name: db.name,
    update_seq: db.updateSeq,
    purge_seq: 0,
    doc_count: db.docCount,
    doc_del_count: db.docDelCount,
    instance_start_time: String(db.createdAt),
    compact_running: false,
    disk_format_version: 8,
    sizes: { file: fileBytes, active: fileBytes, external: fileBytes },
    props: {},
  };
}

/** GET/HEAD/PUT/DELETE /couch/<db>. Creating and deleting need the admin. */
export function dbRoute(app: FastifyInstance, ctx: CouchContext): void {
  app.get<{ Params: DbParams }>('/couch/:db', async (req, reply) => {
    const db = requireDb(ctx.store, req.params.db);
    return reply.send(dbInfoBody(db, ctx.store.fileSizeBytes()));
  });
  // HEAD comes from Fastify's automatic HEAD routes (same status, no body).
  app.put<{ Params: DbParams }>('/couch/:db', async (req, reply) => {
    ctx.auth.requireAdmin(req);
    assertDbName(req.params.db);
    if (!ctx.store.createDb(req.params.db)) {
      throw new CouchError(412, 'file_exists', 'The database could not be created, the file already exists.');
    }
    return reply.code(201).send({ ok: true });
  });
  app.delete<{ Params: DbParams }>('/couch/:db', async (req, reply) => {
    ctx.auth.requireAdmin(req);
    if (!ctx.store.deleteDb(req.params.db)) throw dbNotFound();
    return reply.send({ ok: true });
  });
}
