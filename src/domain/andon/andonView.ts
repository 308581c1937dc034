import { andonKinds, type AndonKind } from '../events/types';
import { compareExceptions, type DomainException } from '../exceptions/types';
import type { MasterIndex } from '../master/masterIndex';
import { mean, percentile } from '../util/stats';
import { inWindow, type TimeWindow } from '../util/window';
import type {
  AndonCallState,
  AndonCallView,
  AndonKindStats,
  AndonReasonMinutes,
  AndonState,
  AndonStatus,
  AndonView,
  DurationStats,
} from './andonTypes';

const MINUTE = 60_000;

const status = (c: AndonCallState): AndonStatus =>
  c.cancelledAt !== undefined ? 'cancelled' : c.resolvedAt !== undefined ? 'resolved' : c.arrivedAt !== undefined ? 'arrived' : c.acknowledgedAt !== undefined ? 'acknowledged' : 'raised';

const since = (raisedAt: number, t: number | undefined): number | undefined => (t === undefined ? undefined : Math.max(0, t - raisedAt));

/** Acknowledged = first of acknowledged, arrived, resolved: a responder who arrives has seen the call. */
export function callView(c: AndonCallState & { raisedAt: number }, index: MasterIndex, nowMs: number): AndonCallView {
  const endAt = c.resolvedAt ?? c.cancelledAt ?? nowMs;
  const escalationEnd = c.arrivedAt ?? endAt;
  const elapsedMin = Math.max(0, escalationEnd - c.raisedAt) / MINUTE;
  const tiers = (c.kind ? index.laddersByKind.get(c.kind)?.tiers : undefined) ?? [];
  const reached = tiers.filter((t) => t.afterMin <= elapsedMin).sort((a, b) => b.tier - a.tier)[0];
  const ackAt = [c.acknowledgedAt, c.arrivedAt, c.resolvedAt].filter((t): t is number => t !== undefined).sort((a, b) => a - b)[0];
  const view: AndonCallView = {
    andon: c.andon,
    station: c.station ?? '',
    kind: c.kind ?? 'other',
    status: status(c),
    raisedAt: c.raisedAt,
    ageMs: Math.max(0, endAt - c.raisedAt),
    tier: reached?.tier ?? 0,
  };
  const optional = {
    reason: c.reason,
    note: c.note,
    raisedBy: c.raisedBy,
    acknowledgedAt: c.acknowledgedAt,
    arrivedAt: c.arrivedAt,
    resolvedAt: c.resolvedAt,
    cancelledAt: c.cancelledAt,
    notifyRole: reached?.role,
    ackMs: since(c.raisedAt, ackAt),
    arriveMs: since(c.raisedAt, c.arrivedAt),
    resolveMs: since(c.raisedAt, c.resolvedAt),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) (view as unknown as Record<string, unknown>)[key] = value;
  return view;
}

const durations = (values: (number | undefined)[]): DurationStats => {
  const list = values.filter((v): v is number => v !== undefined);
  return { n: list.length, meanMs: mean(list), p90Ms: percentile(list, 90) };
};

/** Calls raised in the window or still open at `nowMs`; statistics over calls raised in the window. */
export function andonView(state: AndonState, index: MasterIndex, nowMs: number, window: TimeWindow, stationFilter?: (station: string) => boolean): AndonView {
  const calls: AndonCallView[] = [];
  const orphans: DomainException[] = [];
  for (const c of state.calls.values()) {
    if (c.raisedAt === undefined) {
      for (const o of c.orphans) orphans.push({ code: 'andon-not-raised', eventId: o.eventId, hlc: o.hlc, at: o.at, subject: c.andon });
      continue;
    }
    if (stationFilter && !stationFilter(c.station ?? '')) continue;
    const isOpen = c.resolvedAt === undefined && c.cancelledAt === undefined;
    if (inWindow(c.raisedAt, window) || (isOpen && c.raisedAt < window.to)) calls.push(callView({ ...c, raisedAt: c.raisedAt }, index, nowMs));
  }
  calls.sort((a, b) => a.raisedAt - b.raisedAt || (a.andon < b.andon ? -1 : 1));
  const inside = calls.filter((c) => inWindow(c.raisedAt, window));
  return {
    open: calls.filter((c) => c.status !== 'resolved' && c.status !== 'cancelled'),
    calls,
    byKind: andonKinds.map((kind) => kindStats(kind, inside)),
    byReason: reasonMinutes(inside),
    exceptions: [...state.exceptions, ...orphans].sort(compareExceptions),
  };
}

function kindStats(kind: AndonKind, calls: AndonCallView[]): AndonKindStats {
  const ofKind = calls.filter((c) => c.kind === kind);
  const counted = ofKind.filter((c) => c.status !== 'cancelled');
  return {
    kind,
    calls: ofKind.length,
    open: ofKind.filter((c) => c.status !== 'resolved' && c.status !== 'cancelled').length,
    cancelled: ofKind.length - counted.length,
    acknowledge: durations(counted.map((c) => c.ackMs)),
    arrive: durations(counted.map((c) => c.arriveMs)),
    resolve: durations(counted.map((c) => c.resolveMs)),
  };
}

/** Minutes a call was open (to resolution, or to now if still open); cancelled calls count zero. */
function reasonMinutes(calls: AndonCallView[]): AndonReasonMinutes[] {
  const byReason = new Map<string, AndonReasonMinutes>();
  for (const c of calls) {
    if (c.status === 'cancelled') continue;
    const reason = c.reason ?? '';
    const key = `${c.kind}|${reason}`;
    const row = byReason.get(key) ?? { kind: c.kind, reason, calls: 0, minutes: 0 };
    row.calls += 1;
    row.minutes += c.ageMs / MINUTE;
    byReason.set(key, row);
  }
  return [...byReason.values()].sort((a, b) => b.minutes - a.minutes || (a.reason < b.reason ? -1 : 1));
}
