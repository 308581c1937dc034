import type { DomainException } from '../exceptions/types';

export interface ProductionReport {
  id: string;
  station: string;
  part: string;
  at: number;
  actor: string;
  good: number;
  scrap: number;
  scrapReason?: string;
  workOrder?: string;
}

export interface ProductionCorrection {
  eventId: string;
  hlc: string;
  at: number;
  good: number;
  scrap: number;
  scrapReason?: string;
}

export interface ProductionState {
  reports: Map<string, ProductionReport>;
  /** Report id → its latest correction (hlc order), which replaces the report's quantities. */
  corrections: Map<string, ProductionCorrection>;
  /** Correction event id → the report it corrects, so a correction of a correction reaches the report. */
  correctionTargets: Map<string, string>;
  exceptions: DomainException[];
}

export interface HourComment {
  station: string;
  hour: string;
  reason: string;
  comment?: string;
  by: string;
  eventId: string;
}

export interface HourRow {
  /** ISO start of the hour slice. */
  hour: string;
  start: number;
  end: number;
  /** Plan for the whole slice. */
  plan: number;
  /** Plan due so far: whole for past slices, prorated by elapsed minutes for the current one, 0 ahead. */
  planToDate: number;
  good: number;
  scrap: number;
  /** good − planToDate; null for slices that have not started. */
  variance: number | null;
  cumulativeVariance: number | null;
  isCurrent: boolean;
  isFuture: boolean;
  comment?: HourComment;
}

export interface StationProduction {
  station: string;
  hours: HourRow[];
  plan: number;
  planToDate: number;
  good: number;
  scrap: number;
  variance: number;
  /** good / planToDate. */
  attainment: number | null;
  /** scrap / (good + scrap). */
  scrapRate: number | null;
  /** Units per hour needed for the rest of the window to meet the whole plan. */
  catchUpPerHour: number | null;
  byPart: Record<string, { good: number; scrap: number }>;
  scrapByReason: Record<string, number>;
}

export interface ProductionView {
  stations: StationProduction[];
  totals: { plan: number; planToDate: number; good: number; scrap: number; attainment: number | null; scrapRate: number | null };
  exceptions: DomainException[];
}
