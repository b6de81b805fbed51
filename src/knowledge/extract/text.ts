// Small text helpers shared by the extractors: quoted spans, name keys, slugs and display names.

export interface Span {
  start: number;
  end: number;
}

export interface QuotedSpan extends Span {
  /** The text between the quotes, trimmed, without trailing punctuation placed inside the quotes. */
  inner: string;
}

// Curly double, curly single, straight double; a straight single quote only where it cannot be an
// apostrophe (after a non-letter, before a letter, closing before a non-letter).
const QUOTED = /“([^“”]{1,400})”|‘([^‘’]{1,400})’(?!\p{L})|"([^"]{1,400})"|(?<![\p{L}\p{N}])'(\p{Lu}[^']{0,398})'(?![\p{L}\p{N}])/gu;

/**
 * Every match of a global `pattern` in `text`, as `text.matchAll(pattern)` gives them, but found with
 * the pattern itself: matchAll first copies the pattern, which for the long patterns of the extractors
 * costs several times the search. All matches are collected before any is returned, so the caller may
 * use the same pattern again while it goes through them; `pattern.lastIndex` is left at 0.
 */
export function allMatches(global: RegExp, text: string): RegExpExecArray[] {
  // matchAll requires a global pattern; a plain one is copied once rather than searched forever.
  const pattern = global.global ? global : new RegExp(global, `${global.flags}g`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match moves on by one character, as matchAll does.
    if (match[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  return matches;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** Every quoted span in a text, in order. */
export function findQuoted(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  for (const match of allMatches(QUOTED, text)) {
    const raw = match[1] ?? match[2] ?? match[3] ?? match[4] ?? "";
    const inner = raw.trim().replace(/[.,;:]+$/, "").trim();
    if (inner) spans.push({ start: match.index, end: match.index + match[0].length, inner });
  }
  return spans;
}

/** The text with every quoted span blanked out (same length), so that a theme's words are not read as facts. */
export function maskQuoted(text: string, spans: readonly Span[] = findQuoted(text)): string {
  let out = text;
  for (const span of spans) out = out.slice(0, span.start) + " ".repeat(span.end - span.start) + out.slice(span.end);
  return out;
}

const SPELLING: ReadonlyMap<string, string> = new Map([
  ["program", "programme"], ["programs", "programme"], ["programmes", "programme"], ["courses", "course"],
  ["seminars", "seminar"], ["workshops", "workshop"], ["trainings", "training"], ["symposiums", "symposium"],
  ["symposia", "symposium"], ["conferences", "conference"], ["forums", "forum"], ["fora", "forum"],
  ["dialogues", "dialogue"], ["meetings", "meeting"], ["sessions", "session"], ["organization", "organisation"],
]);

/** The words of a name, folded for comparison: case, diacritics, quotes, hyphens, "program(me)", plurals. */
export function nameWords(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘ʼ]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .map((word) => SPELLING.get(word) ?? word);
}

/** A comparison key for a series name: "the UNCAC Training Programs" and "UNCAC training programme" agree. */
export function nameKey(name: string): string {
  // The same few series names are keyed again and again (every record of every document, when the
  // catalogue is merged): the keys of the texts seen last are kept; a full cache starts afresh.
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    const words = nameWords(name);
    if (words[0] === "the") words.shift();
    key = words.join(" ");
    if (NAME_KEYS.size >= 8192) NAME_KEYS.clear();
    NAME_KEYS.set(name, key);
  }
  return key;
}
const NAME_KEYS = new Map<string, string>();

/** URL-safe slug: "GG Seminar" → "gg-seminar". */
export function slugify(name: string): string {
  return nameKey(name).replace(/'/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "series";
}

const MINOR_WORDS = new Set(["a", "an", "and", "the", "of", "on", "for", "in", "to", "at", "by", "with", "against", "from", "or"]);

/** "international training course" → "International Training Course"; acronyms and capitals are kept. */
export function titleCase(phrase: string): string {
  return phrase
    .split(/(\s+)/)
    .map((word, i) => (i > 0 && MINOR_WORDS.has(word.toLowerCase()) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join("");
}

/** True when a phrase is written as a proper name: every word but minor ones starts with a capital. */
export function isTitleCased(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word, i) => (i > 0 && MINOR_WORDS.has(word)) || /^[\p{Lu}\p{N}]/u.test(word));
}

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["february", 2], ["march", 3], ["april", 4], ["may", 5], ["june", 6], ["july", 7],
  ["august", 8], ["september", 9], ["october", 10], ["november", 11], ["december", 12],
  ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7], ["aug", 8], ["sep", 9],
  ["sept", 9], ["oct", 10], ["nov", 11], ["dec", 12],
]);

/** Month name as written (capitalised, full or abbreviated) → 1–12. */
export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.replace(/\.$/, "").toLowerCase());
}

// Someone giving a talk: "lectured", "spoke", "gave a keynote lecture". Read where the talk's day or title
// must not be taken for the edition's (other-events.ts, themes.ts).
export const GIVES_A_TALK = "(?:lectured|spoke|presented|gave\\s+(?:a\\s+|an\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:lectures?|talks?|speech|presentations?|address))";

/** Regular-expression source for a month name as written: capitalised, full or three-letter. */
export const MONTH_SOURCE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?(?![\\p{L}]))";

// Japanese era years as the Ministry of Justice writes them in English: "from 12 October to 17
// November of Heisei 28 (2016)", "in the autumn of Reiwa 3". Reiwa 1 is 2019, Heisei 1 1989, Showa 1 1926.
const ERA_YEAR = /(?:\bof\s+)?\b(Reiwa|Heisei|Showa)\s+(\d{1,2})\b(?:\s*\(((?:19|20)\d{2})\))?/gu;
const ERA_BASE: Readonly<Record<string, number>> = { Reiwa: 2018, Heisei: 1988, Showa: 1925 };

/**
 * `text` with every era year written as its Gregorian year, right-aligned in the same number of
 * characters ("of Reiwa 3" → "      2021"), so offsets still point into the text as written and a date
 * read across it ends where the era year does.
 */
export function withEraYears(text: string): string {
  if (!/Reiwa|Heisei|Showa/u.test(text)) return text;
  return text.replace(ERA_YEAR, (whole: string, era: string, number: string, bracketed: string | undefined) => {
    const year = bracketed ?? String(ERA_BASE[era]! + Number(number));
    return whole.length < year.length ? whole : `${" ".repeat(whole.length - year.length)}${year}`;
  });
}

/**
 * "UNAFEI held its first course in 1962. Since then it has held …": "since then" written as the year
 * the sentence before states (when it states one), in the same number of characters, so that the
 * since-year reads as written there. `previous` is that sentence, era years already converted.
 */
export function withSinceThen(text: string, previous: string | undefined): string {
  if (previous === undefined || !/\b[Ss]ince\s+then\b/u.test(text)) return text;
  const years = new Set(allMatches(/(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{N}])/gu, previous).map((match) => match[0]));
  if (years.size !== 1) return text;
  const [year] = years;
  return text.replace(/\b([Ss]ince)(\s+)then\b/gu, (_whole, since: string, gap: string) => `${since}${gap}${year}`);
}

/** Where `text` writes an era year ("of Reiwa 3", "Heisei 19 (2007)"), so that evidence can quote all of it. */
export function eraYearSpans(text: string): Span[] {
  if (!/Reiwa|Heisei|Showa/u.test(text)) return [];
  return allMatches(ERA_YEAR, text).map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** `span` widened to cover every era year it reaches into: a year read as "2021" is quoted as "of Reiwa 3". */
export function widenToEraYears(span: Span, eras: readonly Span[]): Span {
  let { start, end } = span;
  for (const era of eras) {
    if (era.start < end && start < era.end) {
      start = Math.min(start, era.start);
      end = Math.max(end, era.end);
    }
  }
  return { start, end };
}
