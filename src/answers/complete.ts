// Autocomplete for /course, /country and /theme: at most 25 choices (Discord's limit), name and value
// at most 100 characters, best first: exact ordinal or name, then alias, then prefix, then fuzzy.
// The candidate lists are built with the snapshot (src/snapshot/completions.ts); a keystroke only looks
// them up, ranks and cuts.
import { countryByCode, resolveCountry, suggestCountries } from "../knowledge/countries.js";
import { SEPARATOR, type CandidateIndex, type Sorted } from "../snapshot/completions.js";
import type { Snapshot } from "../snapshot/snapshot.js";
import { foldText, searchTerms } from "../search/options.js";
import { exactCourses } from "./course-match.js";
import { cleanQuery } from "./query.js";
import type { Choice } from "./types.js";

/** Discord: at most 25 choices. */
export const MAX_CHOICES = 25;

/** How well a candidate matches, best first. */
const enum Rank {
  Exact = 0,
  Alias = 1,
  Prefix = 2,
  WordPrefix = 3,
  Contains = 4,
  Fuzzy = 5,
}

/** Positions whose key starts with the prefix (binary search for the first, then the run). */
function withPrefix(list: Sorted, prefix: string, each: (at: number) => void): void {
  let lo = 0;
  let hi = list.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list.keys[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.keys.length && list.keys[i]!.startsWith(prefix); i++) each(list.at[i]!);
}

/** Ranks found so far, by candidate position; only the touched positions are read back. */
class Ranking {
  private readonly ranks: Uint8Array;
  readonly touched: number[] = [];
  constructor(size: number) {
    this.ranks = new Uint8Array(size).fill(NONE);
  }
  add(at: number, rank: Rank): void {
    const current = this.ranks[at]!;
    if (current === NONE) this.touched.push(at);
    if (rank < current) this.ranks[at] = rank;
  }
  /** How many candidates rank better than `rank`. */
  better(rank: Rank): number {
    return this.touched.reduce((n, at) => n + Number(this.ranks[at]! < rank), 0);
  }
  best(): number[] {
    return this.touched.sort((a, b) => this.ranks[a]! - this.ranks[b]! || a - b).slice(0, MAX_CHOICES);
  }
}

const NONE = 255;

/** Boosts a completer adds to the name tiers: positions with the rank they earn, and the typo-tolerant
 *  matches (Rank.Fuzzy), looked for only when the better tiers leave room among the 25. */
interface Extra {
  ranked?: Array<{ at: Iterable<number>; rank: Rank }>;
  fuzzy?: () => Iterable<number>;
}

/** Candidates that match, best rank first, then in their own order; the first 25 with no partial. */
function best(index: CandidateIndex, partial: string, extra: Extra): Choice[] {
  const { candidates } = index;
  if (!partial) return candidates.slice(0, MAX_CHOICES).map((c) => c.choice);
  const ranking = new Ranking(candidates.length);
  for (const at of index.byName.get(partial) ?? []) ranking.add(at, Rank.Exact);
  for (const at of index.byAlias.get(partial) ?? []) ranking.add(at, Rank.Alias);
  withPrefix(index.names, partial, (at) => ranking.add(at, Rank.Prefix));
  withPrefix(index.aliases, partial, (at) => ranking.add(at, Rank.WordPrefix));
  withPrefix(index.words, partial, (at) => ranking.add(at, Rank.WordPrefix));
  for (const { at, rank } of extra.ranked ?? []) for (const i of at) ranking.add(i, rank);
  // Lower tiers only matter while the better ones have fewer than 25 candidates.
  if (ranking.better(Rank.Contains) < MAX_CHOICES && !partial.includes(SEPARATOR)) {
    for (let from = index.text.indexOf(partial); from >= 0; ) {
      const at = candidateAt(index.starts, from);
      ranking.add(at, Rank.Contains);
      from = index.text.indexOf(partial, index.starts[at + 1]!);
    }
  }
  if (extra.fuzzy && ranking.better(Rank.Fuzzy) < MAX_CHOICES) for (const at of extra.fuzzy()) ranking.add(at, Rank.Fuzzy);
  return ranking.best().map((at) => candidates[at]!.choice);
}

/** The candidate whose text holds this offset of `CandidateIndex.text`. */
function candidateAt(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Positions of the candidates with these keys. */
function positions(index: CandidateIndex, keys: Iterable<string>): number[] {
  return [...keys].flatMap((key) => index.byKey.get(key) ?? []);
}

/** Course choices: "2" → the 23rd first (ordinal prefix), "gg" → the GG Seminar's editions. */
export function completeCourse(k: Snapshot, partial: string): Choice[] {
  const query = cleanQuery(partial);
  const index = k.completions.courses;
  const exact = (exactCourses(k, query) ?? []).flatMap((match) => (match.tier === "ordinal+series" || match.tier === "ordinal" ? [match.view.edition.id] : []));
  const digits: number[] = [];
  if (/^\d+$/.test(query)) withPrefix(index.ordinals, query, (at) => digits.push(at));
  return best(index, foldText(query), {
    ranked: [
      { at: positions(index, exact), rank: Rank.Exact },
      { at: digits, rank: Rank.Prefix },
    ],
    fuzzy: () => positions(index, entityHits(k, narrowTerms(index, query), ["edition", "series"])),
  });
}

/** Country choices, the ones the knowledge names first: "viet" → Viet Nam, "lao" → Laos. */
export function completeCountry(k: Snapshot, partial: string): Choice[] {
  const query = cleanQuery(partial);
  const index = k.completions.countries;
  const exact = (resolveCountry(query) ?? (/^[a-z]{3}$/i.test(query) ? countryByCode(query) : undefined))?.code;
  return best(index, foldText(query), {
    ranked: [{ at: positions(index, exact ? [exact] : []), rank: Rank.Exact }],
    fuzzy: () => positions(index, suggestCountries(query, MAX_CHOICES).map((country) => country.code)),
  });
}

/** Theme choices: every word typed starts a word of the theme, else typo-tolerant theme search. */
export function completeTheme(k: Snapshot, partial: string): Choice[] {
  const query = cleanQuery(partial);
  const index = k.completions.themes;
  return best(index, foldText(query), {
    ranked: [{ at: everyTermStartsAWord(index, searchTerms(query)), rank: Rank.WordPrefix }],
    fuzzy: () => positions(index, entityHits(k, narrowTerms(index, query), ["edition"], ["theme"])),
  });
}

/** Positions of the candidates where every term starts one of their words. */
function everyTermStartsAWord(index: CandidateIndex, terms: string[]): number[] {
  if (!terms.length) return [];
  const counts = new Uint16Array(index.candidates.length);
  const matched: number[] = [];
  terms.forEach((term, t) => {
    withPrefix(index.words, term, (at) => {
      // Still in only if every earlier term matched; counted once per term.
      if (counts[at] !== t) return;
      counts[at] = t + 1;
      if (t + 1 === terms.length) matched.push(at);
    });
  });
  return matched;
}

/** A word typed (or a typo of one) found in more candidates than this says little about which one is
 *  meant, and makes the typo-tolerant search score thousands of them ("international", "training"):
 *  ~35 ms per keystroke at 100,000 passages. */
const MAX_FUZZY_REACH = 1000;

/** The query for the typo-tolerant tier: its words that reach at most MAX_FUZZY_REACH candidates
 *  (see termReach), else its one narrowest word. */
function narrowTerms(index: CandidateIndex, query: string): string {
  const terms = searchTerms(query);
  if (!terms.length) return query;
  const reach = terms.map((term) => ({ term, reach: termReach(index, term) }));
  const narrow = reach.filter((r) => r.reach <= MAX_FUZZY_REACH);
  const kept = narrow.length ? narrow : [reach.reduce((a, b) => (b.reach < a.reach ? b : a))];
  return kept.length === terms.length ? query : kept.map((r) => r.term).join(" ");
}

/** About how many candidates a term reaches the way the entity search would match it: exactly or as
 *  a prefix (3+ characters), and, for a word of 4+ letters (which the search also matches with typos:
 *  "intesnational"), as many as its first three letters start (or the first and the third and
 *  fourth, for "diialogue"). The estimate only decides which words
 *  to leave out, so it trades precision for a few binary searches. */
function termReach(index: CandidateIndex, term: string): number {
  const prefixCount = (prefix: string): number => {
    let count = 0;
    withPrefix(index.words, prefix, () => count++);
    return count;
  };
  const reach = term.length >= 3 ? prefixCount(term) : (index.wordCounts.get(term) ?? 0);
  if (term.length < 4 || /\d/.test(term)) return reach;
  // Its first three letters, and them without the second one (a doubled letter: "diialogue").
  return Math.max(reach, prefixCount(term.slice(0, 3)), prefixCount(term[0]! + term.slice(2, 4)));
}

/** Ids of the entities the index finds for the partial (typo-tolerant). */
function entityHits(k: Snapshot, query: string, kinds: Array<"edition" | "series">, fields?: Array<"names" | "theme">): Set<string> {
  if (!searchTerms(query).length) return new Set();
  const hits = k.index.searchEntities?.(query, { kinds, ...(fields ? { fields } : {}), limit: MAX_CHOICES }) ?? [];
  return new Set(hits.map((hit) => hit.id));
}
