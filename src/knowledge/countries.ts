// Countries through the maintained `world-countries` data (common and official names, alternative
// spellings, region, subregion, ISO alpha-3 code), plus a short supplement of names that UN and
// white-paper texts use but the package lacks. Everything is built once into frozen lookup tables.
import worldCountriesModule, { type Countries } from "world-countries";

// The package is CommonJS whose typings declare an ES default export; at run time the default import
// is the array itself. Accept either shape so type-checking and Node agree.
const WORLD_COUNTRIES: Countries = Array.isArray(worldCountriesModule)
  ? (worldCountriesModule as Countries)
  : (worldCountriesModule as unknown as { default: Countries }).default;

export interface Country {
  /** ISO 3166-1 alpha-3 code, e.g. "VNM". */
  code: string;
  /** Display name: the package's common name ("Vietnam", "Laos"). */
  name: string;
  /** Every other name it goes by: official name, alternative spellings, supplement. */
  aliases: string[];
  /** "Asia", "Africa", … */
  region: string;
  /** "South-Eastern Asia", … */
  subregion: string;
}

/**
 * Names the package lacks (checked against world-countries 5.1: "Viet Nam", "Burma", "Brunei
 * Darussalam", "East Timor", "Lao People's Democratic Republic" are already there).
 */
const SUPPLEMENT: Readonly<Record<string, readonly string[]>> = {
  LAO: ["Lao PDR", "Lao P.D.R."], // the form ASEAN and UNAFEI documents use
  TUR: ["Turkey"], // the package has "Türkiye" and "Republic of Turkey" only
  CPV: ["Cabo Verde"], // the UN short name since 2013
  VAT: ["Holy See"],
  KOR: ["ROK"], // as Japanese government texts abbreviate "the Republic of Korea (ROK)"
};

/**
 * Alternative spellings that resolve when asked for but are not searched for in running text:
 * adjectives and words that are far more often something else in English ("Thai participants", "Lao
 * language", "Island" for Iceland, a surname "Mann", "Timor" for the island shared with Indonesia).
 */
const NOT_IN_RUNNING_TEXT = new Set([
  "thai", "lao", "island", "mann", "mannin", "viti", "timor", "saudi", "emirates", "dominique", "togolese",
  "mexicanos", "portuguesa",
]);

const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_CHARACTERS = /[\u0080-\uffff]/g;
// ASCII letters and digits, by character code: most of any text, so tested without a regular expression.
const ASCII_LETTER_OR_DIGIT = Uint8Array.from({ length: 0x80 }, (_, code) => (/[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0));
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

/** Latin-script names only: the others neither occur in English documents nor help a "did you mean". */
const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u;

/** Case-, diacritics-, quote-, hyphen- and leading-"the"-insensitive form of a name. */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[-‐‑–—_]/g, " ")
    .replace(/[.,;:!?()[\]"“”]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

interface NameEntry {
  code: string;
  /** The name as the data writes it. */
  name: string;
  /** All-capital abbreviations ("UK", "DPRK") match only in capitals. */
  caseSensitive: boolean;
}

/** A name searched for in running text, as the words of its key (see `textKey`). */
interface TextName {
  entry: NameEntry;
  words: readonly string[];
  /**
   * Its place in the order names are tried at one spot: longest key first, then alphabetical
   * (`localeCompare`). The first that matches wins, so "Papua New Guinea" is not read as "Guinea".
   */
  rank: number;
}

interface Tables {
  byCode: ReadonlyMap<string, Country>;
  byFoldedName: ReadonlyMap<string, string>;
  /**
   * Names of several words searched for in running text, in rank order, by `pairHash` of their first
   * word and of the letters and digits that begin their second ("lao", "p" for "Lao P.D.R."). Names
   * whose hashes collide share a list; each is checked against the text.
   */
  byFirstWords: ReadonlyMap<number, readonly TextName[]>;
  /** Names of one word searched for in running text. */
  oneWord: ReadonlyMap<string, TextName>;
  /** `runHash` of the letters and digits that begin each name of one word. */
  oneWordRuns: ReadonlySet<number>;
  /**
   * Hashes (see `runHash`) of the letters and digits that begin the names searched for ("lao" for "Lao
   * P.D.R."): a word of running text whose hash is not here begins no name, and is passed over.
   */
  leadingRuns: ReadonlySet<number>;
  /** The low 16 bits of `leadingRuns`, one byte each: most words fail this test, which is faster than the set's. */
  leadingRunBits: Uint8Array;
}

function buildTables(): Tables {
  const byCode = new Map<string, Country>();
  const byFoldedName = new Map<string, string>();
  const textNames = new Map<string, NameEntry>();
  for (const data of WORLD_COUNTRIES) {
    const code = data.cca3;
    const names = [data.name.common, data.name.official, ...data.altSpellings, ...(SUPPLEMENT[code] ?? [])]
      .filter((name) => LATIN.test(name) && name !== data.cca2 && name !== data.cca3);
    const unique = [...new Map(names.map((name) => [name, name])).values()];
    byCode.set(code, Object.freeze({
      code,
      name: data.name.common,
      aliases: Object.freeze(unique.filter((name) => name !== data.name.common)) as string[],
      region: data.region,
      subregion: data.subregion,
    }));
    for (const name of unique) {
      const folded = foldName(name);
      if (!folded) continue;
      // A common name wins over another country's alternative spelling.
      if (!byFoldedName.has(folded) || name === data.name.common) byFoldedName.set(folded, code);
      // Inverted ("Korea, Republic of") and bracketed names never occur in running text.
      if (NOT_IN_RUNNING_TEXT.has(folded) || /[,()]/.test(name)) continue;
      const key = textKey(name);
      const caseSensitive = /^[A-Z.]+$/.test(name);
      if (!textNames.has(key) || name === data.name.common) textNames.set(key, { code, name, caseSensitive });
    }
  }
  const byFirstWords = new Map<number, TextName[]>();
  const oneWord = new Map<string, TextName>();
  const oneWordRuns = new Set<number>();
  const leadingRuns = new Set<number>();
  [...textNames.keys()]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .forEach((key, rank) => {
      const words = key.split(" ");
      const first = words[0]!;
      const name: TextName = { entry: textNames.get(key)!, words, rank };
      leadingRuns.add(runHash(first, 0, runEnd(first, 0)));
      if (words.length === 1) {
        oneWord.set(key, name);
        oneWordRuns.add(runHash(first, 0, runEnd(first, 0)));
      } else {
        const start = pairHash(runHash(first, 0, first.length), runHash(words[1]!, 0, runEnd(words[1]!, 0)));
        byFirstWords.set(start, [...(byFirstWords.get(start) ?? []), name]);
      }
    });
  const leadingRunBits = new Uint8Array(0x10000);
  for (const hash of leadingRuns) leadingRunBits[hash & 0xffff] = 1;
  return { byCode, byFoldedName, byFirstWords, oneWord, oneWordRuns, leadingRuns, leadingRunBits };
}

/** One hash for two. */
function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) | 0;
}

/** Where the run of letters and digits that starts at `at` ends. */
function runEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isLetterOrDigitAt(text, end)) end++;
  return end;
}

/**
 * A 32-bit hash of `text[start, end)`: equal texts, equal hashes (different ones rarely collide, and
 * then are only looked at). `findCountryNames` computes the same hash inline.
 */
function runHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/** A name as it is searched for in running text: folded like the text, each run of spaces and hyphens one space. */
function textKey(name: string): string {
  return foldKeepingLength(name).replace(/[\s-]+/g, " ").trim();
}

const TABLES: Tables = buildTables();

/** Every country in the data, in the package's order. */
export function allCountries(): Country[] {
  return [...TABLES.byCode.values()];
}

/** "Viet Nam", "vietnam", "the Philippines", "Lao PDR", "Côte d'Ivoire" → the country. */
export function resolveCountry(name: string): Country | undefined {
  if (typeof name !== "string") return undefined;
  const code = TABLES.byFoldedName.get(foldName(name));
  return code === undefined ? undefined : TABLES.byCode.get(code);
}

// Capitals as the package gives them, folded, by country code: enough to know that a seminar "in
// Jakarta" and one "in Indonesia" are not two venues.
const CAPITALS: ReadonlyMap<string, ReadonlySet<string>> = new Map(WORLD_COUNTRIES.map((country) => [country.cca3, new Set((country.capital ?? []).map(foldName))]));

/** Whether `city` (as written) is a capital of the country with `code`: "Jakarta", "IDN". */
export function isCapitalOf(city: string, code: string): boolean {
  return CAPITALS.get(code)?.has(foldName(city)) ?? false;
}

// Nationality adjectives ("Japanese", "Thai", "Filipino") by the package's English demonyms, folded; one
// shared by several countries ("Dominican", "Congolese") names none of them.
const DEMONYMS: ReadonlyMap<string, string> = (() => {
  const codes = new Map<string, Set<string>>();
  for (const country of WORLD_COUNTRIES) {
    const eng = country.demonyms?.eng;
    for (const word of eng ? [eng.m, eng.f] : []) if (word) codes.set(foldName(word), (codes.get(foldName(word)) ?? new Set()).add(country.cca3));
  }
  return new Map([...codes].filter(([, set]) => set.size === 1).map(([word, set]) => [word, [...set][0]!]));
})();

/** The country a nationality adjective belongs to ("Japanese" → "JPN"), or undefined when none or several. */
export function countryOfDemonym(word: string): string | undefined {
  return typeof word === "string" ? DEMONYMS.get(foldName(word)) : undefined;
}

/** "VNM" (any case) → the country. */
export function countryByCode(code: string): Country | undefined {
  if (typeof code !== "string") return undefined;
  return TABLES.byCode.get(code.trim().toUpperCase());
}

/**
 * Fold a text character by character, keeping its length so that match offsets are offsets into the
 * original: lower case, diacritics removed, curly apostrophes straightened, dashes made hyphens.
 */
function foldKeepingLength(text: string): string {
  // ASCII, most of any text, only needs lower case (one character for one), a run at a time.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  const pieces: string[] = [];
  let from = 0;
  for (const match of text.matchAll(NON_ASCII_CHARACTERS)) {
    pieces.push(text.slice(from, match.index).toLowerCase(), foldCharacter(match[0]));
    from = match.index + 1;
  }
  pieces.push(text.slice(from).toLowerCase());
  return pieces.join("");
}

/** One character (UTF-16 unit) folded, or itself when folding would change the length. */
function foldCharacter(char: string): string {
  if (/[’‘ʼ]/.test(char)) return "'";
  if (/[‐‑–—]/.test(char)) return "-";
  const folded = char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return folded.length === 1 ? folded : char;
}

/** True when the code point at `i` is a letter or a digit (the regular-expression class [\p{L}\p{N}]). */
function isLetterOrDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return ASCII_LETTER_OR_DIGIT[code] === 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** True when the code point that ends right before `i` is a letter or a digit. */
function isLetterOrDigitBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  return isLetterOrDigitAt(text, pair ? i - 2 : i - 1);
}

/** True for what may separate the words of a name: white space or a hyphen. */
function isSeparatorAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code === 0x20 || code === 0x2d || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(text[i]!);
}

/**
 * Where `words` end when they are written from `at` (separated by spaces or hyphens, not followed by a
 * letter or digit), or -1.
 */
function nameEnd(folded: string, at: number, words: readonly string[]): number {
  let cursor = at;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (i > 0) {
      const gap = cursor;
      while (cursor < folded.length && isSeparatorAt(folded, cursor)) cursor++;
      if (cursor === gap) return -1;
    }
    if (!folded.startsWith(word, cursor)) return -1;
    cursor += word.length;
  }
  return cursor < folded.length && isLetterOrDigitAt(folded, cursor) ? -1 : cursor;
}

/** The name written at `at` in folded text, the first in rank order, with where it ends. */
function nameAt(folded: string, at: number, leadingRun: number): { name: TextName; end: number } | undefined {
  let wordEnd = at;
  while (wordEnd < folded.length && !isSeparatorAt(folded, wordEnd)) wordEnd++;
  let best: { name: TextName; end: number } | undefined;
  let second = wordEnd;
  while (second < folded.length && isSeparatorAt(folded, second)) second++;
  const start = pairHash(runHash(folded, at, wordEnd), runHash(folded, second, runEnd(folded, second)));
  const firstWords = second > wordEnd ? TABLES.byFirstWords.get(start) : undefined;
  for (const name of firstWords ?? []) {
    const end = nameEnd(folded, at, name.words);
    if (end >= 0) {
      best = { name, end };
      break;
    }
  }
  // A one-word name may end inside the word as split at spaces: "Japan’s", "Laos)".
  if (!TABLES.oneWordRuns.has(leadingRun)) return best;
  for (let end = at + 1; end <= wordEnd; end++) {
    if (end < wordEnd && isLetterOrDigitAt(folded, end)) continue;
    const name = TABLES.oneWord.get(folded.slice(at, end));
    if (name && (!best || name.rank < best.name.rank)) best = { name, end };
  }
  return best;
}

export interface CountryNameMatch {
  code: string;
  asWritten: string;
  start: number;
  end: number;
}

/**
 * Every country name in a text, left to right, longest name first at each place ("Democratic
 * Republic of the Congo" is not "Congo", "Papua New Guinea" is not "Guinea", "Niger" is not found in
 * "Nigeria"). A name must start with a capital letter as written: "turkey" and "chad" are words, and a
 * name written in lower case still takes its words ("south Sudan" holds no "Sudan").
 */
export function findCountryNames(text: string): CountryNameMatch[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const folded = foldKeepingLength(text);
  const found: CountryNameMatch[] = [];
  let at = 0;
  // `at` is always the start of the text or right after a character that is no letter or digit.
  while (at < folded.length) {
    // The word that starts here and its hash, in one pass (this loop reads every character of the text).
    let end = at;
    let hash = 0;
    for (; end < folded.length; end++) {
      const code = folded.charCodeAt(end);
      if (code < 0x80 ? ASCII_LETTER_OR_DIGIT[code] === 0 : !isLetterOrDigitAt(folded, end)) break;
      hash = (Math.imul(hash, 31) + code) | 0;
    }
    let candidate = TABLES.leadingRunBits[hash & 0xffff] === 1 && TABLES.leadingRuns.has(hash);
    if (candidate && !TABLES.oneWordRuns.has(hash) && end < folded.length && isSeparatorAt(folded, end)) {
      // Only a name of several words can start here ("the" of "The Bahamas"), with this word first:
      // whether one goes on with the next word is one lookup ("the development" is passed over).
      let second = end;
      while (second < folded.length && isSeparatorAt(folded, second)) second++;
      candidate = TABLES.byFirstWords.has(pairHash(hash, runHash(folded, second, runEnd(folded, second))));
    }
    const match = candidate && !isLetterOrDigitBefore(folded, at) ? nameAt(folded, at, hash) : undefined;
    if (match) {
      const { entry } = match.name;
      const asWritten = text.slice(at, match.end);
      if (/^\p{Lu}/u.test(asWritten) && !(entry.caseSensitive && asWritten !== entry.name)) {
        found.push({ code: entry.code, asWritten, start: at, end: match.end });
        at = match.end;
        continue;
      }
      // Written in lower case. After a lower-case article ("the Netherlands", matched as the data's
      // "The Netherlands") the name may still start at the next word; otherwise ("south Sudan") the
      // words are used up, so "Sudan" is not claimed.
      if (!/^the\s/.test(asWritten)) {
        at = match.end;
        continue;
      }
    }
    // No name starts inside a word: the next place to look is after the character that ends it.
    at = end + 1;
  }
  return found;
}

/** Every country with its display name and aliases folded, built once: "did you mean" runs on every
 *  keystroke of autocomplete, so it must not fold ~1,000 names per call. */
const FOLDED_NAMES: ReadonlyArray<{ country: Country; folded: string[] }> = Object.freeze(
  [...TABLES.byCode.values()].map((country) => ({ country, folded: [country.name, ...country.aliases].map(foldName) })),
);

/** Countries whose name or alias is close to the query, best first: exact, then a name starting with
 *  the query (display name before alias), then by edit distance (about one edit per three letters). */
export function suggestCountries(query: string, limit: number): Country[] {
  if (typeof query !== "string" || !Number.isFinite(limit) || limit <= 0) return [];
  const wanted = foldName(query).slice(0, 60);
  if (wanted.length < 2) return [];
  const allowed = Math.max(1, Math.floor(wanted.length / 3));
  const scored: Array<{ country: Country; score: number }> = [];
  for (const { country, folded } of FOLDED_NAMES) {
    let score = Number.POSITIVE_INFINITY;
    folded.forEach((name, i) => {
      if (score === 0) return;
      if (name === wanted) score = 0;
      else if (name.startsWith(wanted)) score = Math.min(score, i === 0 ? 0.5 : 0.6);
      else if (Math.abs(name.length - wanted.length) <= allowed) score = Math.min(score, boundedDistance(name, wanted, Math.min(allowed, score)));
    });
    if (score <= allowed) scored.push({ country, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.country.name.localeCompare(b.country.name))
    .slice(0, Math.floor(limit))
    .map((entry) => entry.country);
}

/** Edit distance (insertions, deletions, substitutions, adjacent transpositions) when it is at most
 *  `max`, else Infinity. A row's minimum never decreases further down, so once it passes `max` the
 *  distance will too. */
function boundedDistance(a: string, b: string, max: number): number {
  const cols = b.length + 1;
  let before = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  let current = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > max) return Number.POSITIVE_INFINITY;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[b.length]!;
  return distance <= max ? distance : Number.POSITIVE_INFINITY;
}
