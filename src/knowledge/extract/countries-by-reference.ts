// Participating countries named by reference rather than listed: "nineteen officials from the same ten
// countries" (the edition told of just before, when it had exactly ten), "Brunei could not attend; two
// each came from the other nine ASEAN countries" (ASEAN's members but the ones the sentence names, when
// that leaves nine), "… represented ten countries. Nine of them are ASEAN members - Brunei, … - and the
// tenth was Timor-Leste" (the countries counted just before, listed). Each is read only when its number agrees: a reference that cannot be checked
// against what was stated is left unread.
import { findCountryNames } from "../countries.js";
import { CARDINAL_SOURCE, parseCardinal } from "../ordinals.js";
import { ASEAN_MEMBERS, findGroups } from "./groups.js";
import type { Span } from "./text.js";

const SAME_COUNTRIES = new RegExp(`\\bfrom\\s+the\\s+same\\s+(${CARDINAL_SOURCE})\\s+(?:countries|nations|jurisdictions)\\b`, "iu");
// "from the other nine ASEAN countries", "the other nine ASEAN member states each sent two".
const OTHER_ASEAN = new RegExp(`\\b(?:from\\s+)?the\\s+(?:other|remaining)\\s+(${CARDINAL_SOURCE})\\s+(?:ASEAN\\s+(?:countries|members|member\\s+states|states)|members\\s+of\\s+ASEAN)\\b`, "iu");

// "Brunei could not attend.", "Myanmar was unable to take part.", "Brunei did not send anyone.": members that stayed away.
const STAYED_AWAY = /\b(?:could\s+not|couldn['’]t|cannot|was\s+(?:unfortunately\s+)?unable\s+to|were\s+(?:unfortunately\s+)?unable\s+to|having\s+been\s+unable\s+to|being\s+unable\s+to|did\s+not|didn['’]t|was\s+not\s+able\s+to)\s+(?:take\s+part|attend|participate|join|send|be\s+represented)\b|\bwas\s+(?:absent|not\s+represented)\b/iu;

/** Whether a sentence speaks of the other members of ASEAN, by their number ("the other nine ASEAN member states"). */
export function namesOtherMembers(masked: string): boolean {
  return OTHER_ASEAN.test(masked);
}

export interface ReferredCountries extends Span {
  codes: string[];
}

/**
 * The countries `masked` names by reference, with the span that does; `earlier` is each edition told of
 * before in the document, most recent last, by the countries it took part with; `before` is the
 * sentence before `masked`, if any.
 */
export function countriesByReference(masked: string, earlier: ReadonlyArray<readonly string[]>, before?: string): ReferredCountries | undefined {
  const same = SAME_COUNTRIES.exec(masked);
  const count = same ? parseCardinal(same[1]!) : undefined;
  if (same && count !== undefined) {
    const before = earlier.at(-1);
    // Only the edition right before, and only when it had that many: "the same ten" of an edition with nine is no reference to it.
    if (before && before.length === count) return { codes: [...before], start: same.index, end: same.index + same[0].length };
    return undefined;
  }
  const other = OTHER_ASEAN.exec(masked);
  const left = other ? parseCardinal(other[1]!) : undefined;
  if (!other || left === undefined) return membersLessThoseAway(masked);
  // "Brunei was unable to take part. From each of the other nine ASEAN countries came two people": the
  // members left out may be named in the sentence before, when it says they stayed away.
  const here = findCountryNames(masked.slice(0, other.index));
  const away = here.length === 0 && before !== undefined && STAYED_AWAY.test(before) ? findCountryNames(before) : [];
  const named = new Set([...here, ...away].map((name) => name.code));
  const rest = ASEAN_MEMBERS.filter((code) => !named.has(code));
  return named.size > 0 && rest.length === left ? { codes: rest, start: other.index, end: other.index + other[0].length } : undefined;
}

// "eighteen practitioners in all, from nine ASEAN member states, Brunei having been unable to attend":
// a number of ASEAN's members, and in the same sentence the members that stayed away.
const COUNTED_ASEAN = new RegExp(`\\bfrom\\s+(?:the\\s+)?(${CARDINAL_SOURCE})\\s+(?:ASEAN\\s+(?:countries|members|member\\s+states|states)|members\\s+of\\s+ASEAN)\\b`, "iu");
const AWAY_CLAUSE = /(?:^|[,;:]\s*)((?:\p{Lu}[\p{L}'’-]*\s+){0,2}?\p{Lu}[\p{L}'’-]*(?:\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}?\p{Lu}[\p{L}'’-]*)?)\s+(?:having\s+been|being)\s+unable\s+to\s+(?:attend|take\s+part|participate|join)\b/gu;

function membersLessThoseAway(masked: string): ReferredCountries | undefined {
  const counted = COUNTED_ASEAN.exec(masked);
  const left = counted ? parseCardinal(counted[1]!) : undefined;
  if (!counted || left === undefined) return undefined;
  const clauses = [...masked.matchAll(AWAY_CLAUSE)];
  const away = new Set(clauses.flatMap((clause) => findCountryNames(clause[1]!).map((name) => name.code)));
  const rest = ASEAN_MEMBERS.filter((code) => !away.has(code));
  // The evidence runs from the count to the clause that says who stayed away: together they name the rest.
  const spans = [counted.index, counted.index + counted[0].length, ...clauses.flatMap((clause) => [clause.index, clause.index + clause[0].length])];
  return away.size > 0 && rest.length === left ? { codes: rest, start: Math.min(...spans), end: Math.max(...spans) } : undefined;
}

// "Nine of them are …", "They were …", "These were …": a sentence that opens by pointing back at what was counted.
const POINTS_BACK = new RegExp(`^(?:(?:${CARDINAL_SOURCE}|All|Each|Most)\\s+of\\s+(?:them|these)\\s+(?:are|were|came\\s+from)|(?:They|These|Those)\\s+(?:are|were|came\\s+from)|The\\s+(?:countries|nations)\\s+(?:are|were))\\b`, "iu");

/**
 * The countries a sentence lists for a number of countries stated just before ("… represented ten
 * countries. Nine of them are ASEAN members - Brunei, … - and the tenth was Timor-Leste."), when it opens
 * by pointing back and names exactly that many, groups resolved; undefined otherwise.
 */
export function countedCountriesListed(masked: string, countryCount: number): ReferredCountries | undefined {
  if (!POINTS_BACK.test(masked)) return undefined;
  const names = findCountryNames(masked);
  if (names.length === 0) return undefined;
  const codes = [...new Set(names.map((name) => name.code))];
  // "All of them were ASEAN members, and Timor-Leste": a group's members join the names only when the
  // names alone fall short of the count.
  if (codes.length < countryCount) for (const group of findGroups(masked, names)) for (const code of group.members ?? []) if (!codes.includes(code)) codes.push(code);
  if (codes.length !== countryCount) return undefined;
  return { codes, start: 0, end: Math.max(...names.map((name) => name.end)) };
}

// "The eight target countries are Burkina Faso, …", "The programme is aimed at Côte d'Ivoire, …": the
// countries a programme is for, listed.
const TARGETS_ARE = new RegExp(`\\b(?:the\\s+)?(${CARDINAL_SOURCE})\\s+target\\s+(?:countries|states|nations)\\s+(?:are|were)\\b`, "iu");
const AIMED_AT = /\b(?:is|are|was|were)\s+aimed\s+at\b|\btarget\s+(?:countries|states|nations)\s+(?:are|were)\b/iu;

/** The countries a sentence lists as a programme's targets (as many as it says, when it counts them), or undefined. */
export function targetCountriesListed(masked: string): string[] | undefined {
  const numbered = TARGETS_ARE.exec(masked);
  const stated = numbered ?? AIMED_AT.exec(masked);
  if (!stated) return undefined;
  const codes = [...new Set(findCountryNames(masked.slice(stated.index + stated[0].length)).map((name) => name.code))];
  const count = numbered ? parseCardinal(numbered[1]!) : undefined;
  return codes.length < 2 || (count !== undefined && codes.length !== count) ? undefined : codes;
}

// "25 officials from the eight target countries", "from all eight target countries", "from the eight countries".
const FROM_TARGETS = new RegExp(`\\bfrom\\s+(?:all\\s+(?:the\\s+)?|the\\s+)(${CARDINAL_SOURCE})\\s+(?:target\\s+)?(?:countries|states|nations)\\b`, "iu");

/** The target countries stated before, when `masked` refers to them by their number ("from the eight target countries"). */
export function targetCountriesReferred(masked: string, targets: readonly string[] | undefined): ReferredCountries | undefined {
  if (!targets) return undefined;
  const match = FROM_TARGETS.exec(masked);
  const count = match ? parseCardinal(match[1]!) : undefined;
  return match && count === targets.length ? { codes: [...targets], start: match.index, end: match.index + match[0].length } : undefined;
}
