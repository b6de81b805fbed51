// Series identity: which series an edition mention belongs to, among the series this document has
// defined or named so far and the definitions of the current paragraph. Names are folded (case,
// quotes, "program(me)", plurals) before they are compared; an acronym ("GG") links "GG8", "(GG16)"
// and "the 17th GG Seminar"; a bare "the 9th seminar" joins the series in scope with that head noun.
import type { Evidence, Fact, KnowledgeDocument } from "../types.js";
import type { EditionMention } from "./editions.js";
import type { DocumentRecords, SeriesName, SeriesRecord } from "./records.js";
import { definitionsIn, splitEachTime, type SentencesOf } from "./passage-sentences.js";
import { findSeriesDefinitions, GENERIC_WORDS, headNoun, type SeriesDefinition } from "./series.js";
import { nameKey, nameWords } from "./text.js";

/** Letters that abbreviate a series' editions: "GG" from "GG Seminar", "PIC" from "PIC Programme". */
export function acronymOf(abbreviation: string): string | undefined {
  const words = abbreviation.trim().split(/\s+/);
  const letters = words[0];
  if (!letters || !/^[A-Z]{2,8}$/.test(letters)) return undefined;
  return words.slice(1).every((word) => headNoun(word) !== undefined) ? letters : undefined;
}

/** Every series acronym the definitions in these documents give ("GG"), for finding "GG8". */
export function collectAcronyms(documents: readonly KnowledgeDocument[], sentencesOf: SentencesOf = splitEachTime): Set<string> {
  const acronyms = new Set<string>();
  for (const document of documents) {
    for (const definition of headingAbbreviations(document)) acronyms.add(definition.acronym);
    for (const passage of document.passages) {
      for (const sentence of sentencesOf(passage)) {
        for (const definition of definitionsIn(sentence)) {
          // (A short name in apposition is the definition's abbreviation too: see findSeriesDefinitions.)
          const acronym = definition.abbreviation ? acronymOf(definition.abbreviation) : undefined;
          if (acronym) acronyms.add(acronym);
        }
      }
    }
  }
  return acronyms;
}

/**
 * Abbreviations a document's title or headings give a programme's name: "What kind of meeting is the
 * ASEAN–G7 Next Leaders Forum (NLF)?". Headings are no passages (nothing is quoted from them), so they
 * only add names to a series the text speaks of.
 */
export function headingAbbreviations(document: KnowledgeDocument): Array<{ name: string; abbreviation: string; acronym: string }> {
  const found: Array<{ name: string; abbreviation: string; acronym: string }> = [];
  const headings = new Set([document.title, ...(document.subtitle ? [document.subtitle] : []), ...document.passages.flatMap((passage) => passage.headings)]);
  for (const heading of headings) {
    if (!heading.includes("(")) continue;
    for (const definition of findSeriesDefinitions(heading, false)) {
      const acronym = definition.kind === "named" && definition.abbreviation ? acronymOf(definition.abbreviation) : undefined;
      if (acronym && !found.some((one) => one.acronym === acronym)) found.push({ name: definition.name, abbreviation: definition.abbreviation!, acronym });
    }
  }
  return found;
}

/** Gives the series a heading abbreviates ("… Next Leaders Forum (NLF)") that abbreviation as a name. */
export function nameSeriesByHeadings(document: KnowledgeDocument, series: readonly SeriesRecord[]): void {
  for (const { name, abbreviation, acronym } of headingAbbreviations(document)) {
    const key = nameKey(name);
    const record = series.find((one) => one.names.some((known) => nameKey(known.text) === key));
    if (!record) continue;
    if (acronym !== abbreviation) addName(record, { text: abbreviation, kind: "abbreviation" });
    addName(record, { text: acronym, kind: "acronym" });
  }
}

/** Distinctive words of a name: the ones that tell one programme from another. */
export function distinctiveWords(name: string): Set<string> {
  return new Set(nameWords(name).filter((word) => !GENERIC_WORDS.has(word) && word.length > 1));
}

/** True when `shorter`'s words begin `longer`'s and include a distinctive one ("Regional Seminar on Good Governance"). */
export function isDistinctivePrefix(shorter: string, longer: string): boolean {
  const a = nameKey(shorter).split(" ");
  const b = nameKey(longer).split(" ");
  if (a.length >= b.length || a.some((word, i) => b[i] !== word)) return false;
  return a.some((word) => !GENERIC_WORDS.has(word));
}

export interface ParagraphDefinition {
  record: SeriesRecord;
  kind: SeriesDefinition["kind"];
  name: string;
  /** The defining sentence and the sentences after it, up to the current one. */
  context: string;
}

export function newSeries(names: SeriesName[], evidence: Evidence, organiser: Fact<string> | undefined, weak: boolean): SeriesRecord {
  const record: SeriesRecord = { names, evidence: [evidence], weak };
  if (organiser) record.organiser = organiser;
  return record;
}

export function addName(record: SeriesRecord, name: SeriesName): void {
  if (!record.names.some((known) => known.kind === name.kind && nameKey(known.text) === nameKey(name.text))) record.names.push(name);
}

export function addEvidence(record: SeriesRecord, evidence: Evidence): void {
  if (!record.evidence.some((known) => known.passageId === evidence.passageId && known.sentence === evidence.sentence)) record.evidence.push(evidence);
}

/** The acronym an edition mention carries: "GG" in "GG8", "(GG16)", or "the 17th GG Seminar" when "GG" is known. */
export function mentionAcronym(mention: EditionMention, acronyms: ReadonlySet<string>): string | undefined {
  if (mention.acronym) return mention.acronym;
  if (/^[A-Z]{2,8}$/.test(mention.seriesPhrase)) return mention.seriesPhrase;
  const letters = acronymOf(mention.seriesPhrase);
  return letters !== undefined && acronyms.has(letters) ? letters : undefined;
}

/** Head nouns documents use for one another's editions: "the training", "the seminar", "the course". */
const TRAINING_FAMILY: ReadonlySet<string> = new Set(["seminar", "course", "programme", "training", "session"]);
// The names of programmes whose editions may be called seminars, sessions or courses.
const BROAD_HEADS: ReadonlySet<string> = new Set(["programme", "program", "training"]);

export function linkMention(mention: EditionMention, acronym: string | undefined, documentSeries: readonly SeriesRecord[], paragraph: readonly ParagraphDefinition[], scopeSeries?: SeriesRecord): SeriesRecord | undefined {
  const key = nameKey(mention.seriesPhrase);
  for (const record of [...paragraph.map((p) => p.record).reverse(), ...documentSeries]) {
    if (record.names.some((name) => nameKey(name.text) === key || (acronym !== undefined && name.kind === "acronym" && name.text === acronym))) return record;
  }
  for (const record of documentSeries) {
    if (record.names.some((name) => name.kind !== "phrase" && isDistinctivePrefix(mention.seriesPhrase, name.text))) return record;
  }
  const mentionWords = distinctiveWords(mention.seriesPhrase);
  const qualifiers = mention.seriesPhrase.split(/\s+/).filter((word) => /^[A-Z][A-Z0-9&]+$/.test(word));
  const mentionHead = headNoun(mention.seriesPhrase.split(/\s+/).pop() ?? "");
  for (const definition of [...paragraph].reverse()) {
    const definitionWords = distinctiveWords(definition.name);
    // A word in common, and heads of one kind: "the 26th anti-corruption criminal justice training" is no
    // edition of the "Criminal Justice Forum for Asia and the Pacific" just named.
    const definitionHead = definition.name.split(/\s+/u).map(headNoun).filter((noun) => noun !== undefined).pop();
    const headsAgree = mentionHead === undefined || definitionHead === undefined || mentionHead === definitionHead || (TRAINING_FAMILY.has(mentionHead) && TRAINING_FAMILY.has(definitionHead));
    if (headsAgree && [...mentionWords].some((word) => definitionWords.has(word))) return definition.record;
    // Letters the sentence of a description holds ("… a course on corruption (UNCAC) …"); a series with a
    // proper name of its own ("Regional Seminar on … (GG17)" in a table row beside the UNCAC course) is another.
    if (qualifiers.length > 0 && definition.kind === "described" && qualifiers.every((q) => new RegExp(`(?<![\\p{L}])${q}(?![\\p{L}])`, "u").test(definition.context))) return definition.record;
    // "the 15th seminar" right after "a seminar titled …".
    if (mentionWords.size === 0 && !mention.seriesPhrase.includes(" ") && mentionHead !== undefined
      && definition.record.names.some((name) => nameWords(name.text).includes(mentionHead))) return definition.record;
  }
  // "UNAFEI and JICA began the Criminal Justice Training for French-Speaking Africa … the third seminar
  // was held in …": a seminar, a session or a course right after a training programme is named, and no
  // series of the paragraph is a seminar, is one of that programme's, not of a seminar series the
  // document names in another paragraph.
  const latest = paragraph.at(-1);
  if (latest && mentionWords.size === 0 && !mention.seriesPhrase.includes(" ") && mentionHead !== undefined && TRAINING_FAMILY.has(mentionHead)
    && latest.record.names.some((name) => nameWords(name.text).some((word) => TRAINING_FAMILY.has(word)))) return latest.record;
  // "the 9th seminar", "The Seventh Seminar" inside an edition's scope: the series in scope, when it is a seminar.
  if (scopeSeries && mentionWords.size === 0 && !mention.seriesPhrase.includes(" ") && mentionHead !== undefined
    && scopeSeries.names.some((name) => nameWords(name.text).includes(mentionHead))) return scopeSeries;
  // "the 11th seminar" in a later paragraph: the one series of the document that is a seminar.
  if (mentionWords.size === 0 && !mention.seriesPhrase.includes(" ") && mentionHead !== undefined) {
    const candidates = documentSeries.filter((record) => !record.weak && record.names.some((name) => nameWords(name.text).includes(mentionHead)));
    if (candidates.length === 1) return candidates[0];
    // Two records of one series not yet merged ("Regional Seminar on … (GG Seminar)" and "a regional
    // seminar …, commonly called the GG Seminar"): they share their letters.
    const shared = candidates.length > 1 ? sharedAcronym(candidates) : undefined;
    if (shared) return candidates[candidates.length - 1];
    // "the third seminar" of "the Criminal Justice Training for French-Speaking Africa": when the document
    // has one series only, a seminar, a session or a course of it is one of its editions.
    const proper = documentSeries.filter((record) => !record.weak);
    // Not the other way round: "the sixth training" of another programme is no edition of a seminar series.
    if (candidates.length === 0 && proper.length === 1 && TRAINING_FAMILY.has(mentionHead) && proper[0]!.names.some((name) => nameWords(name.text).some((word) => BROAD_HEADS.has(word)))) return proper[0];
  }
  // One recurring series described in the paragraph, then a numbered edition with a name of its own
  // that no other series has ("… a course on … since 1998. In FY2018, the Twentieth UNCAC Training
  // Programme was held …"). A name without distinctive words ("international training course") is
  // never linked this way: it may well be another series.
  const only = paragraph.length === 1 ? paragraph[0] : undefined;
  if (only?.kind === "described" && !mention.weak && mentionWords.size > 0) return only.record;
  return undefined;
}


export function defineSeries(definition: SeriesDefinition, evidence: Evidence, organiser: Fact<string> | undefined, since: number | undefined, frequency: string | undefined, out: DocumentRecords): SeriesRecord {
  const names: SeriesName[] = [{ text: definition.name, kind: definition.kind === "described" ? "description" : "name" }];
  if (definition.abbreviation) {
    const acronym = acronymOf(definition.abbreviation);
    if (acronym !== definition.abbreviation) names.push({ text: definition.abbreviation, kind: "abbreviation" });
    if (acronym) names.push({ text: acronym, kind: "acronym" });
  }
  const key = nameKey(definition.name);
  let record = out.series.find((known) => known.names.some((name) => nameKey(name.text) === key));
  if (record) {
    for (const name of names) addName(record, name);
    addEvidence(record, evidence);
    record.weak = false;
  } else {
    record = newSeries(names, evidence, organiser, false);
    out.series.push(record);
  }
  if (since !== undefined && !record.sinceYear) record.sinceYear = { value: since, evidence, basis: "stated" };
  if (frequency !== undefined && !record.frequency) record.frequency = { value: frequency, evidence, basis: "stated" };
  if (organiser && !record.organiser) record.organiser = organiser;
  return record;
}

/** The acronym every one of `records` is named by, if there is one. */
function sharedAcronym(records: readonly SeriesRecord[]): string | undefined {
  const [first, ...rest] = records.map((record) => new Set(record.names.filter((name) => name.kind === "acronym").map((name) => name.text)));
  return [...first!].find((letters) => rest.every((set) => set.has(letters)));
}
