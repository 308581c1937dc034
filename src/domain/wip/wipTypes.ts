import type { DomainException } from '../exceptions/types';

export interface WipState {
  /** location → part → qty (can go negative; that is an exception, not an error). */
  balances: Map<string, Map<string, number>>;
  /** location → [time, total after the change], for time-weighted averages. */
  history: Map<string, [number, number][]>;
  /** location → [time, qty moved out]. */
  outflow: Map<string, [number, number][]>;
  exceptions: DomainException[];
}

export interface WipLocationView {
  location: string;
  kind: string;
  total: number;
  limit: number | null;
  overLimit: boolean;
  parts: Record<string, number>;
  /** Time-weighted average total over the window. */
  avgWip: number;
  /** Units moved out of the location per hour over the window. */
  throughputPerHour: number;
  /** Little's law: avgWip / throughput, in minutes; null without throughput. */
  leadTimeMin: number | null;
}

export interface WipView {
  /** Over-limit locations first, then by id. */
  locations: WipLocationView[];
  overLimit: string[];
  exceptions: DomainException[];
}
