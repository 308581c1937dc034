import { useCallback } from 'react';
import { usePlant } from '../../stores/plantStore';
import type { ScanOutcome } from '../scanOutcome';
import { useRecordEvent } from '../scan/useRecordEvent';
import { foldWip } from '../../domain';
import { decideWipMove, type WipMoveDraft } from './decideWipMove';

export type WipMoveResult = { status: 'recorded' | 'refused' | 'needs-confirmation'; outcome: ScanOutcome };

/** Decides against the balances at the moment of the move (not of the last render), then records. */
export function useWipMove(): (draft: WipMoveDraft, isConfirmed: boolean) => Promise<WipMoveResult> {
  const record = useRecordEvent();
  return useCallback(
    async (draft, isConfirmed) => {
      const { master, events } = usePlant.getState();
      if (!master) return { status: 'refused', outcome: { kind: 'error', key: 'errors.no-plant-data', values: {} } };
      const decision = decideWipMove(draft, master, foldWip(master, events), isConfirmed);
      if (decision.action === 'refuse') return { status: 'refused', outcome: decision.outcome };
      if (decision.action === 'confirm') return { status: 'needs-confirmation', outcome: decision.outcome };
      const lot = draft.lot.trim();
      const saved = await record('wip.moved', { part: draft.part, qty: draft.qty, from: draft.from, to: draft.to, ...(lot ? { lot } : {}) });
      return saved.ok ? { status: 'recorded', outcome: decision.outcome } : { status: 'refused', outcome: saved.outcome };
    },
    [record],
  );
}
