import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../metrics';
import type { Store } from '../storage/store';

/** GET /metrics — Prometheus text format. */
export function metricsRoute(app: FastifyInstance, store: Store, metrics: Metrics): void {
  app.get('/metrics', async (_req, reply) => {
    const dbs = store.listDbs().flatMap((name) => {
      const db = store.getDb(name);
      return db ? [{ name, docCount: db.docCount, updateSeq: db.updateSeq }] : [];
    });
    const text = metrics.render({ dbs, fileBytes: store.fileSizeBytes() });
    return reply.type('text/plain; version=0.0.4').send(text);
  });
}
