// The performance targets of issue 4 ("Targets at 100k passages on this 2-core machine"), in one place,
// and the check behind `npm run bench -- --check`.
import type { SizeOutcome, SizeResult } from "./result.js";
import { ratio } from "./stats.js";

export const TARGETS = {
  /** p99 of /course, /country and /theme, in ms. */
  lookupP99Ms: 5,
  /** p99 of autocomplete (course, country, theme), in ms. */
  autocompleteP99Ms: 10,
  /** p99 of /ask, in ms. */
  askP99Ms: 30,
  /** /ask p99 at most this share of raw MiniSearch's p99 on the same passages and questions. */
  askBaselineRatio: 1 / 3,
  /** Catalogue extraction + index build, in ms. */
  buildMs: 15_000,
  /** Fresh process with a cached index, until the first answer, in ms. */
  coldStartCachedMs: 3_000,
  /** Peak heap, in MB. */
  heapMb: 500,
  /** Heap kept after a full GC, built or loaded from the cache, in MB (issue 12). */
  heapRetainedMb: 400,
  /** Peak RSS building and loading from the cache, in MB (issue 12). */
  rssMb: 900,
  /** The first autocomplete after a start from the cache or a reload, in ms (issue 12). */
  firstAutocompleteMs: 10,
} as const;

const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

/** Every target `result` misses, one readable line each; [] when all are met. */
export function missedTargets(result: SizeResult): string[] {
  const missed: string[] = [];
  const at = `[${result.label}]`;
  for (const command of ["course", "country", "theme"] as const) {
    const p99 = result.latency[command].p99;
    if (!(p99 <= TARGETS.lookupP99Ms)) missed.push(`${at} /${command} p99 ${ms(p99)} > ${TARGETS.lookupP99Ms} ms`);
  }
  const complete = result.latency.autocomplete.p99;
  if (!(complete <= TARGETS.autocompleteP99Ms)) missed.push(`${at} autocomplete p99 ${ms(complete)} > ${TARGETS.autocompleteP99Ms} ms`);
  const ask = result.latency.ask.p99;
  if (!(ask <= TARGETS.askP99Ms)) missed.push(`${at} /ask p99 ${ms(ask)} > ${TARGETS.askP99Ms} ms`);
  const askRatio = ratio(ask, result.baseline.ask.p99);
  if (!(askRatio <= TARGETS.askBaselineRatio)) {
    missed.push(`${at} /ask p99 is ${askRatio.toFixed(2)}× the baseline's (${ms(ask)} vs ${ms(result.baseline.ask.p99)}) > 1/3`);
  }
  if (!(result.relevance.top3 >= result.baseline.relevance.top3)) {
    missed.push(`${at} /ask top-3 hit rate ${pct(result.relevance.top3)} < baseline ${pct(result.baseline.relevance.top3)}`);
  }
  const build = result.catalogueMs + result.indexMs;
  if (!(build <= TARGETS.buildMs)) missed.push(`${at} build (catalogue + index) ${ms(build)} > ${TARGETS.buildMs} ms`);
  if (!(result.coldStartCachedMs <= TARGETS.coldStartCachedMs)) {
    missed.push(`${at} cold start with cached index ${ms(result.coldStartCachedMs)} > ${TARGETS.coldStartCachedMs} ms`);
  }
  if (!(result.heapPeakMb <= TARGETS.heapMb)) missed.push(`${at} peak heap ${result.heapPeakMb.toFixed(0)} MB > ${TARGETS.heapMb} MB`);
  const mb = (value: number): string => `${value.toFixed(0)} MB`;
  const retained: Array<[string, number | undefined]> = [["built", result.heapRetainedMb], ["loaded from the cache", result.cacheLoad?.heapRetainedMb]];
  for (const [how, value] of retained) if (value !== undefined && !(value <= TARGETS.heapRetainedMb)) missed.push(`${at} heap retained (${how}) ${mb(value)} > ${TARGETS.heapRetainedMb} MB`);
  const rss: Array<[string, number | undefined]> = [["building", result.rssPeakMb], ["loading from the cache", result.cacheLoad?.rssPeakMb]];
  for (const [how, value] of rss) if (value !== undefined && !(value <= TARGETS.rssMb)) missed.push(`${at} peak RSS ${how} ${mb(value)} > ${TARGETS.rssMb} MB`);
  const first: Array<[string, number | undefined]> = [["start", result.cacheLoad?.firstAutocompleteMs], ["reload", result.reload?.firstAutocompleteMs]];
  for (const [after, value] of first) if (value !== undefined && !(value <= TARGETS.firstAutocompleteMs)) missed.push(`${at} first autocomplete after a ${after} ${ms(value)} > ${TARGETS.firstAutocompleteMs} ms`);
  return missed;
}

/** The size the targets are stated at. */
export const TARGET_SIZE = "100k";

/**
 * What `--check` fails on: the targets at 100k passages (or, in a run without 100k such as --quick,
 * at the largest size measured), plus every size that could not be measured at all.
 */
export function gatingMisses(outcomes: readonly SizeOutcome[]): { label: string; missed: string[] } {
  const gate = outcomes.find((o) => o.label === TARGET_SIZE) ?? outcomes.at(-1);
  const unmeasured = outcomes.filter((o) => !o.result).map((o) => `[${o.label}] not measured: ${o.error ?? "unknown error"}`);
  return { label: gate?.label ?? TARGET_SIZE, missed: [...(gate?.result ? missedTargets(gate.result) : []), ...unmeasured] };
}

export function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
