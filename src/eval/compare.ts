// Scoring one document's extracted Catalogue against its gold catalogue, fact by fact. Pure.
//
// Every fact is one of: correct (extracted and equal to gold), wrong (extracted, but gold states another
// value, states none, or the edition it belongs to is not in gold at all: a phantom) or missed (gold
// states it and no correct value was extracted). A wrong value where gold has one counts both as wrong
// and as missed. Precision = correct / (correct + wrong); recall = correct / (correct + missed).
//
// Slots: edition, theme, period, year, mode, place, participants, countryCount, countries (one fact per
// code), organiser (per edition), sinceYear and frequency (per series). A conflicting value shown beside
// a fact ("also stated: …") is judged too: one gold does not accept is a wrong fact.
import { resolveCountry } from "../knowledge/countries.js";
import type { Catalogue, Edition, Fact, Period, Series } from "../knowledge/types.js";
import type { GoldCatalogue, GoldEdition, GoldPeriod, GoldSeries } from "./gold.js";
import { PERIOD_FIELDS } from "./gold.js";

export const SLOTS = [
  "edition",
  "theme",
  "period",
  "year",
  "mode",
  "place",
  "participants",
  "countryCount",
  "countries",
  "organiser",
  "sinceYear",
  "frequency",
] as const;
export type Slot = (typeof SLOTS)[number];

export interface Tally {
  correct: number;
  wrong: number;
  missed: number;
}

export interface FactIssue {
  /** Corpus document (gold `file`). */
  document: string;
  /** "GG Seminar #8" (gold name when matched, else the extracted series name), or a series name. */
  edition: string;
  slot: Slot;
  /** The extracted value, as text; absent for a missed fact. */
  extracted?: string;
  /** The gold value (the first acceptable form, or all of them joined with " | "); absent for a phantom. */
  gold?: string;
}

export interface DocumentScore {
  document: string;
  slots: Record<Slot, Tally>;
  wrong: FactIssue[];
  missed: FactIssue[];
}

/** Case-folded, quotes removed, whitespace collapsed, a leading "the " and trailing punctuation dropped. */
export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u201c\u201d\u201e\u201f"\u2018\u2019\u201a\u201b'`\u00ab\u00bb]/g, "")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/[\s.,;:!?]+$/, "")
    .trim();
}

export const emptyTallies = (): Record<Slot, Tally> =>
  Object.fromEntries(SLOTS.map((slot) => [slot, { correct: 0, wrong: 0, missed: 0 }])) as Record<Slot, Tally>;

const seriesNames = (series: Series): string[] => [series.name, ...(series.aliases ?? []), ...(series.abbreviation ? [series.abbreviation] : [])];
const goldNames = (series: GoldSeries): string[] => [series.name, ...series.aliases];

function namesMatch(extracted: string[], gold: string[]): boolean {
  const wanted = new Set(gold.map(normalise));
  return extracted.some((name) => wanted.has(normalise(name)));
}

const acceptable = (value: string, forms: string[]): boolean => forms.some((form) => normalise(form) === normalise(value));
const showForms = (forms: string[]): string => forms.join(" | ");

/** "Indonesia's Corruption Eradication Commission" → "Corruption Eradication Commission"; other names as they are. */
function withoutCountry(body: string): string {
  const possessive = /^\s*(?:the\s+)?([\p{Lu}][\p{L} -]*?)['’]s\s+(?=\p{Lu})/u.exec(body);
  return possessive && resolveCountry(possessive[1]!) ? body.slice(possessive[0].length) : body;
}

/**
 * An organiser value naming several bodies, as the text joins them ("the Research and Training
 * Institute … and the Japan International Cooperation Agency (JICA)"), is right when gold accepts the
 * whole, or accepts each body it names.
 */
export const acceptableBodies = (value: string, forms: string[]): boolean => acceptable(value, forms) || listOfBodies(value.trim(), forms, false);

/** A body named with its letters is the body gold names without them ("… Office (AGO)"), and with its country ("Indonesia's …"). */
const acceptableBody = (body: string, forms: string[]): boolean =>
  [body, withoutCountry(body)].some((one) => acceptable(one, forms) || acceptable(one.replace(/\s*\([A-Z][A-Za-z-]*\)$/u, ""), forms));

// Where one body of a list ends and the next begins: a comma (", and"), or any "and", since a name may
// hold one ("the Research and Training Institute …", "the UNODC Regional Centre for East Asia and the Pacific"),
// or "with" as a table cell joins its co-hosts ("UNAFEI with the Philippine Department of Justice").
const JOINTS = /,\s+(?:and\s+)?|\s+(?:and|with)\s+/gu;

/** Whether `value` is two bodies or more that gold accepts each, split at some of its joints (`more`: one is already taken). */
function listOfBodies(value: string, forms: string[], more: boolean): boolean {
  if (more && acceptableBody(value, forms)) return true;
  for (const joint of value.matchAll(JOINTS)) {
    const head = value.slice(0, joint.index).trim();
    if (head !== "" && acceptableBody(head, forms) && listOfBodies(value.slice(joint.index + joint[0].length).trim(), forms, true)) return true;
  }
  return false;
}

/** The organiser the extractor gives an edition: its own `organiser` when the type has one, else its series'. */
function organiserOf(edition: Edition, series: Series | undefined): string | undefined {
  const own = (edition as Edition & { organiser?: Fact<string> | string }).organiser;
  if (typeof own === "string") return own;
  if (own && typeof own.value === "string") return own.value;
  return series?.organiser?.value;
}

function showPeriod(period: Partial<Record<(typeof PERIOD_FIELDS)[number], number>>): string {
  const parts = PERIOD_FIELDS.filter((field) => period[field] !== undefined).map((field) => `${field}=${period[field]}`);
  return parts.length === 0 ? "{}" : parts.join(" ");
}

const periodFields = (period: Period): GoldPeriod => {
  const fields: GoldPeriod = {};
  for (const field of PERIOD_FIELDS) if (typeof period[field] === "number") fields[field] = period[field];
  return fields;
};

type PeriodVerdict = "correct" | "incomplete" | "wrong";

/** Equal on every field gold states and no field gold lacks: correct; a strict, agreeing subset: incomplete. */
export function judgePeriod(extracted: GoldPeriod, gold: GoldPeriod): PeriodVerdict {
  let missing = false;
  for (const field of PERIOD_FIELDS) {
    const e = extracted[field];
    const g = gold[field];
    if (e !== undefined && g === undefined) return "wrong";
    if (e !== undefined && e !== g) return "wrong";
    if (e === undefined && g !== undefined) missing = true;
  }
  return missing ? "incomplete" : "correct";
}

class Scorer {
  readonly slots = emptyTallies();
  readonly wrong: FactIssue[] = [];
  readonly missed: FactIssue[] = [];
  constructor(readonly document: string) {}

  correct(slot: Slot): void {
    this.slots[slot].correct += 1;
  }
  bad(slot: Slot, edition: string, extracted: string, gold?: string): void {
    this.slots[slot].wrong += 1;
    this.wrong.push({ document: this.document, edition, slot, extracted, ...(gold === undefined ? {} : { gold }) });
  }
  miss(slot: Slot, edition: string, gold: string): void {
    this.slots[slot].missed += 1;
    this.missed.push({ document: this.document, edition, slot, gold });
  }

  /**
   * A conflicting value the bot shows beside the first ("also stated: …"): shown, so judged. One gold
   * accepts adds nothing (the slot is scored by its first value); any other is a wrong fact.
   */
  alsoStated(slot: Slot, label: string, value: string, accepted: boolean, gold?: string): void {
    if (!accepted) this.bad(slot, label, `also stated: ${value}`, gold);
  }

  /** A single-valued slot: `extracted` against the acceptable gold forms. */
  single(slot: Slot, label: string, extracted: string | undefined, gold: string[] | undefined, equal = acceptable): void {
    if (extracted !== undefined) {
      if (gold !== undefined && equal(extracted, gold)) return this.correct(slot);
      this.bad(slot, label, extracted, gold === undefined ? undefined : showForms(gold));
    }
    if (gold !== undefined) this.miss(slot, label, showForms(gold));
  }
}

const exact = (value: string, forms: string[]): boolean => forms.includes(value);

/** The facts of one extracted edition, judged against its gold edition (or as a phantom when `gold` is undefined). */
function scoreEdition(scorer: Scorer, edition: Edition, series: Series | undefined, gold: GoldEdition | undefined, label: string): void {
  if (gold) scorer.correct("edition");
  else scorer.bad("edition", label, `${series?.name ?? edition.seriesId} #${edition.ordinal} (${edition.ordinalText})`);

  scorer.single("theme", label, edition.theme?.value, gold?.theme);

  // period: one fact, compared on the fields gold states.
  const extractedPeriod = edition.period ? periodFields(edition.period.value) : undefined;
  if (extractedPeriod !== undefined && Object.keys(extractedPeriod).length > 0) {
    const shown = `${showPeriod(extractedPeriod)} ("${edition.period?.value.text ?? ""}")`;
    if (gold?.period === undefined) scorer.bad("period", label, shown);
    else {
      const verdict = judgePeriod(extractedPeriod, gold.period);
      if (verdict === "correct") scorer.correct("period");
      else {
        if (verdict === "wrong") scorer.bad("period", label, shown, showPeriod(gold.period));
        scorer.miss("period", label, showPeriod(gold.period));
      }
    }
  } else if (gold?.period !== undefined) scorer.miss("period", label, showPeriod(gold.period));

  // year: scored where gold states one; on a phantom every stated year is wrong.
  const goldYear = gold?.period?.year;
  if (gold === undefined) {
    if (edition.year !== undefined) scorer.bad("year", label, String(edition.year));
  } else if (goldYear !== undefined) {
    scorer.single("year", label, edition.year === undefined ? undefined : String(edition.year), [String(goldYear)], exact);
  }

  const format = edition.format?.value;
  scorer.single("mode", label, format?.mode, gold?.mode === undefined ? undefined : [gold.mode], exact);
  scorer.single("place", label, format?.place, gold?.place);

  const participants = edition.participants?.value;
  const asText = (n: number | undefined): string | undefined => (n === undefined ? undefined : String(n));
  scorer.single("participants", label, asText(participants?.count), gold?.participants === undefined ? undefined : [String(gold.participants)], exact);
  scorer.single("countryCount", label, asText(participants?.countryCount), gold?.countryCount === undefined ? undefined : [String(gold.countryCount)], exact);

  // countries: one fact per code.
  const goldCodes = new Set(gold?.countries ?? []);
  const seen = new Set<string>();
  for (const code of edition.countries?.value ?? []) {
    if (seen.has(code)) continue;
    seen.add(code);
    if (goldCodes.has(code)) scorer.correct("countries");
    else scorer.bad("countries", label, code);
  }
  for (const code of goldCodes) if (!seen.has(code)) scorer.miss("countries", label, code);

  scorer.single("organiser", label, organiserOf(edition, series), gold?.organiser, acceptableBodies);
  scoreConflicts(scorer, edition, gold, label);
}

/** The values shown as "also stated" beside an edition's facts, each judged against gold. */
function scoreConflicts(scorer: Scorer, edition: Edition, gold: GoldEdition | undefined, label: string): void {
  const strings = (slot: Slot, fact: Fact<string> | undefined, forms: string[] | undefined): void => {
    const equal = slot === "organiser" ? acceptableBodies : acceptable;
    for (const other of fact?.conflicts ?? []) scorer.alsoStated(slot, label, other.value, forms !== undefined && equal(other.value, forms), forms && showForms(forms));
  };
  strings("theme", edition.theme, gold?.theme);
  const own = (edition as Edition & { organiser?: Fact<string> }).organiser;
  if (own && typeof own === "object") strings("organiser", own, gold?.organiser);
  for (const other of edition.period?.conflicts ?? []) {
    const fields = periodFields(other.value);
    scorer.alsoStated("period", label, showPeriod(fields), gold?.period !== undefined && judgePeriod(fields, gold.period) !== "wrong", gold?.period && showPeriod(gold.period));
  }
  for (const other of edition.format?.conflicts ?? []) {
    const { mode, place } = other.value;
    if (mode !== edition.format?.value.mode) scorer.alsoStated("mode", label, mode, gold?.mode === mode, gold?.mode);
    if (place !== undefined) scorer.alsoStated("place", label, place, gold?.place !== undefined && acceptable(place, gold.place), gold?.place && showForms(gold.place));
  }
  for (const other of edition.participants?.conflicts ?? []) {
    const { count, countryCount } = other.value;
    if (count !== undefined) scorer.alsoStated("participants", label, String(count), gold?.participants === count, gold?.participants === undefined ? undefined : String(gold.participants));
    if (countryCount !== undefined) scorer.alsoStated("countryCount", label, String(countryCount), gold?.countryCount === countryCount, gold?.countryCount === undefined ? undefined : String(gold.countryCount));
  }
  const goldCodes = new Set(gold?.countries ?? []);
  const shown = new Set(edition.countries?.value ?? []);
  for (const other of edition.countries?.conflicts ?? []) {
    for (const code of other.value) if (!shown.has(code) && !goldCodes.has(code)) scorer.alsoStated("countries", label, code, false);
  }
}

/** Scores `catalogue` (extracted from one document alone) against that document's `gold`. */
export function compareCatalogue(catalogue: Catalogue, gold: GoldCatalogue): DocumentScore {
  const scorer = new Scorer(gold.file);
  const seriesById = new Map(catalogue.series.map((series) => [series.id, series]));

  // Editions: each gold edition is matched by at most one extracted edition (the first, in catalogue order).
  const taken = new Set<GoldEdition>();
  for (const edition of catalogue.editions) {
    const series = seriesById.get(edition.seriesId);
    const names = series ? seriesNames(series) : [edition.seriesId];
    const goldSeriesOf = (e: GoldEdition): GoldSeries | undefined => gold.series.find((s) => s.name === e.series);
    const match = gold.editions.find((g) => {
      const gs = goldSeriesOf(g);
      return !taken.has(g) && g.ordinal === edition.ordinal && gs !== undefined && namesMatch(names, goldNames(gs));
    });
    if (match) taken.add(match);
    const label = match ? `${match.series} #${match.ordinal}` : `${series?.name ?? edition.seriesId} #${edition.ordinal} (phantom)`;
    scoreEdition(scorer, edition, series, match, label);
  }
  for (const g of gold.editions) {
    if (taken.has(g)) continue;
    const label = `${g.series} #${g.ordinal}`;
    scorer.miss("edition", label, label);
    if (g.theme) scorer.miss("theme", label, showForms(g.theme));
    if (g.period) scorer.miss("period", label, showPeriod(g.period));
    if (g.period?.year !== undefined) scorer.miss("year", label, String(g.period.year));
    if (g.mode) scorer.miss("mode", label, g.mode);
    if (g.place) scorer.miss("place", label, showForms(g.place));
    if (g.participants !== undefined) scorer.miss("participants", label, String(g.participants));
    if (g.countryCount !== undefined) scorer.miss("countryCount", label, String(g.countryCount));
    for (const code of g.countries ?? []) scorer.miss("countries", label, code);
    if (g.organiser) scorer.miss("organiser", label, showForms(g.organiser));
  }

  // Series-level facts: each extracted series is judged against the first gold series it matches by name.
  const settled = new Map<GoldSeries, Set<"sinceYear" | "frequency">>();
  for (const series of catalogue.series) {
    const match = gold.series.find((g) => namesMatch(seriesNames(series), goldNames(g)));
    const label = match ? match.name : `${series.name} (series not in gold)`;
    const done = match ? (settled.get(match) ?? new Set()) : new Set<"sinceYear" | "frequency">();
    if (match) settled.set(match, done);
    const facts: Array<["sinceYear" | "frequency", string | undefined, string | undefined]> = [
      ["sinceYear", series.sinceYear === undefined ? undefined : String(series.sinceYear.value), match?.sinceYear === undefined ? undefined : String(match.sinceYear)],
      ["frequency", series.frequency?.value, match?.frequency],
    ];
    for (const [slot, extracted, wanted] of facts) {
      if (extracted === undefined) continue;
      if (wanted !== undefined && normalise(extracted) === normalise(wanted)) {
        // A second series record with the same correct value adds nothing (and takes nothing away).
        if (!done.has(slot)) scorer.correct(slot);
        done.add(slot);
      } else scorer.bad(slot, label, extracted, wanted);
    }
  }
  for (const g of gold.series) {
    const done = settled.get(g);
    if (g.sinceYear !== undefined && !done?.has("sinceYear")) scorer.miss("sinceYear", g.name, String(g.sinceYear));
    if (g.frequency !== undefined && !done?.has("frequency")) scorer.miss("frequency", g.name, g.frequency);
  }

  return { document: gold.file, slots: scorer.slots, wrong: scorer.wrong, missed: scorer.missed };
}

/** Sums the tallies of several documents. */
export function addTallies(scores: Array<Record<Slot, Tally>>): Record<Slot, Tally> {
  const total = emptyTallies();
  for (const slots of scores) {
    for (const slot of SLOTS) {
      total[slot].correct += slots[slot].correct;
      total[slot].wrong += slots[slot].wrong;
      total[slot].missed += slots[slot].missed;
    }
  }
  return total;
}

/** All slots together. */
export function overall(slots: Record<Slot, Tally>): Tally {
  const sum = { correct: 0, wrong: 0, missed: 0 };
  for (const slot of SLOTS) {
    sum.correct += slots[slot].correct;
    sum.wrong += slots[slot].wrong;
    sum.missed += slots[slot].missed;
  }
  return sum;
}

/** Precision and recall in [0, 1]; 1 when there is nothing to be wrong about (or to miss). */
export function rates(tally: Tally): { precision: number; recall: number } {
  const extracted = tally.correct + tally.wrong;
  const wanted = tally.correct + tally.missed;
  return { precision: extracted === 0 ? 1 : tally.correct / extracted, recall: wanted === 0 ? 1 : tally.correct / wanted };
}
