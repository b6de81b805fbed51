// The one MiniSearch configuration of the project: used to build the index, to load a serialised
// index back (`MiniSearch.loadJSON` needs the same options), and — through `searchTerms` — by the
// excerpt marker, so that a word is marked exactly when the index would have matched it.
import type { Options, SearchOptions } from "minisearch";

/** Longest query searched or answered; longer input is cut to this many characters first, so a
 *  10,000-character paste stays fast and its echo stays readable. */
export const MAX_QUERY_LENGTH = 500;

/** What is indexed: passages (the passage index), and one entry per named entity, edition, series or
 *  country (the entity index). */
export type IndexedKind = "passage" | "edition" | "series" | "country";

/** An entity's id in the indexes: its kind, a colon, its catalogue id. Passage ids hold no colon (a
 *  document slug is [a-z0-9_-], knowledge/slug.ts), so the kind of any id can be told from it. */
export function entityId(kind: Exclude<IndexedKind, "passage">, id: string): string {
  return `${kind}:${id}`;
}

/** The kind of an indexed entry, from its id. */
export function kindOfId(id: string): IndexedKind {
  const colon = id.indexOf(":");
  return colon < 0 ? "passage" : (id.slice(0, colon) as IndexedKind);
}

export interface IndexedEntry {
  /** Passage id, or `<kind>:<entity id>` for entities. */
  id: string;
  kind: IndexedKind;
  /** Entity names: series names and aliases, edition titles; a country entry's every name and alias,
   *  a passage the display name of each country it names. */
  names: string;
  /** Edition themes (an edition's own, or those of the editions a passage introduces). */
  theme: string;
  /** The passage's heading path. */
  headings: string;
  /** The document title (and a note's label). */
  title: string;
  /** The passage text. */
  text: string;
}

/** Common English function words: they match almost every passage and carry no meaning in a query,
 *  so they are neither indexed nor searched. Month names and "may" are deliberately absent (periods
 *  are searched). The second part are the linking adverbs and prepositions of report prose
 *  ("Furthermore, …", "including …", "within the region"): each is in a large share of a white
 *  paper's paragraphs, one posting per paragraph, and no question is about them. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me many more
  most much my myself no nor not of off on once only or other our ours ourselves out over own same
  she should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves tell show give please
  also although among amongst besides furthermore hence however including moreover namely
  nevertheless nonetheless therefore though thus toward towards upon whereas whether within`
    .split(/\s+/)
    .filter(Boolean),
);

/** Diacritics (U+0300–U+036F only: kana voicing marks and other scripts' marks are kept). */
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
/** Apostrophe look-alikes: curly quotes, modifier letter apostrophe, prime, grave, acute. */
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u2032`\u00b4]/g;
/** Hyphen look-alikes inside words (hyphen, non-breaking hyphen, minus). Dashes separate words. */
const HYPHENS = /[\u2010\u2011\u2212]/g;
/** ASCII without the backtick: folding it is lower-casing and joining thousands. */
const PLAIN_ASCII = /^[^\u0060\u0080-\uffff]*$/;
/** The comma of a thousands separator ("6,100"). */
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;
/** Any ASCII digit (ordinals and glued forms are only looked for in a term that has one). */
const HAS_DIGIT = /\d/;
/** A word: letters/digits, possibly joined by hyphens or apostrophes ("Timor-Leste", "Japan's"). */
const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*'?/gu;

/** Case, compatibility forms (NFKC: full-width digits, ligatures), diacritics, apostrophes, hyphens,
 *  and thousands separators ("6,100" → "6100") folded the same way for documents and queries. */
export function foldText(text: string): string {
  // Fast path for plain ASCII (almost all English text): normalisation, diacritics and the look-alike
  // quotes and hyphens cannot occur (the backtick, an apostrophe look-alike, is left to the full path).
  if (PLAIN_ASCII.test(text)) {
    const lower = text.toLowerCase();
    return lower.includes(",") ? lower.replace(THOUSANDS, "$1") : lower;
  }
  return text
    .normalize("NFKD")
    .replace(COMBINING_DIACRITICS, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, "-")
    .replace(THOUSANDS, "$1");
}

/** A word as found in the text, with its offsets (used by the excerpt marker). */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** The words of `text` with offsets into `text` itself. Folding can change lengths (NFKD of "ﬁ"), so
 *  words are found in the original text and folded one by one. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  // Thousands separators are joined here too, so "6,100" is one word in the original text.
  const pattern = /\d{1,3}(?:,\d{3})+(?!\d)|[\p{L}\p{M}\p{N}]+(?:['’‘ʼ\u2010\u2011-][\p{L}\p{M}\p{N}]+)*['’]?/gu;
  for (const match of text.matchAll(pattern)) {
    spans.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** MiniSearch `tokenize`: fold, then cut into words. */
export function tokenize(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** MiniSearch `processTerm`: one token → the terms indexed (or searched) for it, or null to drop it.
 *  - possessives and apostrophes: "japan's" → "japan", "countries'" → "countries"
 *  - hyphenated words give the joined form and each part: "timor-leste" → timorleste, timor, leste
 *  - ordinals give the bare number too: "23rd" → 23rd, 23; glued forms split: "gg15" → gg15, gg, 15
 *  - English stop words are dropped. */
export function processTerm(token: string): string[] | null {
  const term = foldText(token)
    .replace(/'s$|s'$/, (suffix) => (suffix === "s'" ? "s" : ""))
    .replace(/'/g, "");
  if (!term) return null;
  const forms = new Set<string>();
  if (term.includes("-")) {
    forms.add(term.replace(/-/g, ""));
    for (const part of term.split("-")) addForms(forms, part);
  } else {
    addForms(forms, term);
  }
  const kept = [...forms].filter((form) => form && !STOP_WORDS.has(form));
  return kept.length ? kept : null;
}

function addForms(forms: Set<string>, term: string): void {
  forms.add(term);
  // Ordinals and glued forms need a digit: most words have none, and skip both patterns.
  if (!HAS_DIGIT.test(term)) return;
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(term);
  if (ordinal) forms.add(ordinal[1]!);
  const glued = /^(\p{L}+)(\d+)$/u.exec(term) ?? /^(\d+)(\p{L}+)$/u.exec(term);
  if (glued && !ordinal) {
    forms.add(glued[1]!);
    forms.add(glued[2]!);
  }
}

/** Plurals that do not end in "s". */
const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map([
  ["women", "woman"],
  ["men", "man"],
  ["children", "child"],
  ["people", "person"],
]);

/**
 * A search term with its English plural ending folded away, so that a search can match a word in
 * either number: "drugs" → "drug", "offenders" → "offender", "countries" → "country", "offences" →
 * "offence", "processes" → "process", "women" → "woman". Words that only look plural stay ("status",
 * "crisis", "process", "gas"), as do numbers and glued forms ("1990s", "gg15"). Applied to terms as
 * `processTerm` gives them, on both sides of a comparison (the result is a key, not always a word).
 */
export function wordForm(term: string): string {
  if (term.length <= 3 || HAS_DIGIT.test(term)) return term;
  const irregular = IRREGULAR_FORMS.get(term);
  if (irregular) return irregular;
  if (term.endsWith("ies") && term.length > 4) return `${term.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x|zz)es$/.test(term)) return term.slice(0, -2);
  if (term.endsWith("s") && !/(?:ss|us|is)$/.test(term)) return term.slice(0, -1);
  return term;
}

/** Every search term a piece of text yields (the same pipeline MiniSearch runs). */
export function searchTerms(text: string): string[] {
  return tokenize(text).flatMap((token) => processTerm(token) ?? []);
}

/** Fuzzy matching only for words of 4+ letters (short words and numbers have too many neighbours):
 *  up to 20% of the word's length in edits (1 edit for 4–7 letters, 2 for 8–12). */
function fuzziness(term: string): number | false {
  return term.length >= 4 && !/\d/.test(term) ? 0.2 : false;
}

/** Prefix matching only for words of 3+ characters ("gra" → graduates; "2" alone matches nothing). */
function prefixMatching(term: string): boolean {
  return term.length >= 3;
}

/** Search-time defaults. */
export const SEARCH_OPTIONS = {
  /** Field weights: a hit on a name or theme says more than a hit in running text; the document
   *  title is shared by every passage of a document, so it counts least. */
  boost: { names: 3, theme: 2.5, headings: 1.5, text: 1, title: 0.5 },
  /** Prefix matching for words of 3+ characters. */
  prefix: prefixMatching,
  /** Fuzzy matching for words of 4+ letters, numbers excluded. */
  fuzzy: fuzziness,
  /** A fuzzy or prefix hit is worth a fraction of an exact one, so typo tolerance never drowns the
   *  passages that contain the exact word (exact matches weigh 1). */
  weights: { fuzzy: 0.15, prefix: 0.4 },
  /** Edit distance cap, whatever the word's length (keeps 10,000-character queries fast). */
  maxFuzzy: 2,
  /** MiniSearch's own BM25 parameters, stated so that the re-ranking of common words (passage-index.ts)
   *  scores with the very same. */
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  /** Any word may match; MiniSearch multiplies the score by the number of query terms matched, so
   *  passages with more of the words still come first. */
  combineWith: "OR",
} as const satisfies SearchOptions;

/** An indexed field of an entry. */
export type IndexedField = "names" | "theme" | "headings" | "title" | "text";

/** The MiniSearch options for the knowledge index. */
export const MINISEARCH_OPTIONS = {
  /** Unique key of an entry. */
  idField: "id",
  /** Indexed fields (see IndexedEntry). */
  fields: ["names", "theme", "headings", "title", "text"] satisfies IndexedField[],
  /** Nothing is stored with an entry: an entity's kind is the start of its id (kindOfId). */
  storeFields: [],
  /** Splits a field or a query into words (after folding). */
  tokenize,
  /** Turns a word into the indexed / searched terms. */
  processTerm,
  searchOptions: SEARCH_OPTIONS,
} satisfies Options<IndexedEntry>;
