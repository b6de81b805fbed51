import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSearchIndex, buildSearchIndexAsync, indexedEntries, loadSearchIndex } from "../../src/search/build.js";
import { COMMON_MIN_PASSAGES } from "../../src/search/plan.js";
import type { Catalogue } from "../../src/knowledge/types.js";
import { documentFromParagraphs } from "../support/documents.js";
import { HOSTILE_QUERIES } from "../support/hostile-queries.js";
import { TINY_CATALOGUE, TINY_DOCUMENT, tinyKnowledge } from "../support/tiny-knowledge.js";

const index = buildSearchIndex([TINY_DOCUMENT], TINY_CATALOGUE);
const ids = (query: string): string[] => index.searchPassages(query).map((hit) => hit.passageId);

describe("buildSearchIndex · searchPassages", () => {
  it.each([
    ["graduates", ["wp2019#p4"]],
    ["gra", ["wp2019#p4"]],
    ["GG Seminar", ["wp2019#p1"]],
    ["Vietnam", ["wp2019#p1"]],
    ["Bangkok Thailand", ["wp2019#p1"]],
    ["Japan", ["wp2019#p2", "wp2019#p1", "wp2019#p3"]],
    ["training programme", ["wp2019#p2", "wp2019#p3"]],
    ["13", ["wp2019#p3", "wp2019#p1"]],
    ["corruptoin", ["wp2019#p2", "wp2019#p1"]],
    // A country in any of its names: passages carry its display name, and a query names it in any spelling.
    ["Viet Nam", ["wp2019#p1"]],
    ["viet nam", ["wp2019#p1"]],
    // (¶2 by "Public", a typo neighbour of "Republic".)
    ["Socialist Republic of Vietnam", ["wp2019#p1", "wp2019#p2"]],
    ["Burma", ["wp2019#p3"]],
    ["Laos", ["wp2019#p1"]],
  ])("%j → %j", (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it("reports the index terms that matched", () => {
    expect(index.searchPassages("GG Seminar")[0]?.terms).toEqual(["gg", "seminar"]);
    expect(index.searchPassages("gra")[0]?.terms).toEqual(["graduates"]);
  });

  it.each([
    ["GIVEN exact THEN no prefix neighbours", "gra", { exact: true }, []],
    ["GIVEN exact THEN no typo neighbours", "corruptoin", { exact: true }, []],
    ["GIVEN exact THEN the words themselves", "graduates", { exact: true }, ["wp2019#p4"]],
    ["GIVEN maxWordPassages THEN a word in more passages is not searched", "Japan graduates", { maxWordPassages: 1 }, ["wp2019#p4"]],
    ["GIVEN maxWordPassages and only such words THEN nothing", "Japan", { maxWordPassages: 2 }, []],
    ["GIVEN maxWordPassages THEN a word within it is searched", "Japan", { maxWordPassages: 3 }, ["wp2019#p2", "wp2019#p1", "wp2019#p3"]],
  ])("%s", (_name, query, options, expected) => {
    expect(index.searchPassages(query, options).map((hit) => hit.passageId)).toEqual(expected);
  });

  it("honours the limit", () => {
    expect(index.searchPassages("Japan", { limit: 1 }).map((hit) => hit.passageId)).toEqual(["wp2019#p2"]);
  });

  it.each(["", "   ", "the of and what", "timor", "zzzzqqq"])("gives [] for %j", (query) => {
    expect(index.searchPassages(query)).toEqual([]);
  });

  it("never throws and returns hits in descending score order, for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (query) => {
        const scores = index.searchPassages(query).map((hit) => hit.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }),
      { numRuns: 300 },
    );
  });

  it.each(HOSTILE_QUERIES)("never throws on %#", (query) => {
    expect(Array.isArray(index.searchPassages(query))).toBe(true);
    expect(Array.isArray(index.searchEntities(query))).toBe(true);
  });
});

describe("buildSearchIndex · searchEntities", () => {
  it.each([
    ["Vietnam", undefined, [["country", "VNM"]]],
    ["GG", undefined, [["edition", "gg-seminar-13"], ["series", "gg-seminar"]]],
    ["women", { kinds: ["edition" as const], fields: ["theme" as const] }, [["edition", "international-training-course-13"]]],
    ["Japan", { kinds: ["series" as const] }, []],
  ])("%j %j → %j", (query, options, expected) => {
    expect(index.searchEntities(query, options).map((hit) => [hit.kind, hit.id])).toEqual(expected);
  });
});

describe("indexedEntries", () => {
  const entries = indexedEntries([TINY_DOCUMENT], TINY_CATALOGUE);

  it("gives one entry per passage, then per edition, series and country", () => {
    expect(entries.map((entry) => entry.id)).toEqual([
      "wp2019#p1", "wp2019#p2", "wp2019#p3", "wp2019#p4",
      "edition:gg-seminar-13", "edition:uncac-training-programme-22", "edition:international-training-course-13",
      "series:gg-seminar", "series:uncac-training-programme", "series:international-training-course",
      "country:JPN", "country:THA", "country:KHM", "country:LAO", "country:VNM", "country:MMR",
    ]);
  });

  it("puts the names and themes of what a passage mentions on the passage", () => {
    const first = entries[0]!;
    expect(first.names).toContain("13th GG Seminar");
    expect(first.names).toContain("Vietnam");
    expect(first.names).toContain("Southeast Asia");
    expect(first.theme).toBe("Regional Cooperation against Corruption");
    expect(first.headings).toBe("(2) Governance · ● Japan’s Efforts");
  });

  it("names a country on a passage by its display name only: its aliases are its country entry's", () => {
    const first = entries[0]!;
    expect(first.names.split(" · ").filter((name) => /Viet|VNM|Lao|Cambodia/.test(name))).toEqual(["Cambodia", "Laos", "Vietnam"]);
    expect(entries.find((entry) => entry.id === "country:VNM")?.names).toBe("Vietnam · Socialist Republic of Vietnam · Cộng hòa Xã hội chủ nghĩa Việt Nam · Viet Nam · VNM");
  });
});

describe("indexedEntries · a country named very often", () => {
  it("names it once per spelling, however many mentions (200,000 used to overflow the stack)", () => {
    const mention = TINY_CATALOGUE.countries.find((country) => country.code === "VNM")!;
    const many = Array.from({ length: 200_000 }, (_, i) => ({ ...mention, asWritten: i % 2 ? "Viet Nam" : "Vietnam" }));
    const entries = indexedEntries([TINY_DOCUMENT], { ...TINY_CATALOGUE, countries: many });
    expect(entries.filter((entry) => entry.kind === "country").map((entry) => [entry.id, entry.names])).toEqual([
      ["country:VNM", "Vietnam · Socialist Republic of Vietnam · Cộng hòa Xã hội chủ nghĩa Việt Nam · Viet Nam · VNM"],
    ]);
  });
});

describe("buildSearchIndex · a knowledge large enough for common words", () => {
  // "development", "cooperation" and "report" are in every paragraph, "training" in every other one,
  // "seminar" in two: the first four are in more than COMMON_MIN_PASSAGES, common words.
  const seminars: Record<number, string> = { 42: "A seminar on training in Lima.", 43: "A seminar in Lima." };
  const paragraphs = Array.from({ length: 3 * COMMON_MIN_PASSAGES }, (_, i) =>
    [`Development cooperation report ${i}.`, i % 2 === 0 ? "Training of judges." : "", seminars[i] ?? ""].join(" "),
  );
  const none: Catalogue = { series: [], editions: [], countries: [], regions: [] };
  const large = buildSearchIndex([documentFromParagraphs("large", paragraphs)], none);
  const found = (query: string): string[] => large.searchPassages(query, { limit: 3 }).map((hit) => hit.passageId);

  it.each([
    ["GIVEN a rare word and common ones THEN the passages holding the rare word", "development seminar", ["large#p44", "large#p43"]],
    ["GIVEN a rare word THEN common words re-rank the passages it reaches", "training seminar", ["large#p43", "large#p44"]],
    // No passage names anything: the rarest word reaches, the other re-ranks ("training" twice in ¶43).
    ["GIVEN only common words THEN the rarest reaches, the others re-rank", "training development", ["large#p43", "large#p1", "large#p3"]],
    ["GIVEN only words in every passage THEN the passages where they weigh most (the shortest)", "development cooperation", ["large#p2", "large#p4", "large#p6"]],
  ])("%s", (_name, query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it("does not count a common word among the words matched", () => {
    const withCommon = large.searchPassages("seminar training").find((hit) => hit.passageId === "large#p43");
    const alone = large.searchPassages("seminar").find((hit) => hit.passageId === "large#p43");
    expect(withCommon!.score).toBeGreaterThan(alone!.score);
    expect(withCommon!.score).toBeLessThan(2 * alone!.score);
  });
});

describe("buildSearchIndexAsync", () => {
  it("builds the same index as buildSearchIndex", async () => {
    const built = await buildSearchIndexAsync([TINY_DOCUMENT], TINY_CATALOGUE);
    expect(built.toJSON()).toEqual(index.toJSON());
    expect(built.searchPassages("graduates")).toEqual(index.searchPassages("graduates"));
  });
});

describe("loadSearchIndex", () => {
  it("reads back what toJSON wrote, with the same hits", () => {
    const loaded = loadSearchIndex(index.toJSON());
    expect(loaded?.searchPassages("graduates")).toEqual(index.searchPassages("graduates"));
    expect(loaded?.searchEntities("GG")).toEqual(index.searchEntities("GG"));
  });

  it("gives undefined for a JSON text of it: the postings are typed arrays, which JSON does not keep", () => {
    expect(loadSearchIndex(JSON.stringify(index.toJSON()))).toBeUndefined();
  });

  it("reads back the parsed object as well as the JSON text", () => {
    const loaded = loadSearchIndex(index.toJSON());
    for (const query of ["graduates", "6,100", "Southeast", "gradu", "UNCAC 23rd"]) {
      expect(loaded?.searchPassages(query)).toEqual(index.searchPassages(query));
    }
  });

  it.each([
    ["not json"],
    [JSON.stringify({ format: 0, minisearch: {} })],
    [JSON.stringify({ format: 1, minisearch: { junk: true } })],
    // The format before passages and entities had separate indexes (and passages every country alias).
    [JSON.stringify({ ...index.toJSON(), format: 3 })],
    ["null"],
  ])(
    "gives undefined for %j",
    (json) => {
      expect(loadSearchIndex(json)).toBeUndefined();
    },
  );

  it("is what tinyKnowledge uses", () => {
    expect(tinyKnowledge().index.searchPassages("graduates").map((hit) => hit.passageId)).toEqual(["wp2019#p4"]);
  });
});
