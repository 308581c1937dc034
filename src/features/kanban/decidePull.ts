import { parseGembaCode, type KanbanView, type MasterData } from '../../domain';
import type { ScanOutcome } from '../scanOutcome';

export type PullDecision = { ok: true; cardId: string; partLabel: string; isAlreadyPulled: boolean } | { ok: false; outcome: ScanOutcome };

/**
 * Decides what a scanned code means for a kanban pull, before anything is written. A refusal says
 * what was scanned and why; a card already pulled is still recorded (two tablets offline may both
 * see it empty) and is flagged so the person knows the leader will review it.
 */
export function decidePull(rawCode: string, master: MasterData, kanban: KanbanView): PullDecision {
  const code = rawCode.trim().toUpperCase();
  if (code === '') return { ok: false, outcome: { kind: 'error', key: 'errors.code-empty', values: {} } };
  const parsed = parseGembaCode(code);
  if (!parsed.ok) return { ok: false, outcome: { kind: 'error', key: `errors.${parsed.code}`, values: { code } } };
  if (parsed.kind !== 'card') {
    return { ok: false, outcome: { kind: 'error', key: 'errors.not-a-card', values: { code, kind: parsed.kind } } };
  }
  const card = master.cards.find((c) => c.id === parsed.code && !c.retired);
  if (!card) return { ok: false, outcome: { kind: 'error', key: 'errors.card-unknown', values: { code } } };
  const loop = master.loops.find((l) => l.id === card.loop);
  const part = loop ? master.parts.find((p) => p.id === loop.part) : undefined;
  const state = kanban.cards[card.id]?.state ?? 'full';
  return { ok: true, cardId: card.id, partLabel: part ? `${part.id} ${part.name}` : (loop?.part ?? ''), isAlreadyPulled: state !== 'full' };
}
