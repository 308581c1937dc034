import { useCallback } from 'react';
import { useServices } from '../../app/servicesContext';
import { usePlant } from '../../stores/plantStore';
import { foldAndonView } from '../andon/useAndonView';
import type { ScanOutcome } from '../scanOutcome';
import { routeWithLocalPlant, wrongKind } from '../scan/routeScan';
import { useRecordEvent } from '../scan/useRecordEvent';

/**
 * A responder proves they are at the station by scanning its code: that records `andon.arrived`
 * for the oldest open call there that nobody has reached yet (which stops its escalation clock).
 */
export function useArriveByStation(): (code: string) => Promise<ScanOutcome> {
  const { now } = useServices();
  const record = useRecordEvent();
  return useCallback(
    async (code: string) => {
      const routed = routeWithLocalPlant(code);
      if (!routed.ok) return routed.outcome;
      const { master, events } = usePlant.getState();
      if (!master) return { kind: 'error', key: 'errors.no-plant-data', values: {} };
      if (routed.subject.kind !== 'station') return wrongKind(routed.subject, 'station');
      const station = routed.subject.station;
      const call = foldAndonView(master, events, now()).open.find((c) => c.station === station.id && c.arrivedAt === undefined);
      if (!call) return { kind: 'error', key: 'leader.noCallAtStation', values: { station: station.name } };
      const saved = await record('andon.arrived', { andon: call.andon });
      return saved.ok ? { kind: 'success', key: 'leader.arrived', values: { station: station.name } } : saved.outcome;
    },
    [now, record],
  );
}
