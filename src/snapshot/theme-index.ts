// The editions' themes as a small inverted index of their own, for /theme. A theme search scores every
// edition holding a query word; in a large knowledge "development" is in thousands of themes, and
// scoring them through MiniSearch (a map entry, a result object and a callback per posting, then a
// sort of every hit) cost tens of milliseconds. Here a posting is an integer, scores accumulate in a
// typed array, and only the best `limit` are kept and sorted. Scoring follows the MiniSearch options
// of the project (BM25, prefix and typo weights, matched-words multiplier), so results read the same.
import { MAX_QUERY_LENGTH, searchTerms, SEARCH_OPTIONS, wordForm } from "../search/options.js";
import SearchableMap from "minisearch/SearchableMap";

export interface ThemeHit {
  /** Position of the edition in the list the index was built from. */
  at: number;
  score: number;
  /** Theme words that matched (as the index holds them, every form the themes write them in:
   *  "drugs" and "drug"), to mark in quotes. */
  terms: string[];
}

export interface ThemeIndex {
  /** The editions whose theme holds the query's words (or prefixes and near-misses of them), best first. */
  search(query: string, limit: number): ThemeHit[];
  /** What it searches, as data (the snapshot cache stores it; themeIndexFrom makes the index again). */
  readonly data: ThemeIndexData;
}

/** The index as data: everything the search reads except the word tree it builds from `postings`. */
export interface ThemeIndexData {
  /** Word (folded form) → the editions holding it. */
  postings: Map<string, Posting>;
  /** Words in each edition's theme (0 without one). */
  lengths: Float64Array;
  /** Folded form → the terms the themes write it as ("offender" → offenders), to mark in quotes. */
  written: Map<string, Set<string>>;
  /** Editions with a theme, and their average theme length. */
  count: number;
  average: number;
}

/** BM25 parameters (MiniSearch's defaults). */
const K1 = 1.2;
const B = 0.7;
const D = 0.5;

export interface Posting {
  /** Edition positions, ascending. */
  at: Int32Array;
  /** How often the word occurs in each of those themes. */
  freq: Uint16Array;
}

/** `themes[i]`: the theme of the i-th edition, or undefined when it has none. */
export function buildThemeIndex(themes: ReadonlyArray<string | undefined>): ThemeIndex {
  return themeIndexFrom(themeIndexData(themes));
}

/** The index's data for `themes` (see buildThemeIndex). */
export function themeIndexData(themes: ReadonlyArray<string | undefined>): ThemeIndexData {
  const lengths = new Float64Array(themes.length);
  const lists = new Map<string, { at: number[]; freq: number[] }>();
  const written = new Map<string, Set<string>>();
  let total = 0;
  let count = 0;
  themes.forEach((theme, at) => {
    if (!theme) return;
    // Words are indexed by their folded form ("offenders" → "offender"), so either number matches.
    const words = searchTerms(theme);
    const terms = words.map(wordForm);
    words.forEach((word, i) => {
      const known = written.get(terms[i]!);
      if (known) known.add(word);
      else written.set(terms[i]!, new Set([word]));
    });
    lengths[at] = terms.length;
    total += terms.length;
    count += 1;
    const freq = new Map<string, number>();
    for (const term of terms) freq.set(term, (freq.get(term) ?? 0) + 1);
    for (const [term, n] of freq) {
      const list = lists.get(term) ?? { at: [], freq: [] };
      list.at.push(at);
      list.freq.push(n);
      lists.set(term, list);
    }
  });
  const postings = new Map<string, Posting>([...lists].map(([term, list]) => [term, { at: Int32Array.from(list.at), freq: Uint16Array.from(list.freq) }]));
  return { postings, lengths, written, count, average: count ? total / count : 0 };
}

/** The searchable index over `data`: its word tree and scratch space are made here. */
export function themeIndexFrom(data: ThemeIndexData): ThemeIndex {
  const { postings, lengths, written, count, average } = data;
  // A radix tree of the theme words, for their prefix and typo neighbours.
  const vocabulary = SearchableMap.from<Posting>(postings);
  // Scratch space of the search, one slot per edition, left all zero after every search (a search is
  // synchronous, so no two ever share it).
  const scores = new Float64Array(lengths.length);
  const matched = new Uint16Array(lengths.length);

  /** The index's words a query word reaches, with their weights: itself (1), longer words it starts
   *  (prefix weight) and, for a word no theme holds (a typo), words within its edit distance (typo
   *  weight), as MiniSearch weighs them. */
  function expand(word: string): Map<string, number> {
    const reached = new Map<string, number>();
    if (postings.has(word)) reached.set(word, 1);
    if (SEARCH_OPTIONS.prefix(word)) {
      for (const [term] of vocabulary.atPrefix(word)) {
        if (term !== word) reached.set(term, (SEARCH_OPTIONS.weights.prefix * term.length) / (term.length + 0.3 * (term.length - word.length)));
      }
    }
    const edits = reached.has(word) ? 0 : maxEdits(word);
    if (edits) {
      for (const [term, [, distance]] of vocabulary.fuzzyGet(word, edits)) {
        if (!reached.has(term)) reached.set(term, (SEARCH_OPTIONS.weights.fuzzy * term.length) / (term.length + distance));
      }
    }
    return reached;
  }

  const wordScores = new Float64Array(lengths.length);
  // The editions a search reached, and those one query word reached: "development" reaches thousands,
  // and growing plain arrays that long on every search was most of what a /theme query allocated.
  const touched = new Int32Array(lengths.length);
  const reachedByWord = new Int32Array(lengths.length);

  return {
    data,
    search(query, limit) {
      if (limit <= 0) return [];
      let touchedCount = 0;
      const reachedBy: Array<Map<string, number>> = [];
      for (const word of new Set(searchTerms(query.slice(0, MAX_QUERY_LENGTH)).map(wordForm))) {
        const reached = expand(word);
        reachedBy.push(reached);
        // A theme counts a query word once, at its best-weighted match.
        let wordCount = 0;
        for (const [term, weight] of reached) {
          const posting = postings.get(term)!;
          const n = posting.at.length;
          const idf = Math.log(1 + (count - n + 0.5) / (n + 0.5));
          for (let i = 0; i < n; i++) {
            const at = posting.at[i]!;
            const tf = posting.freq[i]!;
            const score = weight * idf * (D + (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[at]!) / average)));
            if (wordScores[at] === 0) reachedByWord[wordCount++] = at;
            if (score > wordScores[at]!) wordScores[at] = score;
          }
        }
        for (let i = 0; i < wordCount; i++) {
          const at = reachedByWord[i]!;
          if (!matched[at]) touched[touchedCount++] = at;
          scores[at] = scores[at]! + wordScores[at]!;
          matched[at] = matched[at]! + 1;
          wordScores[at] = 0;
        }
      }
      const top: Array<{ at: number; score: number }> = [];
      for (let t = 0; t < touchedCount; t++) {
        const at = touched[t]!;
        const score = scores[at]! * matched[at]!;
        scores[at] = 0;
        matched[at] = 0;
        if (top.length === limit && !better(score, at, top[limit - 1]!)) continue;
        const hit = { at, score };
        let i = Math.min(top.length, limit - 1);
        top[i] = hit;
        for (; i > 0 && better(hit.score, hit.at, top[i - 1]!); i--) [top[i], top[i - 1]] = [top[i - 1]!, hit];
      }
      // The words matched, worked out for the few hits kept only.
      return top.map(({ at, score }) => ({
        at,
        score,
        terms: [...new Set(reachedBy.flatMap((reached) => [...reached.keys()].filter((term) => holds(postings.get(term)!.at, at)).flatMap((term) => [...(written.get(term) ?? [])])))],
      }));
    },
  };
}

/** Edits a typo may have, as MiniSearch works it out from SEARCH_OPTIONS (0: none). */
function maxEdits(word: string): number {
  const fuzzy = SEARCH_OPTIONS.fuzzy(word);
  return fuzzy === false ? 0 : Math.min(SEARCH_OPTIONS.maxFuzzy, Math.round(word.length * fuzzy));
}

/** Higher score first; equal scores in catalogue order. */
function better(score: number, at: number, than: { at: number; score: number }): boolean {
  return score > than.score || (score === than.score && at < than.at);
}

/** Whether an ascending posting list holds `at`. */
function holds(list: Int32Array, at: number): boolean {
  let [low, high] = [0, list.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return list[low] === at;
}
