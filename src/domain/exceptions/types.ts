/**
 * Things that happened on the floor but do not add up: they never block the person scanning, they
 * fold deterministically and land in this list for a leader. The UI maps each code to an i18n key.
 */
export type ExceptionCode =
  | 'card-unknown'
  | 'card-pulled-twice'
  | 'card-picked-not-pulled'
  | 'card-picked-twice'
  | 'card-delivered-not-pulled'
  | 'delivery-wrong-location'
  | 'station-unknown'
  | 'part-unknown'
  | 'location-unknown'
  | 'user-unknown'
  | 'andon-not-raised'
  | 'andon-raised-twice'
  | 'andon-already-closed'
  | 'wip-negative'
  | 'correction-unknown'
  | 'event-malformed';

export interface DomainException {
  code: ExceptionCode;
  /** The event that does not add up. */
  eventId: string;
  hlc: string;
  /** Event time (HLC wall ms). */
  at: number;
  /** The card, andon, location, station, user or report concerned. */
  subject?: string;
  /** e.g. the earlier pull a duplicate pull collides with, or the part of a negative balance. */
  related?: string;
}

export const compareExceptions = (a: DomainException, b: DomainException): number =>
  a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
