import type { RxJsonSchema } from 'rxdb';

/**
 * Master data and projection snapshots are server-owned documents with many shapes. The tablet
 * pulls them read-only, so it stores each one whole under `body` and lets the domain interpret it.
 */
export interface ServerDoc {
  id: string;
  kind: string;
  body: Record<string, unknown>;
}

export function serverDocSchema(title: string): RxJsonSchema<ServerDoc> {
  return {
    title,
    version: 0,
    primaryKey: 'id',
    type: 'object',
    properties: {
      id: { type: 'string', maxLength: 200 },
      kind: { type: 'string', maxLength: 64 },
      body: { type: 'object' },
    },
    required: ['id', 'kind', 'body'],
    indexes: ['kind'],
  };
}
