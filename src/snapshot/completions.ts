// The autocomplete candidates of /course, /country and /theme, built with the snapshot (build.ts)
// before it is swapped in, so the first keystroke after a start or a reload is as fast as any other:
// a keystroke then only looks candidates up (src/answers/complete.ts). Each list is indexed by name,
// alias, word and ordinal, so a keystroke never scans a whole list.
import { allCountries, countryByCode } from "../knowledge/countries.js";
import { seriesNames, seriesShortName, unique } from "../knowledge/names.js";
import type { Catalogue } from "../knowledge/types.js";
import { foldText } from "../search/options.js";
import type { KnowledgeView } from "./view.js";

/** Discord: choice name and value at most 100 characters. */
export const MAX_CHOICE_LENGTH = 100;

/** An autocomplete choice (Discord: name and value at most 100 characters each). */
export interface Choice {
  name: string;
  value: string;
}

export interface Candidate {
  choice: Choice;
  /** Edition id, series id or country code. */
  key: string;
  /** The edition's ordinal (course choices). */
  ordinal?: number;
  /** Folded primary names (title, display name). */
  names: string[];
  /** Folded other names (aliases, series names, themes). */
  aliases: string[];
  /** Words of all names, for word-prefix matching. */
  words: string[];
  /** Catalogue-order tie-break and preference (e.g. present in the knowledge first). */
  order: number;
}

/** One candidate list with the lookups a keystroke needs, so that it never scans the whole list when
 *  the exact, alias and prefix tiers already fill the 25 choices (at 100,000 passages the course list
 *  has ~15,000 candidates). A candidate's position is its `order`: lists are built in that order. */
export interface CandidateIndex {
  candidates: Candidate[];
  byName: ReadonlyMap<string, number[]>;
  byAlias: ReadonlyMap<string, number[]>;
  byKey: ReadonlyMap<string, number[]>;
  /** Sorted (folded name, position) pairs, for prefix lookups by binary search. */
  names: Sorted;
  aliases: Sorted;
  words: Sorted;
  /** Each distinct word and how many candidates have it (how far a typo-tolerant term would reach). */
  wordCounts: ReadonlyMap<string, number>;
  /** Course ordinals as text ("23"), for "2" → the 2nd, 23rd, 201st… */
  ordinals: Sorted;
  /** Every candidate's names and aliases in one string, each candidate's text starting at `starts[i]`,
   *  so that the contains tier is a native indexOf over one string rather than a scan of arrays. */
  text: string;
  starts: Int32Array;
}

export interface Sorted {
  keys: string[];
  at: Int32Array;
}

export interface Completions {
  courses: CandidateIndex;
  countries: CandidateIndex;
  themes: CandidateIndex;
}

/** Separates candidates in `CandidateIndex.text`; folded partials cannot contain it. */
export const SEPARATOR = "\u0001";

function sorted(pairs: Array<[string, number]>): Sorted {
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { keys: pairs.map((pair) => pair[0]), at: Int32Array.from(pairs, (pair) => pair[1]) };
}

function indexCandidates(candidates: Candidate[]): CandidateIndex {
  const byName = new Map<string, number[]>();
  const byAlias = new Map<string, number[]>();
  const byKey = new Map<string, number[]>();
  const names: Array<[string, number]> = [];
  const aliases: Array<[string, number]> = [];
  const words: Array<[string, number]> = [];
  const ordinals: Array<[string, number]> = [];
  const wordCounts = new Map<string, number>();
  const starts = new Int32Array(candidates.length + 1);
  const texts: string[] = [];
  let length = 0;
  candidates.forEach((c, i) => {
    for (const name of c.names) {
      push(byName, name, i);
      names.push([name, i]);
    }
    for (const alias of c.aliases) {
      push(byAlias, alias, i);
      aliases.push([alias, i]);
    }
    for (const word of c.words) {
      words.push([word, i]);
      wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
    }
    if (c.ordinal !== undefined) ordinals.push([String(c.ordinal), i]);
    push(byKey, c.key, i);
    const text = [...c.names, ...c.aliases].join(SEPARATOR) + SEPARATOR;
    starts[i] = length;
    texts.push(text);
    length += text.length;
  });
  starts[candidates.length] = length;
  return { candidates, byName, byAlias, byKey, names: sorted(names), aliases: sorted(aliases), words: sorted(words), wordCounts, ordinals: sorted(ordinals), text: texts.join(""), starts };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Cut to `max` characters at a word boundary, with "…". */
export function fit(text: string, max = MAX_CHOICE_LENGTH): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  // Cut inside a word: drop the partial word, unless that would lose more than half the text.
  const space = /\s/.test(chars[max - 1] ?? "") ? cut.length : cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function candidate(key: string, name: string, value: string, primary: string[], others: string[], order: number): Candidate {
  const names = unique(primary.map(foldText));
  const aliases = unique(others.map(foldText));
  const words = unique([...names, ...aliases].flatMap((n) => n.split(/[^\p{L}\p{N}]+/u)));
  return { key, choice: { name: fit(name), value: fit(value) }, names, aliases, words, order };
}

export function buildCompletions(k: { catalogue: Catalogue; view: KnowledgeView }): Completions {
  const { view } = k;
  const newestFirst = [...view.editions].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || b.edition.ordinal - a.edition.ordinal);
  const courses = newestFirst.map((edition, order) => ({
    ...candidate(
      edition.edition.id,
      `${edition.title}${edition.year ? ` (${edition.year})` : ""}${edition.edition.theme ? ` · ${edition.edition.theme.value}` : ""}`,
      edition.title,
      [edition.title],
      [edition.edition.ordinalText, ...(edition.series ? seriesNames(edition.series) : []), edition.edition.theme?.value ?? ""],
      order,
    ),
    ordinal: edition.edition.ordinal,
  }));
  const seriesChoices = k.catalogue.series.map((series, i) => {
    const count = view.editionsBySeries.get(series.id)?.length ?? 0;
    return candidate(series.id, `${seriesShortName(series)} · all ${count} ${count === 1 ? "edition" : "editions"}`, seriesShortName(series), [seriesShortName(series)], seriesNames(series), courses.length + i);
  });

  const participants = new Map<string, string[]>();
  for (const mention of k.catalogue.countries) {
    if (mention.role !== "participant") continue;
    const title = mention.editionId ? view.editionById.get(mention.editionId)?.title : undefined;
    participants.set(mention.code, unique([...(participants.get(mention.code) ?? []), ...(title ? [title] : [])]));
  }
  const roles = new Map<string, string>();
  for (const mention of k.catalogue.countries) if (!roles.has(mention.code)) roles.set(mention.code, mention.role);
  const present = [...view.countryCodes]
    .sort((a, b) => Number(participants.has(b)) - Number(participants.has(a)))
    .flatMap((code) => countryByCode(code) ?? []);
  const presentCodes = new Set(present.map((country) => country.code));
  const countries = [...present, ...allCountries().filter((country) => !presentCodes.has(country.code))].map((country, order) => {
    const name = view.countryName(country.code);
    const editions = participants.get(country.code);
    const reason = editions ? `took part in ${editions.join(", ")}` : presentCodes.has(country.code) ? (roles.get(country.code) === "donor" ? "donor" : "mentioned") : "not in the knowledge";
    return candidate(country.code, `${name} (${reason})`, name, [name, country.name], [...country.aliases, country.code], order);
  });

  const themes = view.editions.flatMap((edition, order) => {
    const theme = edition.edition.theme?.value;
    return theme ? [candidate(edition.edition.id, `${theme} · ${edition.title}`, theme, [theme], [edition.title], order)] : [];
  });
  return { courses: indexCandidates([...courses, ...seriesChoices]), countries: indexCandidates(countries), themes: indexCandidates(themes) };
}
