export * from './payloadSchemas';
export * from './envelopeSchema';
export * from './types';
export * from './validateEvent';
export * from './makeEvent';
export * from './eventId';
export * from './order';
