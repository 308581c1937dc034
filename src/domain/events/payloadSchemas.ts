/**
 * Payload JSON Schemas: the single source of truth for every event type. The TypeScript payload
 * types are derived from these (events/types.ts), and ajv validates with them on tablet and server.
 * `additionalProperties: false` catches typos; a new field means a new schema version (docs/events.md).
 */
const id = { type: 'string', minLength: 1, maxLength: 64 } as const;
const text = { type: 'string', maxLength: 2000 } as const;
const count = { type: 'integer', minimum: 0, maximum: 1_000_000 } as const;
const positive = { type: 'integer', minimum: 1, maximum: 1_000_000 } as const;
const andonKind = { type: 'string', enum: ['material', 'quality', 'machine', 'safety', 'other'] } as const;

// Plain generics (no JSONSchema constraint) keep the literal types cheap for FromSchema to walk.
const object = <const P, const R extends readonly (keyof P & string)[]>(properties: P, required: R) =>
  ({ type: 'object', properties, required, additionalProperties: false }) as const;

export const payloadSchemas = {
  'kanban.pulled': object({ card: id }, ['card']),
  'kanban.picked': object({ card: id }, ['card']),
  'kanban.delivered': object({ card: id, location: id }, ['card']),
  'production.reported': object(
    { station: id, part: id, good: count, scrap: count, scrapReason: id, workOrder: id },
    ['station', 'part', 'good', 'scrap'],
  ),
  'production.corrected': object({ corrects: id, good: count, scrap: count, scrapReason: id }, ['corrects', 'good', 'scrap']),
  'andon.raised': object({ andon: id, station: id, kind: andonKind, reason: id, note: text }, ['andon', 'station', 'kind']),
  'andon.acknowledged': object({ andon: id }, ['andon']),
  'andon.arrived': object({ andon: id }, ['andon']),
  'andon.resolved': object({ andon: id, note: text }, ['andon']),
  'andon.cancelled': object({ andon: id }, ['andon']),
  'wip.moved': object({ part: id, qty: positive, from: id, to: id, lot: id }, ['part', 'qty', 'from', 'to']),
  'wip.counted': object({ location: id, part: id, qty: count }, ['location', 'part', 'qty']),
  'operator.signed-in': object({ station: id }, []),
  'operator.signed-out': object({}, []),
  'shift.handed-over': object({ station: id, note: text }, ['note']),
  'board.hour-commented': object(
    { station: id, hour: { type: 'string', format: 'date-time' }, reason: id, comment: text },
    ['station', 'hour', 'reason'],
  ),
} as const;

export type EventType = keyof typeof payloadSchemas;

export const eventTypes = Object.keys(payloadSchemas) as EventType[];

/** Current schema version per type. Bump when a payload changes; folds read every version ≤ this. */
export const eventVersions: Record<EventType, number> = Object.fromEntries(eventTypes.map((t) => [t, 1])) as Record<
  EventType,
  number
>;
