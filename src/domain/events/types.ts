import type { FromSchema } from 'json-schema-to-ts';
import type { envelopeTypeSchema } from './envelopeSchema';
import type { EventType, payloadSchemas } from './payloadSchemas';

export type { EventType } from './payloadSchemas';

// Fails to compile if a type is added to payloadSchemas but not to PayloadMap.
type _Complete = [EventType] extends [keyof PayloadMap] ? true : never;
export const payloadMapIsComplete: _Complete = true;

type From<T extends EventType> = FromSchema<(typeof payloadSchemas)[T]>;

/**
 * Payloads derived from their JSON Schemas (never written by hand). Listed key by key, not as a
 * mapped type, because TS would otherwise re-run FromSchema for every generic `PayloadOf<T>` use.
 */
export interface PayloadMap {
  'kanban.pulled': From<'kanban.pulled'>;
  'kanban.picked': From<'kanban.picked'>;
  'kanban.delivered': From<'kanban.delivered'>;
  'production.reported': From<'production.reported'>;
  'production.corrected': From<'production.corrected'>;
  'andon.raised': From<'andon.raised'>;
  'andon.acknowledged': From<'andon.acknowledged'>;
  'andon.arrived': From<'andon.arrived'>;
  'andon.resolved': From<'andon.resolved'>;
  'andon.cancelled': From<'andon.cancelled'>;
  'wip.moved': From<'wip.moved'>;
  'wip.counted': From<'wip.counted'>;
  'operator.signed-in': From<'operator.signed-in'>;
  'operator.signed-out': From<'operator.signed-out'>;
  'shift.handed-over': From<'shift.handed-over'>;
  'board.hour-commented': From<'board.hour-commented'>;
}

export type PayloadOf<T extends EventType> = PayloadMap[T];

export type EventEnvelope = FromSchema<typeof envelopeTypeSchema>;

export type EventOf<T extends EventType> = EventEnvelope & { type: T; payload: PayloadOf<T> };

/** Every Gemba event, discriminated on `type`. */
export type GembaEvent = { [T in EventType]: EventOf<T> }[EventType];

export type AndonKind = PayloadOf<'andon.raised'>['kind'];
export const andonKinds = ['material', 'quality', 'machine', 'safety', 'other'] as const satisfies readonly AndonKind[];
