// A series introduced by its proper name with "the" in a sentence about its recurrence: "Japan has
// held the UNCAC Training Programme every year since 1998", "The GG Seminar has been held annually";
// or by its name in the plural without an article: "Good Governance seminars have been held every
// year since 2007".
// The since-year and frequency of such a sentence belong to that series, and a later "the 11th
// seminar" in the paragraph is one of its editions.
import { ORDINAL_SOURCE } from "../ordinals.js";
import { readSeriesPhrase } from "./editions.js";
import { HEAD_NOUNS, headNoun, statesRecurrence, wordsNameProgramme, type SeriesDefinition } from "./series.js";
import { allMatches, findQuoted } from "./text.js";

// …or an institute's possessive: "UNAFEI’s International Training Course, held twice a year".
const THE = /(?<![\p{L}])(?:[Tt]he|[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*['’]s)\s+/gu;
const ORDINAL_FIRST = new RegExp(`^(?:${ORDINAL_SOURCE})(?![\\p{L}\\p{N}])`, "iu");

/**
 * Series named with "the" in a sentence that states a since-year or a frequency (`recurring`, when known), outside quotes,
 * parentheses and the `known` definitions. The name must be proper (a capitalised word besides its head noun)
 * and end its run of capitals, so that "the training course" and "the UN Training Cooperation
 * Department" are not taken.
 */
export function findDefiniteSeries(sentence: string, known: readonly SeriesDefinition[] = [], recurring = statesRecurrence(sentence)): SeriesDefinition[] {
  if (!recurring) return [];
  // Quotes hold themes; parentheses hold abbreviations ("(hereinafter referred to as the GG Seminar)").
  const quotes = [...findQuoted(sentence), ...allMatches(/\([^()]*\)/g, sentence).map((m) => ({ start: m.index, end: m.index + m[0].length }))];
  const found: SeriesDefinition[] = [];
  for (const the of allMatches(THE, sentence)) {
    // "the so-called GG Seminar": what it is called, not part of the name.
    const from = the.index + the[0].length + (SO_CALLED.exec(sentence.slice(the.index + the[0].length))?.[0].length ?? 0);
    if (ORDINAL_FIRST.test(sentence.slice(from))) continue;
    const read = readSeriesPhrase(sentence, from);
    if (!read || quotes.some((q) => from < q.end && q.start < read.end)) continue;
    if (known.some((def) => from < def.end && def.start < read.end)) continue;
    // Nothing but spaces between "the" and the name, and the capitals stop where the name does.
    if (/[^\s\p{L}\p{N}'’&-]/u.test(sentence.slice(from, read.end))) continue;
    if (/^\s+[\p{Lu}]/u.test(sentence.slice(read.end))) continue;
    const words = read.phrase.split(/\s+/);
    if (!words.some((word) => /^\p{Lu}/u.test(word) && headNoun(word) === undefined)) continue;
    found.push({ kind: "named", name: read.phrase, start: the.index, end: read.end });
  }
  for (const bare of allMatches(BARE_PLURAL, sentence)) {
    const start = bare.index + bare[1]!.length;
    const end = bare.index + bare[0].length;
    if (quotes.some((q) => start < q.end && q.start < end) || [...known, ...found].some((def) => start < def.end && def.start < end)) continue;
    const words = bare[2]!.trim().split(/\s+/);
    // "Such seminars", "These Seminars", an ordinal: no name. A name has a capitalised word that is
    // neither a head noun nor a determiner.
    if (words.some((word) => DETERMINER.test(word) || ORDINAL_FIRST.test(word))) continue;
    if (!words.some((word) => /^\p{Lu}/u.test(word) && headNoun(word) === undefined)) continue;
    const head = headNoun(bare[3]!)!;
    found.push({ kind: "named", name: `${words.join(" ")} ${bare[3]!.charAt(0)}${head.slice(1)}`, start, end });
  }
  return found;
}

const SO_CALLED = /^so[- ]called\s+/iu;

// "In addition, Good Governance seminars have been held …": capitalised words, then a head noun in the
// plural, then a verb of holding. Starts a sentence or follows a comma, a lower-case joining word or a
// year ("Since 2010 Criminal Justice Seminars have been held …").
const BARE_PLURAL = new RegExp(
  `(^|,\\s+|(?<![\\p{L}])(?:and|also|where|while)\\s+|(?<![\\p{L}\\p{N}])(?:19|20)\\d{2},?\\s+)((?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:on|for|of|and|in)\\s+)?){1,5})(${[...HEAD_NOUNS].map((noun) => `[${noun.charAt(0).toUpperCase()}${noun.charAt(0)}]${noun.slice(1)}${noun.endsWith("s") ? "es" : "s"}`).join("|")})` +
  `(?=\\s+(?:have|has|had|are|were)\\s+(?:also\\s+)?(?:been\\s+)?(?:held|organi[sz]ed|conducted|run|hosted|offered|convened|given))`,
  "gu",
);
const DETERMINER = /^(?:such|these|those|this|the|our|its|their|all|both|other|many|several|some|two|three|four|five)$/iu;

// "this year's Good Governance Seminar …"; "One of its courses, called in English the UNCAC Training
// Programme, …", "known as the GG Seminar".
const TIME_OWNED = /(?<![\p{L}])(?:(?:[Tt]his|[Ll]ast|[Nn]ext)\s+year['’]s|(?:called|known|referred\s+to|named)\s+(?:in\s+English\s+)?(?:as\s+)?(?:the\s+)?)\s*(?=\p{Lu})/gu;

/**
 * "… shared with us the hosting of this year's Good Governance Seminar for Southeast Asia", "one of its
 * courses, called in English the UNCAC Training Programme": a programme named in passing by its proper
 * name after a year's possessive or "called". It says nothing of the series, but a
 * later "the fourth in the series" or "the seminar" of the paragraph is one of its editions.
 */
export function seriesNamedByYear(sentence: string): SeriesDefinition[] {
  if (!/year['’]s\s+\p{Lu}|\b(?:called|known|referred|named)\b/u.test(sentence)) return [];
  const found: SeriesDefinition[] = [];
  for (const owned of allMatches(TIME_OWNED, sentence)) {
    const from = owned.index + owned[0].length;
    if (ORDINAL_FIRST.test(sentence.slice(from))) continue;
    const read = readSeriesPhrase(sentence, from);
    if (!read || /^\s+[\p{Lu}]/u.test(sentence.slice(read.end))) continue;
    const words = read.phrase.split(/\s+/);
    if (words.length < 2 || !words.some((word) => /^\p{Lu}/u.test(word) && headNoun(word) === undefined)) continue;
    found.push({ kind: "named", name: read.phrase, start: owned.index, end: read.end });
  }
  return found;
}

/**
 * The programmes a sentence names by proper name, whether or not it says they recur: "the UNCAC
 * Training Programme", or a proper name in brackets after its description ("the anti-corruption
 * criminal justice training (UNCAC Training Programme)"). For a later sentence that says the series
 * recurs by its head noun alone: "The training is held every year."
 */
export function programmesNamedIn(sentence: string): SeriesDefinition[] {
  return [...findDefiniteSeries(sentence, [], true), ...bracketedProgrammes(sentence)].sort((a, b) => a.start - b.start);
}

/** Proper programme names in brackets after a description: "the anti-corruption criminal justice training (UNCAC Training Programme)". */
export function bracketedProgrammes(sentence: string, known: readonly SeriesDefinition[] = []): SeriesDefinition[] {
  const found: SeriesDefinition[] = [];
  for (const paren of allMatches(/\(([^()]{4,80})\)/gu, sentence)) {
    if (known.some((def) => paren.index < def.end && def.start < paren.index + paren[0].length)) continue;
    const inner = paren[1]!.trim().replace(/^the\s+/u, "");
    const words = inner.split(/\s+/u);
    // Capitalised words only, ending in a head noun (or in what it is on), with a word besides it:
    // "(UNCAC Training Programme)", "(the Regional Seminar on Good Governance)", not "(Training)".
    if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word) || /^(?:on|for|of|and|in|the|against)$/u.test(word))) continue;
    if (!wordsNameProgramme(words) || !words.some((word) => /^\p{Lu}/u.test(word) && headNoun(word) === undefined)) continue;
    found.push({ kind: "named", name: inner, start: paren.index, end: paren.index + paren[0].length });
  }
  return found;
}
