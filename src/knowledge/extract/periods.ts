// When an edition was held: "from September to October", "In December 2021", "between October and
// December", "from 18 to 20 November 2014", "from 10 January to 8 February 2019", "in FY2019".
import type { Period } from "../types.js";
import { allMatches, MONTH_SOURCE, monthNumber } from "./text.js";

export interface PeriodMatch {
  period: Period;
  start: number;
  end: number;
}

const M = MONTH_SOURCE;
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d{2})";
const TO = "\\s*(?:-|–|—|to|until|till|through|and)\\s*";
const INTRO = "(?:(?:[Ff]rom|[Bb]etween|[Dd]uring|[Ii]n|[Oo]n)\\s+)?";
// "late August", "mid-September", "the end of October": where in the month, which the month alone keeps.
const PART = "(?:(?:early|mid|late|the\\s+(?:beginning|middle|end)\\s+of)[\\s-]+)?";

interface Shape {
  pattern: RegExp;
  read: (m: RegExpMatchArray) => Omit<Period, "text">;
}

const num = (text: string | undefined): number | undefined => (text === undefined ? undefined : Number(text));
const month = (text: string | undefined): number | undefined => (text === undefined ? undefined : monthNumber(text));

/** An ISO date or two ("2019-12-17", "…-12-19"): nothing when a month or day is out of range. */
function isoDates(year: string | undefined, startMonth: string | undefined, startDay: string | undefined, endMonth: string | undefined, endDay: string | undefined): Omit<Period, "text"> {
  const [sm, sd, em, ed] = [startMonth, startDay, endMonth, endDay].map((part) => Number(part));
  if (![sm, em].every((one) => one! >= 1 && one! <= 12) || ![sd, ed].every((one) => one! >= 1 && one! <= 31)) return {};
  return { year: num(year), startMonth: sm, startDay: sd, endMonth: em, endDay: ed };
}

/** The year a period starts in: its own, else the end's (the year before when it runs over New Year). */
function startYear(start: number | undefined, end: number | undefined, startMonth: number | undefined, endMonth: number | undefined): number | undefined {
  if (start !== undefined || end === undefined) return start;
  return startMonth !== undefined && endMonth !== undefined && endMonth < startMonth ? end - 1 : end;
}

// Most specific first; a later shape only fills text that no earlier one covered.
const SHAPES: Shape[] = [
  { // 2019-12-17 to 2019-12-19 / 2019-12-17 → 2019-12-19 / from 2022-06-14 to 07-07 (ISO dates)
    pattern: new RegExp(`${INTRO}${YEAR}-(\\d{2})-(\\d{2})\\s*(?:to|until|till|through|–|—|-|→)\\s*(?:(?:19|20)\\d{2}-)?(\\d{2})-(\\d{2})(?![\\d-])`, "gu"),
    read: (m) => isoDates(m[1], m[2], m[3], m[4], m[5]),
  },
  { // 2019-12-17 (an ISO date)
    pattern: new RegExp(`${INTRO}${YEAR}-(\\d{2})-(\\d{2})(?![\\d-])`, "gu"),
    read: (m) => isoDates(m[1], m[2], m[3], m[2], m[3]),
  },
  { // from the 26th of June to the 2nd of July 2024: days of two months
    pattern: new RegExp(`${INTRO}the\\s+${DAY}\\s+of\\s+(${M}),?(?:\\s+${YEAR})?${TO}(?:the\\s+)?${DAY}\\s+of\\s+(${M}),?(?:\\s+${YEAR})?`, "gu"),
    read: (m) => ({ year: startYear(num(m[3]), num(m[6]), month(m[2]), month(m[5])), startDay: num(m[1]), startMonth: month(m[2]), endDay: num(m[4]), endMonth: month(m[5]) }),
  },
  { // from the 7th to the 9th of December 2010 / (Tuesday) the 7th to (Thursday) the 9th of December
    pattern: new RegExp(`${INTRO}the\\s+${DAY}${TO}(?:the\\s+)?${DAY}\\s+of\\s+(${M}),?(?:\\s+${YEAR})?`, "gu"),
    read: (m) => ({ year: num(m[4]), startDay: num(m[1]), endDay: num(m[2]), startMonth: month(m[3]), endMonth: month(m[3]) }),
  },
  { // from 10 January to 8 February 2019 / from 28 November 2019 to 5 February 2020 / from 14 May to 7 June
    pattern: new RegExp(`${INTRO}${DAY}\\s+(${M}),?(?:\\s+${YEAR})?${TO}${DAY}\\s+(${M})(?:,?\\s+${YEAR})?`, "gu"),
    read: (m) => ({ year: startYear(num(m[3]), num(m[6]), month(m[2]), month(m[5])), startDay: num(m[1]), startMonth: month(m[2]), endDay: num(m[4]), endMonth: month(m[5]) }),
  },
  { // from 24 November 2015 to the 26th of that month / from 18 August 2008 to the 29th of the same month
    pattern: new RegExp(`${INTRO}${DAY}\\s+(${M}),?(?:\\s+${YEAR})?${TO}(?:the\\s+)?${DAY}\\s+of\\s+(?:that|the\\s+same)\\s+month`, "gu"),
    read: (m) => ({ year: num(m[3]), startDay: num(m[1]), startMonth: month(m[2]), endDay: num(m[4]), endMonth: month(m[2]) }),
  },
  { // from 18 to 20 November 2014 / 18–20 November 2014
    pattern: new RegExp(`${INTRO}${DAY}${TO}${DAY}\\s+(${M}),?(?:\\s+${YEAR})?`, "gu"),
    read: (m) => ({ year: num(m[4]), startDay: num(m[1]), endDay: num(m[2]), startMonth: month(m[3]), endMonth: month(m[3]) }),
  },
  { // from January 10 to February 8, 2019 / November 18 to 20, 2014
    pattern: new RegExp(`${INTRO}(${M})\\s+${DAY}${TO}(?:(${M})\\s+)?${DAY},?(?:\\s+${YEAR})?`, "gu"),
    read: (m) => ({ year: num(m[5]), startMonth: month(m[1]), startDay: num(m[2]), endMonth: month(m[3] ?? m[1]), endDay: num(m[4]) }),
  },
  { // from September to October / between October and December 2021 / from September 2021 to January 2022 /
    // from late August to mid-September 2022 / in January and February 2020
    // …but "in March and December 2021" names two months apart (of two editions, say), not a span.
    pattern: new RegExp(`(?:(?:from|between|From|Between)\\s+${PART}(${M})(?:\\s+${YEAR})?${TO}${PART}|(?:in|In|during|During)\\s+(${M})\\s+(and|to|through)\\s+)(${M})(?:,?\\s+${YEAR})?`, "gu"),
    read: (m) => {
      const [start, end] = [month(m[1] ?? m[3]), month(m[5])];
      if (m[4] === "and" && start !== undefined && end !== undefined && end !== start + 1) return {};
      return { year: startYear(num(m[2]), num(m[6]), start, end), startMonth: start, endMonth: end };
    },
  },
  { // October to December 2021 (a table cell, a heading): two months and a year, no preposition before
    pattern: new RegExp(`(?<![\\p{L}])(${M})\\s*(?:to|through|until|–|—|-)\\s*(${M}),?\\s+${YEAR}`, "gu"),
    read: (m) => ({ year: startYear(undefined, num(m[3]), month(m[1]), month(m[2])), startMonth: month(m[1]), endMonth: month(m[2]) }),
  },
  { // until 19 November 2024 / until November 19, 2024: the end, with no start written
    pattern: new RegExp(`(?:until|till|up\\s+to)\\s+(?:${DAY}\\s+(${M})|(${M})\\s+${DAY}),?(?:\\s+${YEAR})?`, "gu"),
    read: (m) => ({ year: num(m[5]), endDay: num(m[1] ?? m[4]), endMonth: month(m[2] ?? m[3]) }),
  },
  { // on 5 March 2020 / 5 March 2020
    pattern: new RegExp(`${INTRO}${DAY}\\s+(${M}),?(?:\\s+${YEAR})?`, "gu"),
    read: (m) => ({ year: num(m[3]), startDay: num(m[1]), endDay: num(m[1]), startMonth: month(m[2]), endMonth: month(m[2]) }),
  },
  { // on March 5, 2020
    pattern: new RegExp(`${INTRO}(${M})\\s+${DAY},\\s+${YEAR}`, "gu"),
    read: (m) => ({ year: num(m[3]), startMonth: month(m[1]), endMonth: month(m[1]), startDay: num(m[2]), endDay: num(m[2]) }),
  },
  { // In December 2021 / in December / in early December 2021
    pattern: new RegExp(`(?:(?:in|In|during|During)\\s+${PART})?(${M})(?:,?\\s+${YEAR})?`, "gu"),
    read: (m) => ({ year: num(m[2]), startMonth: month(m[1]), endMonth: month(m[1]) }),
  },
  { // in FY2019 / in fiscal year 2019 / in fiscal 2019
    pattern: new RegExp(`(?:(?:in|In|during|During)\\s+)?(?:FY\\s?|fiscal year\\s+|fiscal\\s+)${YEAR}`, "gu"),
    read: (m) => ({ year: num(m[1]) }),
  },
];

// Every shape above holds a month name, "FY"/"fiscal" or an ISO date as written here (case matters, as in the shapes).
const PERIOD_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|FY|fiscal|\d{4}-\d{2}-\d{2}/;

// …and a record's label: "Date Published: September 2008", "Publication date: …", "Issued: …".
const PUBLICATION_AFTER = /^\s*(?:issue|number|volume|newsletter|bulletin|report)\b/iu;
const PUBLICATION_BEFORE = /(?:\b(?:date\s+(?:published|issued|of\s+(?:publication|issue))|publication\s+(?:date|year)|published|issued|released|printed)\s*:\s*|\b(?:reports?|publications?|yearbooks?|bulletins?|newsletters?|journals?|white\s+papers?|statistics|surveys?|volume|article)\s*(?:\(|,\s*|\s+(?:of|dated|issued\s+in|published\s+in)\s+)|\b(?:published|posted|issued|released|dated|updated|revised|printed|as\s+of(?:\s+the\s+end\s+of)?)\s+(?:in\s+|on\s+)?)$/iu;
// A news item's dateline, "Manila, 23 December 2009. The third edition …": when it was written, not
// when anything was held. A place (a few capitalised words) and a comma before the date, and nothing but
// the end of the sentence or a dash after it.
const DATELINE_BEFORE = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*,\s*$/u;
const DATELINE_AFTER = /^\s*(?:[.:—–]|-{1,2}\s|$)/u;
const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?=(?:the\s+)?\d)/gu;
// …and "approved by the Lao National Assembly on 6 December 2018": by whom, then when.
const DONE_BEFORE = /\b(?:adopted|signed|concluded|enacted|established|founded|created|published|issued|announced|approved|ratified|agreed|promulgated|amended|entered\s+into\s+force)(?:\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,5}\p{Lu}[\p{L}'’-]*)?\s+(?:in|on)?\s*$/iu;
const BEGAN_IN_BEFORE = /\b(?:began|begun|started|dates\s+back|goes\s+back|went\s+back|originated)\s+(?:to\s+|in\s+)?$/iu;
const ANNOUNCED_BEFORE = /\b(?:announced|published|issued|released|reported|posted|publici[sz]ed)\s+(?:the|its|this|that|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:on|in)\s*$/iu;
const RESULTS_PRESENTED_BEFORE = /\b(?:results?|recommendations?|reports?|outcomes?|findings?|conclusions?|summary)\b[^.;]{0,80}?\b(?:presented|submitted|reported|delivered|handed\s+over|sent)\b[^.;]{0,120}$/iu;
const PLANNED_BEFORE = /\b(?:scheduled|planned|postponed|rescheduled|moved)\s+(?:for|from|to)?\s*$/i;
const ANY_MONTH_INTRO = new RegExp(`^(?:in|during|on|from|between)\\s`, "i");

/**
 * Every period stated in a text, in order, without overlaps. Years alone ("in 2021") are not periods:
 * they are the sentence's year (see `statedYear`). A bare month ("May") only counts after a
 * preposition or next to a day or year, so that the verb "may" and a lone "March" title are skipped.
 */
export function findPeriods(written: string): PeriodMatch[] {
  const taken: PeriodMatch[] = [];
  const blocked: Array<{ start: number; end: number }> = [];
  if (!PERIOD_HINT.test(written)) return taken;
  // "From Monday 18 August 2008 to Friday the 29th": days of the week read as spaces, in place.
  const text = written.replace(WEEKDAY, (day) => " ".repeat(day.length));
  for (const shape of SHAPES) {
    for (const match of allMatches(shape.pattern, text)) {
      const start = match.index;
      // "from 12 to 14 December, with …": the comma before an absent year is no part of the date.
      const raw = match[0].replace(/[\s,]+$/, "");
      const end = start + raw.length;
      if ([...taken, ...blocked].some((other) => start < other.end && other.start < end)) continue;
      // As written, in one line: an era year or a weekday read in place leaves spaces.
      const period = { text: raw.trim().replace(/\s+/gu, " "), ...shape.read(match) };
      if (period.startMonth === undefined && period.endMonth === undefined && period.year === undefined) continue;
      // A lone month name needs a preposition or a year to be a date.
      if (period.startDay === undefined && period.startMonth !== undefined && period.endMonth === period.startMonth
        && period.year === undefined && !ANY_MONTH_INTRO.test(period.text)) continue;
      // Dates that are not when an edition was held: their span is taken, so that a shorter shape does
      // not read a part of them ("February 2018" of a dateline "Abidjan, 13 February 2018.").
      const notHeld = /\bsince\s*$/i.test(text.slice(Math.max(0, start - 30), start))
        // "… at the Complex since its move to Akishima in the autumn of 2017": when what it counts from happened.
        || SINCE_CLAUSE_BEFORE.test(text.slice(Math.max(0, start - 70), start))
        // A date it was moved from is not when it was held: "originally scheduled for December 2020".
        || PLANNED_BEFORE.test(text.slice(Math.max(0, start - 40), start))
        // A date that dates a publication or a count is no period: "the annual report (March 2010)",
        // "as of the end of the fiscal year", "published in May 2019".
        || PUBLICATION_BEFORE.test(text.slice(Math.max(0, start - 60), start))
        // "the Kyoto Declaration, adopted in March 2021": when something else was done.
        || DONE_BEFORE.test(text.slice(Math.max(0, start - 70), start))
        // "It began in 1994", "the programme started in 2001": a year alone after "began" is when something
        // started, a series or a story; an edition that began on a day has its month ("began on 5 May").
        || (period.startMonth === undefined && BEGAN_IN_BEFORE.test(text.slice(Math.max(0, start - 30), start)))
        // "(the Ministry announced the training on 10 December 2019)": when it was made known.
        // (The period's own "on" or "in" may begin it: "on 10 December 2019".)
        || ANNOUNCED_BEFORE.test(`${text.slice(Math.max(0, start - 70), start)}${/^\s*(?:on|in)\b/iu.exec(text.slice(start))?.[0] ?? ""}`)
        // "The results were adopted as recommendations, which were presented at the session of the CCPCJ
        // in November 2021": when what came out of it went elsewhere.
        || RESULTS_PRESENTED_BEFORE.test(text.slice(Math.max(0, start - 200), start))
        || (DATELINE_BEFORE.test(text.slice(0, start)) && DATELINE_AFTER.test(text.slice(end)))
        // "The February 2013 issue (No. 53) of ACPF News": the date names an issue of a publication.
        || PUBLICATION_AFTER.test(text.slice(end, end + 40));
      if (notHeld) {
        blocked.push({ start, end });
        continue;
      }
      taken.push({ period: dropUndefined(period), start: start + (match[0].length - match[0].trimStart().length), end });
    }
  }
  return taken.flatMap((match) => twoDates(match, text)).sort((a, b) => a.start - b.start);
}

/**
 * "on 9 October and 17 December 2019": two days months apart joined by "and" are two dates (of two
 * editions, "respectively"), not one period; "on 31 October and 1 November" and "between … and …" are one.
 */
function twoDates(match: PeriodMatch, text: string): PeriodMatch[] {
  const { period } = match;
  const written = text.slice(match.start, match.end);
  const and = /\s+and\s+/u.exec(written);
  if (!and || /\bbetween\b/iu.test(written) || period.startMonth === undefined || period.endMonth === undefined || period.startDay === undefined || period.endDay === undefined || period.startMonth === period.endMonth) return [match];
  const consecutive = period.endDay === 1 && period.endMonth === period.startMonth + 1 && period.startDay >= 28;
  if (consecutive) return [match];
  const year = period.year !== undefined ? { year: period.year } : {};
  const split = match.start + and.index;
  return [
    { period: { text: written.slice(0, and.index), ...year, startMonth: period.startMonth, endMonth: period.startMonth, startDay: period.startDay, endDay: period.startDay }, start: match.start, end: split },
    { period: { text: written.slice(and.index + and[0].length), ...year, startMonth: period.endMonth, endMonth: period.endMonth, startDay: period.endDay, endDay: period.endDay }, start: split + and[0].length, end: match.end },
  ];
}

function dropUndefined(period: Period): Period {
  return Object.fromEntries(Object.entries(period).filter(([, value]) => value !== undefined)) as unknown as Period;
}

/**
 * The year a sentence is about: "In 2021, …", "in FY2019", "(2019)", a year in a date. Years after
 * "since", "established in" and "from … to" ranges of other things are not taken.
 */
export function statedYear(text: string): number | undefined {
  for (const match of allMatches(/(?<![\p{L}\p{N}])(?:FY\s?)?((?:19|20)\d{2})(?![\p{N}])/gu, text)) {
    const before = text.slice(Math.max(0, match.index - 24), match.index).toLowerCase();
    if (/(?:since|established in|founded in|until|up to|by)\s*$/.test(before)) continue;
    // "It began in 1994": when something started (see BEGAN_IN_BEFORE).
    if (BEGAN_IN_BEFORE.test(before)) continue;
    if (SINCE_CLAUSE_BEFORE.test(text.slice(Math.max(0, match.index - 70), match.index))) continue;
    return Number(match[1]);
  }
  return undefined;
}

/** The most informative period among candidates: days, then months, then year only. */
export function bestPeriod(candidates: readonly PeriodMatch[]): PeriodMatch | undefined {
  const score = (p: Period): number => (p.startDay !== undefined ? 3 : p.startMonth !== undefined ? 2 : 1) * 10 + (p.year !== undefined ? 1 : 0);
  let best: PeriodMatch | undefined;
  for (const candidate of candidates) if (!best || score(candidate.period) > score(best.period)) best = candidate;
  return best;
}

const SINCE_CLAUSE_BEFORE = /\bsince\s+(?:its|the|their|his|her)\s+[^.;,()]{0,60}$/iu;

// "The 22nd … opened on Wednesday 9 October 2019": the day it began, not a one-day edition.
// …and "opened its twenty-second session on Wednesday 9 October 2019".
// …and "opened at the International Legal Affairs Complex in Akishima on 9 October 2019".
// …and a record's label: "Opened: 2022-06-14", "Start date: 14 June 2022", "Opened: Wednesday 13 December 2023".
const DATES_BEFORE = new RegExp(`(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_SOURCE}(?:\\s+(?:19|20)\\d{2})?,?\\s+and\\s+)+$`, "u");
const BEGAN_BEFORE = /\b(?:opened|began|started|commenced|kicked\s+off|got\s+under\s*way)(?:\s+(?:there|here))?(?:\s+(?:its|the)\s+[^.;,]{0,40}?)?(?:\s+(?:at|in)\s+[^.;,]{0,80}?)?\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$|(?:^|[.;]\s*)(?:Opened|Opening|Opens|Began|Begins|Started|Starts|Start(?:\s+date)?|Opening\s+date)\s*:\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/iu;

/**
 * A single day after a verb of beginning, or after "from" with no end, as a start with no end; after a
 * verb of ending, as an end with no start; any other period as found.
 */
export function startedOn(text: string, found: { period: Period; start: number; end?: number }): Period {
  const { period } = found;
  const oneDay = period.startDay !== undefined && period.startDay === period.endDay && period.startMonth === period.endMonth;
  // "14 Jun 2022 — 178th International Training Course begins online (to 7 July)": a dateline's day, then
  // the edition opening on it; its end when the item gives one.
  const opening = oneDay && found.end !== undefined ? OPENS_AFTER.exec(text.slice(found.end)) : null;
  if (opening) {
    const { endDay: _day, endMonth: _month, ...start } = period;
    const until = UNTIL_IN_ITEM.exec(text.slice(found.end! + opening[0].length));
    const month = until ? monthNumber(until[2]!) : undefined;
    return until && month !== undefined ? { ...start, endDay: Number(until[1]), endMonth: month } : start;
  }
  // "from 9 October 2019" with no end ("| 22nd | from 9 October 2019 |"): the start too.
  const fromAlone = /^from\s/iu.test(period.text) && !/\b(?:to|until|till|through|and)\b|[–-]/u.test(period.text.slice(5));
  if (!oneDay) return period;
  // "opened there on 9 October and 17 December 2019 respectively": the second date opens too.
  const before = text.slice(Math.max(0, found.start - 160), found.start).replace(DATES_BEFORE, "");
  // "… and closed on 19 November 2024": the day it ended, an end with no start.
  if (ENDED_BEFORE.test(before)) {
    const { startDay: _day, startMonth: _month, ...end } = period;
    return end;
  }
  if (!fromAlone && !BEGAN_BEFORE.test(before)) return period;
  const { endDay: _day, endMonth: _month, ...start } = period;
  return start;
}
const OPENS_AFTER = /^\s*[—–-]\s+[^.;—–]{0,120}?\b(?:opens|opened|begins|began|starts|started|gets\s+under\s*way)\b/u;
const UNTIL_IN_ITEM = new RegExp(`^[^.;]{0,60}?(?:\\(\\s*to|\\bruns\\s+until|\\buntil)\\s+(\\d{1,2})\\s+(${MONTH_SOURCE})`, "u");
// …and "(to 2 July)" after the edition's name: its last day, the first told elsewhere.
// …and "Closed: 2022-07-07", "End date: 7 July 2022".
const ENDED_BEFORE = /\b(?:closed|ended|finished|concluded|wound\s+up|(?:due|scheduled|set|expected)\s+to\s+(?:end|close|finish|conclude))\s+(?:on\s+)?$|\(\s*to\s+$|(?:^|[.;]\s*)(?:Closed|Closing|Closes|Ended|Ends|End(?:\s+date)?|Closing\s+date)\s*:\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/iu;
