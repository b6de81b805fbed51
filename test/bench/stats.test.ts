import { describe, expect, it } from "vitest";
import { hitRate, percentile, ratio, summarise } from "../../bench/stats.js";

describe("percentile", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
  it.each([
    [[5], 50, 5],
    [[5], 99, 5],
    [[1, 2, 3, 4], 50, 2],
    [[4, 3, 2, 1], 75, 3],
    [[1, 2, 3, 4], 100, 4],
    [[1, 2, 3, 4], 0, 1],
    [hundred, 50, 50],
    [hundred, 99, 99],
    [hundred, 99.5, 100],
  ])("GIVEN %j and p=%d THEN the nearest-rank value %d", (samples, p, expected) => {
    expect(percentile(samples, p)).toBe(expected);
  });

  it.each([[[], 50], [[1, 2], -1], [[1, 2], 101], [[1, 2], Number.NaN]])("GIVEN %j and p=%d THEN NaN", (samples, p) => {
    expect(percentile(samples, p)).toBeNaN();
  });

  it("GIVEN samples THEN leaves them in their order", () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe("summarise", () => {
  it("GIVEN samples THEN count, p50, p99, max and mean", () => {
    expect(summarise([4, 1, 3, 2])).toEqual({ count: 4, p50: 2, p99: 4, max: 4, mean: 2.5 });
  });

  it("GIVEN no samples THEN count 0 and NaN statistics", () => {
    expect(summarise([])).toEqual({ count: 0, p50: Number.NaN, p99: Number.NaN, max: Number.NaN, mean: Number.NaN });
  });
});

describe("ratio", () => {
  it.each([
    [10, 30, 1 / 3],
    [0, 5, 0],
    [6, 2, 3],
  ])("GIVEN ours %d and baseline %d THEN %d", (ours, baseline, expected) => {
    expect(ratio(ours, baseline)).toBe(expected);
  });

  it.each([[1, 0], [1, -2], [-1, 2], [Number.NaN, 2], [1, Number.POSITIVE_INFINITY]])("GIVEN ours %d and baseline %d THEN NaN", (ours, baseline) => {
    expect(ratio(ours, baseline)).toBeNaN();
  });
});

describe("hitRate", () => {
  const ranked = [["a", "b", "c"], ["x", "a"], ["q", "r", "s", "t"], []];
  const expected = ["a", "a", "t", "z"];
  it.each([
    [1, 0.25],
    [2, 0.5],
    [3, 0.5],
    [4, 0.75],
  ])("GIVEN top-%d THEN %d", (k, rate) => {
    expect(hitRate(ranked, expected, k)).toBe(rate);
  });

  it("GIVEN no questions THEN 0", () => {
    expect(hitRate([], [], 3)).toBe(0);
  });
});
