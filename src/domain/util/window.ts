/** A half-open time window [from, to) in epoch ms. */
export interface TimeWindow {
  from: number;
  to: number;
}

export const inWindow = (t: number, w: TimeWindow): boolean => t >= w.from && t < w.to;
