import { monotonicFactory } from 'ulid';

const nextUlid = monotonicFactory();

/** ULID seeded with the event's HLC wall time, so ids sort like stamps and stay unique per device. */
export function newEventId(wallMs: number): string {
  return nextUlid(wallMs);
}
