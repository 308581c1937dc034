import type { RxJsonSchema } from 'rxdb';

/** Ids of events recorded here and not yet acknowledged by the server: the "waiting to sync" count. */
export interface OutboxEntry {
  id: string;
  recordedAt: number;
}

export const outboxSchema: RxJsonSchema<OutboxEntry> = {
  title: 'gemba outbox',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    recordedAt: { type: 'number' },
  },
  required: ['id', 'recordedAt'],
};
