// Summary statistics for the benchmark: percentiles of latency samples and ratios against the baseline.

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/**
 * The p-th percentile (0–100) by the nearest-rank method: the smallest sample such that at least p% of
 * samples are ≤ it. Nearest-rank never interpolates, so a p99 is always a latency that was measured.
 * NaN for no samples or a p outside 0–100.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0 || !(p >= 0 && p <= 100)) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function summarise(samples: readonly number[]): LatencySummary {
  const count = samples.length;
  return {
    count,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: count ? Math.max(...samples) : Number.NaN,
    mean: count ? samples.reduce((a, b) => a + b, 0) / count : Number.NaN,
  };
}

/** ours / baseline; NaN when either is not a positive finite number (a ratio to zero means nothing). */
export function ratio(ours: number, baseline: number): number {
  if (!(Number.isFinite(ours) && Number.isFinite(baseline)) || ours < 0 || baseline <= 0) return Number.NaN;
  return ours / baseline;
}

/** Share of questions whose expected passage is among the first k results (0 for no questions). */
export function hitRate(ranked: readonly (readonly string[])[], expected: readonly string[], k: number): number {
  if (expected.length === 0) return 0;
  let hits = 0;
  expected.forEach((id, i) => {
    if ((ranked[i] ?? []).slice(0, k).includes(id)) hits++;
  });
  return hits / expected.length;
}
