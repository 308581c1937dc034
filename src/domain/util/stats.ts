export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Nearest-rank percentile (docs/kpis.md): the smallest value with at least p % of values at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

/** `ceil` that ignores floating-point dust (2.0000000001 → 2). */
export const ceilClean = (x: number): number => Math.ceil(Math.round(x * 1e9) / 1e9);

export const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);
