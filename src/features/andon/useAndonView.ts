import { useMemo } from 'react';
import { andonView, applyAndon, currentWindow, emptyAndonState, indexMaster, isAndonEvent, prepareEvents, type AndonView } from '../../domain';
import { usePlant } from '../../stores/plantStore';
import { useClockNow } from '../scan/useClockNow';

/** Folds the andon projection over this tablet's events. Pure inputs, so tablets and server agree. */
export function foldAndonView(master: Parameters<typeof indexMaster>[0], events: readonly unknown[], now: number): AndonView {
  const index = indexMaster(master);
  const state = emptyAndonState();
  for (const e of prepareEvents(events, master.site.id)) if (isAndonEvent(e)) applyAndon(state, index, e);
  const window = currentWindow(master, now);
  // Escalation runs on this device's clock, so a call raised on a skewed tablet still counts as open.
  return andonView(state, index, now, { from: window.from, to: Math.max(window.to, now + 1) });
}

/** Live andon calls; re-folded every few seconds so ages and escalation tiers move with the clock. */
export function useAndonView(refreshMs = 5_000): { view: AndonView | null; now: number } {
  const master = usePlant((s) => s.master);
  const events = usePlant((s) => s.events);
  const now = useClockNow(refreshMs);
  const view = useMemo(() => (master ? foldAndonView(master, events, now) : null), [master, events, now]);
  return { view, now };
}
