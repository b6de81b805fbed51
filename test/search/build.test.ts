import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSearchIndex, buildSearchIndexAsync, indexedEntries, loadSearchIndex } from "../../src/search/build.js";
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

describe("buildSearchIndexAsync", () => {
  it("builds the same index as buildSearchIndex", async () => {
    const built = await buildSearchIndexAsync([TINY_DOCUMENT], TINY_CATALOGUE);
    expect(built.toJSON()).toEqual(index.toJSON());
    expect(built.searchPassages("graduates")).toEqual(index.searchPassages("graduates"));
  });
});

describe("loadSearchIndex", () => {
  it("reads back what toJSON wrote, with the same hits", () => {
    const loaded = loadSearchIndex(JSON.stringify(index.toJSON()));
    expect(loaded?.searchPassages("graduates")).toEqual(index.searchPassages("graduates"));
    expect(loaded?.searchEntities("GG")).toEqual(index.searchEntities("GG"));
  });

  it("reads back the parsed object as well as the JSON text", () => {
    const loaded = loadSearchIndex(index.toJSON());
    for (const query of ["graduates", "6,100", "Southeast", "gradu", "UNCAC 23rd"]) {
      expect(loaded?.searchPassages(query)).toEqual(index.searchPassages(query));
    }
  });

  it.each([["not json"], [JSON.stringify({ format: 0, minisearch: {} })], [JSON.stringify({ format: 1, minisearch: { junk: true } })], ["null"]])(
    "gives undefined for %j",
    (json) => {
      expect(loadSearchIndex(json)).toBeUndefined();
    },
  );

  it("is what tinyKnowledge uses", () => {
    expect(tinyKnowledge().index.searchPassages("graduates").map((hit) => hit.passageId)).toEqual(["wp2019#p4"]);
  });
});
