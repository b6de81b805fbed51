// Which words of a question a passage search looks for, and how. MiniSearch scores every passage that
// holds a query term (or a prefix or fuzzy neighbour of it), so a word found in most passages costs a
// walk over most of the index and changes the order very little: BM25 weighs it near zero. In a large
// knowledge such common words are left out whenever the question has a rarer one, neighbours that are
// common words are not scored, and a word the index holds exactly is not searched fuzzily (typo
// tolerance is for words the index does not know). In a small knowledge no word is common, so the
// plan changes only the fuzzy search of known words.
import type { SearchOptions } from "minisearch";
import { processTerm, searchTerms, SEARCH_OPTIONS, type IndexedEntry } from "./options.js";

/** A word in more than this share of the passages is common… */
export const COMMON_SHARE = 0.05;
/** …when that is also at least this many passages (a small knowledge has no common words). */
export const COMMON_MIN_PASSAGES = 500;

/** How many passages hold each term (in any field): the document frequencies of the passage index. */
export interface TermStats {
  passages: number;
  df: ReadonlyMap<string, number>;
}

export function termStats(entries: readonly IndexedEntry[]): TermStats {
  const stats = { passages: 0, df: new Map<string, number>() };
  countTerms(stats, entries);
  return stats;
}

/** Adds the passages among `entries` to `stats` (so a build can count in chunks). */
export function countTerms(stats: { passages: number; df: Map<string, number> }, entries: readonly IndexedEntry[]): void {
  for (const entry of entries) {
    if (entry.kind !== "passage") continue;
    stats.passages += 1;
    const terms = new Set([entry.names, entry.theme, entry.headings, entry.title, entry.text].flatMap(searchTerms));
    for (const term of terms) stats.df.set(term, (stats.df.get(term) ?? 0) + 1);
  }
}

export interface QueryPlan {
  /** Query terms searched. */
  terms: ReadonlySet<string>;
  /** Terms searched with typo tolerance too (unknown to the index). */
  fuzzy: ReadonlySet<string>;
  /** Whether an index term is too common to score when reached by prefix or typo tolerance. */
  isCommon(term: string): boolean;
}

/** The plan for a query; terms empty when the query has no word to look for. */
export function planQuery(query: string, stats: TermStats): QueryPlan {
  const threshold = Math.max(COMMON_MIN_PASSAGES, COMMON_SHARE * stats.passages);
  const isCommon = (term: string): boolean => (stats.df.get(term) ?? 0) > threshold;
  const all = [...new Set(searchTerms(query))];
  const rare = all.filter((term) => !isCommon(term));
  // Only common words: the rarest of them stands for the question (the others add nothing but cost).
  const rarest = all.reduce<string | undefined>((best, term) => (best === undefined || stats.df.get(term)! < stats.df.get(best)! ? term : best), undefined);
  const terms = new Set(rare.length ? rare : rarest === undefined ? [] : [rarest]);
  const fuzzy = new Set([...terms].filter((term) => !stats.df.has(term)));
  return { terms, fuzzy, isCommon };
}

/** MiniSearch search options that carry out the plan (the defaults of SEARCH_OPTIONS otherwise). */
export function plannedSearchOptions(plan: QueryPlan): SearchOptions {
  return {
    processTerm: (token) => {
      const kept = (processTerm(token) ?? []).filter((term) => plan.terms.has(term));
      return kept.length ? kept : null;
    },
    fuzzy: (term) => (plan.fuzzy.has(term) ? SEARCH_OPTIONS.fuzzy(term) : false),
    // Called for every posting of every term reached (the query's own or a neighbour): 0 skips it.
    boostDocument: (_id, term) => (plan.terms.has(term) || !plan.isCommon(term) ? 1 : 0),
  };
}
