import { compareExceptions, type DomainException } from '../exceptions/types';
import type { MasterIndex } from '../master/masterIndex';
import { shiftAt } from '../util/shifts';
import { ratio } from '../util/stats';
import type { TimeWindow } from '../util/window';
import type { HourComment, HourRow, ProductionReport, ProductionState, ProductionView, StationProduction } from './productionTypes';

const HOUR = 3_600_000;

/** Hour slices of the window, from its start; the last one may be shorter. */
export function hourSlices(window: TimeWindow): TimeWindow[] {
  const slices: TimeWindow[] = [];
  for (let s = window.from; s < window.to; s += HOUR) slices.push({ from: s, to: Math.min(s + HOUR, window.to) });
  return slices;
}

/** Planned quantity per hour for a station at an instant: the plans of the shift running then. */
export function planRateAt(index: MasterIndex, station: string, t: number): number {
  const occurrence = shiftAt(index.master, t);
  if (!occurrence) return 0;
  return (index.plansByStation.get(station) ?? [])
    .filter((p) => p.shift === occurrence.shift.id)
    .reduce((sum, p) => sum + p.qtyPerHour, 0);
}

/** A report's quantities after its latest correction. */
export function effectiveReport(state: ProductionState, report: ProductionReport): ProductionReport {
  const c = state.corrections.get(report.id);
  if (!c) return report;
  const corrected = { ...report, good: c.good, scrap: c.scrap };
  if (c.scrapReason !== undefined) corrected.scrapReason = c.scrapReason;
  return corrected;
}

export function productionView(
  state: ProductionState,
  index: MasterIndex,
  nowMs: number,
  window: TimeWindow,
  stations: readonly string[],
  comments: ReadonlyMap<string, HourComment> = new Map(),
): ProductionView {
  const slices = hourSlices(window);
  const byStation = new Map<string, ProductionReport[]>(stations.map((s) => [s, []]));
  for (const report of state.reports.values()) {
    if (report.at < window.from || report.at >= window.to) continue;
    byStation.get(report.station)?.push(effectiveReport(state, report));
  }
  const rows = stations.map((s) => stationProduction(s, byStation.get(s) ?? [], slices, index, nowMs, window, comments));
  const sum = (f: (s: StationProduction) => number) => rows.reduce((acc, s) => acc + f(s), 0);
  const good = sum((s) => s.good);
  const scrap = sum((s) => s.scrap);
  const planToDate = sum((s) => s.planToDate);
  return {
    stations: rows,
    totals: { plan: sum((s) => s.plan), planToDate, good, scrap, attainment: ratio(good, planToDate), scrapRate: ratio(scrap, good + scrap) },
    exceptions: [...state.exceptions, ...unknownCorrections(state)].sort(compareExceptions),
  };
}

function unknownCorrections(state: ProductionState): DomainException[] {
  const out: DomainException[] = [];
  for (const [target, c] of state.corrections) {
    if (!state.reports.has(target)) out.push({ code: 'correction-unknown', eventId: c.eventId, hlc: c.hlc, at: c.at, subject: target });
  }
  return out;
}

function stationProduction(
  station: string,
  reports: ProductionReport[],
  slices: TimeWindow[],
  index: MasterIndex,
  nowMs: number,
  window: TimeWindow,
  comments: ReadonlyMap<string, HourComment>,
): StationProduction {
  const byPart: Record<string, { good: number; scrap: number }> = {};
  const scrapByReason: Record<string, number> = {};
  const hours: HourRow[] = slices.map((slice) => hourRow(station, slice, index, nowMs, comments));
  for (const r of [...reports].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))) {
    const row = hours[Math.floor((r.at - window.from) / HOUR)];
    if (!row) continue;
    row.good += r.good;
    row.scrap += r.scrap;
    const part = (byPart[r.part] ??= { good: 0, scrap: 0 });
    part.good += r.good;
    part.scrap += r.scrap;
    if (r.scrap > 0) scrapByReason[r.scrapReason ?? ''] = (scrapByReason[r.scrapReason ?? ''] ?? 0) + r.scrap;
  }
  let cumulative = 0;
  for (const row of hours) {
    if (row.isFuture) continue;
    row.variance = row.good - row.planToDate;
    cumulative += row.variance;
    row.cumulativeVariance = cumulative;
  }
  const total = (f: (h: HourRow) => number) => hours.reduce((acc, h) => acc + f(h), 0);
  const good = total((h) => h.good);
  const scrap = total((h) => h.scrap);
  const plan = total((h) => h.plan);
  const planToDate = total((h) => h.planToDate);
  const remainingHours = (window.to - Math.max(window.from, Math.min(nowMs, window.to))) / HOUR;
  return {
    station,
    hours,
    plan,
    planToDate,
    good,
    scrap,
    variance: good - planToDate,
    attainment: ratio(good, planToDate),
    scrapRate: ratio(scrap, good + scrap),
    catchUpPerHour: remainingHours > 0 ? Math.max(0, plan - good) / remainingHours : null,
    byPart,
    scrapByReason,
  };
}

function hourRow(station: string, slice: TimeWindow, index: MasterIndex, nowMs: number, comments: ReadonlyMap<string, HourComment>): HourRow {
  const plan = (planRateAt(index, station, slice.from) * (slice.to - slice.from)) / HOUR;
  const isFuture = nowMs <= slice.from;
  const isCurrent = !isFuture && nowMs < slice.to;
  const elapsed = isFuture ? 0 : Math.min(nowMs, slice.to) - slice.from;
  const hour = new Date(slice.from).toISOString();
  const row: HourRow = {
    hour,
    start: slice.from,
    end: slice.to,
    plan,
    planToDate: (plan * elapsed) / (slice.to - slice.from),
    good: 0,
    scrap: 0,
    variance: null,
    cumulativeVariance: null,
    isCurrent,
    isFuture,
  };
  const comment = comments.get(`${station}|${hour}`);
  if (comment) row.comment = comment;
  return row;
}
