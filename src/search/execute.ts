// Runs a QueryPlan (plan.ts) on the passage index: one MiniSearch search for the terms that reach,
// then the common words added to the passages it found, by looking each up in those passages'
// postings rather than walking the word's own. A reached passage scores as in MiniSearch's OR search
// — the sum of every matched term's weighted BM25, times the number of query words matched — except
// that a common word only re-ranks: it adds its BM25, with the rarity it has over whole passages (a
// word in 60% of them weighs little, even in a field that seldom holds it), and is not counted among
// the words matched, so a question's common words ("which programmes address … in the region") can
// reorder passages that hold its rarer words but never outweigh them.
// Stopping early: once `limit` passages are re-ranked, one that could not beat the lowest of them even
// if every common word matched it at its best is left as it is; it can no longer be shown. (When the
// passages reached are many, walking the common words' postings costs less than looking each up in
// each passage, and every passage is re-ranked.)
import type { SearchOptions } from "minisearch";
import { kindOfId, SEARCH_OPTIONS } from "./options.js";
import type { PassageIndex } from "./passage-index.js";
import { rerankFields, type QueryPlan, type TermStats } from "./plan.js";
import type { PassageHit } from "./types.js";

/** Planned terms are index terms already: searched as they are, never split or processed again. */
const AS_PLANNED: SearchOptions = { tokenize: (text) => text.split(" "), processTerm: (term) => term, prefix: false, fuzzy: false };

interface Scored {
  id: string;
  /** The sum of the weighted BM25 of every term matched. */
  sum: number;
  /** Query words matched (common words not counted), each once. */
  words: string[];
  /** Index terms matched (what an excerpt marks), each once. */
  terms: string[];
}

const scoreOf = (scored: Scored): number => scored.sum * scored.words.length;

/** The passages a plan finds, best first, at most `limit`; empty when it reaches none. */
export function executePlan(index: PassageIndex, stats: TermStats, plan: QueryPlan, limit: number): PassageHit[] {
  const found = reach(index, plan).sort((a, b) => scoreOf(b) - scoreOf(a));
  // One passage (or none) has no order to change.
  if (found.length > 1 && plan.rerank.length) rerank(index, stats, plan, found, limit);
  return found
    .map((scored) => ({ passageId: scored.id, score: scoreOf(scored), terms: scored.terms }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/** Only passages: the index holds the catalogue's entities too (for its statistics, build.ts). */
const passagesOnly = (result: { id: unknown }): boolean => kindOfId(String(result.id)) === "passage";

/** The passages holding a planned term, scored by MiniSearch. */
function reach(index: PassageIndex, plan: QueryPlan): Scored[] {
  const weights = new Map<string, number>();
  const wordsOf = new Map<string, string[]>();
  for (const { term, weight, word } of plan.reach) {
    weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    wordsOf.set(term, [...(wordsOf.get(term) ?? []), word]);
  }
  if (!weights.size) return [];
  const results = index.minisearch.search([...weights.keys()].join(" "), {
    ...AS_PLANNED,
    boostTerm: (term) => weights.get(term) ?? 0,
    filter: passagesOnly,
    ...(plan.fields ? { fields: plan.fields } : {}),
  });
  return results.map((result) => {
    // MiniSearch counted the planned terms it matched; the plan counts the query words they stand for.
    const words: string[] = [];
    for (const term of result.queryTerms) for (const word of wordsOf.get(term) ?? [term]) if (!words.includes(word)) words.push(word);
    return { id: String(result.id), sum: result.score / Math.max(1, result.queryTerms.length), words, terms: result.terms };
  });
}

/** A common word as re-ranking reads it: its rarity over passages and its postings per field read. */
interface RerankWord {
  word: string;
  idf: number;
  fields: Array<{ fieldId: number; boost: number; postings: ReadonlyMap<number, number> }>;
}

/** Adds the common words to `found` (best first): by looking each word up in each passage's postings,
 *  or, when the passages are so many that the words' own postings are fewer than those look-ups, by
 *  walking them (a posting read costs about what a look-up does). */
function rerank(index: PassageIndex, stats: TermStats, plan: QueryPlan, found: Scored[], limit: number): void {
  const words = rerankWords(index, stats, plan);
  if (!words.length) return;
  const lookups = found.length * words.reduce((sum, { fields }) => sum + fields.length, 0);
  const walked = words.reduce((sum, { fields }) => sum + fields.reduce((inner, { postings }) => inner + postings.size, 0), 0);
  if (walked < lookups) walk(index, words, found);
  else lookUp(index, words, found, limit);
}

function lookUp(index: PassageIndex, words: RerankWord[], found: Scored[], limit: number): void {
  // The most a passage's sum can gain: every word in its most boosted field, with BM25's
  // term-frequency part at its ceiling.
  const { k, d } = SEARCH_OPTIONS.bm25;
  const gain = words.reduce((sum, { idf, fields }) => sum + idf * (d + k + 1) * Math.max(...fields.map(({ boost }) => boost)), 0);
  const best: number[] = [];
  for (const scored of found) {
    if (best.length >= limit && (scored.sum + gain) * scored.words.length < best[limit - 1]!) continue;
    const shortId = index.shortId(scored.id);
    if (shortId === undefined) continue;
    for (const word of words) {
      for (const { fieldId, boost, postings } of word.fields) {
        const count = postings.get(shortId);
        if (count !== undefined) add(index, scored, word, boost, count, fieldId, shortId);
      }
    }
    keepBest(best, scoreOf(scored), limit);
  }
}

function walk(index: PassageIndex, words: RerankWord[], found: Scored[]): void {
  const byShortId = new Map<number, Scored>();
  for (const scored of found) {
    const shortId = index.shortId(scored.id);
    if (shortId !== undefined) byShortId.set(shortId, scored);
  }
  for (const word of words) {
    for (const { fieldId, boost, postings } of word.fields) {
      // forEach: no [key, value] pair per posting, as an entries iterator would make.
      postings.forEach((count, shortId) => {
        const scored = byShortId.get(shortId);
        if (scored) add(index, scored, word, boost, count, fieldId, shortId);
      });
    }
  }
}

function add(index: PassageIndex, scored: Scored, word: RerankWord, boost: number, count: number, fieldId: number, shortId: number): void {
  scored.sum += boost * word.idf * index.frequencyPart(count, fieldId, shortId);
  if (!scored.terms.includes(word.word)) scored.terms.push(word.word);
}

function rerankWords(index: PassageIndex, stats: TermStats, plan: QueryPlan): RerankWord[] {
  const fields = rerankFields(plan);
  return plan.rerank.flatMap((word) => {
    const postings = index.postings(word);
    if (!postings) return [];
    const read = fields.flatMap((field) => {
      const fieldId = index.fieldIds[field];
      const inField = postings.get(fieldId);
      return inField ? [{ fieldId, boost: SEARCH_OPTIONS.boost[field], postings: inField }] : [];
    });
    return read.length ? [{ word, idf: index.idf(stats.df.get(word) ?? 0), fields: read }] : [];
  });
}

/** Keeps `best` the `limit` highest scores, highest first. */
function keepBest(best: number[], score: number, limit: number): void {
  let at = best.length;
  while (at > 0 && best[at - 1]! < score) at--;
  if (at >= limit) return;
  best.splice(at, 0, score);
  if (best.length > limit) best.pop();
}
