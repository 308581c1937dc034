import type { FeedbackKind } from '../platform/feedback/feedback';

/** What a scan led to, as a translation key and its values: the UI words it, tests check the key. */
export interface ScanOutcome {
  kind: FeedbackKind;
  key: string;
  values: Record<string, string | number>;
}
