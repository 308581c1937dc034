import type { DomainException } from '../exceptions/types';
import type { KanbanLoop } from '../master/types';

export type CardState = 'full' | 'pulled' | 'picked';

/** A card as the fold tracks it. Times are HLC wall ms. */
export interface CardView {
  card: string;
  loop: string;
  state: CardState;
  pulledAt?: number;
  pulledBy?: string;
  pickedAt?: number;
  pickedBy?: string;
  /** Last delivery (the card is full since then). */
  deliveredAt?: number;
  /** Last event that touched this card. */
  lastEventId: string;
}

/** One completed replenishment: pulled → delivered. */
export interface KanbanCycle {
  card: string;
  loop: string;
  pulledAt: number;
  pickedAt?: number;
  deliveredAt: number;
}

export interface KanbanState {
  cards: Map<string, CardView>;
  cycles: KanbanCycle[];
  /** Pull times per loop (demand signal). */
  pulls: Map<string, number[]>;
  firstAt: number | null;
  exceptions: DomainException[];
}

export interface ReplenishmentItem {
  card: string;
  state: 'pulled' | 'picked';
  loop: string;
  part: string;
  from: string;
  to: string;
  containerQty: number;
  seq: number;
  of: number;
  pulledAt?: number;
  pulledBy?: string;
  pickedAt?: number;
  /** When the card went empty (the pick time if the pull was never scanned). */
  since: number;
  ageMs: number;
  dueAt: number;
  overdue: boolean;
}

/** A loop's master-data settings beside what the fold measured for it. */
export interface LoopStats extends Pick<KanbanLoop, 'part' | 'from' | 'to' | 'containerQty' | 'leadTimeMin' | 'safetyFactor'> {
  loop: string;
  /** Active cards in master data. */
  cards: number;
  /** Cards pulled or picked right now. */
  open: number;
  overdue: number;
  pulls: number;
  deliveries: number;
  leadTimeMeanMs: number | null;
  leadTimeP90Ms: number | null;
  onTime: number;
  onTimeRate: number | null;
  /** ceil(D × L × (1 + S) / C); null without demand in the window. */
  suggestedCards: number | null;
}

export interface KanbanView {
  cards: Record<string, CardView>;
  queue: ReplenishmentItem[];
  loops: LoopStats[];
  exceptions: DomainException[];
}
