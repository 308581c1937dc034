import { useEffect } from 'react';
import { create } from 'zustand';

/**
 * Whether the person is in the middle of something an app update must not interrupt: scans being
 * recorded, or a form with unsaved input. The update banner waits until this is empty.
 */
interface WorkInProgress {
  scansInFlight: number;
  dirtyForms: ReadonlySet<string>;
}

export const useWorkInProgress = create<WorkInProgress>(() => ({ scansInFlight: 0, dirtyForms: new Set() }));

export function isBusy(state: WorkInProgress = useWorkInProgress.getState()): boolean {
  return state.scansInFlight > 0 || state.dirtyForms.size > 0;
}

export function beginScan(): void {
  useWorkInProgress.setState((s) => ({ scansInFlight: s.scansInFlight + 1 }));
}

export function endScan(): void {
  useWorkInProgress.setState((s) => ({ scansInFlight: Math.max(0, s.scansInFlight - 1) }));
}

function setFormDirty(formId: string, isDirty: boolean): void {
  useWorkInProgress.setState((s) => {
    if (s.dirtyForms.has(formId) === isDirty) return s;
    const dirtyForms = new Set(s.dirtyForms);
    if (isDirty) dirtyForms.add(formId);
    else dirtyForms.delete(formId);
    return { dirtyForms };
  });
}

/** A form calls this with whether it holds input not yet recorded; unmounting clears it. */
export function useDirtyForm(formId: string, isDirty: boolean): void {
  useEffect(() => {
    setFormDirty(formId, isDirty);
    return () => setFormDirty(formId, false);
  }, [formId, isDirty]);
}
