import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { eventEnvelopeSchema } from './envelopeSchema';
import { eventVersions, payloadSchemas, type EventType } from './payloadSchemas';
import type { GembaEvent } from './types';

export type ValidateEventResult = { ok: true; event: GembaEvent } | { ok: false; code: 'event-invalid'; errors: string[] };

interface Validators {
  envelope: ValidateFunction;
  payloads: Map<string, ValidateFunction>;
}

let compiled: Validators | undefined;

/**
 * Compiled once, on first use, so importing the domain stays cheap. Nothing at module level touches
 * ajv, so a bundle that never validates (the tablet's first screen) can leave it out entirely.
 */
function validators(): Validators {
  if (compiled) return compiled;
  // ajv-formats is CommonJS; under some loaders the default import is the module namespace.
  const addFormats = (addFormatsPlugin as unknown as { default?: typeof addFormatsPlugin }).default ?? addFormatsPlugin;
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv, ['date-time']);
  const payloads = new Map<string, ValidateFunction>();
  for (const [type, schema] of Object.entries(payloadSchemas)) payloads.set(type, ajv.compile(schema));
  compiled = { envelope: ajv.compile(eventEnvelopeSchema), payloads };
  return compiled;
}

const describe = (prefix: string, errors: ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((e) => `${prefix}${e.instancePath || '/'} ${e.message ?? e.keyword}`.trim());

/** Schema check for any document claiming to be an event; the server and the tablet both call this. */
export function validateEvent(doc: unknown): ValidateEventResult {
  const { envelope, payloads } = validators();
  if (!envelope(doc)) return { ok: false, code: 'event-invalid', errors: describe('', envelope.errors) };
  const event = doc as { type: EventType; v: number; payload: unknown };
  if (event.v > eventVersions[event.type]) {
    return { ok: false, code: 'event-invalid', errors: [`/v version ${event.v} is newer than supported ${eventVersions[event.type]}`] };
  }
  const payload = payloads.get(event.type);
  if (!payload || !payload(event.payload)) {
    return { ok: false, code: 'event-invalid', errors: describe('/payload', payload?.errors) };
  }
  return { ok: true, event: doc as GembaEvent };
}
