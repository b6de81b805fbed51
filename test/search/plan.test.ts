import { describe, expect, it } from "vitest";
import { COMMON_MIN_PASSAGES, MAX_EXPANSIONS, planQuery, planRareWords, queryWords, rerankFields, type QueryPlan, type TermStats, type Vocabulary } from "../../src/search/plan.js";

/** 100,000 passages: "development" in 90,000, "cooperation" in 60,000, "regional" in 7,000,
 *  "region" in 3,000, "regions" in 1,500, "seminar" in 400, "seminars" in 30, "regionally" in 12. */
/** Term statistics whose counts are a Map (the oracle vocabulary lists its terms). */
type Stats = TermStats & { df: ReadonlyMap<string, number> };

const LARGE: Stats = {
  passages: 100_000,
  df: new Map([
    ["development", 90_000], ["cooperation", 60_000], ["regional", 7_000], ["region", 3_000], ["regions", 1_500],
    ["seminar", 400], ["seminars", 30], ["regionally", 12], ["vietnam", 800], ["myanmar", 700],
  ]),
};
/** 100 passages: every term in most of them, none common (a small knowledge). */
const SMALL: Stats = { passages: 100, df: new Map([["development", 99], ["seminar", 90], ["seminars", 5]]) };

/** The vocabulary of a TermStats, by brute force: the oracle for the index's own radix tree. */
function vocabulary(stats: Stats): Vocabulary {
  const terms = [...stats.df.keys()];
  return {
    completions: (word) => terms.filter((term) => term.startsWith(word) && term.length > word.length),
    neighbours: (word, maxDistance) => terms.flatMap((term): Array<[string, number]> => {
      const distance = editDistance(word, term);
      return distance > 0 && distance <= maxDistance ? [[term, distance]] : [];
    }),
  };
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/** A plan as data: each reached term with its weight rounded, the word it stands for. */
const shape = (plan: QueryPlan): unknown => ({
  reach: plan.reach.map(({ term, weight, word }) => (term === word ? term : `${term}←${word} ${weight.toFixed(3)}`)),
  rerank: plan.rerank,
  ...(plan.fields ? { fields: plan.fields } : {}),
  ...(plan.fallback ? { fallback: shape(plan.fallback) } : {}),
});

const plan = (query: string, stats: Stats, exact = false): unknown => shape(planQuery(query, stats, vocabulary(stats), { exact }));

describe("planQuery", () => {
  it.each([
    ["GIVEN a rare word and common ones THEN the rare word reaches, the common ones re-rank", LARGE, "development cooperation seminar", { reach: ["seminar", "seminars←seminar 0.386"], rerank: ["development", "cooperation"] }],
    ["GIVEN a word the index lacks THEN its typo neighbours reach, weighed as MiniSearch weighs them", LARGE, "seminer", { reach: ["seminar←seminer 0.131"], rerank: [] }],
    ["GIVEN typo neighbours that are common words THEN none is searched", LARGE, "regiom", { reach: [], rerank: [] }],
    ["GIVEN a typo neighbour that is also a completion THEN it is searched once, as a completion", LARGE, "semina", { reach: ["seminar←semina 0.384", "seminars←semina 0.372"], rerank: [] }],
    ["GIVEN completions THEN the common ones are not searched", LARGE, "regio seminar", { reach: ["regionally←regio 0.348", "seminar", "seminars←seminar 0.386"], rerank: [] }],
    ["GIVEN a word in 3% of 100,000 passages THEN it is common", LARGE, "region seminar", { reach: ["seminar", "seminars←seminar 0.386"], rerank: ["region"] }],
    [
      "GIVEN only common words, the rarest in under 5% of the passages THEN the rarest reaches and the rest re-rank",
      LARGE,
      "development region",
      { reach: ["region"], rerank: ["development"] },
    ],
    [
      "GIVEN only very common words THEN names and themes first, else the rarest everywhere",
      LARGE,
      "Development Cooperation",
      {
        reach: ["development", "cooperation"], rerank: ["development", "cooperation"], fields: ["names", "theme"],
        fallback: { reach: ["cooperation"], rerank: ["development"] },
      },
    ],
    ["GIVEN a small knowledge THEN no word is common", SMALL, "development seminar", { reach: ["development", "seminar", "seminars←seminar 0.386"], rerank: [] }],
    ["GIVEN stop words only THEN nothing to search", LARGE, "what is the", { reach: [], rerank: [] }],
    ["GIVEN a country's other name THEN its display name is looked for too", LARGE, "Burma seminar", { reach: ["seminar", "seminars←seminar 0.386", "myanmar"], rerank: [] }],
  ])("%s", (_name, stats, query, expected) => {
    expect(plan(query, stats)).toEqual(expected);
  });

  it("GIVEN exact THEN neither completions nor neighbours", () => {
    expect(plan("seminar seminer", LARGE, true)).toEqual({ reach: ["seminar"], rerank: [] });
  });

  it("searches at most MAX_EXPANSIONS completions of a word, the shortest", () => {
    const many: Stats = { passages: 1_000, df: new Map([["abc", 1], ...Array.from({ length: 30 }, (_, i): [string, number] => [`abc${"x".repeat(i + 1)}`, 1])]) };
    const reached = planQuery("abc", many, vocabulary(many)).reach.map(({ term }) => term);
    expect(reached).toEqual(["abc", ...Array.from({ length: MAX_EXPANSIONS }, (_, i) => `abc${"x".repeat(i + 1)}`)]);
  });

  it("calls a word common only past COMMON_MIN_PASSAGES passages", () => {
    const stats: Stats = { passages: 1_000, df: new Map([["a1", COMMON_MIN_PASSAGES], ["b2", COMMON_MIN_PASSAGES + 1], ["seminar", 3]]) };
    expect(plan("a1 b2 seminar", stats, true)).toEqual({ reach: ["a1", "seminar"], rerank: ["b2"] });
  });
});

describe("planRareWords", () => {
  const rare = (query: string, max: number): unknown => shape(planRareWords(query, LARGE, vocabulary(LARGE), max, { exact: true }));

  it.each([
    ["GIVEN words within the bound THEN those only", "development region seminar", 5_000, { reach: ["region", "seminar"], rerank: [] }],
    ["GIVEN a word the index lacks THEN it is not searched", "seminar seminra", 1_000, { reach: ["seminar"], rerank: [] }],
    ["GIVEN only words past the bound THEN nothing", "development cooperation", 1_000, { reach: [], rerank: [] }],
    ["GIVEN a word exactly at the bound THEN it is searched", "seminar", 400, { reach: ["seminar"], rerank: [] }],
  ])("%s", (_name, query, max, expected) => {
    expect(rare(query, max)).toEqual(expected);
  });

  it("GIVEN not exact THEN completions within the bound", () => {
    expect(shape(planRareWords("seminar", LARGE, vocabulary(LARGE), 100))).toEqual({ reach: [], rerank: [] });
    expect(shape(planRareWords("seminar", LARGE, vocabulary(LARGE), 400))).toEqual({ reach: ["seminar", "seminars←seminar 0.386"], rerank: [] });
  });
});

describe("rerankFields", () => {
  it("reads every field, or those the reach did not", () => {
    expect(rerankFields({ reach: [], rerank: [] })).toEqual(["names", "theme", "headings", "title", "text"]);
    expect(rerankFields({ reach: [], rerank: [], fields: ["names", "theme"] })).toEqual(["headings", "title", "text"]);
  });
});

describe("queryWords", () => {
  it.each([
    ["Viet Nam training", ["viet", "nam", "training", "vietnam"]],
    ["viet nam training", ["viet", "nam", "training", "vietnam"]],
    ["Burma", ["burma", "myanmar"]],
    ["lao pdr", ["lao", "pdr", "laos"]],
    ["Vietnam", ["vietnam"]],
    // Not country names: an abbreviation typed in lower case, a word that names one only in the data.
    ["us seminar", ["us", "seminar"]],
    ["island states", ["island", "states"]],
    ["", []],
  ])("%j → %j", (query, expected) => {
    expect(queryWords(query)).toEqual(expected);
  });
});
