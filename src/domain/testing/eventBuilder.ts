import { formatHlc } from '../clock/hlc';
import type { EventOf, EventType, PayloadOf } from '../events/types';

/** Test/fixture helper: an event at an explicit time, with a deterministic id. */
export interface EventAt {
  t: number;
  actor?: string;
  device?: string;
  site?: string;
  counter?: number;
  id?: string;
}

let serial = 0;

export function eventAt<T extends EventType>(type: T, payload: PayloadOf<T>, at: EventAt): EventOf<T> {
  const device = at.device ?? 'tab-1';
  serial += 1;
  const event = {
    _id: at.id ?? `${String(at.t).padStart(15, '0')}-${device}-${String(serial).padStart(8, '0')}`,
    type,
    v: 1,
    hlc: formatHlc({ wall: at.t, counter: at.counter ?? 0, device }),
    at: new Date(at.t).toISOString(),
    site: at.site ?? 'demo',
    device,
    actor: at.actor ?? 'u-anna',
    payload: payload as unknown,
  };
  return event as unknown as EventOf<T>;
}
