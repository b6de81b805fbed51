// Autocomplete for /course, /country and /theme: at most 25 choices (Discord's limit), name and value
// at most 100 characters, best first: exact ordinal or name, then alias, then prefix, then fuzzy.
// Choice lists are built once per Knowledge (WeakMap), then only filtered and sorted per keystroke.
import { allCountries, countryByCode, resolveCountry } from "../knowledge/countries.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import { seriesNames, seriesShortName, unique } from "../search/names.js";
import { foldText, searchTerms } from "../search/options.js";
import { exactCourses } from "./course-match.js";
import { cleanQuery } from "./query.js";
import type { Choice } from "./types.js";
import { closeCountries } from "./country-suggest.js";
import { viewOf } from "./view.js";

/** Discord: at most 25 choices. */
export const MAX_CHOICES = 25;
/** Discord: choice name and value at most 100 characters. */
export const MAX_CHOICE_LENGTH = 100;

/** How well a candidate matches, best first. */
const enum Rank {
  Exact = 0,
  Alias = 1,
  Prefix = 2,
  WordPrefix = 3,
  Contains = 4,
  Fuzzy = 5,
}

interface Candidate {
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

interface Completions {
  courses: Candidate[];
  countries: Candidate[];
  themes: Candidate[];
}

const cache = new WeakMap<Knowledge, Completions>();

function completions(k: Knowledge): Completions {
  let value = cache.get(k);
  if (!value) {
    value = buildCompletions(k);
    cache.set(k, value);
  }
  return value;
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

function buildCompletions(k: Knowledge): Completions {
  const view = viewOf(k);
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
  return { courses: [...courses, ...seriesChoices], countries, themes };
}

/** The rank of a candidate for a folded partial, or undefined when it does not match at all. */
function rank(c: Candidate, partial: string): Rank | undefined {
  if (c.names.includes(partial)) return Rank.Exact;
  if (c.aliases.includes(partial)) return Rank.Alias;
  if (c.names.some((name) => name.startsWith(partial))) return Rank.Prefix;
  if (c.aliases.some((alias) => alias.startsWith(partial)) || c.words.some((word) => word.startsWith(partial))) return Rank.WordPrefix;
  if ([...c.names, ...c.aliases].some((name) => name.includes(partial))) return Rank.Contains;
  return undefined;
}

/** Candidates that match, best rank first, then in their own order; the first 25 with no partial. */
function best(candidates: Candidate[], partial: string, extra: (c: Candidate) => Rank | undefined): Choice[] {
  if (!partial) return candidates.slice(0, MAX_CHOICES).map((c) => c.choice);
  const ranked: Array<{ c: Candidate; r: Rank }> = [];
  candidates.forEach((c) => {
    const own = rank(c, partial);
    const other = extra(c);
    const r = own === undefined ? other : other === undefined ? own : Math.min(own, other);
    if (r !== undefined) ranked.push({ c, r });
  });
  return ranked
    .sort((a, b) => a.r - b.r || a.c.order - b.c.order)
    .slice(0, MAX_CHOICES)
    .map(({ c }) => c.choice);
}

/** Course choices: "2" → the 23rd first (ordinal prefix), "gg" → the GG Seminar's editions. */
export function completeCourse(k: Knowledge, partial: string): Choice[] {
  const query = cleanQuery(partial);
  const exact = new Set((exactCourses(k, query) ?? []).flatMap((match) => (match.tier === "ordinal+series" || match.tier === "ordinal" ? [match.view.edition.id] : [])));
  const digits = /^\d+$/.test(query) ? query : undefined;
  const fuzzy = entityHits(k, query, ["edition", "series"]);
  return best(completions(k).courses, foldText(query), (c) => {
    if (exact.has(c.key)) return Rank.Exact;
    if (digits && c.ordinal !== undefined && String(c.ordinal).startsWith(digits)) return Rank.Prefix;
    return fuzzy.has(c.key) ? Rank.Fuzzy : undefined;
  });
}

/** Country choices, the ones the knowledge names first: "viet" → Viet Nam, "lao" → Laos. */
export function completeCountry(k: Knowledge, partial: string): Choice[] {
  const query = cleanQuery(partial);
  const exact = (resolveCountry(query) ?? (/^[a-z]{3}$/i.test(query) ? countryByCode(query) : undefined))?.code;
  const close = new Set(closeCountries(query, MAX_CHOICES).map((country) => country.code));
  return best(completions(k).countries, foldText(query), (c) => (c.key === exact ? Rank.Exact : close.has(c.key) ? Rank.Fuzzy : undefined));
}

/** Theme choices: every word typed starts a word of the theme, else typo-tolerant theme search. */
export function completeTheme(k: Knowledge, partial: string): Choice[] {
  const query = cleanQuery(partial);
  const terms = searchTerms(query);
  const fuzzy = entityHits(k, query, ["edition"], ["theme"]);
  return best(completions(k).themes, foldText(query), (c) => {
    if (terms.length && terms.every((term) => c.words.some((word) => word.startsWith(term)))) return Rank.WordPrefix;
    return fuzzy.has(c.key) ? Rank.Fuzzy : undefined;
  });
}

/** Ids of the entities the index finds for the partial (typo-tolerant). */
function entityHits(k: Knowledge, query: string, kinds: Array<"edition" | "series">, fields?: Array<"names" | "theme">): Set<string> {
  if (!searchTerms(query).length) return new Set();
  const hits = k.index.searchEntities?.(query, { kinds, ...(fields ? { fields } : {}), limit: MAX_CHOICES }) ?? [];
  return new Set(hits.map((hit) => hit.id));
}
