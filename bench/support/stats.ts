// Small statistics helpers shared by the benchmarks.

/** The q-quantile (0 ≤ q ≤ 1) of the samples, nearest-rank; NaN without samples. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

/** "12.3" for ms figures, "—" for NaN. */
export function ms(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "—";
}

/** Whole numbers with thin grouping for readability in RESULTS.md ("12 345"). */
export function whole(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString("en-US").replace(/,/g, " ") : "—";
}
