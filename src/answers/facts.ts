// The facts of an edition as the catalogue states them: each with its basis and the evidence of every
// value (the first stated, then any conflicting ones). /course, /country, /theme and the catalogue
// review all read them from here, so a fact is shown the same way, with the same evidence, everywhere.
import type { Basis, ConflictingValue, CountryRole, Edition, Evidence, Fact, Series } from "../knowledge/types.js";
import { documentOfPassage } from "../knowledge/slug.js";
import { formatFormat, formatParticipants, formatPeriod } from "./format.js";
import type { EditionView, KnowledgeView } from "../snapshot/view.js";

/** One value of a fact with the catalogue evidence that states it. */
export interface SourcedValue {
  value: string;
  evidence: Evidence[];
}

/** A fact before it is quoted: label, basis, and its values (`values[0]` the one stated first; any
 *  others conflict with it). Never empty: a value without evidence is not a value. */
export interface SourcedFact {
  label: string;
  basis: Basis;
  values: SourcedValue[];
  /** Whether the fact is about the series rather than the edition itself. */
  ofSeries?: boolean;
}

/** Labels of the series-level facts, in the order they are cited. */
export const SERIES_LABEL = "Series";
export const SERIES_ORGANISER_LABEL = "Series organiser";

/** Countries in other roles than participant, under their own label (never under "Countries"). A
 *  donor or a country only mentioned says nothing about the edition, and is not shown with it. */
export const ROLE_FACT_LABEL: Partial<Record<CountryRole, string>> = {
  expert: "Experts from",
  adviser: "Advisers from",
  guest: "Guest speakers from",
  observer: "Observers from",
  host: "Host",
  organiser: "Organising country",
};

/** A catalogue Fact as a SourcedFact: conflicting values kept, each with its own evidence (a conflict
 *  that reads the same as an earlier value adds its evidence to that value). */
export function sourcedFact<T>(label: string, fact: Fact<T> | undefined, show: (value: T) => string | undefined, basis?: Basis): SourcedFact | undefined {
  if (!fact) return undefined;
  const values: SourcedValue[] = [];
  const add = (value: T, evidence: Evidence): void => {
    const text = show(value);
    if (!text) return;
    const same = values.find((known) => known.value === text);
    if (same) same.evidence.push(evidence);
    else values.push({ value: text, evidence: [evidence] });
  };
  add(fact.value, fact.evidence);
  // The clauses that state the rest of the same value are its evidence too.
  for (const part of fact.support ?? []) values[0]?.evidence.push(part);
  for (const conflict of fact.conflicts ?? ([] as Array<ConflictingValue<T>>)) add(conflict.value, conflict.evidence);
  return values.length ? { label, basis: basis ?? fact.basis, values } : undefined;
}

/** The period's basis: an edition whose year was taken from the document has an inferred period
 *  year unless the period itself writes one. */
function periodBasis(edition: Edition): Basis | undefined {
  const period = edition.period;
  if (!period) return undefined;
  if (period.basis === "inferred") return "inferred";
  return edition.yearBasis === "inferred" && period.value.year !== undefined && !/\b\d{4}\b/.test(period.value.text) ? "inferred" : "stated";
}

/** Every fact of one edition, in reading order: series, theme, period, format, participants,
 *  countries, countries in other roles, organiser (the edition's own, else the series' standing one,
 *  labelled so), then the series' start year and frequency. */
export function editionFacts(view: KnowledgeView, { edition, series, year }: EditionView): SourcedFact[] {
  const facts: Array<SourcedFact | undefined> = [];
  // The series as a document that names this edition states it: its first evidence in the edition's own
  // passage, else in the same document, else its first anywhere.
  const defining = series?.evidence.find((evidence) => evidence.passageId === edition.evidence.passageId)
    ?? series?.evidence.find((evidence) => documentOfPassage(evidence.passageId) === documentOfPassage(edition.evidence.passageId))
    ?? series?.evidence[0];
  if (series && defining) facts.push({ label: SERIES_LABEL, basis: "stated", values: [{ value: series.name, evidence: [defining] }], ofSeries: true });
  facts.push(sourcedFact("Theme", edition.theme, (theme) => theme));
  if (edition.period) facts.push(sourcedFact("Period", edition.period, formatPeriod, periodBasis(edition)));
  else if (year !== undefined) facts.push(yearFact(edition, year));
  facts.push(sourcedFact("Format", edition.format, formatFormat));
  facts.push(sourcedFact("Participants", edition.participants, formatParticipants));
  facts.push(sourcedFact("Countries", edition.countries, (codes) => codes.map(view.countryName).join(", ")));
  facts.push(...roleFacts(view, edition));
  if (edition.organiser) facts.push(sourcedFact("Organiser", edition.organiser, (name) => name));
  else facts.push(seriesFact(SERIES_ORGANISER_LABEL, series?.organiser, (name) => name));
  facts.push(seriesFact("Held since", series?.sinceYear, String));
  facts.push(seriesFact("Frequency", series?.frequency, (frequency) => frequency));
  return facts.filter((fact): fact is SourcedFact => fact !== undefined);
}

function seriesFact<T>(label: string, fact: Fact<T> | undefined, show: (value: T) => string | undefined): SourcedFact | undefined {
  const sourced = sourcedFact(label, fact, show);
  return sourced && { ...sourced, ofSeries: true };
}

/** An edition without a period, with a year: stated only when the sentence quoted for it writes it
 *  (the year may have come from another record, whose clause this one is not). */
function yearFact(edition: Edition, year: number): SourcedFact {
  const basis = edition.yearBasis !== "inferred" && edition.evidence.sentence.includes(String(year)) ? "stated" : "inferred";
  return { label: "Period", basis, values: [{ value: String(year), evidence: [edition.evidence] }] };
}

/** Countries attached to the edition in a role other than participant, one fact per role. */
function roleFacts(view: KnowledgeView, edition: Edition): SourcedFact[] {
  const byRole = new Map<CountryRole, { codes: string[]; evidence: Evidence[] }>();
  for (const mention of view.roleMentionsByEdition.get(edition.id) ?? []) {
    if (!ROLE_FACT_LABEL[mention.role]) continue;
    const entry = byRole.get(mention.role) ?? { codes: [], evidence: [] };
    if (!entry.codes.includes(mention.code)) entry.codes.push(mention.code);
    if (!entry.evidence.some((known) => sameClause(known, mention.evidence))) entry.evidence.push(mention.evidence);
    byRole.set(mention.role, entry);
  }
  return (Object.keys(ROLE_FACT_LABEL) as CountryRole[]).flatMap((role) => {
    const entry = byRole.get(role);
    return entry ? [{ label: ROLE_FACT_LABEL[role]!, basis: "stated" as const, values: [{ value: entry.codes.map(view.countryName).join(", "), evidence: entry.evidence }] }] : [];
  });
}

export function sameClause(a: Evidence, b: Evidence): boolean {
  return a.passageId === b.passageId && a.start === b.start && a.end === b.end;
}

/** The facts of a series as such (for the catalogue review): its name with its defining evidence,
 *  standing organiser, start year, frequency. */
export function seriesFacts(series: Series): SourcedFact[] {
  const facts: Array<SourcedFact | undefined> = [
    series.evidence.length ? { label: "Name", basis: "stated", values: [{ value: series.name, evidence: [...series.evidence] }] } : undefined,
    sourcedFact("Organiser", series.organiser, (name) => name),
    sourcedFact("Held since", series.sinceYear, String),
    sourcedFact("Frequency", series.frequency, (frequency) => frequency),
  ];
  return facts.filter((fact): fact is SourcedFact => fact !== undefined);
}
