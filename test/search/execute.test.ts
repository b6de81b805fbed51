import { describe, expect, it } from "vitest";
import { executePlan } from "../../src/search/execute.js";
import { SEARCH_OPTIONS } from "../../src/search/options.js";
import { planQuery, rerankFields, type QueryPlan } from "../../src/search/plan.js";
import type { PassageHit } from "../../src/search/types.js";
import { indexOf, passage } from "./fixtures.js";

const small = indexOf([
  passage("a", "The regional seminar on corruption was held in Bangkok.", { names: "GG Seminar" }),
  passage("b", "Seminars on criminal justice and corruption for prosecutors."),
  passage("c", "Training on corruption prevention.", { headings: "Regional Training" }),
  passage("d", "Criminal justice reform.", { names: "Justice Seminar" }),
]);

const hits = (found: PassageHit[]): Array<[string, number]> => found.map((hit) => [hit.passageId, hit.score]);
const closeTo = (expected: Array<[string, number]>) => expected.map(([id, score]) => [id, expect.closeTo(score, 10)]);

describe("executePlan · reach", () => {
  it.each(["corruption", "criminal justice", "regional seminar", "sem", "semi corrupt", "corruptoin", "prosecutor"])(
    "scores %j as MiniSearch's own search for every word does, when no word is common",
    (query) => {
      const plan = planQuery(query, small.stats, small);
      const theirs = small.minisearch.search(query).map((result): [string, number] => [String(result.id), result.score]);
      expect(hits(executePlan(small, small.stats, plan, 10))).toEqual(closeTo(theirs));
    },
  );

  it("gives nothing for a plan that reaches nothing", () => {
    expect(executePlan(small, small.stats, { reach: [], rerank: ["corruption"] }, 10)).toEqual([]);
  });

  it("reports the index terms matched", () => {
    expect(executePlan(small, small.stats, planQuery("semi", small.stats, small), 10).map((hit) => [hit.passageId, hit.terms])).toEqual([
      ["a", ["seminar"]],
      ["d", ["seminar"]],
      ["b", ["seminars"]],
    ]);
  });
});

describe("executePlan · re-ranking", () => {
  const rerank = (plan: QueryPlan, limit = 10): Array<[string, number]> => hits(executePlan(small, small.stats, plan, limit));

  it("adds a common word to the passages reached only, with its rarity over passages, not counted as a word matched", () => {
    const reached = rerank({ reach: [{ term: "criminal", weight: 1, word: "criminal" }], rerank: [] });
    expect(reached.map(([id]) => id).sort()).toEqual(["b", "d"]);
    const plan: QueryPlan = { reach: [{ term: "criminal", weight: 1, word: "criminal" }], rerank: ["corruption"] };
    // "corruption" is in a, b and c: only b was reached; its text holds it once.
    const idf = small.idf(3);
    const shortId = small.shortId("b")!;
    const gain = SEARCH_OPTIONS.boost.text * idf * small.frequencyPart(1, small.fieldIds.text, shortId);
    const before = new Map(reached);
    expect(rerank(plan)).toEqual(closeTo([["b", before.get("b")! + gain], ["d", before.get("d")!]]));
    expect(executePlan(small, small.stats, plan, 10)[0]!.terms).toEqual(["criminal", "corruption"]);
  });

  it("reads only the fields the reach did not, after a reach through names and themes", () => {
    const plan: QueryPlan = { reach: [{ term: "seminar", weight: 1, word: "seminar" }], rerank: ["seminar"], fields: ["names", "theme"] };
    expect(rerankFields(plan)).toEqual(["headings", "title", "text"]);
    const [a, d] = executePlan(small, small.stats, plan, 10);
    expect([a!.passageId, d!.passageId]).toEqual(["a", "d"]);
    // Its names found it; its text adds to it as a common word.
    const names = small.minisearch.search("seminar", { fields: ["names"], prefix: false, fuzzy: false })[0]!.score;
    const shortId = small.shortId("a")!;
    const text = small.idf(small.stats.df.get("seminar")!) * small.frequencyPart(1, small.fieldIds.text, shortId);
    expect(a!.score).toBeCloseTo(names + text, 10);
  });
});

/** Deterministic pseudo-random passages over a small Zipf-like vocabulary, so that some words are
 *  in most passages, and questions mixing rare and common words. */
function corpus(passages: number, seed: number): ReturnType<typeof indexOf> {
  let state = seed;
  const next = (): number => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  const words = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}x`);
  const word = (): string => words[Math.floor(words.length * next() ** 3)]!;
  const text = (length: number): string => Array.from({ length }, word).join(" ");
  return indexOf(Array.from({ length: passages }, (_, i) => passage(`p${i}`, text(5 + Math.floor(next() * 40)), { names: next() < 0.3 ? text(2) : "", headings: text(3) })));
}

describe("executePlan · stopping early", () => {
  // The reference: every passage reached, every common word added to each of them, then the best.
  function reference(index: ReturnType<typeof indexOf>, plan: QueryPlan, limit: number): Array<[string, number]> {
    const reached = executePlan(index, index.stats, { ...plan, rerank: [] }, Number.MAX_SAFE_INTEGER);
    const scored = reached.map((hit): [string, number] => {
      const shortId = index.shortId(hit.passageId)!;
      let gain = 0;
      for (const word of plan.rerank) {
        const postings = index.postings(word);
        if (!postings) continue;
        const idf = index.idf(index.stats.df.get(word)!);
        for (const field of rerankFields(plan)) {
          const fieldId = index.fieldIds[field];
          const count = postings.get(fieldId)?.get(shortId);
          if (count !== undefined) gain += SEARCH_OPTIONS.boost[field] * idf * index.frequencyPart(count, fieldId, shortId);
        }
      }
      // The reach's score is the sum times the words matched (here each word is its own term).
      const matched = plan.reach.filter(({ term }) => hit.terms.includes(term)).length;
      return [hit.passageId, (hit.score / matched + gain) * matched];
    });
    return scored.sort((a, b) => b[1] - a[1]).slice(0, limit);
  }

  it.each([
    [400, 1],
    [1_500, 7],
  ])("gives the best as re-ranking every passage reached would (%i passages, seed %i)", (passages, seed) => {
    const index = corpus(passages, seed);
    const common = [...index.stats.df].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([term]) => term);
    const rare = [...index.stats.df].filter(([, df]) => df > 3 && df < passages / 20).map(([term]) => term);
    for (let i = 0; i < 40; i++) {
      const plan: QueryPlan = {
        reach: rare.slice(i, i + 1 + (i % 3)).map((term) => ({ term, weight: 1, word: term })),
        rerank: common.slice(i % 5, (i % 5) + 1 + (i % 4)),
      };
      for (const limit of [1, 5, 20]) expect(hits(executePlan(index, index.stats, plan, limit))).toEqual(closeTo(reference(index, plan, limit)));
    }
  });
});
