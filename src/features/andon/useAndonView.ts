import { useMemo } from 'react';
import { currentWindow, projectAndon, type AndonView, type GembaEvent, type MasterData } from '../../domain';
import { usePlant } from '../../stores/plantStore';
import { useClockNow } from '../scan/useClockNow';

/** The domain's andon projection over this tablet's events, up to this tablet's now. */
export function foldAndonView(master: MasterData, events: readonly GembaEvent[], now: number): AndonView {
  const window = currentWindow(master, now);
  // Escalation runs on this device's clock, so a call raised on a skewed tablet still counts as open.
  return projectAndon(master, events, now, { from: window.from, to: Math.max(window.to, now + 1) });
}

/** Live andon calls; re-folded every few seconds so ages and escalation tiers move with the clock. */
export function useAndonView(refreshMs = 5_000): { view: AndonView | null; now: number } {
  const master = usePlant((s) => s.master);
  const events = usePlant((s) => s.events);
  const now = useClockNow(refreshMs);
  const view = useMemo(() => (master ? foldAndonView(master, events, now) : null), [master, events, now]);
  return { view, now };
}
