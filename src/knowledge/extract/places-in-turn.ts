// Where a series' earlier editions met, told in one breath on a page about a later one: "The first two
// were held in Bangkok, Thailand; the third and fourth took place in Manila, the Philippines", "Bangkok,
// Thailand, saw the First and Second Seminars. Manila saw the Third and Fourth, and Tokyo the Fifth."
// Each group of bare ordinals gets the place its clause names. Ranks ("the first to be held in Japan")
// are not groups: an ordinal followed by "to" ranks the edition, it does not number it.
import { parseOrdinal } from "../ordinals.js";
import { allMatches, type Span } from "./text.js";

export interface PlaceInTurn {
  ordinals: number[];
  /** The ordinals as written: "first two", "Third and Fourth". */
  written: string;
  /** The clause that numbers the editions and names their place. */
  clause: Span;
  place: string;
  /** The noun the ordinals come with, singular and in lower case ("seminar"), when written. */
  noun?: string;
}

const ORDINAL_WORD = `(?:${["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"].map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`).join("|")}|\\d{1,2}(?:st|nd|rd|th))`;
const COUNT_WORD: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };
// "the first and second", "the third, fourth and fifth", "the first two".
const GROUP = `(?:[Tt]he\\s+)?(?:[Ff]irst\\s+(?:two|three|four|five)|[Ii]naugural|${ORDINAL_WORD}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)(?:the\\s+)?${ORDINAL_WORD})*)(?:\\s+(?:[Oo]nes|[Ss]eminars?|[Mm]eetings?|[Ss]essions?|[Ee]ditions?|[Cc]ourses?))?`;
// A place: capitalised words, with the country after a comma ("Manila, the Philippines").
const PLACE = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*(?:,\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)?";
// "the third and fourth took place in Manila", "The first two were held in Bangkok", "went to Manila".
const GROUP_HELD_IN = new RegExp(`(?:^|[;,:]\\s*(?:and\\s+|while\\s+|whereas\\s+)?|\\.\\s+)(${GROUP})\\s+(?:(?:also|again|then|both)\\s+)?(?:(?:were|was)\\s+(?:both\\s+|all\\s+|also\\s+|again\\s+)?(?:held|hosted|convened)|took\\s+place|met|went|moved)\\s+(?:in|to)\\s+(${PLACE})`, "gu");
// "… and the second, again in Japan, a year later": the next one, its verb left out.
const AND_GROUP_AGAIN_IN = new RegExp(`\\s+and\\s+(?:the\\s+)?(${ORDINAL_WORD}),?\\s+(?:again|also)\\s+in\\s+(${PLACE})`, "gu");
// "Bangkok, Thailand, saw the First and Second Seminars", "Manila hosted the third and fourth", and
// the clause that goes on without its verb: ", and Tokyo the Fifth".
const PLACE_SAW_GROUP = new RegExp(`(?:^|[;,:]\\s*(?:and\\s+)?|\\.\\s+)(${PLACE}),?\\s+(?:saw|hosted|took|welcomed|had)\\s+(${GROUP})`, "gu");
const AND_PLACE_GROUP = new RegExp(`^[,;]?\\s+(?:(?:and|while)\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)\\s+(${GROUP})(?![\\p{L}])`, "u");
// "… in Hanoi and Da Nang": more places after the first, a list that needs "respectively".
const PLACES_AFTER = /^(?:,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*,?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u;
// …and after "the first two were held in Bangkok", the clause that goes on without its verb: ", the
// third and fourth in Manila".
const AND_GROUP_IN = new RegExp(`^[,;]?\\s+(?:(?:and|while)\\s+)?(${GROUP})\\s+in\\s+(${PLACE})`, "u");

// The noun a group of ordinals ends with, if any: "the 11th and 12th seminars".
const GROUP_NOUN = /\s+(ones|seminars?|meetings?|sessions?|editions?|courses?)$/iu;

function ordinalsOf(group: string): number[] | undefined {
  const words = group.replace(/^the\s+/iu, "").replace(/^inaugural\b/iu, "first");
  const firstCount = /^first\s+(two|three|four|five)\b/iu.exec(words);
  if (firstCount) return Array.from({ length: COUNT_WORD[firstCount[1]!.toLowerCase()]! }, (_, i) => i + 1);
  const ordinals = [...words.matchAll(new RegExp(ORDINAL_WORD, "giu"))].map((match) => parseOrdinal(match[0]));
  if (ordinals.length === 0 || ordinals.some((ordinal) => ordinal === undefined)) return undefined;
  return ordinals as number[];
}

/** Trims the words that end a place in these clauses: "Manila, the Philippines" stays whole. */
function placeOf(raw: string): string {
  return raw.replace(/,\s*$/u, "").trim();
}

/** The groups of earlier editions a text places, in the order it names them; [] when it names none. */
export function findPlacesInTurn(text: string): PlaceInTurn[] {
  if (!new RegExp(ORDINAL_WORD, "iu").test(text)) return [];
  const found: PlaceInTurn[] = [];
  // `placeLast`: the clause ends with its place, which more places may follow.
  const add = (group: string, place: string, start: number, end: number, placeLast = true): void => {
    const ordinals = ordinalsOf(group);
    // "the first to be held in Japan" ranks; "the fifth was the first …" is no place.
    if (!ordinals || /^\s+to\b/u.test(text.slice(end))) return;
    const nounWritten = GROUP_NOUN.exec(group);
    const noun = nounWritten && !/^ones$/iu.test(nounWritten[1]!) ? nounWritten[1]!.toLowerCase().replace(/s$/u, "") : undefined;
    const written = group.slice(0, nounWritten?.index).replace(/^the\s+/iu, "");
    // "the 11th and 12th were held in Hanoi and Da Nang, … respectively": one place each, in turn;
    // without "respectively" the places are not told apart, and none is taken.
    const others = placeLast ? PLACES_AFTER.exec(text.slice(end)) : null;
    if (others) {
      const places = [place, ...others[0].split(/\s*,\s*|\s+and\s+/u).filter((one) => one.trim() !== "")].map(placeOf);
      const sentenceEnd = text.slice(end).search(/[.;](?:\s|$)/u);
      const respectively = /\brespectively\b/u.exec(text.slice(end, sentenceEnd < 0 ? undefined : end + sentenceEnd));
      if (places.length !== ordinals.length || !respectively) return;
      const each = [...group.matchAll(new RegExp(ORDINAL_WORD, "gu"))].map((match) => match[0]);
      const clause = { start, end: end + respectively.index + respectively[0].length };
      places.forEach((one, i) => found.push({ ordinals: [ordinals[i]!], written: each.length === ordinals.length ? each[i]! : written, noun, clause, place: one }));
      return;
    }
    found.push({ ordinals, written, noun, clause: { start, end }, place: placeOf(place) });
  };
  // Each clause may be followed by others of its shape with the verb left out ("…, Manila the third
  // and fourth, and Tokyo the fifth"): read them in a row.
  const goOn = (continuation: RegExp, end: number, groupFirst: boolean): void => {
    for (let more = continuation.exec(text.slice(end)); more; more = continuation.exec(text.slice(end))) {
      const [group, place] = groupFirst ? [more[1]!, more[2]!] : [more[2]!, more[1]!];
      add(group, place, end + more[0].indexOf(more[1]!), end + more[0].length, groupFirst);
      end += more[0].length;
    }
  };
  for (const match of allMatches(GROUP_HELD_IN, text)) {
    const start = match.index + match[0].indexOf(match[1]!);
    add(match[1]!, match[2]!, start, match.index + match[0].length);
    goOn(AND_GROUP_IN, match.index + match[0].length, true);
  }
  for (const match of allMatches(AND_GROUP_AGAIN_IN, text)) {
    const start = match.index + match[0].indexOf(match[1]!);
    add(match[1]!, match[2]!, start, match.index + match[0].length);
  }
  for (const match of allMatches(PLACE_SAW_GROUP, text)) {
    const start = match.index + match[0].indexOf(match[1]!);
    const end = match.index + match[0].length;
    add(match[2]!, match[1]!, start, end, false);
    goOn(AND_PLACE_GROUP, end, false);
  }
  // One edition placed alone ("The first was held in Bangkok") may be the first of anything; a run of
  // them places a series' editions.
  if (found.reduce((sum, group) => sum + group.ordinals.length, 0) < 2) return [];
  return found.sort((a, b) => a.clause.start - b.clause.start);
}
