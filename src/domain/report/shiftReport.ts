import { andonView } from '../andon/andonView';
import type { AndonView } from '../andon/andonTypes';
import type { Handover } from '../board/boardFold';
import type { DomainException } from '../exceptions/types';
import { foldPlant, type PlantState } from '../fold/plantFold';
import { eventTime, prepareEvents } from '../fold/prepareEvents';
import type { KanbanView } from '../kanban/kanbanTypes';
import { kanbanView } from '../kanban/kanbanView';
import { indexMaster, type MasterIndex } from '../master/masterIndex';
import type { MasterData } from '../master/types';
import { productionView } from '../production/productionView';
import type { ProductionView } from '../production/productionTypes';
import { shiftAt } from '../util/shifts';
import { inWindow } from '../util/window';
import { wipView } from '../wip/wipView';
import type { WipView } from '../wip/wipTypes';
import { allExceptions, watermarkOf, type Watermark } from './plantView';

export interface ShiftReportOptions {
  /** ISO-8601 or epoch ms; the window is [from, to). */
  from: string | number;
  to: string | number;
  nowMs: number;
  site: string;
  line?: string;
}

export interface ShiftReport {
  site: string;
  line?: string;
  from: string;
  to: string;
  /** min(to, now): the instant ages, prorating and averages are computed at. */
  asOf: string;
  shift?: { id: string; name: string };
  production: ProductionView;
  andon: AndonView;
  wip: WipView;
  kanban: Omit<KanbanView, 'cards' | 'exceptions'> & { overdue: number };
  handovers: Handover[];
  exceptions: DomainException[];
  watermark: Watermark;
}

const toMs = (v: string | number): number => (typeof v === 'number' ? v : Date.parse(v));

/** The shift report (docs/kpis.md) from any set of events: only events before min(to, now) count. */
export function buildShiftReport(master: MasterData, events: readonly unknown[], options: ShiftReportOptions): ShiftReport {
  const index = indexMaster(master);
  const until = Math.min(toMs(options.to), options.nowMs);
  const prepared = prepareEvents(events, options.site).filter((e) => eventTime(e) < until);
  return reportFromState(foldPlant(index, prepared), index, options);
}

/** The report from a state folded over exactly the events before min(to, now) (the projector reuses its state). */
export function reportFromState(state: PlantState, index: MasterIndex, options: ShiftReportOptions): ShiftReport {
  const w = { from: toMs(options.from), to: toMs(options.to) };
  const asOf = Math.min(w.to, options.nowMs);
  const lineStations = index.master.stations.filter((s) => !s.retired && (options.line === undefined || s.line === options.line));
  const stationIds = new Set(lineStations.map((s) => s.id));
  const onLine = (l: { line?: string; station?: string; kind: string }) =>
    options.line === undefined || l.line === options.line || (l.station !== undefined && stationIds.has(l.station));
  const lineLocations = new Set(index.master.locations.filter(onLine).map((l) => l.id));
  const kanbanAll = kanbanView(state.kanban, index, asOf, { from: w.from, to: asOf });
  const queue = kanbanAll.queue.filter((q) => options.line === undefined || lineLocations.has(q.to));
  const production = productionView(state.production, index, asOf, w, lineStations.map((s) => s.id), state.board.comments);
  const andon = andonView(state.andon, index, asOf, w, (s) => options.line === undefined || stationIds.has(s));
  const wip = wipView(state.wip, index, asOf, w, onLine);
  const shift = shiftAt(index.master, w.from);
  const exceptions = allExceptions(state, [kanbanAll, wip, andon, production]).filter((e) => inWindow(e.at, w));
  return {
    site: options.site,
    ...(options.line === undefined ? {} : { line: options.line }),
    from: new Date(w.from).toISOString(),
    to: new Date(w.to).toISOString(),
    asOf: new Date(asOf).toISOString(),
    ...(shift && shift.window.from === w.from ? { shift: { id: shift.shift.id, name: shift.shift.name } } : {}),
    production,
    andon,
    wip,
    kanban: {
      queue,
      overdue: queue.filter((q) => q.overdue).length,
      loops: kanbanAll.loops.filter((l) => options.line === undefined || lineLocations.has(l.to)),
    },
    handovers: state.board.handovers.filter((h) => inWindow(h.at, w)),
    exceptions,
    watermark: watermarkOf(state),
  };
}
