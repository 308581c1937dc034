/** What the update banner may do right now, from what is at stake on this tablet. */
export type UpdateDecision = 'apply' | 'confirm-pending' | 'wait-for-work' | 'blocked-unsaved';

export function decideUpdate(input: { pending: number; unsaved: number; isBusy: boolean; hasConfirmed: boolean }): UpdateDecision {
  // Held-in-memory records would die with the page: never reload over them.
  if (input.unsaved > 0) return 'blocked-unsaved';
  if (input.isBusy) return 'wait-for-work';
  if (input.pending > 0 && !input.hasConfirmed) return 'confirm-pending';
  return 'apply';
}
