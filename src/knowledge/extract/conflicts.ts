// Two clauses that state the same slot of one edition: the same value, a more specific form of it
// ("December 2021" then "from 14 to 16 December 2021"), or a conflict ("24 participants" against
// "25 participants"). A conflict is kept with both values and both sources, never resolved silently.
import { findCountryNames, isCapitalOf, resolveCountry } from "../countries.js";
import { documentOfPassage } from "../slug.js";
import type { Evidence, Fact, Format, Participants, Period } from "../types.js";

export type Agreement = "same" | "refines" | "complements" | "conflicts";

const foldNow = (text: string): string => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[“”"‘’'`]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const CONNECTORS = new Set(["the", "of", "a", "an", "and", "in", "at"]);

// An edition named in many documents gathers many values of a slot, and each new one is compared with
// every conflict kept so far (see `combine`): the same few texts are folded over and over. Both forms
// are kept for the texts seen last (the sets are never changed by their readers); a full cache starts afresh.
const CACHED = 4096;
const folded = new Map<string, string>();
const wordSets = new Map<string, ReadonlySet<string>>();

function fold(text: string): string {
  let value = folded.get(text);
  if (value === undefined) {
    if (folded.size >= CACHED) folded.clear();
    folded.set(text, (value = foldNow(text)));
  }
  return value;
}

function words(text: string): ReadonlySet<string> {
  let value = wordSets.get(text);
  if (value === undefined) {
    if (wordSets.size >= CACHED) wordSets.clear();
    wordSets.set(text, (value = new Set(fold(text).split(" ").filter((word) => word && !CONNECTORS.has(word)))));
  }
  return value;
}

function textAgreement(a: string, b: string): Agreement {
  const [x, y] = [fold(a), fold(b)];
  if (x === y || x.includes(y)) return "same";
  if (y.includes(x)) return "refines";
  // "Main Conference Room, Ministry of Justice, Tokyo" and "… Room of the Ministry of Justice, Tokyo":
  // the same words but for connectors and punctuation.
  const [p, q] = [words(a), words(b)];
  if ([...q].every((word) => p.has(word))) return "same";
  return [...p].every((word) => q.has(word)) ? "refines" : "conflicts";
}

/** Field by field: a field both state must be equal; the one that states more refines the other. */
function fieldAgreement<T extends object>(a: T, b: T, keys: ReadonlyArray<keyof T>): Agreement {
  let extra = false;
  let missing = false;
  for (const key of keys) {
    const [x, y] = [a[key], b[key]];
    if (x !== undefined && y !== undefined && x !== y) return "conflicts";
    if (x === undefined && y !== undefined) extra = true;
    if (x !== undefined && y === undefined) missing = true;
  }
  return extra ? (missing ? "complements" : "refines") : "same";
}

const PERIOD_KEYS: ReadonlyArray<keyof Period> = ["year", "startMonth", "endMonth", "startDay", "endDay"];
const PARTICIPANT_KEYS: ReadonlyArray<keyof Participants> = ["count", "countryCount"];

function formatAgreement(a: Format, b: Format): Agreement {
  if (a.mode !== b.mode) return a.mode === "hybrid" || b.mode === "hybrid" ? "same" : "conflicts";
  if (a.place === undefined) return b.place === undefined ? "same" : "refines";
  if (b.place === undefined) return "same";
  // "Jakarta" and "Indonesia": the capital is in the country, so the city says more, not otherwise.
  if (inCapitalOf(a.place, b.place)) return "same";
  if (inCapitalOf(b.place, a.place)) return "refines";
  const how = textAgreement(a.place, b.place);
  if (how !== "conflicts") return how;
  // "Tokyo, Japan" and "Main Conference Room, Ministry of Justice, Tokyo": one place once the country
  // that only one of them adds is set aside (but "Japan" alone and "Tokyo" are not compared so).
  const [p, q] = [placeWords(a.place), placeWords(b.place)];
  if (p.size > 0 && q.size > 0 && [...q].every((word) => p.has(word))) return "same";
  if (p.size > 0 && q.size > 0 && [...p].every((word) => q.has(word))) return "refines";
  return "conflicts";
}

/** A place's words without connectors and without the countries it names. */
function placeWords(place: string): ReadonlySet<string> {
  let rest = place;
  for (const country of findCountryNames(place).reverse()) rest = rest.slice(0, country.start) + rest.slice(country.end);
  return words(rest);
}

/** Whether `place` starts with a capital of the country `country` names on its own ("Jakarta", "Indonesia"). */
function inCapitalOf(place: string, country: string): boolean {
  const named = resolveCountry(country);
  return named !== undefined && isCapitalOf(place.split(/\s*,\s*/u)[0]!, named.code);
}

/**
 * The bodies an organiser value lists, each by its letters when it gives them ("the Supreme People's
 * Procuracy of Viet Nam (SPP)" → "spp"), else by its words: "UNAFEI and the SPP" and "the Supreme
 * People's Procuracy (SPP) and the United Nations Asia … Institute … (UNAFEI)" list the same bodies.
 */
function bodyKeys(value: string): Set<string> {
  const parts = value.split(/,\s+(?:and\s+)?|\s+(?:and|&)\s+(?=the\s|[A-Z]{2,}\b)/u);
  return new Set(parts.map((part) => {
    const letters = /\(([A-Z][A-Za-z&-]*[A-Z][A-Za-z&]*)\)\s*$/u.exec(part)?.[1] ?? (/^(?:the\s+)?([A-Z][A-Za-z&-]*[A-Z][A-Za-z&]*)$/u.exec(part.trim())?.[1]);
    return letters ? letters.toLowerCase() : [...words(part)].join(" ");
  }));
}

function bodiesAgreement(a: string, b: string): Agreement {
  return listAgreement([...bodyKeys(a)], [...bodyKeys(b)]);
}

function listAgreement(a: readonly string[], b: readonly string[]): Agreement {
  const [x, y] = [new Set(a), new Set(b)];
  if ([...y].every((code) => x.has(code))) return "same";
  return [...x].every((code) => y.has(code)) ? "refines" : "conflicts";
}

export type EditionSlot = "theme" | "period" | "format" | "participants" | "countries" | "organiser";

/** A fiscal year alone ("fiscal Heisei 27"): April of its year to March of the next. */
/** A start with no end and an end with no start, the end after the start, in one year. */
function openedAndClosed(a: Period, b: Period): boolean {
  const startOnly = (p: Period): boolean => p.startDay !== undefined && p.startMonth !== undefined && p.endDay === undefined && p.endMonth === undefined;
  const endOnly = (p: Period): boolean => p.endDay !== undefined && p.endMonth !== undefined && p.startDay === undefined && p.startMonth === undefined;
  const [start, end] = startOnly(a) && endOnly(b) ? [a, b] : startOnly(b) && endOnly(a) ? [b, a] : [undefined, undefined];
  if (!start || !end || (start.year !== undefined && end.year !== undefined && start.year !== end.year)) return false;
  return end.endMonth! > start.startMonth! || (end.endMonth === start.startMonth && end.endDay! > start.startDay!);
}

/** A single month with no days ("June 2024"), as a photo caption or a summary dates an edition. */
function monthOnly(period: Period): boolean {
  return period.startMonth !== undefined && period.startMonth === period.endMonth && period.startDay === undefined && period.endDay === undefined;
}

/**
 * "June 2024" and "26 June to 2 July 2024": the month is one the dated period runs through, so the dated
 * one says more, not otherwise. Undefined unless one is a month alone and the other is dated by days.
 */
function monthAgreement(a: Period, b: Period): Agreement | undefined {
  const covers = (month: Period, dated: Period): boolean => dated.startDay !== undefined && dated.startMonth !== undefined && dated.endMonth !== undefined
    && (month.year === undefined || dated.year === undefined || month.year === dated.year) && month.startMonth! >= dated.startMonth && month.startMonth! <= dated.endMonth;
  if (monthOnly(a) && covers(a, b)) return "refines";
  if (monthOnly(b) && covers(b, a)) return "same";
  return undefined;
}

function fiscalYear(period: Period): number | undefined {
  return period.year !== undefined && period.startMonth === undefined && /\b(?:fiscal|FY)/iu.test(period.text) ? period.year : undefined;
}

/**
 * "The theme for fiscal Heisei 27 …" and "held on 22 January of Heisei 28 (2016)": January 2016 is in
 * fiscal 2015, so the dated period says more, not otherwise. Undefined when neither is a fiscal year alone.
 */
function fiscalAgreement(a: Period, b: Period): Agreement | undefined {
  const within = (fiscal: number, dated: Period): boolean => dated.year !== undefined && dated.startMonth !== undefined && (dated.year === fiscal ? dated.startMonth >= 4 : dated.year === fiscal + 1 && dated.startMonth <= 3);
  const [fa, fb] = [fiscalYear(a), fiscalYear(b)];
  if (fa !== undefined && fb === undefined && b.startMonth !== undefined) return within(fa, b) ? "refines" : "conflicts";
  if (fb !== undefined && fa === undefined && a.startMonth !== undefined) return within(fb, a) ? "same" : "conflicts";
  return undefined;
}

/** How `next`'s value of `slot` stands to `first`'s. */
export function agreement(slot: EditionSlot, first: Fact<unknown>, next: Fact<unknown>): Agreement {
  switch (slot) {
    case "theme":
      return textAgreement(first.value as string, next.value as string);
    case "organiser": {
      const how = textAgreement(first.value as string, next.value as string);
      return how === "conflicts" ? bodiesAgreement(first.value as string, next.value as string) : how;
    }
    case "period": {
      const fiscal = fiscalAgreement(first.value as Period, next.value as Period);
      if (fiscal) return fiscal;
      const month = monthAgreement(first.value as Period, next.value as Period);
      if (month) return month;
      // A period is one statement: two that each lack what the other says are not joined, but for a
      // first day and a last day stated apart ("Opened: 13 December 2023", "Closed: 15 December 2023").
      const how = fieldAgreement(first.value as Period, next.value as Period, PERIOD_KEYS);
      if (how === "complements") return openedAndClosed(first.value as Period, next.value as Period) ? "complements" : "same";
      return how;
    }
    case "participants":
      return fieldAgreement(first.value as Participants, next.value as Participants, PARTICIPANT_KEYS);
    case "format":
      return formatAgreement(first.value as Format, next.value as Format);
    case "countries":
      return listAgreement(first.value as string[], next.value as string[]);
  }
}

/** `next` merged into `current`: kept, replaced by the more specific value, or added as a conflict. */
const sameDocument = (a: Evidence, b: Evidence): boolean => documentOfPassage(a.passageId) === documentOfPassage(b.passageId);
// The clause adds people from a country to a number from others: "…, and 4 from Japan", "plus 6 from Japan".
// (The offsets are the passage's: the sentence, or table row, that states it is read whole.)
const added = (evidence: Evidence): boolean => /\b(?:plus|and)\s+(?:\d+|[a-z]+)\s+(?:more\s+)?(?:participants\s+)?from\s+\p{Lu}/u.test(evidence.sentence);

/**
 * "in March and December 2021 respectively", then "on 23 and 24 March": the days say more, the year
 * still comes from the month's clause, quoted beside them.
 */
function withYearOf(current: Fact<Period>, next: Fact<Period>): Fact<Period> {
  if (next.value.year !== undefined || current.value.year === undefined) return next;
  return { ...next, value: { ...next.value, year: current.value.year }, support: [...(next.support ?? []), current.evidence] };
}

export function combine<T>(slot: EditionSlot, current: Fact<T> | undefined, next: Fact<T> | undefined): Fact<T> | undefined {
  if (!next) return current;
  if (!current) return next;
  const how = agreement(slot, current as Fact<unknown>, next as Fact<unknown>);
  if (how === "same") return current;
  // "30 from 25 countries, and 4 from Japan" beside a note that lists the 25: countries added to others,
  // in one document, join them; two lists that each say who came stay a conflict.
  if (slot === "countries" && how === "conflicts" && sameDocument(current.evidence, next.evidence) && (added(current.evidence) || added(next.evidence))) {
    const codes = [...new Set([...(current.value as string[]), ...(next.value as string[])])];
    return { ...current, value: codes as T, support: [...(current.support ?? []), next.evidence] };
  }
  if (how === "complements" && slot === "period") {
    const [a, b] = [current.value as Period, next.value as Period];
    const [start, end] = a.startDay !== undefined ? [a, b] : [b, a];
    const joined: Period = { text: `${start.text} to ${end.text}`, startDay: start.startDay!, startMonth: start.startMonth!, endDay: end.endDay!, endMonth: end.endMonth! };
    const year = start.year ?? end.year;
    if (year !== undefined) joined.year = year;
    return { ...current, value: joined as T, support: [...(current.support ?? []), next.evidence] };
  }
  if (how === "complements") {
    // Participants (see `agreement`): the count from one clause, the number of countries from another.
    return { ...current, value: { ...(next.value as object), ...(current.value as object) } as T, support: [...(current.support ?? []), next.evidence] };
  }
  if (how === "refines") {
    // "Bangkok" against "Thailand" was a conflict; "Bangkok, Thailand" agrees with both.
    const still = (current.conflicts ?? []).filter((other) => agreement(slot, next as Fact<unknown>, other as Fact<unknown>) === "conflicts" && agreement(slot, other as Fact<unknown>, next as Fact<unknown>) === "conflicts");
    const refined = slot === "period" ? withYearOf(current as Fact<unknown> as Fact<Period>, next as Fact<unknown> as Fact<Period>) as Fact<unknown> as Fact<T> : next;
    return still.length > 0 ? { ...refined, conflicts: still } : refined;
  }
  const known = current.conflicts ?? [];
  if (known.some((other) => agreement(slot, other as Fact<unknown>, next as Fact<unknown>) !== "conflicts")) return current;
  // "In 2017, the 20th …" against "(from 10 January to 8 February 2018)": both are shown, the dated
  // period first.
  if (slot === "period" && (current.value as Period).startMonth === undefined && (next.value as Period).startMonth !== undefined) {
    return { ...next, conflicts: [{ value: current.value, evidence: current.evidence }, ...known] };
  }
  return { ...current, conflicts: [...known, { value: next.value, evidence: next.evidence }] };
}
