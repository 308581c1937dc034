import type { DomainException } from '../exceptions/types';
import type { AndonKind } from '../events/types';
import type { Role } from '../master/types';

/** One andon call as folded. Milestones keep their first occurrence; times are HLC wall ms. */
export interface AndonCallState {
  andon: string;
  station?: string;
  kind?: AndonKind;
  reason?: string;
  note?: string;
  raisedAt?: number;
  raisedBy?: string;
  acknowledgedAt?: number;
  acknowledgedBy?: string;
  arrivedAt?: number;
  arrivedBy?: string;
  resolvedAt?: number;
  resolvedBy?: string;
  resolveNote?: string;
  cancelledAt?: number;
  /** Lifecycle events seen for this id, for 'andon-not-raised' when the raise never comes. */
  orphans: { eventId: string; hlc: string; at: number }[];
}

export interface AndonState {
  calls: Map<string, AndonCallState>;
  exceptions: DomainException[];
}

export type AndonStatus = 'raised' | 'acknowledged' | 'arrived' | 'resolved' | 'cancelled';

export interface AndonCallView {
  andon: string;
  station: string;
  kind: AndonKind;
  reason?: string;
  note?: string;
  status: AndonStatus;
  raisedAt: number;
  raisedBy?: string;
  acknowledgedAt?: number;
  arrivedAt?: number;
  resolvedAt?: number;
  cancelledAt?: number;
  /** Age until resolved/cancelled (or now). */
  ageMs: number;
  /** Escalation tier reached (0 = none) and who it notifies; the clock stops when the responder arrives. */
  tier: number;
  notifyRole?: Role;
  ackMs?: number;
  arriveMs?: number;
  resolveMs?: number;
}

export interface DurationStats {
  n: number;
  meanMs: number | null;
  p90Ms: number | null;
}

export interface AndonKindStats {
  kind: AndonKind;
  calls: number;
  open: number;
  cancelled: number;
  acknowledge: DurationStats;
  arrive: DurationStats;
  resolve: DurationStats;
}

export interface AndonReasonMinutes {
  kind: AndonKind;
  reason: string;
  calls: number;
  minutes: number;
}

export interface AndonView {
  /** Open calls, oldest first. */
  open: AndonCallView[];
  /** Calls raised in the window (plus any still open), by raise time. */
  calls: AndonCallView[];
  byKind: AndonKindStats[];
  /** Pareto: andon minutes by reason, largest first. */
  byReason: AndonReasonMinutes[];
  exceptions: DomainException[];
}
