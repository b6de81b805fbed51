// One document, sentence by sentence: series definitions, numbered editions with their facts, country
// mentions with roles, and regions. Paragraph context links an edition to the series described just
// before it ("an international training course … since 1998. … In 2021, the 23rd UNCAC training
// programme …"); document context carries the organiser ("through … (UNAFEI), Japan conducts …").
import { findCountryNames } from "../countries.js";
import type { Evidence, Fact, KnowledgeDocument, Passage } from "../types.js";
import { countryRole } from "./countries.js";
import { editionMentionFinder, type EditionMention } from "./editions.js";
import { findFormat, findPlace } from "./format.js";
import { findParticipantCount, findParticipation, type ParticipantName } from "./participants.js";
import { bestPeriod, findPeriods, statedYear } from "./periods.js";
import type { CountryRecord, DocumentRecords, EditionRecord, SeriesName, SeriesRecord } from "./records.js";
import { NO_NAMES, splitTopic, type NamesInUse } from "./names-in-use.js";
import { definitionsIn, editionsIn, splitEachTime, type EditionFinder, type SentencesOf } from "./passage-sentences.js";
import { findRegions } from "./regions.js";
import { findFrequency, findOrganiser, findSinceYear, GENERIC_WORDS, headNoun, type SeriesDefinition } from "./series.js";
import { findTheme } from "./themes.js";
import { allMatches, findQuoted, maskQuoted, nameKey, nameWords, type Span } from "./text.js";

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
    for (const passage of document.passages) {
      for (const sentence of sentencesOf(passage)) {
        for (const definition of definitionsIn(sentence)) {
          const acronym = definition.abbreviation ? acronymOf(definition.abbreviation) : undefined;
          if (acronym) acronyms.add(acronym);
        }
      }
    }
  }
  return acronyms;
}

/** Distinctive words of a name: the ones that tell one programme from another. */
function distinctiveWords(name: string): Set<string> {
  return new Set(nameWords(name).filter((word) => !GENERIC_WORDS.has(word) && word.length > 1));
}

/** True when `shorter`'s words begin `longer`'s and include a distinctive one ("Regional Seminar on Good Governance"). */
export function isDistinctivePrefix(shorter: string, longer: string): boolean {
  const a = nameKey(shorter).split(" ");
  const b = nameKey(longer).split(" ");
  if (a.length >= b.length || a.some((word, i) => b[i] !== word)) return false;
  return a.some((word) => !GENERIC_WORDS.has(word));
}

interface ParagraphDefinition {
  record: SeriesRecord;
  kind: SeriesDefinition["kind"];
  name: string;
  /** The defining sentence and the sentences after it, up to the current one. */
  context: string;
}

function newSeries(names: SeriesName[], evidence: Evidence, organiser: Fact<string> | undefined, weak: boolean): SeriesRecord {
  const record: SeriesRecord = { names, evidence: [evidence], weak };
  if (organiser) record.organiser = organiser;
  return record;
}

function addName(record: SeriesRecord, name: SeriesName): void {
  if (!record.names.some((known) => known.kind === name.kind && nameKey(known.text) === nameKey(name.text))) record.names.push(name);
}

function addEvidence(record: SeriesRecord, evidence: Evidence): void {
  if (!record.evidence.some((known) => known.passageId === evidence.passageId && known.sentence === evidence.sentence)) record.evidence.push(evidence);
}

/** The series an edition mention belongs to, among this document's series and this paragraph's definitions. */
/** The acronym an edition mention carries: "GG" in "GG8", "(GG16)", or "the 17th GG Seminar" when "GG" is known. */
function mentionAcronym(mention: EditionMention, acronyms: ReadonlySet<string>): string | undefined {
  if (mention.acronym) return mention.acronym;
  if (/^[A-Z]{2,8}$/.test(mention.seriesPhrase)) return mention.seriesPhrase;
  const letters = acronymOf(mention.seriesPhrase);
  return letters !== undefined && acronyms.has(letters) ? letters : undefined;
}

function linkMention(mention: EditionMention, acronym: string | undefined, documentSeries: readonly SeriesRecord[], paragraph: readonly ParagraphDefinition[]): SeriesRecord | undefined {
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
    if ([...mentionWords].some((word) => definitionWords.has(word))) return definition.record;
    if (qualifiers.length > 0 && qualifiers.every((q) => new RegExp(`(?<![\\p{L}])${q}(?![\\p{L}])`, "u").test(definition.context))) return definition.record;
    // "the 15th seminar" right after "a seminar titled …".
    if (mentionWords.size === 0 && !mention.seriesPhrase.includes(" ") && mentionHead !== undefined
      && definition.record.names.some((name) => nameWords(name.text).includes(mentionHead))) return definition.record;
  }
  // "the 11th seminar" in a later paragraph: the one series of the document that is a seminar.
  if (mentionWords.size === 0 && !mention.seriesPhrase.includes(" ") && mentionHead !== undefined) {
    const candidates = documentSeries.filter((record) => !record.weak && record.names.some((name) => nameWords(name.text).includes(mentionHead)));
    if (candidates.length === 1) return candidates[0];
  }
  // One recurring series described in the paragraph, then a numbered edition with a name of its own
  // that no other series has ("… a course on … since 1998. In FY2018, the Twentieth UNCAC Training
  // Programme was held …"). A name without distinctive words ("international training course") is
  // never linked this way: it may well be another series.
  const only = paragraph.length === 1 ? paragraph[0] : undefined;
  if (only?.kind === "described" && !mention.weak && mentionWords.size > 0) return only.record;
  return undefined;
}

interface Range {
  start: number;
  end: number;
}

/** Which facts to look for (the year comes with the period). */
interface Wanted {
  period: boolean;
  format: boolean;
  participants: boolean;
  countries: boolean;
}

const ALL_FACTS: Wanted = Object.freeze({ period: true, format: true, participants: true, countries: true });

/**
 * The facts of one edition mention; `ranges` are tried in order (own segment, then shared ones). Facts
 * not `wanted` are not looked for, and stay undefined (the year too, without the period).
 */
function editionFacts(masked: string, ranges: readonly Range[], evidence: Evidence, documentYear: number | undefined, wanted: Wanted = ALL_FACTS) {
  const facts: Omit<EditionRecord, "series" | "ordinal" | "ordinalText" | "evidence"> = {};
  const year = statedYear(masked) ?? documentYear;
  let participationCountries: ParticipantName[] | undefined;
  for (const range of ranges) {
    const slice = masked.slice(range.start, range.end);
    if (wanted.period && !facts.period) {
      const best = bestPeriod(findPeriods(slice));
      if (best) {
        const period = { ...best.period };
        if (period.year === undefined && year !== undefined) period.year = year;
        facts.period = { value: period, evidence, basis: "stated" };
      }
    }
    const findFormatHere = wanted.format && !facts.format;
    const findCountriesHere = wanted.countries && !participationCountries;
    const place = findFormatHere || findCountriesHere ? findPlace(slice) : undefined;
    if (findFormatHere) {
      const format = findFormat(slice, place);
      if (format) facts.format = { value: format.format, evidence, basis: "stated" };
    }
    if (wanted.participants && !facts.participants) {
      const count = findParticipantCount(slice);
      if (count) facts.participants = { value: count.participants, evidence, basis: "stated" };
    }
    if (findCountriesHere) {
      const exclude: Span[] = place ? [{ start: place.start, end: place.end }] : [];
      const participation = findParticipation(slice, exclude);
      if (participation) {
        participationCountries = participation.countries.map((name) => ({ ...name, start: name.start + range.start, end: name.end + range.start }));
        facts.countries = { value: participationCountries.map((name) => name.code), evidence, basis: "stated" };
      }
    }
  }
  facts.year = facts.period?.value.year ?? year;
  if (facts.year === undefined) delete facts.year;
  return { facts, participationCountries: participationCountries ?? [] };
}

/**
 * The mention with an unquoted topic taken off its series name ("170th International Training Course
 * on Treatment of Offenders" → "International Training Course"), the topic kept in `topics`.
 */
function withoutTopic(mention: EditionMention, sentence: string, names: NamesInUse, topics: Map<EditionMention, string>): EditionMention {
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
function respectiveSpans(masked: string, mentions: readonly EditionMention[]): Range[] {
  const last = mentions[mentions.length - 1];
  if (!last || mentions.length < 2 || !/\brespectively\b/.test(masked.slice(last.end))) return [];
  const periods = findPeriods(masked.slice(last.end));
  if (periods.length !== mentions.length) return [];
  return periods.map((period) => ({ start: last.end + period.start, end: last.end + period.end }));
}

/**
 * "the 24th and 25th programmes on the themes of “A” and “B”": one quoted theme per edition, in order,
 * when a list of them follows the last edition and has as many themes as there are editions.
 */
function themesInTurn(sentence: string, mentions: readonly EditionMention[]): string[] {
  const last = mentions[mentions.length - 1];
  if (!last || mentions.length < 2 || mentions.some((mention) => mention.end !== last.end)) return [];
  const first = findTheme(sentence, last.end);
  if (!first) return [];
  const themes = [first.theme];
  let end = first.end;
  for (const quote of findQuoted(sentence).filter((q) => q.start >= first.end)) {
    if (!/^\s*(?:,|,?\s*and|,?\s*&)\s*$/.test(sentence.slice(end, quote.start))) break;
    themes.push(quote.inner);
    end = quote.end;
  }
  return themes.length === mentions.length ? themes : [];
}

const ANAPHORA = /^(?:The|This|That|These|Its|It|Participants|A\s+total|In\s+total|Altogether)\b|\bparticipants?\b/;

/** Everything one document states, as records still to be merged with other documents'. */
export function extractDocument(document: KnowledgeDocument, acronyms: ReadonlySet<string>, names: NamesInUse = NO_NAMES, sentencesOf: SentencesOf = splitEachTime): DocumentRecords {
  const out: DocumentRecords = { series: [], editions: [], countries: [], regions: [] };
  const reader: Reader = { acronyms, names, sentencesOf, findEditions: editionMentionFinder(acronyms) };
  let organiser: Fact<string> | undefined;
  for (const passage of document.passages) {
    organiser = extractPassage(passage, document.year, reader, organiser, out);
  }
  return out;
}

/** What every passage of a document is read with. */
interface Reader {
  acronyms: ReadonlySet<string>;
  names: NamesInUse;
  sentencesOf: SentencesOf;
  findEditions: EditionFinder;
}

function extractPassage(passage: Passage, documentYear: number | undefined, reader: Reader, organiserBefore: Fact<string> | undefined, out: DocumentRecords): Fact<string> | undefined {
  const { acronyms, names } = reader;
  let organiser = organiserBefore;
  const paragraph: ParagraphDefinition[] = [];
  let previousEditions: EditionRecord[] = [];
  const regionsHere = new Set<string>();
  for (const read of reader.sentencesOf(passage)) {
    const sentence = read.text;
    const evidence: Evidence = { passageId: passage.id, sentence, start: read.start, end: read.end };
    const quotes = findQuoted(sentence);
    const masked = maskQuoted(sentence, quotes);

    const organiserName = findOrganiser(sentence);
    if (organiserName) organiser = { value: organiserName, evidence, basis: "stated" };

    const definitions = definitionsIn(read);
    const topics = new Map<EditionMention, string>();
    const mentions = editionsIn(read, acronyms, reader.findEditions)
      .filter((mention) => !definitions.some((d) => d.kind === "titled" && mention.start >= d.start && mention.start < d.end))
      .filter((mention) => !quotes.some((q) => mention.start >= q.start && mention.start < q.end))
      .map((mention) => withoutTopic(mention, sentence, names, topics));
    // A since-year and a frequency only ever go to a series defined or an edition mentioned here.
    const aboutProgrammes = definitions.length > 0 || mentions.length > 0;
    const since = aboutProgrammes ? findSinceYear(masked) : undefined;
    const frequency = aboutProgrammes ? findFrequency(masked) : undefined;
    for (const definition of definitions) paragraph.push({ record: defineSeries(definition, evidence, organiser, since?.year, frequency, out), kind: definition.kind, name: definition.name, context: sentence });
    const editions: EditionRecord[] = [];
    const participantsAt = new Map<number, EditionRecord[]>();
    const groupParticipants: CountryRecord[] = [];
    const respectivePeriods = respectiveSpans(masked, mentions);
    const respectiveThemes = themesInTurn(sentence, mentions);
    for (const [i, mention] of mentions.entries()) {
      const acronym = mentionAcronym(mention, acronyms);
      let series = linkMention(mention, acronym, out.series, paragraph);
      const phraseName: SeriesName = { text: mention.seriesPhrase, kind: acronym === mention.seriesPhrase ? "acronym" : "phrase" };
      if (!series) {
        series = newSeries([phraseName], evidence, organiser, mention.weak);
        out.series.push(series);
      } else {
        if (!mention.weak) series.weak = false;
        // "the 11th seminar" names nothing by itself: as a name it would join unrelated series.
        if (phraseName.kind === "acronym" || distinctiveWords(mention.seriesPhrase).size > 0) addName(series, phraseName);
        addEvidence(series, evidence);
        if (!series.organiser && organiser) series.organiser = organiser;
      }
      if (acronym) addName(series, { text: acronym, kind: "acronym" });
      if (since && !series.sinceYear) series.sinceYear = { value: since.year, evidence, basis: "stated" };
      // "the UNCAC Training Programme, held annually since 1998": only when the sentence is about this one edition.
      if (frequency && !series.frequency && definitions.length === 0 && mentions.length === 1) series.frequency = { value: frequency, evidence, basis: "stated" };

      const last = mentions[mentions.length - 1]!;
      const next = mentions[i + 1]?.start ?? sentence.length;
      const ranges: Range[] = [{ start: mention.end, end: next }, { start: 0, end: mentions[0]!.start }];
      // "… from May to July and from September to October, respectively": the i-th date is the i-th edition's.
      const respective = respectivePeriods[i];
      if (respective) ranges.unshift(respective);
      const sharedTail = mentions.length > 1 && /\b(?:were|have\s+been|both|respectively)\b/.test(masked.slice(last.end));
      if (sharedTail && mention !== last) ranges.push({ start: last.end, end: sentence.length });
      const { facts, participationCountries } = editionFacts(masked, ranges, evidence, documentYear);
      const theme = respectiveThemes[i] ?? findTheme(sentence, mention.end, next)?.theme ?? topics.get(mention);
      const edition: EditionRecord = { series, ordinal: mention.ordinal, ordinalText: mention.ordinalText, evidence, ...facts };
      if (theme) edition.theme = { value: theme, evidence, basis: "stated" };
      editions.push(edition);
      out.editions.push(edition);
      for (const name of participationCountries) {
        if (name.viaGroup) {
          groupParticipants.push({ code: name.code, asWritten: name.asWritten, role: "participant", edition, evidence });
        } else {
          participantsAt.set(name.start, [...(participantsAt.get(name.start) ?? []), edition]);
        }
      }
    }

    if (mentions.length === 0 && definitions.length === 0 && previousEditions.length > 0 && continuesEdition(masked)) {
      fillFromFollowingSentence(previousEditions, sentence, masked, evidence, documentYear, participantsAt, groupParticipants);
    }

    recordCountries(masked, evidence, participantsAt, groupParticipants, out);
    for (const region of findRegions(masked)) {
      if (regionsHere.has(region.name)) continue;
      regionsHere.add(region.name);
      out.regions.push({ name: region.name, evidence });
    }
    if (mentions.length === 0) for (const definition of paragraph) if (definition.context !== sentence) definition.context += ` ${sentence}`;
    if (editions.length > 0) previousEditions = editions;
  }
  return organiser;
}

function defineSeries(definition: SeriesDefinition, evidence: Evidence, organiser: Fact<string> | undefined, since: number | undefined, frequency: string | undefined, out: DocumentRecords): SeriesRecord {
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

// "Eighteen practitioners from ten countries participated.": a count of people taking part also
// continues the edition before it.
const TAKING_PART = /\b(?:participated|attended|took\s+part|joined)\b/;

function continuesEdition(masked: string): boolean {
  return ANAPHORA.test(masked) || (TAKING_PART.test(masked) && findParticipantCount(masked)?.participants.count !== undefined);
}

/** "The main theme was …", "Participants came from …": facts about the edition the previous sentence introduced. */
function fillFromFollowingSentence(editions: readonly EditionRecord[], sentence: string, masked: string, evidence: Evidence, documentYear: number | undefined, participantsAt: Map<number, EditionRecord[]>, groupParticipants: CountryRecord[]): void {
  // Only what some edition still lacks is looked for.
  const wanted: Wanted = {
    period: editions.some((edition) => !edition.period || edition.year === undefined),
    format: editions.some((edition) => !edition.format),
    participants: editions.some((edition) => !edition.participants),
    countries: editions.some((edition) => !edition.countries),
  };
  const { facts, participationCountries } = editionFacts(masked, [{ start: 0, end: sentence.length }], evidence, documentYear, wanted);
  for (const edition of editions) {
    if (editions.length === 1 && !edition.theme && /\b(?:theme|topic|title)\b/i.test(sentence)) {
      const theme = findTheme(sentence);
      if (theme) edition.theme = { value: theme.theme, evidence, basis: "stated" };
    }
    if (!edition.period && facts.period) edition.period = facts.period;
    if (!edition.format && facts.format) edition.format = facts.format;
    if (!edition.participants && facts.participants) edition.participants = facts.participants;
    if (edition.year === undefined && facts.year !== undefined) edition.year = facts.year;
    if (!edition.countries && facts.countries) {
      edition.countries = facts.countries;
      for (const name of participationCountries) {
        if (name.viaGroup) groupParticipants.push({ code: name.code, asWritten: name.asWritten, role: "participant", edition, evidence });
        else participantsAt.set(name.start, [...(participantsAt.get(name.start) ?? []), edition]);
      }
    }
  }
}

function recordCountries(masked: string, evidence: Evidence, participantsAt: ReadonlyMap<number, EditionRecord[]>, groupParticipants: readonly CountryRecord[], out: DocumentRecords): void {
  const records: Array<{ at: number; record: CountryRecord }> = [];
  for (const name of findCountryNames(masked)) {
    const editions = participantsAt.get(name.start);
    if (editions) for (const edition of editions) records.push({ at: name.start, record: { code: name.code, asWritten: name.asWritten, role: "participant", edition, evidence } });
    else records.push({ at: name.start, record: { code: name.code, asWritten: name.asWritten, role: countryRole(masked, name), evidence } });
  }
  for (const record of groupParticipants) records.push({ at: masked.indexOf(record.asWritten), record });
  records.sort((a, b) => a.at - b.at);
  for (const { record } of records) out.countries.push(record);
}
