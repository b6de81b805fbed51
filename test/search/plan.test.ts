import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { MINISEARCH_OPTIONS, type IndexedEntry } from "../../src/search/options.js";
import { COMMON_MIN_PASSAGES, plannedSearchOptions, planQuery, planRareWords, type QueryPlan, type TermStats } from "../../src/search/plan.js";

/** 10,000 passages: "development" in 9,000, "cooperation" in 6,000, "regional" in 700, "seminar" in 40. */
const LARGE: TermStats = { passages: 10_000, df: new Map([["development", 9_000], ["cooperation", 6_000], ["regional", 700], ["seminar", 40]]) };
/** 100 passages: every term in most of them, none common (a small knowledge). */
const SMALL: TermStats = { passages: 100, df: new Map([["development", 99], ["seminar", 90]]) };

const shape = (plan: QueryPlan): unknown => ({
  terms: [...plan.terms],
  fuzzy: [...plan.fuzzy],
  ...(plan.fields ? { fields: plan.fields } : {}),
  ...(plan.fallback ? { fallback: shape(plan.fallback) } : {}),
});

describe("planRareWords", () => {
  it.each([
    ["GIVEN words within the bound THEN those only", "development regional seminar", 1_000, { terms: ["regional", "seminar"], fuzzy: [] }],
    ["GIVEN a word the index lacks THEN it is not searched", "seminar seminra", 1_000, { terms: ["seminar"], fuzzy: [] }],
    ["GIVEN only words past the bound THEN nothing", "development cooperation", 1_000, { terms: [], fuzzy: [] }],
    ["GIVEN a word exactly at the bound THEN it is searched", "seminar", 40, { terms: ["seminar"], fuzzy: [] }],
  ])("%s", (_name, query, max, expected) => {
    expect(shape(planRareWords(query, LARGE, max))).toEqual(expected);
  });
});

describe("planQuery", () => {
  it.each([
    ["GIVEN a rare word and common ones THEN only the rare word", LARGE, "development cooperation seminar", { terms: ["seminar"], fuzzy: [] }],
    ["GIVEN a word the index lacks THEN it is searched fuzzily", LARGE, "development seminra", { terms: ["seminra"], fuzzy: ["seminra"] }],
    ["GIVEN a word in 7% of 10,000 passages THEN it is common", LARGE, "regional seminar", { terms: ["seminar"], fuzzy: [] }],
    [
      "GIVEN only common words THEN names and themes first, else the rarest everywhere",
      LARGE,
      "Development Cooperation",
      { terms: ["development", "cooperation"], fuzzy: [], fields: ["names", "theme"], fallback: { terms: ["cooperation"], fuzzy: [] } },
    ],
    ["GIVEN a small knowledge THEN no word is common", SMALL, "development seminar", { terms: ["development", "seminar"], fuzzy: [] }],
    ["GIVEN stop words only THEN nothing to search", LARGE, "what is the", { terms: [], fuzzy: [] }],
  ])("%s", (_name, stats, query, expected) => {
    expect(shape(planQuery(query, stats))).toEqual(expected);
  });

  it("calls a word common only past COMMON_MIN_PASSAGES passages", () => {
    const stats: TermStats = { passages: 1_000, df: new Map([["a1", COMMON_MIN_PASSAGES], ["b2", COMMON_MIN_PASSAGES + 1], ["seminar", 3]]) };
    const plan = planQuery("seminar", stats);
    expect([plan.isCommon("a1"), plan.isCommon("b2"), plan.isCommon("seminar"), plan.isCommon("unknown")]).toEqual([false, true, false, false]);
  });
});

describe("plannedSearchOptions", () => {
  const entry = (id: string, text: string): IndexedEntry => ({ id, kind: "passage", names: "", theme: "", headings: "", title: "", text });
  const index = new MiniSearch<IndexedEntry>(MINISEARCH_OPTIONS);
  index.addAll([entry("a", "regional seminar"), entry("b", "regions and development"), entry("c", "the seminars")]);
  const search = (query: string, stats: TermStats): string[] => index.search(query, plannedSearchOptions(planQuery(query, stats))).map((result) => String(result.id));

  it("GIVEN a small knowledge THEN exact and prefix matches as MiniSearch finds them", () => {
    expect(search("region seminar", SMALL)).toEqual(index.search("region seminar").map((result) => String(result.id)));
  });

  it("GIVEN common words THEN neither they nor common neighbours are scored", () => {
    // "region" reaches "regional" (common) and "regions" (not) by prefix; "development" is left out.
    expect(search("region development", LARGE)).toEqual(["b"]);
  });

  it("GIVEN a known word THEN no typo tolerance; GIVEN an unknown one THEN typo tolerance", () => {
    const stats: TermStats = { passages: 10_000, df: new Map([["seminar", 40], ["seminars", 3]]) };
    expect(search("seminars", stats)).toEqual(["c"]);
    expect(search("seminarz", stats).sort()).toEqual(["a", "c"]);
  });
});
