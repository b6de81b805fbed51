// Which index terms a passage search looks for, and how. MiniSearch scores every passage that holds a
// query term (or a completion or typo neighbour of it), and building a result costs about a
// microsecond per passage reached: a word found in a large share of the passages costs a walk over
// that share of the index while BM25 weighs it little. So a plan splits the question's words in two:
// - rarer words *reach*: the passages that hold them (or their completions, or for a word the index
//   does not know, its typo neighbours) are found and scored by MiniSearch;
// - common words only *re-rank*: they are added to the passages the rarer words reached (execute.ts)
//   and reach nothing else.
// Completions and typo neighbours that are common words are not searched at all, and there are at
// most MAX_EXPANSIONS of each per word; a word the index holds exactly is not searched fuzzily (typo
// tolerance is for words the index does not know). When every word is common, the rarest reaches and
// the others re-rank; when even the rarest is in more than REACH_SHARE of the passages, the passages
// that name an edition, series or country with the words, or introduce a theme with them, reach
// (few), and the rarest word only if there are none. In a small knowledge no word is common.
import { findCountryNames } from "../knowledge/countries.js";
import { countryName } from "../knowledge/names.js";
import { MINISEARCH_OPTIONS, searchTerms, SEARCH_OPTIONS, type IndexedField } from "./options.js";

/** A word in more than this share of the passages is common… */
export const COMMON_SHARE = 0.01;
/** …when that is also more than this many passages (a small knowledge has no common words). */
export const COMMON_MIN_PASSAGES = 500;
/** When every word of a question is common, the rarest reaches alone if it is in at most this share
 *  of the passages. */
export const REACH_SHARE = 0.05;
/** Completions, and typo neighbours, searched at most per query word: the closest, which MiniSearch
 *  weighs most. */
export const MAX_EXPANSIONS = 20;
/** Completions read at most to choose them (a prefix of three letters can start thousands of terms). */
const COMPLETIONS_READ = 2_000;

/** How many passages hold each term (in any field): the document frequencies of the passage index,
 *  counted while it is built (postings.ts) and kept with its postings (packed.ts). */
export interface TermStats {
  passages: number;
  df: TermCounts;
}

/** A term's count, undefined for a term no passage holds (a Map, or the passage index's own counts). */
export interface TermCounts {
  get(term: string): number | undefined;
  has(term: string): boolean;
}

/** What a plan reads of the index's terms (passage-index.ts). */
export interface Vocabulary {
  /** Index terms that start with `word` and are longer. */
  completions(word: string): Iterable<string>;
  /** Index terms within `maxDistance` edits of `word`, itself excluded, with their distance. */
  neighbours(word: string, maxDistance: number): Iterable<[string, number]>;
}

/** An index term searched for a query word: the word itself (weight 1), a completion or a neighbour. */
export interface PlannedTerm {
  term: string;
  weight: number;
  /** The query word it stands for (MiniSearch multiplies a passage's score by the words it matched). */
  word: string;
}

export interface QueryPlan {
  /** Index terms whose passages are found and scored. */
  reach: PlannedTerm[];
  /** Common query words, scored only on the passages the reach found. */
  rerank: string[];
  /** Fields the reach searches, all when absent; the re-ranking then reads the other fields. */
  fields?: IndexedField[];
  /** The plan to run when this one finds nothing. */
  fallback?: QueryPlan;
}

/** The fields an all-common question reaches through: names and themes. */
const NAMED: IndexedField[] = ["names", "theme"];

/** The plan for a query; nothing to reach when the query has no word to look for. `exact`: the
 *  query's words themselves only (no completions, no typo tolerance). */
export function planQuery(query: string, stats: TermStats, vocabulary: Vocabulary, options: { exact?: boolean } = {}): QueryPlan {
  const threshold = Math.max(COMMON_MIN_PASSAGES, COMMON_SHARE * stats.passages);
  const isCommon = (term: string): boolean => (stats.df.get(term) ?? 0) > threshold;
  const words = queryWords(query);
  const rare = words.filter((word) => !isCommon(word));
  const common = words.filter(isCommon);
  if (rare.length || !words.length) {
    const expand = options.exact ? undefined : { vocabulary, isCommon };
    return { reach: rare.flatMap((word) => reachTerms(word, stats, expand)), rerank: common };
  }
  // Every word is common: the rarest reaches, unless it too is in a large share of the passages; then
  // the passages that hold the words in a name or a theme do, and the rarest only if there are none.
  const rarest = common.reduce((best, word) => (stats.df.get(word)! < stats.df.get(best)! ? word : best));
  const byRarest: QueryPlan = { reach: [own(rarest)], rerank: common.filter((word) => word !== rarest) };
  if (stats.df.get(rarest)! <= REACH_SHARE * stats.passages) return byRarest;
  return { reach: common.map(own), rerank: common, fields: NAMED, fallback: byRarest };
}

/** The plan that searches only the query's words the index holds in at most `max` passages (and
 *  their completions within that bound): a search whose cost is bounded, for a caller that wants
 *  passages only when they are few. Nothing re-ranks, and nothing is searched fuzzily. */
export function planRareWords(query: string, stats: TermStats, vocabulary: Vocabulary, max: number, options: { exact?: boolean } = {}): QueryPlan {
  const isCommon = (term: string): boolean => (stats.df.get(term) ?? 0) > max;
  const words = [...new Set(searchTerms(query))].filter((word) => stats.df.has(word) && !isCommon(word));
  const expand = options.exact ? undefined : { vocabulary, isCommon };
  return { reach: words.flatMap((word) => reachTerms(word, stats, expand)), rerank: [] };
}

/** The fields a plan's re-ranking reads: those its reach did not. */
export function rerankFields(plan: QueryPlan): IndexedField[] {
  const reached = plan.fields;
  return reached ? MINISEARCH_OPTIONS.fields.filter((field) => !reached.includes(field)) : [...MINISEARCH_OPTIONS.fields];
}

const own = (word: string): PlannedTerm => ({ term: word, weight: 1, word });

interface Expansion {
  vocabulary: Vocabulary;
  isCommon(term: string): boolean;
}

/** The word itself when the index holds it; unless exact, its completions (words of 3+ characters)
 *  and, for a word the index does not hold, its typo neighbours (words of 4+ letters), weighed as
 *  MiniSearch weighs prefix and fuzzy matches: common ones left out, the closest MAX_EXPANSIONS of
 *  each kept. */
function reachTerms(word: string, stats: TermStats, expand: Expansion | undefined): PlannedTerm[] {
  const known = stats.df.has(word);
  const terms = known ? [own(word)] : [];
  if (!expand) return terms;
  const { vocabulary, isCommon } = expand;
  const frequency = (term: string): number => stats.df.get(term) ?? 0;
  const completions = new Set<string>();
  if (SEARCH_OPTIONS.prefix(word)) {
    const read: string[] = [];
    for (const term of vocabulary.completions(word)) {
      if (read.length >= COMPLETIONS_READ) break;
      if (!isCommon(term)) read.push(term);
    }
    read.sort((a, b) => a.length - b.length || frequency(b) - frequency(a) || (a < b ? -1 : 1));
    for (const term of read.slice(0, MAX_EXPANSIONS)) {
      completions.add(term);
      // MiniSearch's prefix weight: it fades as the completion grows longer than the word.
      terms.push({ term, weight: (SEARCH_OPTIONS.weights.prefix * term.length) / (term.length + 0.3 * (term.length - word.length)), word });
    }
  }
  const fuzzy = SEARCH_OPTIONS.fuzzy(word);
  const maxDistance = known || fuzzy === false ? 0 : Math.min(SEARCH_OPTIONS.maxFuzzy, Math.round(word.length * fuzzy));
  if (maxDistance) {
    // A neighbour that is also a completion counts as a completion, as in MiniSearch.
    const neighbours = [...vocabulary.neighbours(word, maxDistance)].filter(([term]) => !completions.has(term) && !isCommon(term));
    neighbours.sort(([a, da], [b, db]) => da - db || frequency(b) - frequency(a) || (a < b ? -1 : 1));
    for (const [term, distance] of neighbours.slice(0, MAX_EXPANSIONS)) {
      terms.push({ term, weight: (SEARCH_OPTIONS.weights.fuzzy * term.length) / (term.length + distance), word });
    }
  }
  return terms;
}

/**
 * The words a question looks for: its search terms, then the terms of the display name of every
 * country it names in any spelling the country data knows ("Viet Nam", "Burma", "Lao PDR"), since
 * passages carry a country's display name, not its aliases (build.ts). Words typed in lower case are
 * read as capitalised, so "viet nam" names Viet Nam, while abbreviations still need their capitals.
 */
export function queryWords(query: string): string[] {
  const words = searchTerms(query);
  const capitalised = query.replace(/(?<![\p{L}\p{N}'’])\p{Ll}/gu, (letter) => letter.toUpperCase());
  const named = new Set(findCountryNames(capitalised).map((match) => match.code));
  return [...new Set([...words, ...[...named].flatMap((code) => searchTerms(countryName(code)))])];
}
