import type { EventOf, GembaEvent } from '../events/types';
import { exceptionOf } from '../exceptions/raise';
import type { DomainException } from '../exceptions/types';
import { eventTime } from '../fold/prepareEvents';
import type { MasterIndex } from '../master/masterIndex';
import type { HourComment } from '../production/productionTypes';

export interface Handover {
  eventId: string;
  at: number;
  by: string;
  station?: string;
  note: string;
}

export interface Presence {
  user: string;
  station?: string;
  since: number;
  device: string;
}

export interface BoardState {
  /** `<station>|<hour ISO>` → latest comment in hlc order. */
  comments: Map<string, HourComment>;
  handovers: Handover[];
  /** Who is signed in where, by user. */
  presence: Map<string, Presence>;
  exceptions: DomainException[];
}

type BoardEvent =
  | EventOf<'board.hour-commented'>
  | EventOf<'shift.handed-over'>
  | EventOf<'operator.signed-in'>
  | EventOf<'operator.signed-out'>;

export const isBoardEvent = (e: GembaEvent): e is BoardEvent =>
  e.type === 'board.hour-commented' || e.type === 'shift.handed-over' || e.type === 'operator.signed-in' || e.type === 'operator.signed-out';

export function emptyBoardState(): BoardState {
  return { comments: new Map(), handovers: [], presence: new Map(), exceptions: [] };
}

/** Hour keys are normalised to ISO so `…T06:00:00Z` and `…T06:00:00.000Z` meet. */
const normaliseHour = (hour: string): string => {
  const ms = Date.parse(hour);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : hour;
};

export function applyBoard(state: BoardState, index: MasterIndex, e: BoardEvent): void {
  const t = eventTime(e);
  const station = 'station' in e.payload ? e.payload.station : undefined;
  if (station !== undefined && !index.stations.has(station)) state.exceptions.push(exceptionOf(e, 'station-unknown', String(station)));
  if (e.type === 'board.hour-commented') {
    const hour = normaliseHour(String(e.payload.hour));
    const comment: HourComment = { station: e.payload.station, hour, reason: e.payload.reason, by: e.actor, eventId: e._id };
    if (e.payload.comment !== undefined) comment.comment = e.payload.comment;
    state.comments.set(`${e.payload.station}|${hour}`, comment);
  } else if (e.type === 'shift.handed-over') {
    state.handovers.push({ eventId: e._id, at: t, by: e.actor, note: String(e.payload.note), ...(station === undefined ? {} : { station }) });
  } else if (e.type === 'operator.signed-in') {
    state.presence.set(e.actor, { user: e.actor, since: t, device: e.device, ...(station === undefined ? {} : { station }) });
  } else state.presence.delete(e.actor);
}
