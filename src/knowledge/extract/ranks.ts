// Ranks are not editions. "The country's first seminar of this kind", "the third such seminar hosted
// in Bangkok", "the first GG Seminar to be held online", "for the first time", "its second workshop":
// each ranks something among others like it, and numbers no edition of a series. Reading them as
// editions invents a 1st or 3rd seminar that takes another edition's year, place and countries, so
// an ordinal is an edition number only when nothing around it says it ranks.
import type { EditionMention } from "./editions.js";

// Possessives and intensifiers before the ordinal: "Japan's first", "the country's first", "its
// first", "the very first", "the first-ever".
const RANKED_BY = /(?:['’]s|\b(?:its|their|his|her|our|very|ever))\s*$/iu;
const TIME_OWNS = /\b(?:year|month|season|week|autumn|spring|summer|winter)['’]s\s*$/iu;
// Right after the ordinal: "such", "-ever", "ever".
const INSTITUTE_OWNS = /(?<![\p{L}])[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*['’]s\s*$/u;
const RANK_WORD_AFTER_ORDINAL = /^(?:-ever\b|\s+(?:ever|such|consecutive|successive|straight|of\s+(?:its|their|the)\s+kind)\b)/iu;
// Right after the programme's name: "to be held online", "of its kind", "ever held", "in its history".
// "the second seminar in a row held in Tokyo", "the third course running to be held online": a streak.
// …and "The second course of the year", "the third seminar this year": counted within a year.
const RANK_AFTER_NAME = /^\s*(?:in\s+a\s+row|running|consecutively|in\s+succession|straight|of\s+the\s+(?:year|season|month)(?!\s+(?:before|after|earlier|later|previous|following))|(?:of\s+)?this\s+(?:year|season)|of\s+(?:19|20)\d{2}(?!\s*[-–]))\b|^\s*(?:,\s*)?(?:to\s+(?:be|have|take|feature|adopt|use|focus|address|include|bring|invite|welcome|meet|run|come|go|return|move)\b|ever\b|of\s+(?:its|this|that|the|their)\s+(?:kind|type|sort)\b|in\s+(?:its|their|the)\s+(?:\w+\s+)?history\b|(?:hosted|held|organi[sz]ed|conducted)\s+(?:by|in|at)\s+(?:the\s+|a\s+)?(?:country|region|city|institute|ministry)\b)/iu;
// …and "…, the first GG Seminar at the Complex": where it was the first.
const FIRST_QUALIFIED = /^\s*(?:held|hosted|organi[sz]ed|conducted|convened|since|after|at|in\s+(?:which|Japan|the\s+region)|where|that|which|outside|abroad|under|with\s+(?:a|an|the)\s+\w+\s+(?:of|on))\b/u;
// "It was the first GG seminar Brunei and Singapore joined": a relative clause without "that", its
// subject a name or a pronoun, then its verb.
const FIRST_OF_WHOM = /^\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:(?:and|&)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?|(?:they|we|it|he|she)\s+)(?:(?:had|has|have|ever|also)\s+)*(?:joined|attended|took\s+part|participated|sent|hosted|held|co-hosted|visited|entered|chaired)\b/u;
// Words inside the name that make it a rank: "the third such seminar", "the second similar course".
const RANK_IN_NAME = /^(?:such|similar|same|other|further|additional|new|last|next|previous|following|latest|final)\b/iu;
const SPELLED_FIRST = /^first$/u;
const DESCRIBED_AFTER_COMMA = /^\s*,\s*(?:which\s+was\s+)?(?:held|hosted|organi[sz]ed|conducted|convened)\s+(?:in|at|on|from)\b/u;
// "The first seminar met in Thailand in 2007": the subject of a verb of taking place is the first edition.
// …and "The first seminar ran from 17 to 21 December 2007".
const FIRST_TOOK_PLACE = /^\s+(?:(?:was|were)\s+(?:held|hosted|organi[sz]ed|conducted|convened|staged|run)|met|ran|took\s+place)\s+(?:in|at|on|from)\b/u;

/** "The first training." as a sentence of its own, an entry's label (a timeline's under its dates): it numbers. */
function entryLabel(sentence: string, mention: EditionMention): boolean {
  return /^\s*(?:The\s+)?$/u.test(sentence.slice(0, mention.start)) && /^\s*[.:]?\s*$/u.test(sentence.slice(mention.end));
}

/** "… took place in Tokyo in October of Reiwa 3 (the first Forum)": an edition named in brackets after what is said of it. */
export function bracketLabel(sentence: string, mention: EditionMention): boolean {
  return /\(\s*(?:the\s+)?$/iu.test(sentence.slice(Math.max(0, mention.start - 6), mention.start)) && /^\s*[),]/u.test(sentence.slice(mention.end));
}

/**
 * True when `mention` ranks rather than numbers an edition. `sentence` is the text the mention was
 * found in (offsets are into it); `listed` when it is one of a list of ordinals ("the first and second").
 */
export function isRank(sentence: string, mention: EditionMention, listed = false): boolean {
  if (mention.acronym && mention.seriesPhrase === mention.acronym) return false; // "GG8" always numbers
  if (mention.counted) return false; // "its twenty-third edition", "for the nineteenth time": counted on purpose
  const before = sentence.slice(Math.max(0, mention.start - 24), mention.start);
  // "UNAFEI's 151st International Training Course": an institute's own numbered series; "Japan's first
  // seminar" and "UNAFEI's first …" rank.
  // "The following year's twenty-sixth programme", "this year's 26th": a time's possessive dates the
  // edition, it ranks nothing.
  // "… held its 15th meeting on 24 January 2014": a body counting its own meetings, when the noun stands alone.
  // …and "Its 25th meeting was held on 6 December 2024", opening a sentence about the series just named.
  const opensWithIts = /^\s*(?:Its|Their)\s*$/u.test(sentence.slice(0, mention.start)) && /^\s+(?:(?:was|were)\s+(?:held|convened|organi[sz]ed|hosted)|took\s+place|met)\b/u.test(sentence.slice(mention.end));
  const countsItsOwn = (opensWithIts || /\b(?:held|holds|hosted|hosts|convened|convenes|organi[sz]ed|ran)\s+its\s*$/iu.test(before)) && mention.ordinal > 1 && !mention.seriesPhrase.includes(" ");
  // "UNAFEI has run a criminal justice training since 2014, and its fourth and fifth seminars were
  // planned …": a list of ordinals after "its" counts the editions of what "its" refers to, as the
  // later ones in the list (which "its" does not touch) do.
  const listedAfterIts = listed && mention.ordinal > 1 && /\b(?:its|their)\s*$/iu.test(before);
  if (RANKED_BY.test(before) && !countsItsOwn && !listedAfterIts && !((INSTITUTE_OWNS.test(before) || TIME_OWNS.test(before)) && mention.ordinal > 1)) return true;
  if (/\bfor\s+the\s+$/iu.test(before) && /^\s*time\b/iu.test(sentence.slice(mention.start + mention.ordinalText.length))) return true;
  const afterOrdinal = sentence.slice(mention.start + mention.ordinalText.length);
  if (RANK_WORD_AFTER_ORDINAL.test(afterOrdinal)) return true;
  if (RANK_IN_NAME.test(mention.seriesPhrase)) return true;
  if (RANK_AFTER_NAME.test(sentence.slice(mention.end))) return true;
  // "the first GG Seminar held at the complex", "the first seminar in which …": a lower-case "first"
  // qualified by what follows ranks; an edition number stands alone ("the first GG Seminar was held …").
  if (/^first$/u.test(mention.ordinalText) && (FIRST_QUALIFIED.test(sentence.slice(mention.end)) || FIRST_OF_WHOM.test(sentence.slice(mention.end)))) return true;
  // "the first seminar", "the first workshop on …": a lower-case "first" before a bare or lower-case name
  // ranks far more often than it numbers; "the third seminar, held in Côte d'Ivoire" numbers, and so
  // does a list ("The first and second seminars were held in Bangkok").
  // Set off by a comma, what follows describes the edition instead: "Since the first seminar, held in
  // Thailand in 2007, …" numbers one.
  if (!listed && SPELLED_FIRST.test(mention.ordinalText) && mention.weak && !DESCRIBED_AFTER_COMMA.test(sentence.slice(mention.end)) && !FIRST_TOOK_PLACE.test(sentence.slice(mention.end)) && !bracketLabel(sentence, mention) && !entryLabel(sentence, mention)) return true;
  return false;
}
