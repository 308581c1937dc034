import { create } from 'zustand';
import type { FeedbackKind } from '../platform/feedback/feedback';

/** The large confirmation shown after each scan: a translation key and its values, never raw text. */
export interface FeedbackMessage {
  kind: FeedbackKind;
  key: string;
  values: Record<string, string | number>;
  /** Increments on every message so the same message twice still re-announces. */
  serial: number;
}

interface FeedbackState {
  message: FeedbackMessage | null;
  show: (kind: FeedbackKind, key: string, values?: Record<string, string | number>) => void;
  clear: () => void;
}

export const useFeedback = create<FeedbackState>((set, get) => ({
  message: null,
  show: (kind, key, values = {}) => set({ message: { kind, key, values, serial: (get().message?.serial ?? 0) + 1 } }),
  clear: () => set({ message: null }),
}));
