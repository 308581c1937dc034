import { compareExceptions } from '../exceptions/types';
import type { MasterIndex } from '../master/masterIndex';
import type { KanbanLoop } from '../master/types';
import { ceilClean, mean, percentile, ratio } from '../util/stats';
import { inWindow, type TimeWindow } from '../util/window';
import type { CardView, KanbanCycle, KanbanState, KanbanView, LoopStats, ReplenishmentItem } from './kanbanTypes';

const MINUTE = 60_000;

/** The derived kanban picture at `nowMs`; loop statistics cover `window` (default: first event → now). */
export function kanbanView(state: KanbanState, index: MasterIndex, nowMs: number, window?: TimeWindow): KanbanView {
  const w = window ?? { from: state.firstAt ?? nowMs, to: nowMs };
  const cards: Record<string, CardView> = {};
  const queue: ReplenishmentItem[] = [];
  for (const card of [...state.cards.values()].sort((a, b) => (a.card < b.card ? -1 : 1))) {
    cards[card.card] = { ...card };
    const item = queueItem(card, index, nowMs);
    if (item) queue.push(item);
  }
  queue.sort((a, b) => a.since - b.since || (a.card < b.card ? -1 : a.card > b.card ? 1 : 0));
  const cyclesByLoop = new Map<string, KanbanCycle[]>();
  for (const c of state.cycles) {
    if (!inWindow(c.deliveredAt, w)) continue;
    const list = cyclesByLoop.get(c.loop);
    if (list) list.push(c);
    else cyclesByLoop.set(c.loop, [c]);
  }
  const loops = index.master.loops
    .filter((l) => !l.retired)
    .map((loop) => loopStats(loop, cyclesByLoop.get(loop.id) ?? [], state, index, queue, w));
  return { cards, queue, loops, exceptions: [...state.exceptions].sort(compareExceptions) };
}

function queueItem(card: CardView, index: MasterIndex, nowMs: number): ReplenishmentItem | null {
  if (card.state === 'full') return null;
  const loop = index.loops.get(card.loop);
  const master = index.cards.get(card.card);
  const since = card.pulledAt ?? card.pickedAt ?? nowMs;
  const dueAt = since + (loop?.leadTimeMin ?? 0) * MINUTE;
  return {
    card: card.card,
    state: card.state,
    loop: card.loop,
    part: loop?.part ?? '',
    from: loop?.from ?? '',
    to: loop?.to ?? '',
    containerQty: loop?.containerQty ?? 0,
    seq: master?.seq ?? 0,
    of: master?.of ?? 0,
    ...(card.pulledAt === undefined ? {} : { pulledAt: card.pulledAt }),
    ...(card.pulledBy === undefined ? {} : { pulledBy: card.pulledBy }),
    ...(card.pickedAt === undefined ? {} : { pickedAt: card.pickedAt }),
    since,
    ageMs: Math.max(0, nowMs - since),
    dueAt,
    overdue: nowMs > dueAt,
  };
}

function loopStats(
  loop: KanbanLoop,
  cycles: readonly KanbanCycle[],
  state: KanbanState,
  index: MasterIndex,
  queue: ReplenishmentItem[],
  w: TimeWindow,
): LoopStats {
  const leadTimes = cycles.map((c) => c.deliveredAt - c.pulledAt);
  const onTime = leadTimes.filter((ms) => ms <= loop.leadTimeMin * MINUTE).length;
  const pulls = (state.pulls.get(loop.id) ?? []).filter((t) => inWindow(t, w)).length;
  const open = queue.filter((q) => q.loop === loop.id);
  const meanMs = mean(leadTimes);
  return {
    loop: loop.id,
    part: loop.part,
    from: loop.from,
    to: loop.to,
    containerQty: loop.containerQty,
    leadTimeMin: loop.leadTimeMin,
    safetyFactor: loop.safetyFactor,
    cards: index.cardsByLoop.get(loop.id)?.length ?? 0,
    open: open.length,
    overdue: open.filter((q) => q.overdue).length,
    pulls,
    deliveries: cycles.length,
    leadTimeMeanMs: meanMs,
    leadTimeP90Ms: percentile(leadTimes, 90),
    onTime,
    onTimeRate: ratio(onTime, cycles.length),
    suggestedCards: suggestCards(loop, pulls, meanMs, w),
  };
}

/**
 * k = D × L × (1 + S) / C with D = pulls × C per minute of the window and L = measured mean lead
 * time in minutes (the loop's target when nothing was delivered yet). C cancels out: k = pulls × L × (1+S) / window.
 */
export function suggestCards(loop: KanbanLoop, pulls: number, leadTimeMeanMs: number | null, w: TimeWindow): number | null {
  const windowMin = (w.to - w.from) / MINUTE;
  if (pulls === 0 || windowMin <= 0) return null;
  const demandPerMin = (pulls * loop.containerQty) / windowMin;
  const leadMin = leadTimeMeanMs === null ? loop.leadTimeMin : leadTimeMeanMs / MINUTE;
  return Math.max(1, ceilClean((demandPerMin * leadMin * (1 + loop.safetyFactor)) / loop.containerQty));
}
