import type { AndonCallView, MasterData } from '../../domain';

/** Names for a call's station and reason from master data (ids when master data lacks them). */
export function callLabels(call: AndonCallView, master: MasterData | null): { station: string; reason: string } {
  const station = master?.stations.find((s) => s.id === call.station)?.name ?? call.station;
  const reason = call.reason ? (master?.andonReasons.find((r) => r.id === call.reason)?.name ?? call.reason) : '';
  return { station, reason };
}

// Symbols from fonts every tablet has (no colour emoji needed); always shown next to words.
export const kindIcons = { material: '▦', quality: '◎', machine: '⚙', safety: '⚠', other: '?' } as const;
export const statusIcons = { raised: '●', acknowledged: '◐', arrived: '◉', resolved: '✔', cancelled: '⊘' } as const;
export const minutes = (ms: number): number => Math.floor(ms / 60_000);
