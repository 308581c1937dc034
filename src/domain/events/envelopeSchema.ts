import { eventTypes } from './payloadSchemas';

const envelopeProperties = {
  _id: { type: 'string', minLength: 1, maxLength: 64 },
  type: { type: 'string' },
  v: { type: 'integer', minimum: 1 },
  hlc: { type: 'string', pattern: '^\\d{15}\\.\\d{6}\\..{1,64}$' },
  at: { type: 'string', format: 'date-time' },
  site: { type: 'string', minLength: 1, maxLength: 64 },
  device: { type: 'string', minLength: 1, maxLength: 64 },
  actor: { type: 'string', minLength: 1, maxLength: 64 },
  payload: { type: 'object' },
} as const;

const envelopeRequired = ['_id', 'type', 'v', 'hlc', 'at', 'site', 'device', 'actor', 'payload'] as const;

/**
 * The envelope shared by every event. Extra top-level properties are allowed so CouchDB/RxDB
 * bookkeeping (`_rev`, `_revisions`, `_deleted`, `_meta`, `_attachments`) passes through; folds ignore them.
 */
export const eventEnvelopeSchema = {
  $id: 'gemba:event-envelope',
  type: 'object',
  properties: { ...envelopeProperties, type: { type: 'string', enum: eventTypes } },
  required: envelopeRequired,
  additionalProperties: true,
} as const;

/** The same envelope, closed, without type/payload: what the TypeScript envelope type is derived from. */
export const envelopeTypeSchema = {
  type: 'object',
  properties: {
    _id: envelopeProperties._id,
    v: envelopeProperties.v,
    hlc: envelopeProperties.hlc,
    at: envelopeProperties.at,
    site: envelopeProperties.site,
    device: envelopeProperties.device,
    actor: envelopeProperties.actor,
  },
  required: ['_id', 'v', 'hlc', 'at', 'site', 'device', 'actor'],
  additionalProperties: false,
} as const;
