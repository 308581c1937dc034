import type { RxJsonSchema } from 'rxdb';

/**
 * How an event is stored on the tablet. RxDB keeps the primary key in `id` and its replication
 * plugin maps it to CouchDB's `_id`, so the server and integrators see the envelope of
 * docs/events.md unchanged. Per-type payload validation is the domain's `validateEvent`, run before
 * a write; this schema only shapes the storage (and its index for folding in hlc order).
 */
export interface StoredEvent {
  id: string;
  type: string;
  v: number;
  hlc: string;
  at: string;
  site: string;
  device: string;
  actor: string;
  payload: Record<string, unknown>;
}

export const eventSchema: RxJsonSchema<StoredEvent> = {
  title: 'gemba event',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    type: { type: 'string', maxLength: 64 },
    v: { type: 'integer', minimum: 1 },
    hlc: { type: 'string', maxLength: 96 },
    at: { type: 'string', maxLength: 40 },
    site: { type: 'string', maxLength: 64 },
    device: { type: 'string', maxLength: 64 },
    actor: { type: 'string', maxLength: 64 },
    payload: { type: 'object' },
  },
  required: ['id', 'type', 'v', 'hlc', 'at', 'site', 'device', 'actor', 'payload'],
  indexes: ['hlc'],
};
