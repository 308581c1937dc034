import { hlcWallMs, type HlcClock } from '../clock/hlc';
import { newEventId } from './eventId';
import { eventVersions } from './payloadSchemas';
import type { EventOf, EventType, PayloadOf } from './types';

export interface MakeEventInput<T extends EventType> {
  type: T;
  payload: PayloadOf<T>;
  site: string;
  device: string;
  actor: string;
}

/** Stamps a new local event: id, schema version, HLC stamp and device wall time. */
export function makeEvent<T extends EventType>(input: MakeEventInput<T>, clock: HlcClock): EventOf<T> {
  const hlc = clock.tick();
  const payload: unknown = input.payload;
  const event = {
    _id: newEventId(hlcWallMs(hlc)),
    type: input.type,
    v: eventVersions[input.type],
    hlc,
    at: new Date(clock.wallMs()).toISOString(),
    site: input.site,
    device: input.device,
    actor: input.actor,
    payload,
  };
  // The generic payload type is too deep for TS to relate to EventOf<T>; the fields above are exactly it.
  return event as unknown as EventOf<T>;
}
