// Slot filling for one sentence: the period, format and place, participants, participating countries
// and organiser that a stretch of a sentence states, each with the span of the clause that states it,
// so that the evidence quoted for a fact is that clause. Countries inside a role span (experts,
// guests, advisers, observers, hosts; see roles.ts) and the venue are never participants.
import type { Evidence, Fact, Format, Participants, Period } from "../types.js";
import { findEditionOrganiser } from "./organisers.js";
import { findFormat, findPlace } from "./format.js";
import { otherEventSpans } from "./other-events.js";
import { findParticipantCount, findParticipation, type ParticipantName } from "./participants.js";
import { bestPeriod, findPeriods, startedOn, statedYear } from "./periods.js";
import type { RoleSpan } from "./roles.js";
import { allMatches, type Span } from "./text.js";

/** Makes the evidence of a clause from offsets into the sentence. */
export type EvidenceAt = (start: number, end: number) => Evidence;

/** Which slots to look for. */
export interface Wanted {
  period: boolean;
  format: boolean;
  participants: boolean;
  countries: boolean;
  organiser: boolean;
}

export const ALL_SLOTS: Wanted = Object.freeze({ period: true, format: true, participants: true, countries: true, organiser: true });

export interface SlotFacts {
  period?: Fact<Period>;
  format?: Fact<Format>;
  participants?: Fact<Participants>;
  countries?: Fact<string[]>;
  organiser?: Fact<string>;
  /** The year the sentence states, and where ("In 2021, …"); `fiscal` for "FY2017", "fiscal year 2017". */
  year?: { value: number; start: number; end: number; fiscal: boolean };
}

export interface FoundSlots {
  facts: SlotFacts;
  /** The participating countries, offsets in the sentence. */
  countries: ParticipantName[];
}

/**
 * The text with the spans blanked (same length): what a role span holds is no participant or count.
 * The filler is neither a space nor a letter, so no pattern reads across it ("Two [experts …] seventeen
 * practitioners" must not give "Two … practitioners").
 */
export function blank(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const span of spans) out = out.slice(0, span.start) + BLANK.repeat(span.end - span.start) + out.slice(span.end);
  return out;
}
const BLANK = "\u0001";

/**
 * The slots `masked` (a sentence with its quotes blanked) states inside `ranges` (tried in order: the
 * edition's own stretch first, then shared ones). `anchor` is the edition mention's span, when the
 * sentence has one: the evidence clause then runs from the mention to the value, so that it says
 * which edition the value is of.
 */
export function findSlots(written: string, ranges: readonly Span[], at: EvidenceAt, roles: readonly RoleSpan[], anchor: Span | undefined, wanted: Wanted = ALL_SLOTS): FoundSlots {
  return slotReader(written, roles).find(ranges, at, anchor, wanted);
}

/** `findSlots` for one sentence and its role spans, asked once per edition it mentions. */
export interface SlotReader {
  find(ranges: readonly Span[], at: EvidenceAt, anchor: Span | undefined, wanted?: Wanted): FoundSlots;
}

/** What the recognisers found in one stretch of the sentence, each read on first use. */
interface RangeFinds {
  period?: { value: ReturnType<typeof bestPeriod> };
  place?: { value: ReturnType<typeof findPlace> };
  format?: { value: ReturnType<typeof findFormat> };
  count?: { value: ReturnType<typeof findParticipantCount> };
  participation?: { value: ReturnType<typeof findParticipation> };
  organiser?: { value: ReturnType<typeof findEditionOrganiser> };
}

/**
 * A reader of one sentence's slots. A sentence that names several editions is read once per edition,
 * over ranges that overlap (each edition's own stretch, then the stretch before the first mention,
 * which is the same for all): the blanked forms of the sentence are made once, and what each
 * recogniser finds in a stretch is kept for the next edition (the recognisers are pure functions of
 * the text, and nothing they return is changed afterwards). Only the evidence, which depends on the
 * edition's own mention, is made per edition.
 */
export function slotReader(written: string, roles: readonly RoleSpan[]): SlotReader {
  // What the sentence tells of another event or of the series' past is no fact of this edition.
  const masked = blank(written, otherEventSpans(written));
  const withoutRoles = blank(masked, roles);
  // A host's place is the venue ("co-hosted by Japan and Thailand in Bangkok"); a guest's is not.
  const withoutGuests = blank(masked, roles.filter((role) => role.role !== "host"));
  const cache = new Map<string, RangeFinds>();
  return {
    find(ranges, at, anchor, wanted = ALL_SLOTS) {
      const facts: SlotFacts = {};
      let countries: ParticipantName[] | undefined;
      const clause = (start: number, end: number): Evidence => (anchor ? at(Math.min(anchor.start, start), Math.max(anchor.end, end)) : at(clauseStart(masked, start), end));
      for (const range of ranges) {
        if (range.end <= range.start) continue;
        const key = `${range.start}:${range.end}:${anchor !== undefined}`;
        let finds = cache.get(key);
        if (!finds) cache.set(key, (finds = {}));
        const slice = masked.slice(range.start, range.end);
        const shift = (span: Span): Span => ({ start: span.start + range.start, end: span.end + range.start });
        if (wanted.period && !facts.period) {
          const best = (finds.period ??= { value: bestPeriod(findPeriods(slice)) }).value;
          if (best) {
            const span = shift(best);
            // The words before the period are read in the whole sentence: a stretch may start at the date.
            facts.period = { value: startedOn(masked, { period: best.period, start: span.start, end: span.end }), evidence: clause(span.start, span.end), basis: "stated" };
          }
        }
        // A place inside a guest's span ("the Embassy of Japan in Viet Nam") is no venue.
        const unroled = withoutGuests.slice(range.start, range.end);
        // "the visiting experts (…; Edward Latessa of Cincinnati on correctional programmes in the United
        // States)": a place in brackets about the speakers is where they work or what they spoke on.
        const found = wanted.format || wanted.countries ? (finds.place ??= { value: findPlace(unroled, anchor !== undefined) }).value : undefined;
        const place = found && !insideBrackets(masked, range.start + found.start) ? found : undefined;
        if (wanted.format && !facts.format) {
          const format = (finds.format ??= { value: findFormat(unroled, place ?? null) }).value;
          if (format) {
            const span = shift(format);
            facts.format = { value: format.format, evidence: clause(span.start, span.end), basis: "stated" };
          }
        }
        const people = withoutRoles.slice(range.start, range.end);
        if (wanted.participants && !facts.participants) {
          const count = (finds.count ??= { value: findParticipantCount(people) }).value;
          if (count) {
            const span = shift(count);
            facts.participants = { value: count.participants, evidence: clause(span.start, span.end), basis: "stated" };
          }
        }
        if (wanted.countries && !countries) {
          const exclude: Span[] = place ? [{ start: place.start, end: place.end }] : [];
          const participation = (finds.participation ??= { value: findParticipation(people, exclude) }).value;
          if (participation) {
            countries = participation.countries.map((name) => ({ ...name, start: name.start + range.start, end: name.end + range.start }));
            const span = shift(participation);
            facts.countries = { value: countries.map((name) => name.code), evidence: clause(span.start, span.end), basis: "stated" };
          }
        }
        if (wanted.organiser && !facts.organiser) {
          const organiser = (finds.organiser ??= { value: findEditionOrganiser(slice) }).value;
          if (organiser) {
            const span = shift(organiser);
            facts.organiser = { value: organiser.value, evidence: clause(span.start, span.end), basis: "stated" };
          }
        }
      }
      const year = yearOf(masked, ranges);
      if (year) facts.year = year;
      return { facts, countries: countries ?? [] };
    },
  };
}


/** Whether `at` stands inside brackets, not closed before it, that open on who spoke ("the visiting experts (…"). */
function insideBrackets(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = before.lastIndexOf("(");
  return open > before.lastIndexOf(")") && /\b(?:experts?|lecturers?|speakers?|advisers?|advisors?|observers?|guests?|presenters?|panellists?|panelists?)\s*$/iu.test(before.slice(0, open));
}

/** Where the clause holding `at` starts: after the last ";" or ":" before it, else the sentence's start. */
export function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":"));
  return cut < 0 ? 0 : cut + 1 + (before.slice(cut + 1).length - before.slice(cut + 1).trimStart().length);
}

/** The year a sentence states, with its span. */
/**
 * The year stated for what `ranges` are about: the first one inside them, in their order; else the
 * sentence's, when it states one year only. "… in Thailand in 2007 and 2008 respectively, and the third
 * is scheduled … in 2009": the third's year is the one in its own part, not the sentence's first.
 */
function yearOf(masked: string, ranges: readonly Span[]): SlotFacts["year"] {
  for (const range of ranges) {
    if (range.end <= range.start) continue;
    const own = statedYearSpan(masked.slice(range.start, range.end));
    if (own) return { ...own, start: own.start + range.start, end: own.end + range.start };
  }
  const years = new Set(allMatches(/(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{N}])/gu, masked).map((match) => match[0]));
  return years.size === 1 ? statedYearSpan(masked) : undefined;
}

function statedYearSpan(masked: string): SlotFacts["year"] {
  const value = statedYear(masked);
  if (value === undefined) return undefined;
  const start = masked.search(new RegExp(`(?<![\\p{N}])${value}(?![\\p{N}])`, "u"));
  const fiscal = /(?:FY\s?|fiscal\s+(?:year\s+)?)$/iu.test(masked.slice(Math.max(0, start - 12), Math.max(0, start)));
  return { value, start: Math.max(0, start), end: Math.max(0, start) + 4, fiscal };
}
