import { useMemo } from 'react';
import {
  applyProduction,
  currentWindow,
  effectiveReport,
  emptyProductionState,
  indexMaster,
  isProductionEvent,
  prepareEvents,
  productionView,
  type ProductionReport,
  type StationProduction,
} from '../../domain';
import { usePlant } from '../../stores/plantStore';
import { useClockNow } from '../scan/useClockNow';

export interface StationProductionSummary {
  /** This shift's totals against plan, from the same fold the shift board uses. */
  totals: StationProduction | null;
  /** This shift's reports at the station, newest first, with their latest correction applied. */
  reports: ProductionReport[];
}

/** Production at one station in the running shift, folded from the events on this tablet. */
export function useStationProduction(station: string | null): StationProductionSummary {
  const master = usePlant((s) => s.master);
  const events = usePlant((s) => s.events);
  const now = useClockNow(60_000);
  return useMemo(() => {
    if (!master || !station) return { totals: null, reports: [] };
    const index = indexMaster(master);
    const state = emptyProductionState();
    for (const e of prepareEvents(events, master.site.id)) if (isProductionEvent(e)) applyProduction(state, index, e);
    const window = currentWindow(master, now);
    const view = productionView(state, index, now, window, [station]);
    const reports = [...state.reports.values()]
      .filter((r) => r.station === station && r.at >= window.from)
      .map((r) => effectiveReport(state, r))
      .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
    return { totals: view.stations[0] ?? null, reports };
  }, [master, events, station, now]);
}
