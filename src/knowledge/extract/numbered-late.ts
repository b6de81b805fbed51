// A page about one edition that says which one it was only after telling of it: "Kuala Lumpur was the
// host city. The meeting ran from 18 to 20 November 2014 … The Kuala Lumpur meeting was the eighth of
// them", "In the numbering the institute uses for the series, this was the eleventh seminar." Read in
// order, the facts come before any edition is in scope and are lost. When the page names one edition
// only, and numbers it by pointing back at what it has told ("this was", "the … meeting was the
// eighth", "The meeting described in paragraphs 6 and 7 was the eleventh seminar of the series"), it is
// read again as if its title named that edition: what names no other edition is then
// about that one, as on any page about one edition.
import { ORDINAL_SOURCE } from "../ordinals.js";
import type { EditionMention } from "./editions.js";
import type { DocumentRecords } from "./records.js";

const NUMBERED_BACK = new RegExp(
  `(?:^|[,;:]\\s+|\\b(?:so|and)\\s+)(?:[Tt]his|[Ii]t|[Tt]hat|[Tt]he\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:meeting|seminar|course|programme|program|training|forum|event|gathering|session|conference)(?:\\s+(?:described|mentioned|referred\\s+to|reported|told\\s+of)\\s+(?:above|in\\s+[^,.;]{1,40}?))?)\\s+(?:was|is|had\\s+been|has\\s+been|marked|became)\\s+(?:the|its)\\s+(?:${ORDINAL_SOURCE})\\b`,
  "u",
);

/** The one edition a page numbers by pointing back, as a mention to read the page about; or undefined. */
export function editionNumberedLate(out: DocumentRecords): EditionMention | undefined {
  const named = out.editions.filter((edition) => !edition.series.weak);
  const [first] = named;
  if (!first || named.some((edition) => edition.series !== first.series || edition.ordinal !== first.ordinal)) return undefined;
  if (!named.some((edition) => NUMBERED_BACK.test(edition.evidence.sentence))) return undefined;
  const name = first.series.names.find((one) => one.kind === "name") ?? first.series.names.find((one) => one.kind === "phrase" && one.text.includes(" ")) ?? first.series.names[0]!;
  return { ordinal: first.ordinal, ordinalText: first.ordinalText, seriesPhrase: name.text, weak: false, start: 0, end: 0 };
}
