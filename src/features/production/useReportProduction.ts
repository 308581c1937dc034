import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { signal } from '../../platform/feedback/feedback';
import { useFeedback } from '../../stores/feedbackStore';
import { usePlant } from '../../stores/plantStore';
import { useRecordEvent } from '../scan/useRecordEvent';

export interface ProductionEntry {
  station: string;
  part: string;
  good: number;
  scrap: number;
  scrapReason: string;
  workOrder: string;
}

/** Records a report, or a correction of an earlier one (never an edit), and confirms only once stored. */
export function useReportProduction(): (entry: ProductionEntry, corrects: string | null) => Promise<boolean> {
  const { t } = useTranslation();
  const record = useRecordEvent();
  const show = useFeedback((s) => s.show);
  return useCallback(
    async (entry, corrects) => {
      const scrapReason = entry.scrap > 0 ? { scrapReason: entry.scrapReason } : {};
      const saved = corrects
        ? await record('production.corrected', { corrects, good: entry.good, scrap: entry.scrap, ...scrapReason })
        : await record('production.reported', {
            station: entry.station,
            part: entry.part,
            good: entry.good,
            scrap: entry.scrap,
            ...scrapReason,
            ...(entry.workOrder ? { workOrder: entry.workOrder } : {}),
          });
      if (!saved.ok) {
        show(saved.outcome.kind, saved.outcome.key, saved.outcome.values);
        signal('error');
        return false;
      }
      const station = usePlant.getState().master?.stations.find((s) => s.id === entry.station)?.name ?? entry.station;
      const reason = entry.scrap > 0 ? `(${t(`production.scrapReasons.${entry.scrapReason as 'other'}`)})` : '';
      show('success', corrects ? 'production.corrected' : 'production.reported', { station, part: entry.part, good: entry.good, scrap: entry.scrap, reason });
      signal('success');
      return true;
    },
    [record, show, t],
  );
}
