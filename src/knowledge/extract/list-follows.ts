// Who took part, listed after a colon in a block of its own: "… practitioners from 23 countries and
// organisations gathered in all:" and then a paragraph (or one list item after another) naming them,
// "Australia, Brunei, Cambodia, …, the ASEAN Secretariat, UNODC." Web pages set such lists apart as
// <ul> items or a paragraph; the sentence that announces them and the names are then in different
// passages. A cue sentence ending in a colon opens the list; the blocks after it that are nothing but a
// list of names (no clause of their own) are its members.
import { findCountryNames, type CountryNameMatch } from "../countries.js";
import type { RoleSpan } from "./roles.js";

// Words that say the list is of those who took part.
const PARTICIPATION_CUE = /\b(?:participants?|participating|participated|participation|took\s+part|attended|attending|joined|gathered|delegates|delegations|trainees|fellows|representatives|practitioners|came\s+from|were\s+from|from\s+the\s+following)\b/iu;

/**
 * Whether a sentence announces a list of participants after its colon: it ends with ":", says who took
 * part, and the colon is not inside the list of a visiting expert, guest or other role ("Lecturers came
 * from the following countries:").
 */
export function announcesParticipantList(masked: string, roles: readonly RoleSpan[]): boolean {
  const trimmed = masked.trimEnd();
  // "Thirty practitioners came from the twenty-five countries in the table below": a table or list after.
  const below = TABLE_BELOW.exec(trimmed);
  if (below) return !roles.some((span) => below.index >= span.start && below.index <= span.end) && PARTICIPATION_CUE.test(trimmed);
  if (!trimmed.endsWith(":")) return false;
  const colon = trimmed.length - 1;
  if (roles.some((span) => colon >= span.start && colon <= span.end)) return false;
  return PARTICIPATION_CUE.test(trimmed);
}

const TABLE_BELOW = /\b(?:countries|nations)\s+(?:(?:listed|shown|given)\s+)?(?:in\s+the\s+(?:table|list)\s+below|below|as\s+follows)\b/iu;

// A table's header row over the countries ("No. | Country"): the list has not begun yet.
const COUNTRY_HEADER = /^\s*(?:No\.?|#|Number)?\s*\|?\s*(?:Country|Countries|Nationality|Participating\s+countr(?:y|ies))\s*(?:\|\s*[\p{L} .()]{0,30})*$/iu;

/** Whether a passage is a table's header row over a list of countries. */
export function countryTableHeader(text: string): boolean {
  return COUNTRY_HEADER.test(text);
}

// A list item may open with a bullet, a number or a dash.
const BULLET = /^\s*(?:[-*•・●◦▪]|\(?\d{1,2}[.)])\s*/u;
// A list of names is written in capitals but for these small words; any other lower-case word ("sent
// prosecutors", "officials of the courts") makes the item a phrase or a clause, not a name.
const NAME_LINK = /^(?:the|of|and|for|on|in|de|du|la|des|et|d['’]\p{L}+)$/u;
const notAName = (item: string): boolean => item.split(/\s+/u).some((word) => /^\p{Ll}/u.test(word) && !NAME_LINK.test(word));

/**
 * The countries a block names when the block is nothing but a list of names: every item (between
 * commas, semicolons, "and" and line breaks) is short and verbless, and at least half of them are
 * countries. Undefined for a block that is prose.
 */
export function listedCountries(text: string): CountryNameMatch[] | undefined {
  // "- nine member states of ASEAN: Brunei, Cambodia, …": the names after what the item says they are.
  const label = /^[^:.;]{3,60}:\s+/u.exec(text.replace(BULLET, "").trim());
  if (label) {
    const named = listedCountries(text.replace(BULLET, "").trim().slice(label[0].length));
    if (named) {
      const shift = text.indexOf(label[0]) + label[0].length;
      return named.map((name) => ({ ...name, start: name.start + shift, end: name.end + shift }));
    }
  }
  // A table row "7 | India": its number, then the name.
  const body = text.replace(BULLET, "").replace(/^\s*\d{1,3}\s*\|\s*/u, "").trim().replace(/[.;]$/u, "");
  if (body.length === 0 || /[.!?]\s+\p{Lu}/u.test(body)) return undefined;
  const items = body.split(/\s*(?:[,;\n]|\band\b|\s[-•・]\s)\s*/u).map((item) => item.trim()).filter((item) => item.length > 0);
  if (items.some((item) => item.split(/\s+/u).length > 8 || notAName(item))) return undefined;
  const names = findCountryNames(body);
  const countryItems = items.filter((item) => findCountryNames(item).length > 0).length;
  if (names.length === 0 || countryItems * 2 < items.length) return undefined;
  const offset = text.indexOf(body);
  // A country inside an institution's name ("the Thailand Institute of Justice") is no member itself.
  return names
    .filter((name) => !/^\s+(?:Institute|Ministry|University|Police|Agency|Commission|Bureau|Court|Council|Academy|Centre|Center|Foundation|Office|National)\b/u.test(body.slice(name.end)))
    .map((name) => ({ ...name, start: name.start + offset, end: name.end + offset }));
}
