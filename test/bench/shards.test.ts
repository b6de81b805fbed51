import { describe, expect, it } from "vitest";
import { formatShards, type ShardOutcome } from "../../bench/shards.js";

const memory = (shards: number, source: "cache" | "built", rssPeakMb: number) => ({ shards, source, rssPeakMb, rssMb: rssPeakMb - 10.4, heapUsedMb: 155.6 });

describe("formatShards", () => {
  it("GIVEN no outcomes THEN nothing", () => {
    expect(formatShards([])).toBe("");
  });

  it("GIVEN a building process and two from the cache THEN one row each, with the shard count beside the memory", () => {
    const outcome: ShardOutcome = { label: "10k", passages: 10_000, building: memory(1, "built", 867.9), fromCache: [memory(1, "cache", 401.6), memory(4, "cache", 1402.7)] };
    expect(formatShards([outcome]).split("\n").filter((line) => line.startsWith("|"))).toEqual([
      "| passages | shards in the process | peak RSS | RSS after answering | heap after GC |",
      "| ---: | --- | ---: | ---: | ---: |",
      "| 10,000 | 1 (building, no cache) | 868 MB | 858 MB | 156 MB |",
      "| 10,000 | 1 (from the cache) | 402 MB | 391 MB | 156 MB |",
      "| 10,000 | 4 (from the cache) | 1,403 MB | 1,392 MB | 156 MB |",
    ]);
  });

  it("GIVEN a failure before anything was measured, or after the building process THEN the reason in the table", () => {
    const rows = formatShards([
      { label: "100k", passages: 100_000, fromCache: [], error: "the shard process exited with code 1 before it sent \"ready\"" },
      { label: "1k", passages: 1_000, building: memory(1, "built", 326), fromCache: [], error: "the process with 4 shards did not start from the cache" },
    ])
      .split("\n")
      .filter((line) => line.startsWith("| 1"));
    expect(rows).toEqual([
      "| 100,000 | – | not measured: the shard process exited with code 1 before it sent \"ready\" | | |",
      "| 1,000 | 1 (building, no cache) | 326 MB | 316 MB | 156 MB |",
      "| 1,000 | – | failed after that: the process with 4 shards did not start from the cache | | |",
    ]);
  });
});
