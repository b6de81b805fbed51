// Which words of a question a passage search looks for, and how. MiniSearch scores every passage that
// holds a query term (or a prefix or fuzzy neighbour of it), so a word found in most passages costs a
// walk over most of the index and changes the order very little: BM25 weighs it near zero. In a large
// knowledge such common words are left out whenever the question has a rarer one, neighbours that are
// common words are not scored, and a word the index holds exactly is not searched fuzzily (typo
// tolerance is for words the index does not know). In a small knowledge no word is common, so the
// plan changes only the fuzzy search of known words.
import type { SearchOptions } from "minisearch";
import { processTerm, searchTerms, SEARCH_OPTIONS } from "./options.js";

/** A word in more than this share of the passages is common… */
export const COMMON_SHARE = 0.05;
/** …when that is also at least this many passages (a small knowledge has no common words). */
export const COMMON_MIN_PASSAGES = 500;

/** How many passages hold each term (in any field): the document frequencies of the passage index,
 *  counted while it is built (build.ts) and cached with it. */
export interface TermStats {
  passages: number;
  df: ReadonlyMap<string, number>;
}

export interface QueryPlan {
  /** Query terms searched. */
  terms: ReadonlySet<string>;
  /** Terms searched with typo tolerance too (unknown to the index). */
  fuzzy: ReadonlySet<string>;
  /** Whether an index term is too common to score when reached by prefix or typo tolerance. */
  isCommon(term: string): boolean;
  /** Fields searched; all when absent. */
  fields?: Array<"names" | "theme">;
  /** The plan to run when this one finds nothing. */
  fallback?: QueryPlan;
}

/** The plan for a query; terms empty when the query has no word to look for. */
export function planQuery(query: string, stats: TermStats): QueryPlan {
  const threshold = Math.max(COMMON_MIN_PASSAGES, COMMON_SHARE * stats.passages);
  const isCommon = (term: string): boolean => (stats.df.get(term) ?? 0) > threshold;
  const all = [...new Set(searchTerms(query))];
  const rare = all.filter((term) => !isCommon(term));
  if (rare.length || !all.length) return { terms: new Set(rare), fuzzy: new Set(rare.filter((term) => !stats.df.has(term))), isCommon };
  // Only common words ("development cooperation"): the passages that name an edition, series or
  // country with them, or introduce a theme with them, are what such a question can mean, and few.
  // When there are none, the rarest word alone is searched everywhere (the one costly case).
  const rarest = all.reduce((best, term) => (stats.df.get(term)! < stats.df.get(best)! ? term : best));
  const fallback: QueryPlan = { terms: new Set([rarest]), fuzzy: new Set(), isCommon };
  return { terms: new Set(all), fuzzy: new Set(), isCommon, fields: ["names", "theme"], fallback };
}

/** The plan that searches only the query's words the index holds in at most `max` passages (none: no
 *  word to look for): a bounded search, for a caller that wants passages only when they are few. */
export function planRareWords(query: string, stats: TermStats, max: number): QueryPlan {
  const terms = [...new Set(searchTerms(query))].filter((term) => (stats.df.get(term) ?? max + 1) <= max);
  return { terms: new Set(terms), fuzzy: new Set(), isCommon: (term) => (stats.df.get(term) ?? 0) > max };
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
