import { describe, expect, it } from "vitest";
import type { SizeResult } from "../../bench/result.js";
import { summarise } from "../../bench/stats.js";
import { gatingMisses, missedTargets } from "../../bench/targets.js";

const fast = summarise([1, 2]);

function result(overrides: Partial<SizeResult> = {}): SizeResult {
  return {
    label: "100k",
    passages: 100_000,
    documents: 4000,
    corpusChars: 1e8,
    catalogue: { series: 1, editions: 1, countries: 1, regions: 1 },
    loadMs: 1000,
    catalogueMs: 4000,
    indexMs: 6000,
    heapRetainedMb: 300,
    heapPeakMb: 450,
    rssPeakMb: 700,
    indexBytes: 1,
    cacheBytes: 1,
    coldStartCachedMs: 2000,
    coldStartUncachedMs: 20_000,
    latency: { course: fast, country: fast, theme: fast, ask: summarise([5, 9]), autocomplete: fast, search: fast },
    queries: { course: 2, country: 2, theme: 2, ask: 2, autocomplete: 2, search: 2 },
    slowest: { course: [], country: [], theme: [], ask: [], autocomplete: [], search: [] },
    relevance: { questions: 10, top1: 0.8, top3: 0.9 },
    baseline: { buildMs: 1, heapRetainedMb: 1, ask: summarise([30, 60]), relevance: { questions: 10, top1: 0.7, top3: 0.9 } },
    ...overrides,
  };
}

describe("missedTargets", () => {
  it("GIVEN every figure within its target THEN nothing is missed", () => {
    expect(missedTargets(result())).toEqual([]);
  });

  it.each<[string, Partial<SizeResult>, string]>([
    ["slow /country", { latency: { ...result().latency, country: summarise([6]) } }, "[100k] /country p99 6.00 ms > 5 ms"],
    ["slow autocomplete", { latency: { ...result().latency, autocomplete: summarise([12]) } }, "[100k] autocomplete p99 12 ms > 10 ms"],
    ["slow build", { indexMs: 11_001 }, "[100k] build (catalogue + index) 15001 ms > 15000 ms"],
    ["slow cached start", { coldStartCachedMs: 3500 }, "[100k] cold start with cached index 3500 ms > 3000 ms"],
    ["big heap", { heapPeakMb: 612.4 }, "[100k] peak heap 612 MB > 500 MB"],
    ["worse top-3", { relevance: { questions: 10, top1: 0.9, top3: 0.8 } }, "[100k] /ask top-3 hit rate 80.0% < baseline 90.0%"],
  ])("GIVEN a %s THEN that one target is listed", (_name, overrides, line) => {
    expect(missedTargets(result(overrides))).toEqual([line]);
  });

  it("GIVEN /ask slower than 30 ms and than a third of the baseline THEN both are listed", () => {
    expect(missedTargets(result({ latency: { ...result().latency, ask: summarise([40]) } }))).toEqual([
      "[100k] /ask p99 40 ms > 30 ms",
      "[100k] /ask p99 is 0.67× the baseline's (40 ms vs 60 ms) > 1/3",
    ]);
  });

  it("GIVEN a figure that could not be measured (NaN) THEN it counts as missed", () => {
    expect(missedTargets(result({ heapPeakMb: Number.NaN }))).toEqual(["[100k] peak heap NaN MB > 500 MB"]);
  });
});

describe("gatingMisses", () => {
  const slow = result({ label: "1k", heapPeakMb: 600 });
  it("GIVEN 1k, 10k and 100k THEN only 100k is checked", () => {
    expect(gatingMisses([{ label: "1k", result: slow }, { label: "10k", result: result({ label: "10k" }) }, { label: "100k", result: result() }])).toEqual({ label: "100k", missed: [] });
  });

  it("GIVEN a run without 100k (--quick) THEN the largest size measured is checked", () => {
    expect(gatingMisses([{ label: "1k", result: slow }])).toEqual({ label: "1k", missed: ["[1k] peak heap 600 MB > 500 MB"] });
  });

  it("GIVEN a size that could not be measured THEN it is a miss whatever its size", () => {
    expect(gatingMisses([{ label: "1k", error: "timed out" }, { label: "100k", result: result() }])).toEqual({ label: "100k", missed: ["[1k] not measured: timed out"] });
  });
});
