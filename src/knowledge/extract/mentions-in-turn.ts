// Several editions in one sentence: an unquoted topic after a series name, dates given
// "respectively", and a list of themes in the order of the editions.
import type { EditionMention } from "./editions.js";
import { splitTopic, type NamesInUse } from "./names-in-use.js";
import { findPeriods } from "./periods.js";
import { findTheme } from "./themes.js";
import { allMatches, findQuoted, type Span } from "./text.js";

/**
 * The mention with an unquoted topic taken off its series name ("170th International Training Course
 * on Treatment of Offenders" → "International Training Course"), the topic kept in `topics`.
 */
export function withoutTopic(mention: EditionMention, sentence: string, names: NamesInUse, topics: Map<EditionMention, string>): EditionMention {
  const split = splitTopic(mention.seriesPhrase, names);
  if (!split) return mention;
  const written = sentence.slice(mention.start, mention.end);
  const at = allMatches(/\s+on\s+/g, written).find((m) => written.slice(m.index + m[0].length).startsWith(split.topic));
  if (!at) return mention;
  const shorter: EditionMention = { ...mention, seriesPhrase: split.series, end: mention.start + at.index };
  topics.set(shorter, split.topic);
  return shorter;
}

/** Where the dates after several editions are, one per edition, when the sentence says "respectively". */
export function respectiveSpans(masked: string, mentions: readonly EditionMention[]): Span[] {
  const last = mentions[mentions.length - 1];
  if (!last || mentions.length < 2 || !/\brespectively\b/.test(masked.slice(last.end))) return [];
  const periods = findPeriods(masked.slice(last.end));
  if (periods.length !== mentions.length) return [];
  return periods.map((period) => ({ start: last.end + period.start, end: last.end + period.end }));
}

// "were held in Manila and in Tokyo", "took place at the Complex and online": a list of venues or modes
// after a verb of holding, up to the dates or "respectively".
const FORMATS_LISTED = /\b(?:held|took\s+place|met|convened|were|was)\s+((?:in|at)\s+[^;]*?|online[^;]*?)(?=,?\s+(?:in|on|from|between)\s+(?:\d|FY|(?:early|mid|late)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|\s+respectively\b|$)/u;
const FORMAT_ITEM = /^(?:(?:in|at)\s+\S.*|online|virtually|in\s+person)$/u;

/**
 * "the fourth and fifth seminars were held in Manila and in Tokyo, in December 2010 and December 2011
 * respectively": the i-th venue (or mode: "at the Complex and online") is the i-th edition's, when the
 * sentence says "respectively" and lists one per edition.
 */
export function respectiveFormats(masked: string, mentions: readonly EditionMention[]): Array<Span | undefined> {
  const said = /\brespectively\b/.exec(masked);
  // The editions named before "respectively" ("…, and the sixth seminar met in Tokyo" comes after it).
  const before = said ? mentions.filter((mention) => mention.end <= said.index) : [];
  const last = before[before.length - 1];
  if (!said || !last || before.length < 2) return [];
  const list = FORMATS_LISTED.exec(masked.slice(last.end, said.index));
  if (!list) return [];
  const from = last.end + list.index + list[0].length - list[1]!.length;
  const items: Span[] = [];
  let at = 0;
  const separators = [...allMatches(/\s*,\s*(?:and\s+)?|\s+and\s+/gu, list[1]!).map((m) => ({ index: m.index, length: m[0].length })), { index: list[1]!.length, length: 0 }];
  for (const separator of separators) {
    const item = list[1]!.slice(at, separator.index);
    // "in Hanoi and Da Nang": the later places share the first one's preposition.
    const shared = items.length > 0 && /^(?:in|at)\s/u.test(list[1]!) && /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u.test(item.trim());
    if (!FORMAT_ITEM.test(item.trim()) && !shared) return [];
    items.push({ start: from + at, end: from + at + item.trimEnd().length });
    at = separator.index + separator.length;
  }
  return items.length === before.length ? mentions.map((mention) => (before.includes(mention) ? items[before.indexOf(mention)] : undefined)) : [];
}

/**
 * "the 24th and 25th programmes on the themes of “A” and “B”": one quoted theme per edition, in order,
 * when a list of them follows the last edition and has as many themes as there are editions. Each list
 * of editions that share a name's end is read so, among other editions of the sentence ("… its 23rd
 * edition (…); … the 175th and 176th international training courses, on “A” and “B” respectively; and
 * … GG15"); the result is aligned with `mentions`, undefined for an edition of no such list.
 */
export function themesInTurn(sentence: string, mentions: readonly EditionMention[]): Array<string | undefined> {
  const out: Array<string | undefined> = mentions.map(() => undefined);
  for (const end of new Set(mentions.map((mention) => mention.end))) {
    const list = mentions.filter((mention) => mention.end === end);
    const themes = listThemes(sentence, list);
    for (const [i, mention] of list.entries()) out[mentions.indexOf(mention)] = themes[i];
  }
  return out;
}

function listThemes(sentence: string, mentions: readonly EditionMention[]): string[] {
  const last = mentions[mentions.length - 1];
  if (!last || mentions.length < 2 || mentions.some((mention) => mention.end !== last.end)) return [];
  const first = findTheme(sentence, last.end);
  if (!first) return [];
  const themes = [first.theme];
  let end = first.end;
  for (const quote of findQuoted(sentence).filter((q) => q.start >= first.end)) {
    // "on “A” and “B”", "on “A” and on “B”".
    if (!/^\s*(?:,|,?\s*and|,?\s*&)\s*(?:on\s+|about\s+)?$/.test(sentence.slice(end, quote.start))) break;
    themes.push(quote.inner);
    end = quote.end;
  }
  return themes.length === mentions.length ? themes : [];
}

/**
 * "the first and second seminars took place in Thailand, in 2007 and 2008 respectively": the i-th year
 * is the i-th edition's, when the sentence says "respectively" and gives one year per edition.
 */
export function respectiveYears(masked: string, mentions: readonly EditionMention[]): Array<number | undefined> {
  // "First and second (2007 and 2008): …": the years in brackets right after two editions, in turn.
  const pair = mentions.length === 2 ? /^\s*\(\s*((?:19|20)\d{2})\s+and\s+((?:19|20)\d{2})\s*\)/u.exec(masked.slice(mentions[1]!.end)) : null;
  if (pair) return [Number(pair[1]), Number(pair[2])];
  const said = /\brespectively\b/.exec(masked);
  // The editions named before "respectively" ("…, and the third is scheduled … in 2009" comes after it).
  const before = said ? mentions.filter((mention) => mention.end <= said.index) : [];
  const last = before[before.length - 1];
  if (!said || !last || before.length < 2) return [];
  // Not a since-year: "…, which Japan has held every year since 2007, met online in March and December 2021 respectively".
  const tail = masked.slice(last.end, said.index);
  const years = allMatches(/(?<![\p{L}\p{N}])((?:19|20)\d{2})(?![\p{N}])/gu, tail)
    .filter((m) => !/\b(?:since|from)\s+(?:(?:FY|fiscal\s+(?:year)?)\s*)?$/iu.test(tail.slice(0, m.index)))
    .map((m) => Number(m[1]));
  return years.length === before.length ? mentions.map((mention) => (before.includes(mention) ? years[before.indexOf(mention)] : undefined)) : [];
}
