// One document, as a pipeline over its sentences in order:
//   mentions (editions, ranks dropped; series definitions) → series identity (link.ts) → scope →
//   slot filling (facts.ts, with roles from roles.ts) → records with clause-level evidence.
// An edition's scope runs from its mention to the next edition mention, a new series definition, or
// the end of its heading section; a document or heading that names one edition is that edition's
// scope. Inside a scope, "the seminar", "this programme", "it", "participants", "this year's" refer
// to the edition; a fact is taken only from its own scope, and a slot without evidence there stays
// empty. Series-level facts (since-year, frequency, standing organiser) come only from sentences
// about a series as such.
import { findCountryNames } from "../countries.js";
import type { Evidence, Fact, KnowledgeDocument, Passage, Period } from "../types.js";
import { combine } from "./conflicts.js";
import { countryRole } from "./countries.js";
import { editionMentionFinder, readSeriesPhrase, type EditionMention } from "./editions.js";
import { ALL_SLOTS, findSlots, slotReader, type EvidenceAt, type FoundSlots, type SlotFacts } from "./facts.js";
import { addEvidence, addName, defineSeries, distinctiveWords, linkMention, mentionAcronym, nameSeriesByHeadings, newSeries, type ParagraphDefinition } from "./link.js";
import { respectiveFormats, respectiveSpans, respectiveYears, themesInTurn, withoutTopic } from "./mentions-in-turn.js";
import { nameSignature, NO_NAMES, type NamesInUse } from "./names-in-use.js";
import { definitionsIn, editionsIn, splitEachTime, type EditionFinder, type ReadSentence, type SentencesOf } from "./passage-sentences.js";
import { adoptBareSeries, adoptDescribedEditions } from "./bare-series.js";
import { editionNumberedLate } from "./numbered-late.js";
import { resolveBodiesByHead } from "./bodies-by-head.js";
import { resolveVenuesByKind } from "./venues-by-kind.js";
import { inferProgrammeCountries } from "./country-programmes.js";
import { programmesNamedIn, seriesNamedByYear } from "./definite-series.js";
import { findHolderOfIt, findRelativeHolder } from "./organisers.js";
import { findPlacesInTurn } from "./places-in-turn.js";
import { announcesParticipantList, countryTableHeader, listedCountries } from "./list-follows.js";
import { ORDINAL_SOURCE, parseOrdinal } from "../ordinals.js";
import { bracketLabel, isRank } from "./ranks.js";
import { heldItsProgramme, ordinalAnaphora, unnumberedProgrammeInTitle } from "./unnumbered.js";
import { definedProgrammeInTitle, programmeOfPage, strandOfProgramme } from "./page-programme.js";
import type { CountryRecord, DocumentRecords, EditionRecord, SeriesName, SeriesRecord } from "./records.js";
import { findParticipantCount, findParticipation, opensWithPeople } from "./participants.js";
import { findRegions } from "./regions.js";
import { bestPeriod, findPeriods, startedOn, statedYear } from "./periods.js";
import { countriesInCell, emptyCell, formatInCell, headerColumns, organiserInCell, participantCountriesInCell, participantsInCell, tableRows, themeInCell, transposedColumns, type Cell, type Column } from "./tables.js";
import { findRoleSpans, roleAt, type RoleSpan } from "./roles.js";
import { countedCountriesListed, countriesByReference, namesOtherMembers, targetCountriesListed, targetCountriesReferred } from "./countries-by-reference.js";
import { abbreviationIn, findFrequency, findOrganiser, findSeriesDefinitions, findSinceYear, frequenciesIn, headNoun, nameHeadNoun, sinceYearsIn, type SeriesDefinition } from "./series.js";
import { findTheme } from "./themes.js";
import { allMatches, eraYearSpans, findQuoted, maskQuoted, MONTH_SOURCE, nameWords, widenToEraYears, withEraYears, withSinceThen, type Span } from "./text.js";

export { acronymOf, collectAcronyms, isDistinctivePrefix } from "./link.js";

/** What every passage of a document is read with. */
interface Reader {
  acronyms: ReadonlySet<string>;
  names: NamesInUse;
  sentencesOf: SentencesOf;
  findEditions: EditionFinder;
}

/** The editions the sentences being read are about. */
interface Scope {
  editions: EditionRecord[];
  /** Passage of the mention that opened the scope. */
  passageId: string;
  /** Heading path the scope ends with. */
  section: string;
  /**
   * Set when the mention was a question of its own ("Q. And the fourth?"): the passage after it, the
   * answer, is about that edition throughout, as under a heading. Its id once the answer has begun.
   */
  question?: { answerId?: string };
  /** With several editions in scope, the one a sentence of this paragraph picked by its noun ("The seminar closed …"). */
  focus?: { edition: EditionRecord; passageId: string };
  /** Set when the mention was in an interview's question or answer ("A: That was the sixth."). */
  interview?: boolean;
}

// "The Office has so far this fiscal year organised, in Tokyo:" above a list of other meetings: a
// sentence that only introduces what follows it says nothing of the edition in scope ("… took part:"
// still announces its participants: see list-follows.ts).
const INTRODUCES_WHAT_FOLLOWS = /\b(?:organi[sz]ed|held|hosted|conducted|convened|run|ran|carried\s+out)\b[^.;:]*:\s*$/u;
// It ends the sentence with a colon (trimEnd drops what \s matches): only such a sentence need be searched.
const introducesWhatFollows = (masked: string): boolean => masked.trimEnd().endsWith(":") && INTRODUCES_WHAT_FOLLOWS.test(masked);
// …or other editions as the subject: "A first: no earlier GG seminar had met at the Complex", "Earlier
// seminars were held in Bangkok", "The four earlier seminars had been held in Bangkok and Manila".
const OTHER_EDITIONS_SUBJECT = /^(?:[^,;:]{0,40}[,:]\s+)?(?:(?:[Nn]o|[Nn]one\s+of\s+the)\s+(?:earlier|previous|prior|past|other)\s+(?:[\p{L}-]+\s+){0,3}?(?:seminar|course|programme|program|training|workshop|symposium|conference|forum|meeting|session)s?\b|(?:(?:The|All\s+the|All)\s+(?:[\p{L}-]+\s+)?)?(?:[Ee]arlier|[Pp]revious|[Pp]ast|[Pp]rior|[Oo]ther)\s+(?:[\p{L}-]+\s+){0,3}?(?:seminar|course|programme|program|training|workshop|symposium|conference|forum|meeting|session)s\b)/u;
const ANOTHER_EVENT_SUBJECT = new RegExp(`${/^(?:[^,;:]{0,40}[,:]\s+)?(?:[Aa]n?|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,3}?(?:seminar|course|programme|program|training|workshop|symposium|conference|forum|meeting|event|lecture|session|visit|ceremony|reception)s?\b/u.source}|${OTHER_EDITIONS_SUBJECT.source}`, "u");
const NUMBERED_EVENT = new RegExp(`\\b(?:${ORDINAL_SOURCE})\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:seminars?|courses?|programmes?|programs?|trainings?|workshops?|symposi(?:um|a)|conferences?|forums?|meetings?|sessions?|lectures?)\\b`, "iu");
const THERE_IS_NO = /^(?:[^.;:]{0,40}[,:]\s+)?[Tt]here\s+(?:is|was|are|were|will\s+be)\s+no\s+$/u;
const NOT_TOLD = /\b(?:is|are|was|were)\s+not\s+(?:shown|listed|included|covered|given|described)\b/u;
const QUESTION_PASSAGE = /^[^.!?]{0,200}\?\s*$/u;

/** An edition a document's title or a heading names: the scope of what stands under it. */
interface NamedEdition {
  mention: EditionMention;
  /** Made on the first fact found for it (its evidence is that fact's clause). */
  record?: EditionRecord;
  series?: SeriesRecord;
  /** Named without a number so far (see unnumbered.ts): dropped unless a later sentence numbers it. */
  unnumbered?: { seriesBefore: number };
  /** For an edition a heading names: that heading's place in the passages' heading path. */
  depth?: number;
}

interface DocumentState {
  scope?: Scope;
  /** The passage whose sentence spoke of the edition before the one in question ("For last year's training …"). */
  aboutEditionBefore?: string;
  /** The edition the whole document is about, when its title names one. */
  titled?: NamedEdition;
  /** The edition the current heading names, when it names one. */
  headed?: NamedEdition;
  headedSection?: string;
  /** An organiser a sentence states for programmes in general ("Through UNAFEI, Japan conducts …"). */
  standing?: Standing;
  /** The passage being read: how far a standing organiser reaches depends on where it was stated. */
  passage?: Passage;
  nextPassage?: Passage;
  /**
   * "Through UNAFEI, Japan holds an international training course on …": the standing organiser is
   * that one programme's, for series named by its noun; the others keep the one stated before it.
   */
  standingOnce?: { before: Standing | undefined; noun: string };
  /**
   * The programme the sentence before described as one that a body holds ("Through UNAFEI, the Ministry
   * of Justice runs an international training course on …"): "The 18th course was held …" right after
   * is an edition of it.
   */
  describedBefore?: { definitions: SeriesDefinition[]; whole: Evidence; section: string };
  /** The last sentences read, newest last: "these meetings" are those the latest that names a programme speaks of. */
  recent?: RecentSentence[];
  /** Editions only placed in a look back ("the third and fourth took place in Manila"): not yet written about. */
  placedInTurn?: Set<EditionRecord>;
  /**
   * A programme named without a number while another edition was in scope ("In fiscal 2022 it also ran
   * its Criminal Justice Training for …"): what follows about it goes to this record, never shown.
   */
  aside?: NamedEdition;
  /** The scope the aside interrupted: a sentence that refers back to its edition returns to it. */
  beforeAside?: Scope;
  /** The columns of the table being read, from its header row, and the section it stands in. */
  /** The table being read: what each column holds, and the edition column's label as written ("Course"). */
  table?: { columns: Column[]; section: string; editionLabel?: string };
  /** The programme the page's title names without a number, when it names one whole (see page-programme.ts). */
  pageProgramme?: string;
  /** The page's title or section speaks of themes ("list of past themes"). */
  themesPage?: boolean;
  /** The countries the page lists as the programme's targets ("The eight target countries are …"). */
  targets?: string[];
  /** The title tells of a talk, a visit or a ceremony at the edition it names ("relay lecture at the 26th …"). */
  eventAtEdition?: boolean;
  /** A sentence that ended "… took part:" and the editions it spoke of: the list blocks after it name who. */
  listCue?: { editions: EditionRecord[]; section: string; passageIds: string[] };
}

/**
 * Everything one document states, as records still to be merged with other documents'. A page about one
 * edition that says which one only at the end ("The Kuala Lumpur meeting was the eighth of them") is read
 * a second time as if its title named that edition (see numbered-late.ts).
 */
export function extractDocument(document: KnowledgeDocument, acronyms: ReadonlySet<string>, names: NamesInUse = NO_NAMES, sentencesOf: SentencesOf = splitEachTime): DocumentRecords {
  const reader: Reader = { acronyms, names, sentencesOf, findEditions: editionMentionFinder(acronyms) };
  const first = extractOnce(document, reader);
  if (first.titled) return first.out;
  const about = editionNumberedLate(first.out);
  return about ? extractOnce(document, reader, about).out : first.out;
}

function extractOnce(document: KnowledgeDocument, reader: Reader, about?: EditionMention): { out: DocumentRecords; titled: boolean } {
  const out: DocumentRecords = { series: [], editions: [], countries: [], regions: [] };
  const state: DocumentState = { themesPage: THEMES_WORD.test(`${document.title} ${document.section ?? ""}`) };
  const titled = about ?? namedEdition(reader, withoutAsides(document.title)) ?? (document.subtitle !== undefined ? namedEdition(reader, document.subtitle) : undefined) ?? namedEdition(reader, document.section) ?? titleBlockEdition(reader, document) ?? namedAtLast(reader, document);
  if (titled) {
    state.titled = { mention: titled };
    if (EVENT_AT_EDITION.test(document.title.slice(0, Math.max(0, document.title.search(/\d|first|second|third/iu))))) state.eventAtEdition = true;
  } else {
    const programme = unnumberedProgrammeInTitle(document.title);
    if (programme) state.titled = provisionalEdition(programme, out);
    else state.pageProgramme = programmeOfPage(document.title) ?? programmeOfPage(document.passages[0]?.headings[0] ?? "") ?? definedProgrammeInTitle(document.title, reader.names.defined);
  }
  for (const [index, passage] of document.passages.entries()) {
    const section = passage.headings.join("\u0000");
    // A note explains a term of the text (a programme, a body); it continues no edition's scope.
    // …but an FAQ's answers under one question heading after another go on about the edition named.
    const faq = state.scope !== undefined && passage.kind !== "note" && isQuestion(passage.headings.at(-1)) && isQuestion(state.scope.section.split("\u0000").at(-1));
    if (faq) state.scope = { ...state.scope!, section, interview: true };
    if (state.scope && (state.scope.section !== section || passage.kind === "note")) delete state.scope;
    if (state.headedSection !== section) {
      state.headedSection = section;
      // The innermost heading that names an edition: "Sixth Regional Seminar …" above "Training (December 2012)".
      let named: EditionMention | undefined;
      let depth = passage.headings.length;
      for (const heading of [...passage.headings].reverse()) {
        depth -= 1;
        if (heading === document.section) break;
        named = namedEdition(reader, heading) ?? editionOfSeriesInPlay(reader, heading, out.series);
        if (named) break;
      }
      if (named) state.headed = { mention: named, depth };
      else delete state.headed;
    }
    state.passage = passage;
    state.nextPassage = document.passages[index + 1];
    extractPassage(passage, reader, state, out);
  }
  if (state.titled?.unnumbered) dropProvisional(state, out);
  if (state.aside) dropAside(state, out);
  adoptBareSeries(out, state.titled?.record?.series ?? state.titled?.series);
  adoptDescribedEditions(out);
  nameSeriesByHeadings(document, out.series);
  resolveBodiesByHead(out, document);
  resolveVenuesByKind(out, document);
  const texts = new Map(document.passages.map((passage) => [passage.id, passage.text]));
  inferProgrammeCountries(out, (evidence) => texts.get(evidence.passageId)?.slice(evidence.start, evidence.end) ?? "");
  return { out, titled: titled !== undefined || state.titled !== undefined };
}

/**
 * The edition a page's opening block names when that block is a title, not prose ("Japan (UNAFEI) /
 * Southeast Asia Sixth Regional Seminar on Good Governance … Training (December 2012)"): short, and no
 * sentence in it ends.
 */
function titleBlockEdition(reader: Reader, document: KnowledgeDocument): EditionMention | undefined {
  const [first, second] = document.passages;
  const titleLike = (passage: Passage | undefined): boolean => passage !== undefined && passage.kind === "paragraph" && passage.text.length <= 240 && !/[.!?]["”’)]?\s/u.test(`${passage.text} `);
  if (!first || !titleLike(first)) return undefined;
  // "## Highlights of this issue" then "- Results of the 1st Global Youth Forum …", "- Awards ceremony …":
  // the first item of a list under a section heading, not the page's title.
  if (first.headings.length > 1 || (titleLike(second) && second!.headings.join("\u0000") === first.headings.join("\u0000"))) return undefined;
  return namedEdition(reader, first.text);
}

// "This week's meeting in Jakarta was the ninth Regional Seminar on …": a news item that tells of an
// event first and names it last.
// So does a press release that says "This is the ninth time that the Regional Seminar on … has been held".
const THIS_EVENT_WAS = new RegExp(`\\b(?:This|That)(?:\\s+(?:week|month|year)['’]s)?\\s+(?:meeting|seminar|event|gathering|course|forum|training|programme)\\b[^.;]{0,80}?\\bwas\\s+(?=the\\s)|\\b(?=(?:This|It)\\s+(?:is|was|marks|marked)\\s+the\\s+(?:${ORDINAL_SOURCE})\\s+time\\b)`, "gu");

/**
 * The edition a page names only at the end, as what the event it told of was, when no edition is
 * named before: the page is about that one.
 */
function namedAtLast(reader: Reader, document: KnowledgeDocument): EditionMention | undefined {
  for (const [i, passage] of document.passages.entries()) {
    for (const match of allMatches(THIS_EVENT_WAS, passage.text)) {
      const rest = passage.text.slice(match.index + match[0].length).split(/(?<=[.;])\s/u)[0]!;
      const named = namedEdition(reader, rest);
      if (!named) continue;
      // The page's only edition: none named before it, nor after.
      const others = [...document.passages.slice(0, i).map((one) => one.text), passage.text.slice(0, match.index), passage.text.slice(match.index + match[0].length + rest.length), ...document.passages.slice(i + 1).map((one) => one.text)];
      return others.some((text) => reader.findEditions(text).some((mention) => !mention.weak)) ? undefined : named;
    }
  }
  return undefined;
}

/** An edition a page is about before it says which one it is (see unnumbered.ts). */
function provisionalEdition(programme: string, out: DocumentRecords): NamedEdition {
  return { mention: { ordinal: 0, ordinalText: "", seriesPhrase: programme, weak: false, start: 0, end: 0 }, unnumbered: { seriesBefore: out.series.length } };
}

/** Whether `programme` is a name of the series in scope (or of the page's edition). */
function namesInScope(programme: string, state: DocumentState): boolean {
  const key = nameWords(programme).join(" ");
  const series = [...(state.scope?.editions ?? []).map((edition) => edition.series), (state.headed ?? state.titled)?.record?.series].filter((one) => one !== undefined);
  return series.some((one) => one.names.some((name) => nameWords(name.text).join(" ") === key));
}

/** Another programme, named without a number: the sentences about it go to a record of its own, later dropped. */
function setAside(programme: string, passage: Passage, state: DocumentState, out: DocumentRecords, evidence: Evidence): void {
  if (state.aside) dropAside(state, out);
  const named = provisionalEdition(programme, out);
  state.aside = named;
  if (state.scope) state.beforeAside = state.scope;
  const record = materialise(named, state, out, evidence);
  state.scope = { editions: [record], passageId: passage.id, section: passage.headings.join("\u0000") };
}

/** The provisional edition numbered at last: "This year's training was the ninth". */
function numberProvisional(named: NamedEdition, numbered: { ordinal: number; ordinalText: string }, state: DocumentState, out: DocumentRecords, evidence: Evidence): void {
  const record = materialise(named, state, out, evidence);
  record.ordinal = numbered.ordinal;
  record.ordinalText = numbered.ordinalText;
  named.mention = { ...named.mention, ordinal: numbered.ordinal, ordinalText: numbered.ordinalText };
  delete named.unnumbered;
}

/** A provisional edition never numbered, or another edition named: nothing of it is kept. */
function dropProvisional(state: DocumentState, out: DocumentRecords): void {
  const named = state.titled;
  if (!named?.unnumbered) return;
  delete state.titled;
  dropRecordOf(named, state, out);
}

/** The unnumbered programme named aside: nothing said of it is kept. */
function dropAside(state: DocumentState, out: DocumentRecords): void {
  const named = state.aside;
  if (!named) return;
  delete state.aside;
  dropRecordOf(named, state, out);
}

/**
 * The record of an edition never numbered, taken back out of the records: its facts, and its series
 * when it was made for it alone, are not kept; countries that took part in it are only mentioned.
 */
function dropRecordOf(named: NamedEdition, state: DocumentState, out: DocumentRecords): void {
  const record = named.record;
  if (!record) return;
  out.editions.splice(out.editions.indexOf(record), 1);
  for (const country of out.countries) {
    if (country.edition !== record) continue;
    delete country.edition;
    if (country.role === "participant") country.role = "mentioned";
  }
  // Its series too, when it was made for it alone.
  const series = record.series;
  const index = out.series.indexOf(series);
  if (index >= (named.unnumbered?.seriesBefore ?? out.series.length) && !out.editions.some((edition) => edition.series === series)) out.series.splice(index, 1);
  if (state.scope?.editions.includes(record)) delete state.scope;
}

/**
 * A weak mention whose description is a name a definition gives ("the fifth seminar on criminal justice
 * for French-speaking African countries" where "a seminar on criminal justice for …" is defined): a
 * mention of that series, by its description.
 */
function describedSeries(mention: EditionMention, names: NamesInUse, sentence?: string): EditionMention {
  if (!mention.weak || !mention.description) return mention;
  const signature = nameSignature(mention.description);
  if (!signature) return mention;
  // "The twelfth training course on the juvenile delinquent treatment system for Kenya was held from …":
  // numbered, described closely and said to have been held, it is an edition even if nothing defines it.
  const held = sentence !== undefined && mention.ordinal > 1 && HELD_AFTER.test(sentence.slice(mention.descriptionEnd ?? mention.end));
  return names.definedSignatures.has(signature) || held ? namedBy(mention, mention.description) : mention;
}

/** A weak mention made a mention of the series `phrase` names. */
function namedBy(mention: EditionMention, phrase: string): EditionMention {
  return { ...mention, seriesPhrase: phrase, weak: false };
}

const HELD_AFTER = /^\s+(?:(?:was|were|will\s+be|is|has\s+been)\s+(?:successfully\s+)?(?:held|conducted|organi[sz]ed|convened|hosted|run)|took\s+place)\b/u;

/**
 * The one edition a title or heading names ("Eighth Regional Seminar on Good Governance …"), if exactly
 * one. A title may describe it in lower case ("the fifth criminal justice seminar for French-speaking
 * African countries"): a page headed so is about that edition, unless it is the first (which ranks as
 * often as it numbers).
 */
function namedEdition(reader: Reader, text: string): EditionMention | undefined {
  const mentions = reader.findEditions(text)
    .map((mention) => {
      const phrase = mention.description ?? mention.seriesPhrase;
      const before = nameBeforeColon(text, mention);
      if (before) return namedBy(mention, before);
      return mention.weak && mention.ordinal > 1 && nameSignature(phrase) ? namedBy(mention, phrase) : describedSeries(mention, reader.names);
    })
    .filter((mention) => !mention.weak && !isRank(text, mention));
  const first = mentions[0];
  if (!first || mentions.some((mention) => mention.ordinal !== first.ordinal || mention.seriesPhrase !== first.seriesPhrase)) return undefined;
  return first;
}

// "Regional Seminar on Good Governance for Southeast Asian Countries: the Sixth Seminar", "UNCAC
// Training Programme — 23rd Programme": the name, then a mark, then the edition by its noun alone.
const NAME_THEN_MARK = /^\s*(?:the\s+)?(.+?)\s*(?::|[—–·|]|\s-)\s*(?:the\s+)?$/iu;

/**
 * The series' name a title or heading gives before a bare ordinal and the name's own head noun (or
 * "session", "edition"), set apart by a colon or a dash; undefined when what stands there is no whole name.
 */
function nameBeforeColon(text: string, mention: EditionMention): string | undefined {
  if (!mention.weak || mention.seriesPhrase.includes(" ")) return undefined;
  const name = NAME_THEN_MARK.exec(text.slice(0, mention.start))?.[1];
  const read = name ? readSeriesPhrase(name, 0) : undefined;
  if (!read || read.end !== name!.length || read.phrase.split(/\s+/u).length < 2 || !/^\p{Lu}/u.test(read.phrase)) return undefined;
  const noun = headNoun(mention.seriesPhrase);
  const nouns = read.phrase.split(/\s+/u).map(headNoun);
  return noun !== undefined && (nouns.includes(noun) || noun === "session" || noun === "edition") ? read.phrase : undefined;
}

/**
 * A title without what its brackets add when that is more than a name: "GG Seminar timeline, 2019 to
 * 2023 (compiled from UNAFEI's pages, the Akarenga report on GG14 and …)" names its sources, not the
 * edition the page is about; "The 8th Seminar (GG8)" keeps its alias.
 */
function withoutAsides(title: string): string {
  return title.replace(/\s*\(([^()]*)\)/gu, (whole, inside: string) => (inside.trim().split(/\s+/u).length > 3 ? "" : whole));
}

/**
 * "What did the sixth seminar discuss, and who came?": a heading that numbers an edition by its
 * ordinal and the series' head noun alone, of the one series already named whose names hold that noun.
 */
function editionOfSeriesInPlay(reader: Reader, heading: string, series: readonly SeriesRecord[]): EditionMention | undefined {
  const mentions = reader.findEditions(heading).filter((mention) => mention.weak && mention.ordinal > 1 && !isRank(heading, mention));
  const noun = mentions.length === 1 ? headNoun(mentions[0]!.seriesPhrase.split(/\s+/u).at(-1) ?? "") : undefined;
  if (!noun) return undefined;
  const fits = series.filter((one) => !one.weak && one.names.some((name) => nameWords(name.text).some((word) => headNoun(word) === noun)));
  if (fits.length !== 1) return undefined;
  const name = fits[0]!.names.find((one) => one.kind === "name") ?? fits[0]!.names[0]!;
  return { ...mentions[0]!, seriesPhrase: name.text, weak: false };
}

// A sentence that refers back to the edition in scope, from any later paragraph of its section: "The
// seminar's main theme was …", "This year's programme …", "It was held in …", "Participants came from …",
// "The main theme was '…'".
// A leading "Since its first <edition> in <date>," clause.
const HISTORY_CLAUSE = /^\s*Since\s+(?:its|the)\s+first\s+[^,;]{3,120},\s+/u;
// (…and "‘Effective International Cooperation …’ was its theme.": the quote, masked, then the words.)
const REFERS_BACK = /^(?:(?:In\s+addition|Moreover|Also|Furthermore|Then|Thereafter|Subsequently|Finally),?\s+)?(?:(?:The|This|That|Its|These|At\s+the|During\s+the|In\s+the|Throughout\s+the)\s+(?:(?:[\p{L}-]+\s+){0,3}?)((?:seminar|course|programme|program|training|workshop|symposium|conference|forum|dialogue|meeting|event|session|lecture)s?)(?:['’]s)?\b|(?:It|Its|Participants|The\s+participants|This\s+year['’]s|Each\s+participant|All\s+participants)\b|The\s+(?:main\s+|overall\s+|central\s+)?(?:theme|topic)\s+(?:was|is|this\s+(?:year|time)|of\s+this)\b|(?:Main\s+|Overall\s+)?[Tt]heme\s*:|\s+(?:was|is|became|served\s+as)\s+(?:its|the|their)\s+(?:main\s+|overall\s+|central\s+)?(?:theme|topic|subject)\s*[.;]?\s*$)/u;
// (The theme as a subject: "UNODC looked back under the theme …" is another body's.)
const OWN_THEME = /(?<!\b(?:under|with|on|in|of|for|about|to|by|from)\s+)\b(?:the|its|this\s+year['’]s)\s+(?:main\s+|overall\s+|central\s+)?(?:theme|topic)\b(?!\s+of\b)/iu;
const COURSE_LIKE: ReadonlySet<string> = new Set(["course", "programme", "program", "training"]);
// …or a leading phrase of time: "Ten years after the first seminar, it looked back …", "A decade on, …".
const LEADING_CLAUSE = /^(?:To|In\s+order\s+to|So\s+that|As|Because|Since|While|With|After|Following|Building\s+on|Given|Under|Through|For|During|In|On|At|This\s+time|That\s+year|Once\s+again|Again|Later|Meanwhile|(?:[\p{L}-]+\s+){1,2}(?:years?|decades?|months?|weeks?|days?)\s+(?:on|later|after|afterwards|earlier|since)|A\s+(?:decade|year)\s+(?:on|later|after))\b/u;

/** REFERS_BACK read after each of the first few commas of a sentence that opens with an adverbial clause. */
function afterLeadingClause(masked: string): RegExpExecArray | null {
  // "This time the theme is …": a short time phrase needs no comma.
  const time = /^(?:This\s+time|This\s+year|That\s+year|Once\s+again)\s+(?=\p{Ll})/u.exec(masked);
  if (time) {
    const rest = masked.slice(time[0].length);
    const found = REFERS_BACK.exec(rest.charAt(0).toUpperCase() + rest.slice(1));
    if (found) return found;
  }
  for (const comma of allMatches(/,\s+/gu, masked)) {
    if (comma.index > 300) break;
    const rest = masked.slice(comma.index + comma[0].length);
    // Mid-sentence the main clause starts in lower case: "…, the seminar took …".
    const found = REFERS_BACK.exec(rest.charAt(0).toUpperCase() + rest.slice(1));
    if (found) return found;
  }
  return null;
}
// "The course for fiscal 2022", "the seminar of FY2019", "The 2023 session": an event named by its year.
const YEAR_LABELLED = /^(?:The|This|That|[Tt]he|[Tt]his)\s+(?:(?:FY\s?|fiscal\s+(?:year\s+)?)?(?:19|20)\d{2}\s+(?:[\p{L}-]+\s+){0,3}?(?:seminar|course|programme|program|training|workshop|session)s?\b|(?:[\p{L}-]+\s+){0,3}?(?:seminar|course|programme|program|training|workshop|session)s?\s+(?:for|of|in)\s+(?:FY\s?|fiscal\s+(?:year\s+)?)(?:19|20)\d{2}\b)/u;
const HELD_IT = /^(?:[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*|The\s+(?:[A-Z][\p{L}-]*\s+){0,6}?(?:Ministry|Institute|Commission|Office|Agency|Department|Procuracy|Centre|Center|Foundation)(?:\s+of(?:\s+[A-Z][\p{L}-]*)+)?)\s+(?:(?:also|jointly)\s+)?(?:co-hosted|co-organi[sz]ed|hosted|organi[sz]ed|held|ran|convened|conducted)\s+it\b/u;
// Within the edition's own paragraph a sentence may also continue it by what it states.
// "Eighteen practitioners took part. They came from ten countries:": who "they" are, in the same paragraph.
const CONTINUES_HERE = /^(?:The|This|That|These|Its|It|They|Their|Participants|A\s+total|In\s+total|Altogether|Under|Held|Co-hosted|Hosted|Organi[sz]ed|Jointly)\b|\bparticipants?\b/u;
// "Eighteen practitioners from ten countries participated.": a count of people taking part continues
// the edition too; "Japan participated in the G20 meeting" does not.
// …and "All ten ASEAN countries were represented": the countries that sent them.
const PEOPLE_CAME = /\b(?:delegations?|delegates|participants|practitioners|officials|trainees|prosecutors|judges|investigators|representatives)\b|^(?:They|We)\s|\b(?:were|was)\s+(?:all\s+|also\s+)?represented\b/iu;
// ("came two each from the nine ASEAN countries …": how many each sent, between the verb and "from".)
const TAKING_PART = /\b(?:participated|attended|took\s+part|joined|came(?:\s+(?:two|three|four|five|one|\d{1,2})\s+(?:each|apiece))?\s+from|sent|(?:attending|participating|taking\s+part)\s+(?:were|numbered|totalled|totaled))\b/u;
// …and "… sat Cambodian, Indonesian, … and Vietnamese counterparts": the people who came, by nationality.
const PARTICIPANTS_WORD = /\b(?:participants|participating|participation|trainees|delegates|delegations|counterparts|colleagues)\b/iu;
// Demonstratives that point at the edition a document or heading is about, even after other editions were named.
const THIS_EDITION = /\b(?:[Tt]his|[Tt]he\s+present)\s+(?:year['’]s\s+)?(?:seminar|course|programme|program|training|workshop|symposium|conference|forum|event|session)\b|\b[Tt]his\s+year['’]s\b/u;
// Several editions in scope: a later sentence speaks of all of them only when it says so.
const ALL_OF_THEM = /\b(?:both|each|all\s+(?:the|of\s+the|these)|respectively)\b/u;

/** True when a sentence is about a series as such: it states a since-year or a frequency. */
function aboutSeries(masked: string): boolean {
  return findSinceYear(masked) !== undefined || findFrequency(masked) !== undefined;
}

/**
 * "The twenty-second course and the thirteenth seminar opened on 9 October and 17 December
 * respectively. The course met in …; The seminar closed on the 19th": with several editions in scope, a
 * sentence that refers back by a noun is about the one edition whose series' name holds it.
 */
function editionByNoun(masked: string, scope: Scope): EditionRecord | undefined {
  const refers = referenceBack(masked);
  const noun = refers?.[1]?.toLowerCase().replace(/s$/u, "");
  if (!noun || ["event", "session", "meeting", "lecture"].includes(noun) || refersToAnotherEdition(masked, refers!)) return undefined;
  const fits = scope.editions.filter((edition) => edition.series.names.some((name) => nameWords(name.text).some((word) => word === noun || (noun === "program" && word === "programme"))));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * A sentence's reference back to an edition: at its start, or after a leading adverbial clause ("To look
 * beyond how systems are designed, the seminar took as its theme …"), as a sentence starting with it would.
 */
function referenceBack(masked: string): RegExpExecArray | null {
  return REFERS_BACK.exec(masked) ?? (LEADING_CLAUSE.test(masked) ? afterLeadingClause(masked) : null);
}

/**
 * "The course for fiscal 2022, held at JICA Tokyo …", "The 2023 session …": a course known by its year
 * is another one than the numbered edition in scope; so are editions a sentence speaks of as others.
 */
function refersToAnotherEdition(masked: string, refers: RegExpExecArray): boolean {
  return YEAR_LABELLED.test(masked.slice(refers.index)) || OTHER_EDITIONS_SUBJECT.test(masked);
}

// "4. Main theme: '…'", "- Venue: Kuala Lumpur": a numbered or bulleted item, read without its marker.
const LIST_MARKER = /^\s*(?:\d{1,2}[.)]|[-*•·])\s+/u;
// "Dates: …", "Venue: …", "Participants: …": an item that labels one fact, in the section of the one
// edition in scope, states it of that edition.
const FACT_LABEL = /^(?:[*_]{1,2})?(?:Dates?|Period|When|Venue|Place|Where|Organi[sz]ers?|Co-?hosts?|Hosts?|Participants|Who\s+came|(?:Main\s+|Overall\s+)?(?:Theme|Topic|Subject))(?:[*_]{1,2})?\s*:/u;

/** Whether a sentence without edition mentions speaks of the editions in `scope`. */
function continuesScope(sentence: string, scope: Scope, passage: Passage, documentSeries: readonly SeriesRecord[]): boolean {
  const masked = sentence.replace(LIST_MARKER, "");
  if (FACT_LABEL.test(masked) && scope.editions.length === 1 && scope.section === passage.headings.join("\u0000")) return true;
  const refers = referenceBack(masked);
  if (refers && refersToAnotherEdition(masked, refers)) return false;
  if (refers) {
    // "The training course …" after a seminar is another programme: the noun must fit the series.
    const noun = refers[1] ? headNoun(refers[1]) : undefined;
    if (noun === undefined || ["event", "session", "meeting"].includes(refers[1]!.toLowerCase().replace(/s$/u, ""))) return true;
    // A document with one series may call a programme a course ("The course in question, known as the
    // UNCAC Training Programme, …"); a seminar stays a seminar, and with several series the noun must
    // be the series' own.
    const courseLike = (word: string): boolean => COURSE_LIKE.has(word.replace(/s$/u, ""));
    if (documentSeries.length === 1 && courseLike(noun) && scope.editions.every((edition) => edition.series.names.some((name) => nameWords(name.text).some(courseLike)))) return true;
    return scope.editions.some((edition) => edition.series.names.some((name) => name.text.toLowerCase().includes(noun) || (noun === "programme" && /program/iu.test(name.text))));
  }
  if (scope.passageId === passage.id && CONTINUES_HERE.test(masked)) return true;
  // "The ninth seminar was held in Jakarta. UNAFEI co-hosted it with the KPK …, from 24 to 26 November
  // 2015.": a body held "it", in the past, in the edition's own paragraph: the one edition in scope.
  if (scope.passageId === passage.id && scope.editions.length === 1 && HELD_IT.test(masked)) return true;
  // "Ten years had passed since the first seminar, so the main theme looked back: “…”": in the edition's
  // own paragraph, "the main theme" is its theme (not "the theme of the G20 meeting").
  if (scope.passageId === passage.id && scope.editions.length === 1 && OWN_THEME.test(masked)) return true;
  // "The third forum was held in Tokyo … . Besides Japan, which hosted, delegations came from …": in the
  // edition's own paragraph, who took part is said of it.
  // ("Japan participated in the G20 meeting" names no people of its own: another event's.)
  if (scope.passageId === passage.id && scope.editions.length === 1 && PEOPLE_CAME.test(masked) && findParticipation(masked) !== undefined) return true;
  // "Brunei was unable to attend, and the other nine ASEAN member states each sent two judges …": the
  // members by reference, in the edition's own paragraph.
  if (scope.passageId === passage.id && scope.editions.length === 1 && (TAKING_PART.test(masked) || PEOPLE_CAME.test(masked)) && namesOtherMembers(masked)) return true;
  // "Seventeen prosecutors took part.", "Over three days, participants from Cambodia, … discussed …": who
  // took part, said in a later paragraph of the section, is said of the one edition in scope.
  // "Twenty-three practitioners from seven countries (…) took up …": a count of people as the subject.
  return scope.editions.length === 1 && (opensWithPeople(masked) || (TAKING_PART.test(masked) && findParticipantCount(masked)?.participants.count !== undefined)
    || (PARTICIPANTS_WORD.test(masked) && findParticipation(masked) !== undefined));
}

function extractPassage(passage: Passage, reader: Reader, state: DocumentState, out: DocumentRecords): void {
  if (state.listCue && readListedParticipants(passage, state.listCue, out)) return;
  delete state.listCue;
  const rows = tableRows(passage.text);
  if (rows.length > 0 && readTable(rows, passage, reader, state, out)) return;
  const { acronyms, names } = reader;
  const paragraph: ParagraphDefinition[] = [];
  const regionsHere = new Set<string>();
  const earlier: Earlier[] = [];
  let previousMasked: string | undefined;
  // The sentence before, when it named no edition: "In Hanoi, … eighteen people met from 17 to 19
  // October 2017. That meeting … was the eleventh Regional Seminar …" tells its facts first.
  let previous: { read: ReadSentence; masked: string; named: boolean; first: boolean } | undefined;
  for (const read of reader.sentencesOf(passage)) {
    const sentence = read.text;
    // Evidence quotes the passage as written ("Theme | …" is read as "Theme:  …", same length).
    const written = passage.text.slice(read.start, read.end);
    // Era years are read as the year they are (below); their evidence quotes them as written.
    const eras = eraYearSpans(sentence);
    const at: EvidenceAt = (start, end) => {
      const span = eras.length > 0 ? widenToEraYears({ start, end }, eras) : { start, end };
      return { passageId: passage.id, sentence: written, start: read.start + span.start, end: read.start + span.end };
    };
    const whole = at(0, sentence.length);
    const quotes = findQuoted(sentence);
    // Era years as the year they are, in place: "of Reiwa 3" dates as 2021 (see withEraYears).
    // …and "Since then" as the year the sentence before gives (see withSinceThen).
    const masked = withSinceThen(withEraYears(maskQuoted(sentence, quotes)), previousMasked);
    const maskedBefore = previousMasked;
    previousMasked = masked;
    const roles = findRoleSpans(masked);

    const definitions = definitionsIn(read);
    const topics = new Map<EditionMention, string>();
    const named = editionsIn(read, acronyms, reader.findEditions)
      .filter((mention) => !definitions.some((d) => d.kind === "titled" && mention.start >= d.start && mention.start < d.end))
      // A quoted theme may hold an ordinal; a quote that is nothing but an edition's name ("we held the
      // “3rd Criminal Justice Forum for Asia and the Pacific” in Tokyo") names that edition.
      .filter((mention) => !quotes.some((q) => mention.start >= q.start && mention.start < q.end && !quotesOnlyTheName(q, mention)))
      // One of a list, or the first of a count that goes on ("The first forum was held …, the second …").
      .filter((mention, _, all) => !isRank(sentence, mention, all.some((other) => other !== mention && (other.end === mention.end || (other.start > mention.start && other.ordinal === mention.ordinal + 1 && other.seriesPhrase === mention.seriesPhrase)))))
      .map((mention) => withoutTopic(describedSeries(mention, names, sentence), sentence, names, topics))
      // "the “3rd Criminal Justice Forum …” (in English, The 3rd Criminal Justice Forum …) in Tokyo": the
      // edition named again is one edition, and what follows the second name is said of it.
      .filter((mention, i, all) => !all.slice(0, i).some((earlier) => earlier.ordinal === mention.ordinal && nameWords(earlier.seriesPhrase).join(" ") === nameWords(mention.seriesPhrase).join(" ")))
      // "The thirteenth seminar, GG13, met …", "the 16th seminar (GG16)": one edition named twice in
      // apposition; the name that says more of its series stands for both.
      .filter((mention, i, all) => !apposedTwin(mention, all[i - 1], sentence) && !apposedTwin(mention, all[i + 1], sentence, true));
    let mentions = definitions.length === 0 ? [...named, ...bareOrdinalEdition(masked, state, out, named, whole, earlier, paragraph.at(-1)?.record), ...editionsByYear(masked, out, named)].sort((a, b) => a.start - b.start) : named;
    mentions = withMentionsAgain(masked, mentions);

    // A page about one edition it has not numbered yet: another edition named ends it; "This year's
    // training was the ninth" numbers it; "… held its <programme> from …" starts one.
    if (state.titled?.unnumbered) {
      const numbered = ordinalAnaphora(masked);
      // "This was the seventh training.": the mention it holds is the page's edition numbered, not another.
      const numbersIt = numbered !== undefined && mentions.every((mention) => mention.weak && mention.start >= numbered.start && mention.end <= numbered.end);
      if (numbered && numbersIt) {
        numberProvisional(state.titled, numbered, state, out, at(numbered.start, numbered.end));
        mentions = [];
      } else if (mentions.length > 0) dropProvisional(state, out);
    } else if (mentions.length === 0 && definitions.length === 0) {
      const programme = heldItsProgramme(masked, sentence);
      if (programme && !state.titled && !state.scope) state.titled = provisionalEdition(programme, out);
      else if (programme && !namesInScope(programme, state)) setAside(programme, passage, state, out, whole);
    }

    // An organiser stated with no edition is the standing organiser of the programmes after it; one
    // stated where a series is defined is that series' own.
    // "Since its first International Training Course in September 1962, UNAFEI has held the course twice
    // a year": the first edition only dates the series' history; the main clause is about the series.
    const history = mentions.length > 0 ? HISTORY_CLAUSE.exec(masked) : null;
    const seriesClause = mentions.length === 0 || (history !== null && mentions.every((mention) => mention.end <= history[0].length));
    // "The Liaison Meeting, organized every year by the Institute and JICA, held its 20th meeting …": a
    // series defined before the sentence's first edition is organised by whom that part says.
    const organiserName = seriesClause ? findOrganiser(history ? sentence.slice(history[0].length) : sentence)
      : definitions.length > 0 && mentions.length > 0 && definitions[0]!.start < mentions[0]!.start ? findOrganiser(sentence.slice(0, mentions[0]!.start)) : undefined;
    const organiser: Fact<string> | undefined = organiserName ? { value: organiserName, evidence: whole, basis: "stated" } : undefined;
    // …but not from a sentence about an edition this reader could not place ("The 16th Liaison Meeting,
    // organised by the Institute with JICA, took place …"): that body organised one edition.
    // Nor from ", which the Ministry holds with UNODC": that names the holder of the programme before it.
    // Nor from "Through UNAFEI, the Ministry of Justice runs an international training course on …":
    // that body holds the one programme described, not the programmes after it.
    if (organiser && definitions.length === 0 && !NUMBERED_EVENT.test(history ? masked.slice(history[0].length) : masked) && !findRelativeHolder(masked)) {
      const one = ONE_PROGRAMME_HELD.exec(masked);
      if (one) state.standingOnce = { before: state.standingOnce ? state.standingOnce.before : state.standing, noun: one[1]!.toLowerCase().split(/\s+/u).pop()! };
      else delete state.standingOnce;
      state.standing = { fact: organiser, passage, nouns: programmeNounsIn(passage.text), captions: captionedBy(passage, state.nextPassage) };
    }
    // A since-year and a frequency only ever go to a series defined or an edition mentioned here.
    const aboutProgrammes = definitions.length > 0 || mentions.length > 0;
    const since = aboutProgrammes ? findSinceYear(masked) : undefined;
    const frequency = aboutProgrammes ? findFrequency(masked) : undefined;
    const sinceYears = since ? sinceYearsIn(masked) : [];
    const frequencies = frequency ? frequenciesIn(masked) : [];
    for (const definition of definitions) {
      // Several since-years or frequencies in one sentence: each series takes the one nearest to its name.
      // "the International Training Course (twice a year), the International Senior Seminar (once a year)
      // and the UNCAC Training Programme …, which it has held once a year since 1998": a since-year is the
      // series' nearest to it only.
      const candidate = nearest(sinceYears, definition, (m) => m.start, (m) => m.start + m.text.length, masked);
      // (…but "every year since then it has held the International Training Course twice and the International
      // Senior Seminar once" dates both.)
      const lastDefinition = definitions[definitions.length - 1]!;
      const inRelative = candidate !== undefined && definitions.length > 1 && candidate.start > lastDefinition.end && /,\s+(?:which|that)\b/u.test(masked.slice(lastDefinition.end, candidate.start));
      const ownedBy = inRelative ? lastDefinition : definition;
      const ownSince = candidate ? (ownedBy === definition ? candidate.year : undefined) : since?.year;
      const ownFrequency = definition.frequency !== undefined ? definition.frequency ?? undefined : nearest(frequencies, definition, (m) => m.start, (m) => m.end, masked)?.value ?? frequency;
      const record = defineSeries(definition, whole, organiser ?? takeStanding(state, [definition.name]), ownSince, ownFrequency, out);
      paragraph.push({ record, kind: definition.kind, name: definition.name, context: sentence });
    }
    // A sentence that defines a series ends the scope, unless it only tells the background of the series
    // of the one edition in scope ("For the twelfth time, … met for the good governance seminar … . The
    // Regional Seminar on Good Governance … has been held annually since 2007. … It took place in Da Nang …").
    const background = state.scope?.editions.length === 1 && definitions.length === 1 && mentions.length === 0 && sameProgramme(paragraph[paragraph.length - 1]?.record, state.scope.editions[0]!.series);
    if (definitions.length > 0 && !background) delete state.scope;
    else for (const named of seriesNamedByYear(masked)) paragraph.push({ record: defineSeries(named, whole, takeStanding(state, [named.name]), undefined, undefined, out), kind: named.kind, name: named.name, context: sentence });

    const participantsAt = new Map<number, EditionRecord[]>();
    const groupParticipants: CountryRecord[] = [];
    let roleEditions: EditionRecord[] = [];
    if (mentions.length > 0) {
      const editions = readEditions(sentence, masked, mentions, topics, roles, at, { since: definitions.length === 0 ? since : undefined, frequency, single: definitions.length === 0 && mentions.length === 1 }, reader, state, paragraph, out, participantsAt, groupParticipants);
      // …and a dateline with no verb right before the sentence that names the edition: "27 to 29 November
      // 2018, co-hosted again by the SPP and UNAFEI. Held for the twelfth time, the seminar …".
      if (previous && !previous.named && mentions.length === 1 && (NAMES_WHAT_CAME_BEFORE.test(masked.slice(0, mentions[0]!.start)) || (previous.first && DATELINE.test(previous.masked)))) {
        const before = previous;
        const atBefore: EvidenceAt = (start, end) => ({ passageId: passage.id, sentence: passage.text.slice(before.read.start, before.read.end), start: before.read.start + start, end: before.read.start + end });
        fillFromSentence(editions, before.read.text, before.masked, findRoleSpans(before.masked), atBefore, new Map(), []);
      }
      // "As with the 7th seminar, the GG8 Seminar was co-hosted by …": the sentence, and those after it,
      // are about GG8; the edition it is compared with is named in passing.
      const main = editions.filter((_, i) => !namedInPassing(sentence, mentions[i]!, mentions[i + 1]));
      // Only editions named in passing: the scope stays as it was.
      // An interview's answer about the edition in question that looks back at earlier ones ("Bangkok had
      // hosted the first and the second seminars") leaves the later answers about the one in question.
      const current = state.scope?.interview && state.scope.editions.length === 1 ? state.scope.editions[0]! : undefined;
      const lookingBack = current !== undefined && main.every((edition) => edition.series === current.series && edition.ordinal < current.ordinal);
      if (main.length > 0 && !lookingBack) state.scope = { editions: main, passageId: passage.id, section: passage.headings.join("\u0000"), ...(QUESTION_PASSAGE.test(passage.text.replace(/^Q\.\s*/u, "")) && { question: {} }), ...((ANSWER_OR_QUESTION.test(passage.text) || isQuestion(passage.headings.at(-1))) && { interview: true }) };
      roleEditions = editions;
    } else if (definitions.length === 0 && aboutSeries(masked)) {
      // "The course is held every year": a sentence about the series just described.
      describeSeriesInScope(masked, paragraph, earlier, state, out, whole);
    } else if (definitions.length === 0 && !introducesWhatFollows(masked)) {
      // "GG16 (2022). “New Forms of …”" on a page of past themes: the title right after an item's label
      // is the labelled edition's, though it says nothing that would continue its scope.
      const afterLabel = previous?.first === true && previous.named && state.scope?.passageId === passage.id && (state.themesPage === true || passage.headings.some((heading) => THEMES_WORD.test(heading)));
      const target = scopeOf(masked, passage, state, out, whole) ?? (afterLabel ? state.scope?.editions : undefined);
      if (target) {
        fillFromSentence(target, sentence, masked, roles, at, participantsAt, groupParticipants);
        const labelled = target.length === 1 && !target[0]!.theme ? themeUnderHeading(passage, sentence, afterLabel) : undefined;
        if (labelled) target[0]!.theme = { value: labelled.theme, evidence: at(labelled.start, labelled.end), basis: "stated" };
        roleEditions = target;
      }
    }

    state.targets = targetCountriesListed(masked) ?? state.targets;
    if (roleEditions.length === 1) countriesReferredTo(masked, maskedBefore, roleEditions[0]!, at, out, roles, state.targets);
    recordCountries(masked, whole, participantsAt, groupParticipants, roles, roleEditions, out);
    // Only the passage's last sentence can announce a list set apart in the blocks after it.
    // "Practitioners from 20 countries gathered:" speaks of the one edition in scope even when it
    // would not continue it by its own words.
    const listing = announcesParticipantList(masked, roles) && definitions.length === 0 ? (roleEditions.length > 0 ? roleEditions : soleEditionInScope(state)) : [];
    if (listing.length > 0) state.listCue = { editions: listing, section: passage.headings.join("\u0000"), passageIds: [] };
    else delete state.listCue;
    for (const region of findRegions(masked)) {
      if (regionsHere.has(region.name)) continue;
      regionsHere.add(region.name);
      out.regions.push({ name: region.name, evidence: at(region.start, region.end) });
    }
    placeEditionsInTurn(masked, at, paragraph, state, out);
    const described = mentions.length === 0 && definitions.length === 0 && ONE_PROGRAMME_HELD.test(masked) ? findSeriesDefinitions(masked, true).filter((definition) => definition.kind === "described") : [];
    // "… holds an International Training Course on … . Its subjects are chosen from … ." / "The 18th of
    // these courses …": a sentence that names no programme keeps the one described in view.
    if (described.length > 0) state.describedBefore = { definitions: described, whole, section: passage.headings.join("\u0000") };
    else if (mentions.length > 0 || definitions.length > 0 || programmeNounsIn(masked).size > 0) delete state.describedBefore;
    state.recent = [...(state.recent ?? []).slice(1 - RECENT_SENTENCES), { masked, definitions, whole, section: passage.headings.join("\u0000") }];
    if (mentions.length === 0) for (const definition of paragraph) if (definition.context !== sentence) definition.context += ` ${sentence}`;
    earlier.push({ read, whole });
    previous = { read, masked, named: mentions.length > 0 || definitions.length > 0, first: previous === undefined };
  }
}

// A passage's first sentence that opens with its dates and has no verb of its own: "27 to 29 November
// of Heisei 30 (2018), co-hosted again by the SPP and UNAFEI, as for the previous seminar."
const DATELINE = new RegExp(`^\\s*\\d{1,2}(?:\\s*(?:to|–|-|and)\\s*\\d{1,2})?\\s+${MONTH_SOURCE}\\b(?![^.;]*\\b(?:was|were|is|are|has|have|had|will)\\b)`, "u");

// "That meeting, co-hosted by …, was the eleventh …", "It was the 12th …": the edition named is what the
// sentence before described.
const NAMES_WHAT_CAME_BEFORE = /^(?:That|This|It|These)(?:\s+(?:meeting|seminar|event|session|gathering|forum|course|programme|training|workshop))?\b[^.;]{0,160}?\b(?:was|is|marked|became)\s+(?:the|its)\s+$/u;

// A leading clause that compares with another edition: "As with the 11th seminar, …", "Unlike the
// 15th, …", "Following the 7th GG Seminar, …".
// "Since the first seminar, held in Thailand in 2007, it has run …": the series' history, told from an
// earlier edition.
const COMPARED = /,\s+as\s+(?:the\s+)?$/iu;
const IN_PASSING_BEFORE = /^(?:As\s+(?:with|in|at|for|was\s+the\s+case\s+(?:with|for|at))|Like|Unlike|Following|After|Since|Compared\s+(?:with|to)|Similar(?:ly)?\s+to|Just\s+as(?:\s+(?:with|at|in))?)\s+(?:at\s+|in\s+|with\s+)?(?:the\s+)?$/iu;

/** Whether `mention` stands in a leading clause that compares the sentence's edition with it, or dates the series by it. */
const HAD_DONE_AT = /\bhad\s+(?:(?:also|already|previously|earlier|once|first)\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}'’-]+){0,3}?\s+(?:at|for|in|during|with|to)\s+(?:the\s+)?$/u;

function namedInPassing(sentence: string, mention: EditionMention, next: EditionMention | undefined): boolean {
  // "GG8 was co-hosted, as the seventh seminar had been, by the MACC": compared with, whatever comes next.
  if (/,\s+as\s+(?:the\s+)?$/iu.test(sentence.slice(Math.max(0, mention.start - 12), mention.start)) && /^\s+(?:had\s+been|has\s+been|was|were|did|had)\b[^,;]*,/u.test(sentence.slice(mention.end))) return true;
  // "Co-hosts The SPP and UNAFEI, as for the 11th seminar": the same as for another one, at the end.
  if (/,\s+(?:as|like|just\s+as)\s+(?:for|with|at|in)\s+(?:the\s+)?$/iu.test(sentence.slice(Math.max(0, mention.start - 24), mention.start)) && /^\s*[.;)]?\s*$/u.test(sentence.slice(mention.end))) return true;
  // "The procuracy was repeating the role it had played at the eleventh seminar", "exactly as the two had
  // done for the seventh seminar": what had been done at an earlier one, said at the end of a clause.
  if (HAD_DONE_AT.test(sentence.slice(Math.max(0, mention.start - 60), mention.start)) && /^\s*(?:[.;,)]|$)/u.test(sentence.slice(mention.end))) return true;
  if (!IN_PASSING_BEFORE.test(sentence.slice(0, mention.start))) return false;
  // "As with the 11th seminar, the SPP co-hosted the 12th": the leading clause ends at its comma.
  if (next) return /^[^,;]*,[^;]*$/iu.test(sentence.slice(mention.end, next.start));
  // No other edition: in passing when the main clause after it is about the series ("it has run …").
  return /^(?:,[^;]*?)?,\s+(?:it|the\s+(?:seminar|course|programme|series|training))\s+(?:has|have|had|is|was|continues|continued)\b/iu.test(sentence.slice(mention.end));
}

// "After two seminars in Bangkok came two in Manila: the fourth, held in Manila from 7 to 9 December
// 2010 …", "The thirteenth, from 17 to 19 December 2019, was …": an ordinal alone, set off by a comma
// and followed by when, where or how it was held.
// …or after a verb of holding, with a relative clause: "As with the 11th seminar, the SPP co-hosted
// the 12th, which was held in Da Nang …".
const BARE_ORDINAL = new RegExp(`(?:^(?:(?:At|In|During|For)\\s+)?|[:;]\\s*|,\\s+(?:and\\s+)?|\\b(?:hosted|co-hosted|held|organi[sz]ed|co-organi[sz]ed|convened|ran|joined|attended|(?:went|came)\\s+to|took\\s+part\\s+in|(?:again\\s+)?for)\\s+)[Tt]he\\s+(${ORDINAL_SOURCE})\\s*,\\s+(?=(?:also\\s+(?:in|at|held)|held|from|on|in|at|co-hosted|hosted|organi[sz]ed|convened|took\\s+place|met|which\\s+(?:was|took|met|ran))\\b)`, "u");

/**
 * The edition a bare ordinal names, counting on in the one series the text is about: the scope's, the
 * page's, or the document's only series. A number no higher than one already named ranks.
 */
// "In 2021 the twenty-third session took as its theme …": a session of the series in play, said on its
// own (not "the 30th session of the Commission", another body's).
// …and "Its eleventh edition went to Viet Nam.", after the sentence that names the series.
const SESSION_ORDINAL = new RegExp(`(?<![\\p{L}])(?:[Tt]he|^Its|^Their)\\s+(${ORDINAL_SOURCE}|inaugural)\\s+(?:session|edition|iteration|instalment|installment|round)\\b(?!\\s+(?:of|at|in\\s+the\\s+series\\s+of)\\b)`, "u");

// "The 5th came to Tokyo", "the sixth was held in Tokyo": an ordinal alone as the subject of a verb of
// being held or going somewhere. "Q. And the fourth?": an ordinal alone as a question of its own.
// …and "Then the fifth came to Tokyo": after an adverb of sequence.
const BARE_ORDINAL_HELD = new RegExp(`(?:^(?:(?:Then|Next|Later|Afterwards|After\\s+that|In\\s+turn),?\\s+)?|[;:]\\s*|,\\s+(?:and\\s+|while\\s+)?)[Tt]he\\s+(${ORDINAL_SOURCE})\\s+(?=(?:came|went|moved|returned)\\s+to\\b|(?:was|were)\\s+(?:then\\s+|also\\s+)?held\\b|took\\s+place\\b|(?:met|ran)\\s+(?:in|at|from|on)\\b)`, "u");
// A paragraph's first sentence whose subject is a programme named by a description: "The anti-corruption
// criminal justice training, for which …", "A course for judges is …".
const PROGRAMME_SUBJECT = /^(?:The|This|A|An|Its|Our)\s+(?:[\p{L}-]+\s+){0,5}?(seminar|course|programme|program|training|forum|meeting|symposium|workshop)s?\b(?=\s*,|\s+(?:is|was|has|have|had|began|started|runs?|ran|continues?|takes?)\b)/u;
const PROGRAMMES_BEFORE = /\b(seminars?|courses?|programmes?|programs?|trainings?|forums?|meetings?|symposi(?:um|a)|workshops?|lectures?)\b/giu;
// "Q: And the one you have just come back from? A: That was the sixth.": an answer that only numbers it.
// …or, under "## Which seminar does this page cover?", "The fifth."
const BARE_ORDINAL_ANSWER = new RegExp(`^(?:A\\s*[:.]\\s*)?(?:(?:That|This|It)\\s+(?:was|is)\\s+the|The)\\s+(${ORDINAL_SOURCE})\\s*[.!]?\\s*$`, "u");
const BARE_ORDINAL_QUESTION = new RegExp(`^(?:Q\\.?\\s*)?(?:And|What\\s+about|How\\s+about)\\s+the\\s+(${ORDINAL_SOURCE})\\s*\\?\\s*$`, "u");

// "Third (9 to 11 December 2009, Manila): co-hosted with …", "First and second (2007 and 2008): both
// held in Bangkok": a list item labelled by the ordinals alone, with the when and where in brackets (or
// a date right after the colon).
const LABEL_ORDINALS = new RegExp(`^\\s*(${ORDINAL_SOURCE})(?:\\s+and\\s+(${ORDINAL_SOURCE}))?\\s*(?:\\([^()]{3,160}\\)\\s*:|:(?=\\s*\\d))`, "iu");

function bareOrdinalEdition(masked: string, state: DocumentState, out: DocumentRecords, named: readonly EditionMention[], whole: Evidence, earlier: readonly Earlier[] = [], paragraphSeries?: SeriesRecord): EditionMention[] {
  const label = named.length === 0 ? LABEL_ORDINALS.exec(masked) : null;
  if (label) return labelledEditions(label, state, out, whole);
  const match = BARE_ORDINAL.exec(masked) ?? BARE_ORDINAL_HELD.exec(masked) ?? BARE_ORDINAL_QUESTION.exec(masked) ?? BARE_ORDINAL_ANSWER.exec(masked) ?? (named.length === 0 ? SESSION_ORDINAL.exec(masked) : null);
  if (!match) return [];
  const start = match.index + match[0].indexOf(match[1]!);
  if (named.some((mention) => start < mention.end && mention.start < start + match[1]!.length)) return [];
  const again = named.length === 0 ? namedAgain(masked, state, whole) : [];
  if (again.length > 0) return again;
  // The series of the editions the sentence names itself ("… for the 13th seminar … and joined the 15th,
  // held online"), else the scope's, the page's, or the document's only one.
  const ownSeries = named.length > 0 ? out.series.filter((record) => named.every((mention) => record.names.some((name) => nameWords(name.text).join(" ") === nameWords(mention.seriesPhrase).join(" ") || (mention.weak && nameWords(name.text).includes(headNoun(mention.seriesPhrase.split(/\s+/u).pop() ?? "") ?? ""))))) : [];
  // "the 175th international training course, whose theme was …, and the 176th, on …": in a document
  // that has not named the series before, the bare ordinal after the edition named is of its series.
  const last = named[named.length - 1];
  if (ownSeries.length === 0 && last && last.end <= start && named.every((mention) => mention.seriesPhrase === last.seriesPhrase)) {
    const next = parseOrdinal(match[1]!);
    if (next !== undefined && named.every((mention) => mention.ordinal < next)) return [{ ...last, ordinal: next, ordinalText: match[1]!, start, end: start + match[1]!.length }];
  }
  // "Its eleventh edition …": "its" is the series the paragraph has just named.
  const its = /^(?:Its|Their)\s/u.test(match[0]) ? paragraphSeries : undefined;
  if (/^(?:Its|Their)\s/u.test(match[0]) && !its) return [];
  const series = its ?? (ownSeries.length === 1 ? ownSeries[0]! : state.scope?.editions.length === 1 ? state.scope.editions[0]!.series : pageSeries(state, out));
  // "The inaugural session": the first edition, never a rank as "the first session" may be.
  const inaugural = /^inaugural$/iu.test(match[1]!);
  const ordinal = inaugural ? 1 : parseOrdinal(match[1]!);
  if (!series || series.weak || ordinal === undefined || (ordinal < 2 && !inaugural)) return [];
  // "Between October and December 2021 two international training courses were given online: the 175th,
  // on …": the ordinal counts the programmes the sentence names before it, not the series in scope.
  const counted = allMatches(PROGRAMMES_BEFORE, masked.slice(0, start)).pop();
  const countedHead = counted ? headNoun(counted[1]!) : undefined;
  const ofSeries = (head: string): boolean => series.names.some((name) => nameWords(name.text).some((word) => headNoun(word) === head));
  if (countedHead && !ofSeries(countedHead)) return [];
  // "The anti-corruption criminal justice training, for which JICA invites the trainees, has now been
  // given for 25 years. The 26th session took …": the paragraph opened on another programme, and the
  // ordinal is that one's, not the series in scope from the paragraph before.
  const opening = earlier[0] ? PROGRAMME_SUBJECT.exec(earlier[0].read.text) : null;
  const openingHead = opening ? headNoun(opening[1]!) : undefined;
  if (!counted && openingHead && !ofSeries(openingHead) && state.scope?.passageId !== whole.passageId) return [];
  // Beside other editions, only when they are of that series too (by its name, or unnamed: "the 11th seminar").
  const keys = new Set(series.names.map((name) => nameWords(name.text).join(" ")));
  if (named.some((mention) => !mention.weak && !keys.has(nameWords(mention.seriesPhrase).join(" ")) && mention.seriesPhrase !== mention.acronym)) return [];
  // (An edition only placed in a look back is not yet written about: "Q. And the fourth?" turns to it.)
  // (Those of this passage, the one in scope and the page's own: a page that opens on its latest edition,
  // "… met for the twenty-fifth time", then looks back, "The fifteenth, on Friday 24 January 2014, …",
  // counts back in its sections.)
  const own = new Set([(state.headed ?? state.titled)?.record, ...(state.scope?.editions ?? [])]);
  const counts = (edition: EditionRecord): boolean => edition.evidence.passageId === whole.passageId || own.has(edition);
  // (…and of the sentence, those before it: "Then the fifth came to Tokyo, and Tokyo, with this sixth seminar, …".)
  const seen = [...out.editions.filter((edition) => edition.series === series && !state.placedInTurn?.has(edition) && counts(edition)).map((edition) => edition.ordinal), ...named.filter((mention) => mention.start < start).map((mention) => mention.ordinal)];
  if (seen.some((known) => known >= ordinal)) return [];
  const name = nameOfSeries(series);
  const first: EditionMention = { ordinal, ordinalText: match[1]!, seriesPhrase: name.text, weak: false, start, end: start + match[1]!.length };
  return [first, ...countedOnAfter(masked, first, named)];
}

/** The name a mention of one of the series' editions is given: its proper name, else the first it was called by. */
function nameOfSeries(series: SeriesRecord): SeriesName {
  return series.names.find((one) => one.kind === "name") ?? series.names[0]!;
}

const BARE_ORDINALS = new RegExp(BARE_ORDINAL.source, "gu");

// "the 2017 meeting", "The 2019 seminar": an edition named by its year. (Not "the 2019 edition of the
// White Paper", nor "the 2018 course's ordinal", which speak of something else or of a number.)
const BY_YEAR = /\b[Tt]he\s+((?:19|20)\d{2})\s+(seminar|meeting|course|session|training|programme|program|forum|symposium|workshop)\b(?!['’]s)/gu;

/**
 * Editions this document has dated that a sentence names by their year: "the eleventh … from 17 to 19
 * October 2017 …" then "the 2017 meeting looked back under the main theme …". Only an edition whose year
 * is stated, and the only one of that year of a series with that head noun ("meeting" and "session" fit
 * any series); none where a named edition already stands.
 */
function editionsByYear(masked: string, out: DocumentRecords, named: readonly EditionMention[]): EditionMention[] {
  if (!/\b(?:19|20)\d{2}\s+\p{Ll}/u.test(masked)) return [];
  const matches = allMatches(BY_YEAR, masked);
  // Only as the subject of its clause ("…; the 2019 meeting, on “…”, had …"), in a sentence that dates
  // nothing else: "took part in the 2012 course" leaves the people to the edition in scope, and in "The
  // 2014 meeting looked back on … the mid-1990s" the other years are not the meeting's.
  const years = new Set(matches.map((match) => match[1]!));
  if ((masked.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu) ?? []).some((year) => !years.has(year))) return [];
  const mentions: EditionMention[] = [];
  for (const match of matches) {
    const start = match.index + match[0].indexOf(match[1]!);
    const end = match.index + match[0].length;
    if (named.some((mention) => start < mention.end && mention.start < end) || !/(?:^|[,;:]\s*)$/u.test(masked.slice(0, match.index).trimEnd())) continue;
    const year = Number(match[1]);
    const noun = headNoun(match[2]!);
    const generic = noun === undefined || GENERIC_GATHERING.has(noun);
    const dated = out.editions.filter((edition) => edition.year === year && edition.yearBasis === "stated"
      && (generic || edition.series.names.some((name) => nameHeadNoun(name.text) === noun)));
    const distinct = [...new Map(dated.map((edition) => [`${out.series.indexOf(edition.series)}:${edition.ordinal}`, edition])).values()];
    if (distinct.length !== 1) continue;
    const edition = distinct[0]!;
    const name = nameOfSeries(edition.series);
    // (As written, the edition's ordinal stays the one that numbers it: "the 2017 meeting" is no ordinal.)
    mentions.push({ ordinal: edition.ordinal, ordinalText: edition.ordinalText, seriesPhrase: name.text, weak: false, start, end });
  }
  return mentions;
}

/**
 * "The 14th and 15th GG Seminars met online in March and December 2021 respectively. The 14th, on 23 and
 * 24 March, …; the 15th, on “…”, …": ordinals alone that name again editions the sentences before in
 * this passage put in scope, each the edition of its number. [] unless every one does.
 */
function namedAgain(masked: string, state: DocumentState, whole: Evidence): EditionMention[] {
  const scope = state.scope;
  if (!scope || scope.passageId !== whole.passageId || scope.editions.length < 2) return [];
  const mentions: EditionMention[] = [];
  for (const match of allMatches(BARE_ORDINALS, masked)) {
    const ordinal = parseOrdinal(match[1]!);
    const edition = scope.editions.find((one) => one.ordinal === ordinal);
    if (!edition) return [];
    const start = match.index + match[0].indexOf(match[1]!);
    const name = nameOfSeries(edition.series);
    mentions.push({ ordinal: edition.ordinal, ordinalText: match[1]!, seriesPhrase: name.text, weak: false, start, end: start + match[1]!.length });
  }
  return mentions;
}

// "The third met from 9 to 11 December 2009, with …, and the fourth from 7 to 9 December 2010": after
// an ordinal alone, another set off by "and" or a comma, then when or where, counts on in the same series.
const NEXT_BARE_ORDINAL = new RegExp(`(?:,|;|(?<![\\p{L}])and)\\s*(?:and\\s+)?the\\s+(${ORDINAL_SOURCE})(?=\\s+(?:in|at|from|on|took\\s+place|was\\s+held|met|ran)\\b)`, "gu");

function countedOnAfter(masked: string, first: EditionMention, named: readonly EditionMention[]): EditionMention[] {
  const out: EditionMention[] = [];
  let last = first.ordinal;
  for (const match of allMatches(NEXT_BARE_ORDINAL, masked.slice(first.end))) {
    const ordinal = parseOrdinal(match[1]!);
    const start = first.end + match.index + match[0].length - match[1]!.length;
    if (ordinal === undefined || ordinal <= last || named.some((mention) => start < mention.end && mention.start < start + match[1]!.length)) break;
    last = ordinal;
    out.push({ ...first, ordinal, ordinalText: match[1]!, start, end: start + match[1]!.length });
  }
  return out;
}

/**
 * "The first two were held in Bangkok, Thailand; the third and fourth took place in Manila": each
 * edition of the series the paragraph is about (else the scope's, else the page's) gets the place its
 * clause names, when nothing else placed it. Editions not named yet are added.
 */
function placeEditionsInTurn(masked: string, at: EvidenceAt, paragraph: readonly ParagraphDefinition[], state: DocumentState, out: DocumentRecords): void {
  const groups = findPlacesInTurn(masked);
  if (groups.length === 0) return;
  const series = paragraph[paragraph.length - 1]?.record ?? (state.scope?.editions.length === 1 ? state.scope.editions[0]!.series : pageSeries(state, out));
  if (!series || series.weak) return;
  // "the 11th and 12th seminars" are no editions of a meeting series (an "edition" or "session" may
  // be any series').
  const seriesNoun = nameHeadNoun(series.names[0]!.text);
  for (const group of groups) {
    if (group.noun !== undefined && /^(?:seminar|meeting|course)$/u.test(group.noun) && seriesNoun !== undefined && headNoun(group.noun) !== seriesNoun) continue;
    const evidence = at(group.clause.start, group.clause.end);
    for (const ordinal of group.ordinals) {
      let edition = out.editions.find((known) => known.series === series && known.ordinal === ordinal);
      if (!edition) {
        edition = { series, ordinal, ordinalText: group.written, evidence };
        out.editions.push(edition);
        (state.placedInTurn ??= new Set()).add(edition);
      }
      edition.format ??= { value: { mode: "in person", place: group.place }, evidence, basis: "stated" };
    }
  }
}

/** The series of the page's (or heading's) edition, else the document's only series: the one an ordinal alone counts in. */
function pageSeries(state: DocumentState, out: DocumentRecords): SeriesRecord | undefined {
  return (state.headed ?? state.titled)?.record?.series ?? (out.series.length === 1 ? out.series[0] : undefined);
}

/**
 * "### UNCAC Training Programme (anti-corruption criminal justice training; once a year since 1998)"
 * above "- 18th (2015): 24 participants from 18 countries": the series the innermost heading names by a
 * proper name, found in the document or named now.
 */
function headingSeries(state: DocumentState, out: DocumentRecords, whole: Evidence): SeriesRecord | undefined {
  const heading = state.headedSection?.split("\u0000").pop()?.replace(/^the\s+/iu, "");
  const read = heading ? readSeriesPhrase(heading, 0) : undefined;
  // A proper name: a distinctive word, or three capitalised words at least ("International Training Course").
  const proper = distinctiveWords(read?.phrase ?? "").size > 0 || (read !== undefined && read.phrase.split(/\s+/u).length >= 3 && read.phrase.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word) || /^(?:on|for|of|and|the|in)$/u.test(word)));
  if (!read || read.end > heading!.search(/\s*(?:\(|:|$)/u) + 1 || read.phrase.split(/\s+/u).length < 2 || !proper) return undefined;
  const key = nameWords(read.phrase).join(" ");
  const known = out.series.find((record) => record.names.some((name) => nameWords(name.text).join(" ") === key));
  if (known) return known;
  const record = newSeries([{ text: read.phrase, kind: "name" }], whole, undefined, false);
  out.series.push(record);
  return record;
}

function labelledEditions(label: RegExpExecArray, state: DocumentState, out: DocumentRecords, whole: Evidence): EditionMention[] {
  const series = headingSeries(state, out, whole) ?? state.scope?.editions[0]?.series ?? pageSeries(state, out);
  if (!series || series.weak) return [];
  const seen = out.editions.filter((edition) => edition.series === series).map((edition) => edition.ordinal);
  const name = nameOfSeries(series);
  const mentions: EditionMention[] = [];
  for (const written of [label[1], label[2]].filter((one) => one !== undefined)) {
    const ordinal = parseOrdinal(written);
    if (ordinal === undefined || seen.some((known) => known >= ordinal)) return [];
    const start = label.index + label[0].indexOf(written, mentions.length ? label[0].indexOf(" and ") : 0);
    mentions.push({ ordinal, ordinalText: written, seriesPhrase: name.text, weak: false, start, end: start + written.length });
    seen.push(ordinal);
  }
  return mentions;
}

// "The 25th and 26th programmes … : the former ran …, while the latter …", "The sixteenth and seventeenth
// seminars …: the sixteenth, which met …, and the seventeenth, from …".
const FORMER_LATTER = /(?<![\p{L}])the\s+(former|latter)\b/giu;
const FORMER_AND_LATTER = /\bthe\s+former\b[^.;]*\bthe\s+latter\b/iu;
const THE_ORDINAL_AGAIN = new RegExp(`(?<![\\p{L}])[Tt]he\\s+(${ORDINAL_SOURCE})(?=\\s*,|\\s+(?:was|met|ran|took|had|drew|brought|dealt|discussed|focused|gathered|closed|opened)\\b)`, "gu");

/** The editions of a list named again further on in the sentence, as mentions of their own (`again`). */
function withMentionsAgain(masked: string, mentions: readonly EditionMention[]): EditionMention[] {
  const listed = mentions.filter((mention) => !mention.again);
  if (listed.length < 2) return [...mentions];
  const last = listed[listed.length - 1]!;
  const again: EditionMention[] = [];
  const taken = (start: number, end: number): boolean => mentions.some((mention) => start < mention.end && mention.start < end);
  for (const match of allMatches(FORMER_LATTER, masked)) {
    // Only of a list of two, and after it.
    if (listed.length !== 2 || match.index < last.end || taken(match.index, match.index + match[0].length)) continue;
    const of = match[1]!.toLowerCase() === "former" ? listed[0]! : listed[1]!;
    again.push({ ...of, again: true, start: match.index, end: match.index + match[0].length });
  }
  for (const match of allMatches(THE_ORDINAL_AGAIN, masked)) {
    const ordinal = parseOrdinal(match[1]!);
    const of = listed.find((mention) => mention.ordinal === ordinal);
    if (!of || match.index < last.end || taken(match.index, match.index + match[0].length)) continue;
    again.push({ ...of, again: true, start: match.index, end: match.index + match[0].length });
  }
  // One named again is enough: what follows it is its own, and the others keep what the list says of them.
  if (again.length === 0) return [...mentions];
  return [...mentions, ...again].sort((a, b) => a.start - b.start);
}

/**
 * Whether `mention` is the weaker of two names of one edition set side by side (`other` right after it
 * when `before` is set, else right before it): same number, nothing but a comma or bracket between.
 */
function apposedTwin(mention: EditionMention, other: EditionMention | undefined, sentence: string, before = false): boolean {
  if (!other || other.ordinal !== mention.ordinal) return false;
  const gap = before ? sentence.slice(mention.end, other.start) : sentence.slice(other.end, mention.start);
  if (!/^\s*[,(]\s*$/u.test(gap)) return false;
  // The weaker: a bare head noun ("the thirteenth seminar") against a name or an acronym; on a tie, the second.
  const strength = (one: EditionMention): number => (one.weak ? 0 : 1) + (one.acronym ? 1 : 0);
  return before ? strength(mention) < strength(other) : strength(mention) <= strength(other);
}

/** Whether a quote holds nothing but the mention (its quote marks and a leading "the" aside). */
function quotesOnlyTheName(quote: Span, mention: EditionMention): boolean {
  return mention.end <= quote.end && quote.end - quote.start - (mention.end - mention.start) <= "“The ”".length;
}

/** A sentence read before in the same passage. */
interface Earlier {
  read: ReadSentence;
  whole: Evidence;
}

/** Reads the rows of a table passage; false when they are no table of editions (then it is read as prose). */
function readTable(rows: readonly Cell[][], passage: Passage, reader: Reader, state: DocumentState, out: DocumentRecords): boolean {
  const section = passage.headings.join("\u0000");
  let read = false;
  // A header row on a line of its own reads like a heading in plain text: "Seminar | Dates | Venue".
  const heading = passage.headings[passage.headings.length - 1];
  const headerRow = heading !== undefined && state.table?.section !== section ? tableRows(heading)[0] : undefined;
  const fromHeading = headerRow && headerColumns(headerRow);
  if (fromHeading) state.table = { columns: fromHeading, section, editionLabel: editionLabel(headerRow, fromHeading) };
  // Editions across the top, a fact per row: each column is one edition's row.
  const transposed = transposedColumns(rows);
  if (transposed) {
    for (let column = 1; column < rows[0]!.length; column++) read = readRow(rows.map((row) => row[column]!), transposed, passage, reader, state, out) || read;
    if (read) return true;
  }
  for (const row of rows) {
    const columns = headerColumns(row);
    if (columns) {
      state.table = { columns, section, editionLabel: editionLabel(row, columns) };
      read = true;
      continue;
    }
    const table = state.table;
    if (!table || table.section !== section || row.length !== table.columns.length) continue;
    read = readRow(row, table.columns, passage, reader, state, out) || read;
  }
  return read;
}

const editionLabel = (row: readonly Cell[], columns: readonly Column[]): string | undefined => row[columns.indexOf("edition")]?.text.trim();

// "Fifteenth (15th)", "25th", "No. 3": an edition cell that holds nothing but its number.
const ORDINAL_CELL = new RegExp(`^\\s*(${ORDINAL_SOURCE})(?:\\s*\\((?:${ORDINAL_SOURCE})\\))?\\s*$`, "iu");

/**
 * The edition an edition column's cell numbers by its ordinal alone, of the one series the table is
 * about: the scope's, the page's, or the document's only series.
 */
function ordinalCellEdition(text: string, state: DocumentState, out: DocumentRecords, evidence: Evidence): EditionMention | undefined {
  // Under "No." a bare number is the edition's ("| 3 | 9–11 Dec. 2009 | Manila |").
  const numbered = /^(?:(?:[\p{L}]+\s+)?(?:no\.?|number)|#)$/iu.test(state.table?.editionLabel ?? "") ? /^\s*(\d{1,3})\s*$/u.exec(text) : null;
  const match = ORDINAL_CELL.exec(text) ?? numbered;
  const ordinal = numbered && match === numbered ? Number(numbered[1]) : match ? parseOrdinal(match[1]!) : undefined;
  // Of several series on the page, the one the column's label names by its head noun: "Course" → the
  // International Training Course, not the International Senior Seminar.
  const labelled = (): SeriesRecord | undefined => {
    const noun = headNoun(state.table?.editionLabel ?? "");
    const fitting = noun ? out.series.filter((record) => !record.weak && headNoun(record.names[0]!.text.split(/\s+/u).pop() ?? "") === noun) : [];
    return fitting.length === 1 ? fitting[0] : undefined;
  };
  if (!match || ordinal === undefined) return undefined;
  const series = state.scope?.editions.length === 1 ? state.scope.editions[0]!.series : (programmeSeries(state, out, evidence, true) ?? pageSeries(state, out) ?? labelled() ?? programmeSeries(state, out, evidence, false));
  if (!series || series.weak) return undefined;
  const name = nameOfSeries(series);
  const start = match.index + match[0].indexOf(match[1]!);
  return { ordinal, ordinalText: match[1]!, seriesPhrase: name.text, weak: false, start, end: start + match[1]!.length };
}

/**
 * "| Programme | Session |" over "| Japan–Bangladesh Joint Research | First |": the edition a row names
 * in two cells, the programme's name in one and its ordinal alone in the next, read as if written
 * "First Japan–Bangladesh Joint Research". Its span runs over both cells (offsets in the passage).
 */
function numberedInTwoCells(row: readonly Cell[], columns: readonly Column[]): (EditionMention & { inRow: true }) | undefined {
  const cells = columns.flatMap((column, index) => (column === "edition" && !emptyCell(row[index]!) ? [row[index]!] : []));
  if (cells.length !== 2) return undefined;
  const [number, name] = ORDINAL_CELL.test(cells[0]!.text) ? [cells[0]!, cells[1]!] : [cells[1]!, cells[0]!];
  if (!ORDINAL_CELL.test(number.text) || ORDINAL_CELL.test(name.text)) return undefined;
  const ordinalText = ORDINAL_CELL.exec(number.text)![1]!;
  const ordinal = parseOrdinal(ordinalText);
  // Under its label the cell is the programme's name, whole ("Training in Japan for the Dissemination of
  // …"), as long as it reads as a name: capitals first, no sentence, no figure, not a bare noun.
  const phrase = name.text.replace(/^the\s+/iu, "").replace(/[.;]+$/u, "");
  const nameLike = /^\p{Lu}/u.test(phrase) && !/\d|[.!?;:]\s/u.test(phrase) && phrase.split(/\s+/u).length >= 2 && phrase.split(/\s+/u).length <= 20;
  if (ordinal === undefined || !nameLike || distinctiveWords(phrase).size === 0) return undefined;
  return { ordinal, ordinalText, seriesPhrase: phrase, weak: false, start: Math.min(number.start, name.start), end: Math.max(number.end, name.end), inRow: true };
}

/**
 * The series of the programme the page's title names (see page-programme.ts), found or named now: under
 * a heading that names one strand of it ("1. Japan session"), that strand's series; else, when
 * `strandOnly` is false, the programme's own.
 */
function programmeSeries(state: DocumentState, out: DocumentRecords, evidence: Evidence, strandOnly: boolean): SeriesRecord | undefined {
  if (!state.pageProgramme) return undefined;
  const heading = state.passage?.headings.at(-1);
  const strand = heading !== undefined && heading !== state.pageProgramme ? strandOfProgramme(heading) : undefined;
  if (strandOnly && !strand) return undefined;
  const name = strand ? `${state.pageProgramme} (${strand})` : state.pageProgramme;
  const key = nameWords(name).join(" ");
  const known = out.series.find((record) => record.names.some((one) => nameWords(one.text).join(" ") === key));
  if (known) return known;
  const record = newSeries([{ text: name, kind: "name" }], evidence, takeStanding(state, [name]), false);
  out.series.push(record);
  return record;
}

/** One edition from a table row: each fact from the cell under its label, that cell its evidence. */
function readRow(row: readonly Cell[], columns: readonly Column[], passage: Passage, reader: Reader, state: DocumentState, out: DocumentRecords): boolean {
  const rowText = passage.text.slice(row[0]!.start, row[row.length - 1]!.end);
  const at = (start: number, end: number): Evidence => ({ passageId: passage.id, sentence: rowText, start, end });
  const cell = (column: Column): Cell | undefined => {
    const index = columns.indexOf(column);
    return index < 0 || emptyCell(row[index]!) ? undefined : row[index];
  };
  const named = cell("edition") ?? row[0]!;
  const found = reader.findEditions(named.text).filter((mention) => !isRank(named.text, mention))[0] ?? numberedInTwoCells(row, columns) ?? (cell("edition") ? ordinalCellEdition(named.text, state, out, at(named.start, named.end)) : undefined);
  if (!found) return false;
  const mention: EditionMention = "inRow" in found ? found : { ...found, start: named.start + found.start, end: named.start + found.end };
  const ownEvidence = at(mention.start, mention.end);
  const series = seriesOf(mention, reader, ownEvidence, state, [], state.scope?.editions[0]?.series, out);
  const edition: EditionRecord = { series, ordinal: mention.ordinal, ordinalText: mention.ordinalText, evidence: ownEvidence };
  const stated = <T>(value: T, source: Cell): Fact<T> => ({ value, evidence: at(source.start, source.end), basis: "stated" });
  const dates = cell("period");
  const period = dates && bestPeriod(findPeriods(dates.text));
  if (dates && period) edition.period = stated(startedOn(dates.text, period), dates);
  // "| 1st | 2007 | Bangkok |": under "When", a year alone is the period.
  const yearOnly = dates && !period ? statedYear(dates.text) : undefined;
  if (dates && yearOnly !== undefined && /^\s*(?:FY\s?)?\d{4}\s*$/u.test(dates.text)) edition.period = stated({ text: dates.text.trim(), year: yearOnly }, dates);
  const venue = cell("place") ?? cell("format");
  const format = venue && formatInCell(venue);
  if (venue && format) edition.format = stated(format, venue);
  const host = cell("organiser");
  const hostText = host && organiserInCell(host);
  if (host && hostText) edition.organiser = stated(hostText, host);
  const people = cell("participants");
  const count = people && participantsInCell(people);
  if (people && count) edition.participants = stated(count.participants, people);
  const theme = cell("theme");
  const themeText = theme && themeInCell(theme);
  // The theme's evidence is the title inside its quotes: quoted again when shown, it is not ““…””.
  if (theme && themeText) edition.theme = stated(themeText.theme, themeText.span);
  const countries = cell("countries");
  const codes = countries ? countriesInCell(countries) : [];
  if (countries && codes.length > 0) edition.countries = stated(codes, countries);
  else if (people) {
    const taking = participantCountriesInCell(people);
    if (taking.length > 0) edition.countries = stated(taking, people);
    // "| 25 officials from the eight target countries |": the targets the page listed, by reference.
    const targeted = taking.length === 0 ? targetCountriesReferred(people.text, state.targets) : undefined;
    if (targeted) edition.countries = { value: targeted.codes, evidence: at(people.start + targeted.start, people.start + targeted.end), basis: "inferred" };
  }
  const yearCell = cell("year");
  // Under "Year", a date in full ("9-11 December 2009") is the period itself.
  const dated = yearCell && !edition.period ? bestPeriod(findPeriods(yearCell.text)) : undefined;
  if (yearCell && dated && dated.period.startMonth !== undefined) edition.period = stated(startedOn(yearCell.text, dated), yearCell);
  const yearValue = yearCell ? statedYear(yearCell.text) : undefined;
  // "| 2019 | 13th | 17–19 December |": the year cell dates the period, and is quoted beside it; alone it
  // is the period. A fiscal year ("FY2014") runs into the next: it dates only a period with months.
  const fiscal = yearCell !== undefined && /\bFY|\bfiscal\b/iu.test(yearCell.text);
  const cellYear = yearValue === undefined ? undefined
    : fiscal ? (edition.period ? yearOfPeriod(edition.period.value, { value: yearValue, start: 0, end: 0, fiscal }) : undefined)
    : yearValue;
  if (yearCell && cellYear !== undefined && edition.period?.value.year === undefined) {
    edition.period = edition.period
      ? { ...edition.period, value: { ...edition.period.value, year: cellYear }, support: [...(edition.period.support ?? []), at(yearCell.start, yearCell.end)] }
      : stated({ text: String(cellYear), year: cellYear }, yearCell);
  }
  const year = edition.period?.value.year ?? cellYear;
  if (year !== undefined) {
    edition.year = year;
    edition.yearBasis = "stated";
  }
  out.editions.push(edition);
  return true;
}

/** Which clause of `text` (see CLAUSE_BREAK) the offset `at` stands in, counting from 0. */
function clauseIndex(text: string, at: number): number {
  return (text.slice(0, at).match(CLAUSE_BREAK) ?? []).length;
}

/** The match nearest to a definition's name (by the gap between them), if any. */
function nearest<T>(matches: readonly T[], definition: Span, start: (m: T) => number, end: (m: T) => number, text: string): T | undefined {
  let best: T | undefined;
  let gap = Number.POSITIVE_INFINITY;
  const clause = (at: number): number => clauseIndex(text, at);
  for (const match of matches) {
    // Another clause ("…, and since 2007 it has held the GG Seminar …") is farther than any gap within one.
    const apart = clause(start(match)) === clause(definition.start) ? 0 : text.length;
    const distance = apart + (end(match) <= definition.start ? definition.start - end(match) : Math.max(0, start(match) - definition.end));
    if (distance < gap) [best, gap] = [match, distance];
  }
  return best;
}

const COUNTRIES_OF = /(?:^|[\s.:;])(?:participating\s+)?countries\s+(?:of|at|in|for)\s+(?:the\s+)?$/iu;
const CLAUSE_BREAK = /;|,\s+(?:and|while|whereas|but)\s+/gu;

// "The course is held every year", "The seminar has been held annually since 2007": the series the
// paragraph has just described, named again by its head noun.
const SERIES_REFERS_BACK = /^(?:(?:In\s+addition|Moreover|Also|Furthermore|With\s+(?:this|that)\s+in\s+mind|To\s+(?:this|that)\s+end|For\s+(?:this|that)\s+reason|Accordingly|In\s+(?:this|that)\s+(?:way|spirit|context)),?\s+)?(?:[Tt]he|[Tt]his|[Tt]hese|It|Such)\s+(?:(?:[\p{L}-]+\s+){0,2}?)(seminar|course|programme|program|training|workshop|symposium|lecture)s?\b/iu;

function describeSeriesInScope(masked: string, paragraph: readonly ParagraphDefinition[], earlier: readonly Earlier[], state: DocumentState, out: DocumentRecords, whole: Evidence): void {
  const noun = SERIES_REFERS_BACK.exec(masked)?.[1]?.toLowerCase().replace(/^program$/u, "programme");
  const candidates = paragraph.length > 0 ? [...paragraph].reverse().map((p) => p.record) : out.series.slice(-1);
  let series = noun ? candidates.find((record) => record.names.some((name) => nameKeyHas(name.text, noun))) : undefined;
  // "Japan also holds an international training course on … . … The course is held every year": the
  // description before is a recurring series once this sentence says it recurs.
  if (!series && noun) {
    for (const before of [...earlier].reverse()) {
      // …or named it: "Japan also runs the anti-corruption training (UNCAC Training Programme) … . The training is held every year".
      const described = [...findSeriesDefinitions(before.read.text, true).filter((definition) => definition.kind === "described"), ...programmesNamedIn(before.read.text)]
        .filter((definition) => nameKeyHas(definition.name, noun))
        .sort((a, b) => a.start - b.start)
        .pop();
      if (!described) continue;
      series = defineSeries(described, before.whole, takeStanding(state, [described.name]), undefined, undefined, out);
      break;
    }
  }
  // "The Legal Technical Assistance Liaison Meeting is a place … . It is held once a year, co-hosted by
  // …": "It" is the one programme the sentence before named.
  // …and "Its full name is the Regional Seminar on … . We at UNAFEI have hosted it every year since 2007."
  // "The Criminal Justice Training for French-Speaking Africa grew out of that pledge. JICA organises it
  // with UNAFEI. It was planned as one session a year": "it" goes on standing for the programme named
  // last, through sentences that name no other programme and speak of it as "it".
  if (!series && !noun && (IT_IS_HELD.test(masked) || RUNS_IT.test(masked) || IT_SUBJECT.test(masked))) {
    if (paragraph.length > 0) series = paragraph[paragraph.length - 1]!.record;
    else {
      for (const before of [...earlier].reverse().slice(0, 3)) {
        const named = programmesNamedIn(before.read.text);
        if (named.length === 1) series = defineSeries(named[0]!, before.whole, takeStanding(state, [named[0]!.name]), undefined, undefined, out);
        if (named.length > 0 || !MENTIONS_IT.test(before.read.text)) break;
      }
    }
  }
  // "UNAFEI, the JCPS and the ACPF have organised this annual event together since 1982": right after
  // an edition, "this event" is its series.
  // …and "UNAFEI has run it for ten years now, ever since …": "it" is the series of the edition in scope.
  // On a page about one edition, "the Department holds this training every year" is its series'.
  // "The … Liaison Meeting is the yearly forum … . The Institute and JICA have co-hosted it once a year
  // since 2000": "it" is the programme the paragraph has just defined.
  if (!series && RUNS_IT.test(masked) && paragraph.length > 0) series = paragraph[paragraph.length - 1]!.record;
  if (!series && (THIS_EVENT.test(masked) || RUNS_IT.test(masked))) series = state.scope?.editions.length === 1 ? state.scope.editions[0]!.series : (state.headed ?? state.titled)?.record?.series;
  if (!series) return;
  const since = findSinceYear(masked);
  const frequency = findFrequency(masked);
  if (since && !series.sinceYear) series.sinceYear = { value: since.year, evidence: clauseOf(masked, (s, e) => ({ ...whole, start: whole.start + s, end: whole.start + e }), since.text), basis: "stated" };
  if (frequency && !series.frequency) series.frequency = { value: frequency, evidence: whole, basis: "stated" };
  // "… have organised this annual event together since 1982": who holds the series, said of it as such.
  // (One inherited from a standing organiser gives way: "The Ministry of Justice holds this forum with UNODC".)
  const holder = series.organiser && !inherited(state, series.organiser) ? undefined : findHolderOfIt(masked) ?? findRelativeHolder(masked);
  if (holder) series.organiser = { value: holder.value, evidence: { ...whole, start: whole.start + holder.start, end: whole.start + holder.end }, basis: "stated" };
}

/** A heading or sentence that asks ("Where did it meet?", "Was it online again?"): it states nothing. */
function isQuestion(text: string | undefined): boolean {
  return text !== undefined && /\?\s*$/u.test(text);
}

// …nor does "Proposed by Japan at the … Interface of July 2023, the Forum brings together …".
const CREATED = /^(?:It|The\s+(?:[\p{L}'’–-]+\s+){0,6}?(?:forum|seminar|programme|program|course|training|meeting|series))\s+(?:was|were|has\s+been|had\s+been)\s+(?:first\s+)?(?:created|established|set\s+up|founded|conceived|proposed|born)\b|^(?:First\s+)?(?:Proposed|Created|Established|Founded|Conceived|Set\s+up)\s+(?:by|at|in|on)\b[^.;]{0,160}?,\s+(?:the|this|it)\b/iu;
// "runs an international training course on …", "holds a seminar for …": one programme, described,
// by its last head noun ("training course": a course).
const ONE_PROGRAMME_HELD = /\b(?:runs|holds|conducts|hosts|organi[sz]es|offers|provides|(?:has|have)\s+(?:run|held|conducted|hosted|organi[sz]ed|offered))\s+(?:an?|one)\s+(?:[\p{L}-]+\s+){0,4}?((?:course|seminar|programme|program|training|forum|meeting|workshop)(?:\s+(?:course|seminar|programme|program|forum|meeting|workshop))?)(?![\p{L}])/iu;
const EDITION_BEFORE = /\b(?:[Ll]ast\s+year['’]s|[Tt]he\s+previous\s+year['’]s|[Tt]he\s+(?:previous|preceding))\s+(?:[\p{L}-]+\s+){0,2}?(?:training|seminar|course|programme|program|forum|meeting|session|edition)s?\b/u;
// A title that tells of a talk, a visit or a ceremony at an edition: "ABCJ: relay lecture at the 26th …".
const EVENT_AT_EDITION = /\b(?:lectures?|talks?|speech|address|visits?|presentations?|reception|ceremony|tour)\s+(?:at|to|during|for)\s+(?:the|a|an)\s/iu;
const EVENT_FOR_PARTICIPANTS = /\b(?:visits?|exchanges?|reception|dinner|lunch|tour|gathering|party|lectures?|talks?)\s+(?:[\p{L}-]+\s+)?(?:with|for|to|by)\s+(?:the\s+)?(?:participants|trainees|fellows|delegates)\s+(?:of|in|at|attending)\b/iu;
const DATELINE_ONLY = new RegExp(`^[^.;]{0,80}?\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_SOURCE}\\b[^.;]{0,40}?\\b(?:19|20)\\d{2}\\b[^.;]{0,120}$`, "u");
const DATELINE_VERB = /\b(?:was|were|is|are|held|met|opened|closed|began|ended|took|ran|came|attended|joined)\b/u;
// "UNAFEI was set up in Showa 37 (1962) under an agreement … and is run by the Ministry of Justice": the
// body's history, on a page about one of its courses, says nothing of the course.
const BODY_CREATED = /^(?:UNAFEI|JICA|UNODC|The\s+(?:Institute|Ministry|Department|Centre|Center|ICD|Research\s+and\s+Training\s+Institute|United\s+Nations\s+Asia\s+and\s+Far\s+East\s+Institute)\b[^.;,]{0,160}?)(?:\s*\([A-Z]{2,8}\))?,?\s+(?:was|were|had\s+been|has\s+been)\s+(?:first\s+)?(?:set\s+up|established|founded|created|opened)\b/u;
const ANSWER = /^A\s*[:.]\s+/u;
const ANSWER_OR_QUESTION = /^[QA]\s*[:.]\s+/u;

// Also after who holds it: "Co-hosted by the Research and Training Institute and JICA, it has been held once a year".
const IT_IS_HELD = /^(?:(?:Co-hosted|Hosted|Organi[sz]ed|Co-organi[sz]ed|Run)\s+(?:jointly\s+)?by\s+[^;.]{3,200}?,\s+)?[Ii]t\s+(?:is|has\s+been|was)\s+(?:(?:also|now|usually)\s+)?(?:held|organi[sz]ed|run|convened|hosted|co-hosted|conducted|implemented|offered)\b/u;
// A sentence whose subject is "it", and one that speaks of "it" at all.
const IT_SUBJECT = /^It\s+(?:is|was|has|had|will|meets|runs|takes)\b/u;
const MENTIONS_IT = /(?<![\p{L}])[Ii]t(?![\p{L}'’])/u;
const RUNS_IT = /\b(?:run|held|hosted|organi[sz]ed|conducted|convened)\s+it\s+(?:for|since|every|each|annually|ever|once|twice)\b/iu;
const THIS_EVENT = /\b(?:this|these)\s+(?:(?:annual|yearly|biennial|regular|popular|long-running)\s+)?(?:event|lecture|seminar|course|programme|program|series|training|workshop|forum)s?\b/iu;

function nameKeyHas(name: string, noun: string): boolean {
  return name.toLowerCase().replace(/programs?\b/gu, "programme").split(/[^\p{L}]+/u).some((word) => word === noun || word === `${noun}s`);
}

/**
 * The editions a sentence without edition mentions is about: the one its document or heading names
 * when it says "this seminar" (or when nothing else is in scope), else the editions in scope when it
 * refers back to them.
 */
function scopeOf(masked: string, passage: Passage, state: DocumentState, out: DocumentRecords, whole: Evidence): EditionRecord[] | undefined {
  // A note explains a term of the text ("UNAFEI … is run by the Ministry of Justice"): it continues no
  // edition's scope, and says nothing of the page's edition either.
  if (passage.kind === "note") return undefined;
  // "It was created on a Japanese proposal made at … in July 2023": how the programme came to be, not an
  // edition; "Was it online again?": a question states nothing (its answer does).
  if (CREATED.test(masked) || BODY_CREATED.test(masked) || isQuestion(masked)) return undefined;
  // "ABCJ: relay lecture at the 26th …" above "Thursday 31 October 2024 — International Legal Affairs
  // Complex": on a page about a talk or a visit at the edition, a dateline dates that, not the edition.
  // …and under a heading that does so ("Home visits for participants of the 182nd International Training Course").
  const eventHeading = EVENT_FOR_PARTICIPANTS.test(passage.headings.at(-1) ?? "");
  if ((state.eventAtEdition || eventHeading) && DATELINE_ONLY.test(masked) && !DATELINE_VERB.test(masked)) return undefined;
  const named = state.headed ?? state.titled;
  const scope = state.scope;
  // "A fourth session was convened from 24 to 26 June 2025 …", "The third session followed the second,
  // which had met in Tokyo …" on a page about the third, "its sixteenth session, held in January 2015"
  // in the scope of the twentieth: another number is another edition, though the words around it name
  // no series this reader knows.
  const current = named && (!scope || THIS_EDITION.test(masked)) ? [named.mention.ordinal] : scope?.editions.map((edition) => edition.ordinal) ?? (named ? [named.mention.ordinal] : []);
  if (!THIS_EDITION.test(masked) && numbersAnotherEdition(masked, current)) return undefined;
  // "For last year's training in Japan we invited …": the edition before, not the one in scope; and the
  // rest of that paragraph ("They succeeded in producing a draft manual …") goes on about it, unless it
  // turns back to this year's.
  const editionBefore = THIS_EDITION.test(masked) ? null : EDITION_BEFORE.exec(masked);
  if (editionBefore) {
    // (Only a sentence that opens with it is about it; "…, as for the previous seminar" names it in passing.)
    if (editionBefore.index <= 12) state.aboutEditionBefore = passage.id;
    return undefined;
  }
  if (state.aboutEditionBefore === passage.id && !THIS_EDITION.test(masked) && !/\b[Tt]his\s+(?:year|time)\b/u.test(masked)) return undefined;
  if (named && ((!scope && !ANOTHER_EVENT_SUBJECT.test(masked) && !PROGRAMME_RUN.test(masked)) || THIS_EDITION.test(masked))) {
    // "this year's seminar was held online": what follows continues this edition, not one named before.
    const record = materialise(named, state, out, whole);
    if (scope && !scope.editions.includes(record)) state.scope = { editions: [record], passageId: passage.id, section: passage.headings.join("\u0000") };
    return [record];
  }
  const continues = scope !== undefined && continuesScope(masked, scope, passage, out.series);
  if (scope && continues && (scope.editions.length === 1 || ALL_OF_THEM.test(masked))) return scope.editions;
  const byNoun = scope && scope.editions.length > 1 && !ALL_OF_THEM.test(masked) ? editionByNoun(masked, scope) : undefined;
  if (scope && byNoun) {
    scope.focus = { edition: byNoun, passageId: passage.id };
    return [byNoun];
  }
  // …and "It was built around …" after "The seminar closed on the 19th", in the same paragraph: that one.
  if (scope?.focus?.passageId === passage.id && !ALL_OF_THEM.test(masked) && continues) return [scope.focus.edition];
  // An interview's answers, after the one that named the edition: about it, until another is named.
  if (scope?.editions.length === 1 && (ANSWER.test(passage.text) || isQuestion(passage.headings.at(-1))) && scope.interview && !ANOTHER_EVENT_SUBJECT.test(masked.replace(ANSWER, ""))) return scope.editions;
  // The answer to a question that named the edition: every sentence of it, and no later passage.
  if (scope?.question && scope.passageId !== passage.id && (scope.question.answerId ?? passage.id) === passage.id) {
    scope.question.answerId = passage.id;
    return scope.editions;
  }
  // "The seminar's theme was …" after a programme named aside: back to the seminar it interrupted.
  const before = state.beforeAside;
  if (before && scope?.editions.some((edition) => edition === state.aside?.record) && before.section === scope.section && REFERS_BACK.test(masked) && continuesScope(masked, before, passage, out.series) && before.editions.length === 1) {
    state.scope = before;
    delete state.beforeAside;
    return before.editions;
  }
  // "## Slide 8 — For comparison: the previous seminar" with "- GG12 met in Da Nang …", then "- Co-host:
  // SPP": under a heading that names no edition, the passages after one that named another edition go
  // on about it, not about the page's.
  const underOwnHeading = !state.headed || (state.headed.depth ?? 0) < passage.headings.length - 1;
  if (named && underOwnHeading && scope?.editions.length === 1 && scope.passageId !== passage.id && scope.section === passage.headings.join("\u0000")
    && scope.section !== "" && scope.editions[0] !== named.record && !ANOTHER_EVENT_SUBJECT.test(masked)) return scope.editions;
  // On a page about one edition, a sentence that names no other edition is about that one, unless its
  // subject is another event ("Outside Japan, a follow-up seminar to the Symposium took place in Indonesia").
  // …nor one about the programme's run as a whole: "UNCRD and JICA ran a three-year series of training
  // courses … from fiscal 2007 to 2009", "In fiscal 2010 UNCRD began a further three-year course".
  return named && !ANOTHER_EVENT_SUBJECT.test(masked) && !PROGRAMME_RUN.test(masked) ? [materialise(named, state, out, whole)] : undefined;
}

const PROGRAMME_RUN = /\b(?:a|an|the|its)\s+(?:[\p{L}-]+\s+){0,3}?series\s+of\b|\bfrom\s+(?:fiscal\s+(?:year\s+)?|FY\s?)?(?:19|20)\d{2}\s+(?:to|until|through)\s+(?:fiscal\s+(?:year\s+)?|FY\s?)?(?:19|20)\d{2}\b|\b(?:began|launched|started|set\s+up|established)\s+(?:a|an)\s+(?:new\s+|further\s+|second\s+)?(?:[\p{L}-]+\s+){0,2}?(?:course|programme|program|series|project|training)\b/u;

// An ordinal after an article that counts no time, day, phase or part: "a fourth session", "the
// second, which …". Not "for the first time", "on the second day", "the third year of the plan".
const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
// Nor a day of the month: "to the 26th of that month", "Thursday the 9th of December".
const OTHER_ORDINAL = new RegExp(`(?<![\\p{L}])(?<!\\b(?:to|until|till|on|from|by|and|${WEEKDAYS})\\s+)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+(${ORDINAL_SOURCE})(?![\\p{L}\\p{N}])(?!\\s+(?:time|times|day|days|week|month|year|years|phase|stage|half|quarter|part|round|anniversary|place|country|countries|largest|most|such)\\b|\\s+of\\s+(?:that|the\\s+same|this|the)\\s+month\\b|\\s+of\\s+${MONTH_SOURCE})`, "gu");

// What every ordinal OTHER_ORDINAL reads holds, as it reads them (case-sensitive): most sentences have none.
const WRITES_AN_ORDINAL = /\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth|hundredth/u;

/** Whether a sentence numbers an edition other than the `ordinals` in question (see OTHER_ORDINAL). */
function numbersAnotherEdition(masked: string, ordinals: readonly number[]): boolean {
  if (ordinals.length === 0 || !WRITES_AN_ORDINAL.test(masked)) return false;
  return allMatches(OTHER_ORDINAL, masked).some((match) => {
    const other = parseOrdinal(match[1]!);
    return other !== undefined && !ordinals.includes(other) && other > 1;
  });
}

/** Whether a series just defined is the one an edition in scope belongs to: the same record, or a name of it in common. */
function sameProgramme(defined: SeriesRecord | undefined, series: SeriesRecord): boolean {
  if (!defined) return false;
  if (defined === series) return true;
  const words = (record: SeriesRecord): Set<string> => new Set(record.names.flatMap((name) => [...distinctiveWords(name.text)]));
  const [a, b] = [words(defined), words(series)];
  return b.size > 0 && [...b].every((word) => a.has(word));
}

/** The series of a named edition, linked or made the first time it is needed. */
function namedSeries(named: NamedEdition, state: DocumentState, out: DocumentRecords, evidence: Evidence): SeriesRecord {
  named.series ??= linkMention(named.mention, named.mention.acronym, out.series, []) ?? addSeries(named.mention, evidence, state, out);
  return named.series;
}

/** The record of a named edition, made (with its series) the first time a sentence speaks of it. */
function materialise(named: NamedEdition, state: DocumentState, out: DocumentRecords, evidence: Evidence): EditionRecord {
  if (named.record) return named.record;
  const mention = named.mention;
  const series = namedSeries(named, state, out, evidence);
  const record: EditionRecord = { series, ordinal: mention.ordinal, ordinalText: mention.ordinalText, evidence };
  named.record = record;
  out.editions.push(record);
  return record;
}

/**
 * The standing organiser a series named `names` takes. One stated for a single programme ("holds an
 * international training course on …") goes only to series named by its noun (the programme, however
 * it is named later); the others take the one stated before it.
 */
function takeStanding(state: DocumentState, names: readonly string[]): Fact<string> | undefined {
  const once = state.standingOnce;
  const standing = !once || names.some((name) => new RegExp(`\\b${once.noun}s?\\b`, "iu").test(name)) ? state.standing : once.before;
  return standing && reaches(standing, state.passage, names) ? standing.fact : undefined;
}

/** True when a series' organiser is only the standing one it took, not one stated for it. */
function inherited(state: DocumentState, organiser: Fact<string>): boolean {
  return organiser === state.standing?.fact || organiser === state.standingOnce?.before?.fact;
}

/**
 * An organiser stated for programmes in general, with the passage that states it and the kinds of
 * programme that passage names ("conducts annual training and seminars": training, seminar).
 */
interface Standing {
  fact: Fact<string>;
  passage: Passage;
  nouns: ReadonlySet<string>;
  /** The passage the standing one labels, when it is a caption ("**Programmes organised by UNAFEI, 2023**"). */
  captions: string | undefined;
}

/**
 * A standing organiser holds for every programme of its own passage and of the subsections under it
 * (a page's lead: "All the programmes below were run by UNAFEI."), and elsewhere only for programmes
 * of a kind its passage named: "Through UNAFEI, Japan conducts annual training and seminars …" covers
 * the GG Seminar three paragraphs on, but after "Japan trains practitioners … through UNAFEI. Its
 * anti-corruption training …", a seminar in the next paragraph may be anyone's.
 */
function reaches(standing: Standing, passage: Passage | undefined, names: readonly string[]): boolean {
  if (passage === undefined || passage.id === standing.passage.id) return true;
  const above = standing.passage.headings;
  if (passage.headings.length > above.length && above.every((heading, index) => passage.headings[index] === heading)) return true;
  if (standing.captions === passage.id) return true;
  return names.some((name) => [...programmeNounsIn(name)].some((noun) => standing.nouns.has(noun)));
}

/** The passage a caption labels: the next one, when the standing passage is a title line, not prose. */
function captionedBy(passage: Passage, next: Passage | undefined): string | undefined {
  return next !== undefined && !/[.!?:;)"”]\s*$/u.test(passage.text.replace(/\*+\s*$/u, "")) ? next.id : undefined;
}

const PROGRAMME_NOUN = /\b(course|seminar|programme|program|training|forum|meeting|workshop|lecture|symposium|conference)s?\b/giu;

export function programmeNounsIn(text: string): Set<string> {
  return new Set([...text.matchAll(PROGRAMME_NOUN)].map((match) => match[1]!.toLowerCase().replace(/^program$/u, "programme")));
}

function addSeries(mention: EditionMention, evidence: Evidence, state: DocumentState, out: DocumentRecords): SeriesRecord {
  const record = newSeries([{ text: mention.seriesPhrase, kind: mention.acronym === mention.seriesPhrase ? "acronym" : "phrase" }], evidence, takeStanding(state, [mention.seriesPhrase]), mention.weak);
  out.series.push(record);
  return record;
}

interface SeriesFacts {
  since: ReturnType<typeof findSinceYear>;
  frequency: string | undefined;
  /** The sentence is about this one edition (no definition, one mention): its frequency is the series'. */
  single: boolean;
}

/** The editions a sentence mentions, linked to their series, with the facts the sentence states. */
function readEditions(
  sentence: string, masked: string, mentions: readonly EditionMention[], topics: ReadonlyMap<EditionMention, string>, roles: readonly RoleSpan[], at: EvidenceAt,
  seriesFacts: SeriesFacts, reader: Reader, state: DocumentState, paragraph: readonly ParagraphDefinition[], out: DocumentRecords,
  participantsAt: Map<number, EditionRecord[]>, groupParticipants: CountryRecord[],
): EditionRecord[] {
  const editions: EditionRecord[] = [];
  // What is said in turn is said of the list, not of its editions named again after it.
  const listed = mentions.filter((mention) => !mention.again);
  const inTurn = <T>(values: ReadonlyArray<T | undefined>): Array<T | undefined> => mentions.map((mention) => (mention.again ? undefined : values[listed.indexOf(mention)]));
  const respectivePeriods = inTurn(respectiveSpans(masked, listed));
  const respectiveVenues = inTurn(respectiveFormats(masked, listed));
  const respectiveThemes = inTurn(themesInTurn(sentence, listed));
  const yearsInTurn = inTurn(respectiveYears(masked, listed));
  const namedAgain = (mention: EditionMention): boolean => !mention.again && mentions.some((other) => other.again && other.ordinal === mention.ordinal && other.seriesPhrase === mention.seriesPhrase);
  const scopeSeries = state.scope?.editions[0]?.series ?? (state.headed ?? state.titled)?.record?.series;
  const last = mentions[mentions.length - 1]!;
  // One reader for the sentence: the stretch before the first mention is read for every edition.
  const slots = slotReader(masked, roles);
  // "Was the 16th seminar held online?": a question states nothing of the edition it names.
  const asks = isQuestion(masked);
  // "UNAFEI's anti-corruption course, held every year since 1998, had reached its eighteenth session …,
  // and … the ninth Regional Seminar on Good Governance …": the since-year is the series' of the edition
  // named nearest to it, not of every edition the sentence names.
  const sinceAt = seriesFacts.since ? masked.indexOf(seriesFacts.since.text) : -1;
  // (One edition named in another clause than the since-year is no nearer: "…, held every year since
  // 1998, had reached …, and in Southeast Asia the ninth Regional Seminar … met in Jakarta".)
  const sinceSpan = { start: sinceAt, end: sinceAt + (seriesFacts.since?.text.length ?? 0) };
  const sinceOwner = sinceAt < 0 ? undefined : mentions.length > 1 ? nearest(mentions, sinceSpan, (m) => m.start, (m) => m.end, masked)
    : clauseIndex(masked, sinceAt) === clauseIndex(masked, mentions[0]!.start) ? mentions[0] : null;
  for (const [i, mention] of mentions.entries()) {
    const ownEvidence = at(mention.start, mention.end);
    const series = seriesOf(mention, reader, ownEvidence, state, paragraph, scopeSeries, out);
    // "the 1st Global Youth Forum for a Culture of Lawfulness (Col-YF)": the letters after an edition's
    // name are another name of its series (a name it is found by, not the short form its id is made
    // from: "the 180th International Training Course (ITC)" keeps the series id a definition gives).
    const bracket = mention.weak ? null : /^\s*["”’]?\s*\(([^()]{2,24})\)/u.exec(sentence.slice(mention.end));
    const short = bracket ? abbreviationIn(bracket[1]!) : undefined;
    // (Capitals alone, "(ITC)", are the acronyms' business: see mentionAcronym.)
    if (short && !/\d/u.test(short) && !/^\p{Lu}+$/u.test(short)) addName(series, { text: short, kind: "phrase" });
    if (seriesFacts.since && !series.sinceYear && (sinceOwner === undefined || sinceOwner === mention)) series.sinceYear = { value: seriesFacts.since.year, evidence: clauseOf(masked, at, seriesFacts.since.text), basis: "stated" };
    if (seriesFacts.frequency && !series.frequency && seriesFacts.single) series.frequency = { value: seriesFacts.frequency, evidence: ownEvidence, basis: "stated" };

    // "The First and Second Seminars took place in Bangkok": the editions of one list share its name's
    // end, and what follows the name is said of each of them.
    const listLast = mentions.findLastIndex((other) => other.end === mention.end);
    // An edition named in a comparison ("…, as the seventh seminar had been, by the MACC") interrupts nothing.
    let after = Math.max(i, listLast) + 1;
    while (mentions[after] && COMPARED.test(sentence.slice(Math.max(0, mentions[after]!.start - 12), mentions[after]!.start))) after++;
    const following = mentions[after]?.start ?? sentence.length;
    // "…, the First ASEAN–G7 Next Leaders Forum, …; a follow-up seminar to the Symposium was held in
    // Indonesia": a clause about another event after a semicolon ends what is said of the edition.
    // "…, so 2011 was the first year the seminar came to Japan": what follows is a consequence, not the edition's.
    const another = /;\s+(?:a|an|another)\s|,\s+(?:so|thus|hence)\s/u.exec(masked.slice(mention.end, following));
    const next = another ? mention.end + another.index : following;
    // A listed edition named again further on ("the former …") is told of there, not in the list.
    let ranges: Span[] = namedAgain(mention) ? [{ start: 0, end: mentions[0]!.start }] : mention.again ? [{ start: mention.end, end: next }] : [{ start: mention.end, end: next }, { start: 0, end: mentions[0]!.start }];
    // "The earlier meetings took place in Tokyo in October of Reiwa 3 (the first Forum) and in Kyoto in
    // December of Reiwa 4 (the second Forum, with about seventy …)": each bracket names what comes before it.
    if (bracketLabel(sentence, mention)) {
      const open = sentence.lastIndexOf("(", mention.start);
      const close = sentence.indexOf(")", mention.end);
      const previous = mentions[i - 1];
      const from = previous ? Math.max(previous.end, sentence.indexOf(")", previous.end) + 1) : 0;
      ranges = [{ start: from, end: open }, { start: mention.end, end: close < 0 ? next : close }];
    }
    const respective = respectivePeriods[i];
    if (respective) ranges.unshift(respective);
    const venue = respectiveVenues[i];
    const sharedTail = mentions.length > 1 && !mentions.some((other) => other.again) && /\b(?:were|have\s+been|both|respectively|(?:all|each)\s+of\s+them)\b/.test(masked.slice(last.end));
    if (sharedTail && mention !== last) ranges.push({ start: last.end, end: sentence.length });
    // "As with the 11th seminar, the SPP co-hosted the 12th, …": what the sentence states is the 12th's.
    // ("Since the first seminar, held in Thailand in 2007, it has run …" still dates the first.)
    // "Compare with GG13: …, the former meeting in person … and the latter online": a pair of which the
    // sentence names one only; what it says of each is not this one's alone.
    const pairNamedElsewhere = mentions.filter((one) => !one.again).length < 2 && FORMER_AND_LATTER.test(masked);
    const passing = pairNamedElsewhere || (namedInPassing(sentence, mention, mentions[i + 1]) && (mentions[i + 1] !== undefined || COMPARED.test(sentence.slice(Math.max(0, mention.start - 12), mention.start))));
    const found: FoundSlots = passing || asks ? { facts: {}, countries: [] } : slots.find(ranges, at, mention);
    // "Hosts: the first two were co-hosted by the SPP with UNAFEI; GG13 was held by UNAFEI": the clause
    // before the semicolon is about others; who organised this one is said after it, or not at all.
    const semicolon = i === 0 ? masked.slice(0, mention.start).lastIndexOf(";") : -1;
    if (semicolon >= 0 && found.facts.organiser && found.facts.organiser.evidence.start < at(semicolon, semicolon).start) delete found.facts.organiser;
    // "after the 11th seminar in Hanoi in October 2017, the 12th met in Da Nang": the sentence's one year
    // stands in the part about another edition, and is that one's ("the 175th and the 176th courses
    // were held … in 2021": not when the two are listed together).
    const year = found.facts.year;
    const listedWith = (j: number): boolean => /^\s*(?:,\s*)?(?:and\s+|or\s+)?(?:the\s+)?$/u.test(sentence.slice(Math.min(mention.end, mentions[j]!.end), Math.max(mention.start, mentions[j]!.start)));
    const outside = year !== undefined && !ranges.some((range) => year.start >= range.start && year.end <= range.end);
    // …nor is a year past the end of what is said of this one ("…, so 2011 was the first year …").
    if (outside && another && year.start >= next) delete found.facts.year;
    else if (year && outside
      && mentions.some((other, j) => j !== i && !other.again && !listedWith(j) && year.start >= other.end && year.start < (mentions[j + 1]?.start ?? sentence.length))) delete found.facts.year;
    // "Countries of the 25th UNCAC Training Programme: Bangladesh, Brazil, …", a note's label: the list after it.
    if (!passing && COUNTRIES_OF.test(sentence.slice(0, mention.start)) && /^\s*:/u.test(sentence.slice(mention.end))) {
      const colon = sentence.indexOf(":", mention.end) + 1;
      // What brackets add ("(nine ASEAN members)") is blanked, the offsets kept.
      const named = listedCountries(sentence.slice(colon).split(/(?<=[.;])\s/u)[0]!.replace(/\([^()]*\)/gu, (aside) => " ".repeat(aside.length)));
      if (named && named.length > 0) {
        found.countries = named.map((name) => ({ ...name, start: name.start + colon, end: name.end + colon }));
        found.facts.countries = { value: found.countries.map((name) => name.code), evidence: at(mention.start, found.countries[found.countries.length - 1]!.end), basis: "stated" };
      }
    }
    // Venues or modes given in turn ("at the Complex and online, … respectively"): the edition's own only.
    if (venue && !passing) {
      const own = slots.find([venue], at, mention, { period: false, format: true, participants: false, countries: false, organiser: false }).facts.format;
      if (own) found.facts.format = own;
      else delete found.facts.format;
    }
    // "In February 2014, UNAFEI and JICA held the first …, and the Institute … held its 15th meeting":
    // the subject before the first edition is the first's organiser, not the later ones'.
    const opening = at(0, mentions[0]!.start);
    const ownClause = i > 0 && /,\s+(?:and|while|but|whereas)\s|;/u.test(masked.slice(mentions[0]!.end, mention.start));
    if (ownClause && found.facts.organiser && found.facts.organiser.evidence.start < opening.end && !sharedTail) delete found.facts.organiser;
    // "… met in person again in December 2022 for its 16th session, …, and its 17th session was held
    // from 13 to 15 December 2023": how the first was held is not said of the later one.
    if (ownClause && found.facts.format && found.facts.format.evidence.start < opening.end && !sharedTail) delete found.facts.format;
    // "There is no GG14 on these cards": named only to say it is not there.
    if (THERE_IS_NO.test(masked.slice(0, mention.start))) continue;
    // "The 20th, 21st and 24th courses are not shown": named only to say nothing is told of them.
    if (NOT_TOLD.test(masked) && Object.keys(found.facts).length === 0 && !state.scope?.editions.some((edition) => edition.ordinal === mention.ordinal)) continue;
    const ownYear = yearsInTurn[i];
    if (ownYear !== undefined) {
      const start = masked.indexOf(String(ownYear), mention.end);
      found.facts.year = { value: ownYear, start, end: start + 4, fiscal: false };
      if (found.facts.period && found.facts.period.value.year !== undefined && found.facts.period.value.year !== ownYear) delete found.facts.period;
    }
    const edition: EditionRecord = { series, ordinal: mention.ordinal, ordinalText: mention.ordinalText, evidence: ownEvidence };
    applySlots(edition, found, at, mention);
    const theme = passing ? undefined : respectiveThemes[i] !== undefined ? themeAt(sentence, respectiveThemes[i]!) : namedAgain(mention) ? undefined : findTheme(sentence, mention.end, next) ?? themeNamedBefore(sentence, mention, next);
    if (theme) edition.theme = { value: theme.theme, evidence: at(Math.min(mention.start, theme.start), Math.max(mention.end, theme.end)), basis: "stated" };
    else if (topics.has(mention)) edition.theme = { value: topics.get(mention)!, evidence: ownEvidence, basis: "stated" };
    editions.push(edition);
    out.editions.push(edition);
    noteParticipants(found, edition, at, participantsAt, groupParticipants);
  }
  return editions;
}

// "3. Main theme" above "“New Types of …”": a heading that labels what stands under it as the theme.
const THEME_HEADING = /^(?:[\d.]+\s*|\([\da-z]+\)\s*)?(?:(?:main|overall|central)\s+)?(?:theme|topic)$/iu;

// "GG Seminar: list of past themes", "PAST THEMES OF THE GG SEMINAR": a page or section of themes.
const THEMES_WORD = /\bthemes?\b/iu;

/**
 * The theme a passage gives when it is one quoted title and its heading labels it so, or (`afterLabel`)
 * it follows the edition label that opens a passage on a page or under a heading of themes; else undefined.
 */
function themeUnderHeading(passage: Passage, sentence: string, afterLabel: boolean): { theme: string; start: number; end: number } | undefined {
  if (!afterLabel && !THEME_HEADING.test(passage.headings.at(-1)?.trim() ?? "")) return undefined;
  const quote = findQuoted(sentence).find((q) => sentence.slice(0, q.start).trim() === "" && /^[\s.]*$/u.test(sentence.slice(q.end)));
  return quote && quote.inner.trim().length > 3 ? { theme: quote.inner.trim(), start: quote.start, end: quote.end } : undefined;
}

/** The series a mention belongs to: linked to one this document knows, or a new one named by it. */
/** "… runs an international training course on … . The 18th course was held …": the course described. */
function describedJustBefore(mention: EditionMention, state: DocumentState, out: DocumentRecords): SeriesRecord | undefined {
  const before = state.describedBefore?.section === state.passage?.headings.join("\u0000") ? state.describedBefore : undefined;
  const noun = headNoun(mention.seriesPhrase);
  const definition = noun === undefined ? undefined : before?.definitions.find((one) => one.name.split(/\s+/u).map(headNoun).filter((head) => head !== undefined).pop() === noun);
  if (!before || !definition) return undefined;
  return defineSeries(definition, before.whole, takeStanding(state, [definition.name]), undefined, undefined, out);
}

interface RecentSentence {
  masked: string;
  definitions: readonly SeriesDefinition[];
  whole: Evidence;
  section: string;
}

const GENERIC_GATHERING: ReadonlySet<string> = new Set(["meeting", "session", "event", "gathering", "edition"]);

/** How far back "these meetings" looks for the programme it counts. */
const RECENT_SENTENCES = 4;

/**
 * The series "the fourth of these meetings" counts: a programme the latest sentence before it (in its
 * section, a few back at most) that names or describes one speaks of, whose head noun the mention
 * repeats; its proper name before a description ("has run a regional meeting …, the Regional Seminar
 * on Good Governance …").
 */
function spokenOfJustBefore(mention: EditionMention, state: DocumentState, out: DocumentRecords): SeriesRecord | undefined {
  const noun = headNoun(mention.seriesPhrase) ?? mention.seriesPhrase.toLowerCase();
  const section = state.passage?.headings.join("\u0000");
  // The sentence being read is the last one recorded only once it is read: all recorded are before it.
  for (const before of [...(state.recent ?? [])].reverse()) {
    if (before.section !== section) return undefined;
    const spoken = [...before.definitions, ...programmesNamedIn(before.masked), ...findSeriesDefinitions(before.masked, true).filter((one) => one.kind === "described")];
    if (spoken.length === 0) continue;
    // (The definition and the name it gives are one programme.)
    const proper = [...new Map(spoken.filter((one) => one.kind !== "described").map((one) => [one.name.toLowerCase(), one])).values()];
    // "these meetings", "these sessions": any programme's, when only one was named.
    const fits = GENERIC_GATHERING.has(noun) && proper.length === 1 ? proper : spoken.filter((one) => one.name.split(/\s+/u).some((word) => headNoun(word) === noun));
    if (fits.length === 0) return undefined;
    const definition = fits.every((one) => one.kind === "described") && proper.length === 1 ? proper[0]! : fits[fits.length - 1]!;
    return defineSeries(definition, before.whole, takeStanding(state, [definition.name]), undefined, undefined, out);
  }
  return undefined;
}

function seriesOf(mention: EditionMention, reader: Reader, evidence: Evidence, state: DocumentState, paragraph: readonly ParagraphDefinition[], scopeSeries: SeriesRecord | undefined, out: DocumentRecords): SeriesRecord {
  const acronym = mentionAcronym(mention, reader.acronyms);
  const named = state.headed ?? state.titled;
  // "We held the 2nd ASEAN–G7 Next Leaders Forum" … "41 officials took part in this second meeting": a
  // bare noun with the page's ordinal, naming nothing else, is the page's edition called another way.
  const bareNoun = mention.weak && mention.description === undefined && !mention.seriesPhrase.includes(" ");
  const sameAsNamed = named !== undefined && named.mention.ordinal === mention.ordinal && (sameKind(named.mention.seriesPhrase, mention.seriesPhrase) || bareNoun);
  const linked = (mention.backReference ? spokenOfJustBefore(mention, state, out) : undefined) ?? (sameAsNamed ? namedSeries(named, state, out, evidence) : undefined) ?? linkMention(mention, acronym, out.series, paragraph, scopeSeries ?? (named && namedSeries(named, state, out, evidence)))
    ?? (bareNoun ? describedJustBefore(mention, state, out) : undefined);
  const phraseName: SeriesName = { text: mention.seriesPhrase, kind: acronym === mention.seriesPhrase ? "acronym" : "phrase" };
  const series = linked ?? newSeries([phraseName], evidence, takeStanding(state, [mention.seriesPhrase]), mention.weak);
  if (!linked) out.series.push(series);
  else {
    if (!mention.weak) series.weak = false;
    // "the 11th seminar" names nothing by itself: as a name it would join unrelated series.
    // Nor does "meeting" in "this second meeting", on a page about the 2nd forum.
    if (phraseName.kind === "acronym" || (!bareNoun && distinctiveWords(mention.seriesPhrase).size > 0)) addName(series, phraseName);
    addEvidence(series, evidence);
    if (!series.organiser && state.standing) series.organiser = takeStanding(state, series.names.map((name) => name.text));
  }
  if (acronym) addName(series, { text: acronym, kind: "acronym" });
  return series;
}

// "The main theme chosen for the 13th seminar was “…”": the theme named before the edition, given after it.
const THEME_BEFORE = /\b(?:theme|topic|subject|title)(?:\s+(?:chosen|selected|adopted|set))?\s+(?:of|for|at)\s+(?:the|this|this\s+year['’]s)\s+$/iu;
const THEME_LINK = /^\s+(?:was|is|were|will\s+be)\s*[:,]?\s*$/u;

function themeNamedBefore(sentence: string, mention: EditionMention, next: number): { theme: string; start: number; end: number } | undefined {
  if (!THEME_BEFORE.test(sentence.slice(Math.max(0, mention.start - 60), mention.start))) return undefined;
  const quote = findQuoted(sentence).find((q) => q.start >= mention.end && q.end <= next);
  if (!quote || !THEME_LINK.test(sentence.slice(mention.end, quote.start))) return undefined;
  const start = Math.max(0, sentence.lastIndexOf("theme", mention.start));
  return { theme: quote.inner, start: Math.min(start, quote.start), end: quote.end };
}

/**
 * Two ways of naming a programme with the same head noun ("GG seminar", "Regional Seminar on …"), not
 * two proper names that share no distinctive word: "3RD GLOBAL YOUTH FORUM FOR A CULTURE OF LAWFULNESS"
 * above "the Third Criminal Justice Forum for Asia and the Pacific" are two forums. (An abbreviation,
 * "GG Seminar", shares no word with the name it stands for, so a name with one is never told apart.)
 */
function sameKind(a: string, b: string): boolean {
  const head = (phrase: string): string | undefined => phrase.split(/\s+/).map(headNoun).filter(Boolean).pop();
  if (head(a) === undefined || head(a) !== head(b)) return false;
  const abbreviated = (phrase: string): boolean => phrase !== phrase.toUpperCase() && /(?<![\p{L}])\p{Lu}{2,}/u.test(phrase);
  const [wordsA, wordsB] = [distinctiveWords(a), distinctiveWords(b)];
  return abbreviated(a) || abbreviated(b) || wordsA.size < 2 || wordsB.size < 2 || [...wordsA].some((word) => wordsB.has(word));
}

/** A theme from a list given in turn ("on the themes of “A” and “B”"), with where it stands. */
function themeAt(sentence: string, theme: string): { theme: string; start: number; end: number } {
  const start = Math.max(0, sentence.indexOf(theme));
  return { theme, start, end: start + theme.length };
}

/** The evidence of the clause holding `text` in the sentence (the sentence when it is not found). */
function clauseOf(masked: string, at: EvidenceAt, text: string): Evidence {
  const start = masked.indexOf(text);
  return start < 0 ? at(0, masked.length) : at(start, start + text.length);
}

/** Where the sentence `at` quotes starts in its passage. */
const sentenceStart = (at: EvidenceAt): number => at(0, 0).start;

/** The year's clause: the year as written ("FY2019", "fiscal year 2019"), or in a table the cell it
 *  stands in ("Dates (2023)"). */
function yearClause(at: EvidenceAt, year: NonNullable<SlotFacts["year"]>): Evidence {
  const text = at(0, 0).sentence;
  const prefix = year.fiscal ? /(?:FY\s?|fiscal\s+(?:year\s+)?)$/iu.exec(text.slice(0, year.start)) : null;
  if (!text.includes("|")) return at(year.start - (prefix?.[0].length ?? 0), year.end);
  let start = text.lastIndexOf("|", year.start) + 1;
  let end = text.indexOf("|", year.end);
  if (end < 0) end = text.length;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return at(start, end);
}

/**
 * The calendar year of a period written without one, from the year its sentence states. A fiscal year
 * (April to March) is the calendar year only from April: "In FY2017, … from 10 January to 8 February"
 * was held in 2018; a fiscal year beside no month dates nothing.
 */
function yearOfPeriod(period: Period, year: NonNullable<SlotFacts["year"]>): number | undefined {
  if (!year.fiscal) return year.value;
  const month = period.startMonth ?? period.endMonth;
  if (month === undefined) return undefined;
  return month <= 3 ? year.value + 1 : year.value;
}

/** Facts a sentence states, put on an edition's empty slots (the year only when the sentence states one). */
function applySlots(edition: EditionRecord, found: FoundSlots, at: EvidenceAt, anchor?: Span): void {
  const { facts } = found;
  // "In 2019, the 13th seminar was held in Tokyo": the year is the period the text gives. Not a fiscal
  // year: FY2017 runs into 2018, and a period "from 10 January to 8 February 2018" agrees with it.
  if (!facts.period && facts.year && facts.year.start >= 0 && !facts.year.fiscal) {
    const { value, start, end } = facts.year;
    const from = anchor ? Math.min(anchor.start, start) : start;
    const to = anchor ? Math.max(anchor.end, end) : end;
    facts.period = { value: { text: String(value), year: value }, evidence: at(from, to), basis: "stated" };
  }
  if (facts.period) {
    const period = { ...facts.period.value };
    let evidence = facts.period.evidence;
    let support: Evidence[] | undefined;
    const year = period.year === undefined && facts.year ? yearOfPeriod(period, facts.year) : undefined;
    if (year !== undefined) {
      period.year = year;
      // "In 2021, the 23rd … was conducted online from September to October": the clause quoted for the
      // period must show the year too, so it runs from the one to the other.
      if (facts.year!.start >= 0) {
        const yearAt = yearClause(at, facts.year!);
        const between = evidence.sentence.slice(Math.min(evidence.end, yearAt.end) - sentenceStart(at), Math.max(evidence.start, yearAt.start) - sentenceStart(at));
        // …but a table's heading cell ("Dates (2023)") is quoted beside the row's, not with all between.
        if (between.includes("|")) support = [yearAt];
        else evidence = { ...evidence, start: Math.min(evidence.start, yearAt.start), end: Math.max(evidence.end, yearAt.end) };
      }
    }
    edition.period = combine("period", edition.period, { ...facts.period, value: period, evidence, ...(support ? { support } : {}) });
  }
  edition.format = combine("format", edition.format, facts.format);
  edition.participants = combine("participants", edition.participants, facts.participants);
  edition.countries = combineCountries(edition.countries, facts.countries);
  edition.organiser = combine("organiser", edition.organiser, facts.organiser);
  for (const key of ["period", "format", "participants", "countries", "organiser"] as const) if (edition[key] === undefined) delete edition[key];
  if (edition.year === undefined) {
    // "Fiscal year 2014 | Japan The second training": a fiscal year runs into the next, so it states no year.
    const year = edition.period?.value.year ?? (facts.year?.fiscal ? undefined : facts.year?.value);
    if (year !== undefined) {
      edition.year = year;
      edition.yearBasis = "stated";
    }
  }
}

// "Participants: 30 from overseas and 4 from Japan": the countries named are some of those taking
// part, the others told elsewhere; the two lists add up rather than disagree. (The sentence is tested:
// evidence offsets are into the passage.) Within one document only: across documents (merge.ts) two
// such lists stay two statements, as `combine` keeps them.
const SOME_OF_THEM = /\bfrom\s+(?:overseas|abroad|other\s+countries|elsewhere)\b/u;

function combineCountries(current: Fact<string[]> | undefined, next: Fact<string[]> | undefined): Fact<string[]> | undefined {
  if (current && next && !current.conflicts && (SOME_OF_THEM.test(current.evidence.sentence) || SOME_OF_THEM.test(next.evidence.sentence))) {
    return { ...current, value: [...new Set([...current.value, ...next.value])], support: [...(current.support ?? []), next.evidence] };
  }
  return combine("countries", current, next);
}

function noteParticipants(found: FoundSlots, edition: EditionRecord, at: EvidenceAt, participantsAt: Map<number, EditionRecord[]>, groupParticipants: CountryRecord[]): void {
  if (edition.countries?.evidence !== found.facts.countries?.evidence) return;
  for (const name of found.countries) {
    if (name.viaGroup) groupParticipants.push({ code: name.code, asWritten: name.asWritten, role: "participant", edition, evidence: at(name.start, name.end) });
    else participantsAt.set(name.start, [...(participantsAt.get(name.start) ?? []), edition]);
  }
}

/** "The main theme was …", "Participants came from …": facts about the editions in scope. */
// A line that is nothing but a date ("March 2016" under a report's title, perhaps with the place of
// publication in capitals: "March 2016 TOKYO, JAPAN") dates the page, not the edition.
const DATE_ONLY = new RegExp(`^(?:(?:\\d{1,2}\\s+)?${MONTH_SOURCE}\\s+(?:\\d{1,2},?\\s+)?)?(?:19|20)\\d{2}\\.?(?:[\\s,]+\\p{Lu}[\\p{Lu}\\s,.'’-]*)?$`, "u");

// The edition as the subject of a sentence: "It …", "The seminar …", "This year's course …".
const EDITION_SUBJECT = /^(?:It|(?:The|This|This\s+year['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:seminar|course|programme|program|training|forum|meeting|session|edition|workshop|symposium))\s+(?!was\s+(?:co-)?(?:hosted|organi[sz]ed)\b)/u;

function fillFromSentence(editions: readonly EditionRecord[], sentence: string, masked: string, roles: readonly RoleSpan[], at: EvidenceAt, participantsAt: Map<number, EditionRecord[]>, groupParticipants: CountryRecord[]): void {
  if (DATE_ONLY.test(masked.trim())) return;
  // Every slot is looked for: a later clause may state a value more fully ("Brunei and Singapore took
  // part for the first time", then "participants came from all ten ASEAN member states").
  const found = findSlots(masked, [{ start: 0, end: sentence.length }], at, roles, undefined, ALL_SLOTS);
  // A year alone ("In July 2017 Japan concluded …") says nothing of when the edition was held; with a
  // date, a venue or who took part it does ("In 2019 it was held in Tokyo").
  const { period, format, participants, countries, organiser } = found.facts;
  if (!period && !format && !participants && !countries && !organiser) delete found.facts.year;
  for (const edition of editions) {
    // …or by what the people in it did with a quoted title: "Nineteen investigators … examined “…”".
    const byTheme = /\b(?:them(?:e|es|ed)|topics?|titled?|entitled|subject|devoted|concentrat\w*|focus\w*)\b/i.test(sentence);
    // …or by what its participants did with a title: "Nineteen investigators … examined “Recent Trends …”"
    // (not "They took up “asset recovery”", said of working groups).
    const byPeople = !byTheme && opensWithPeople(masked) && /\b(?:took\s+up|discussed|examined|addressed|explored|dealt\s+with)\b/u.test(masked);
    // …or by what the edition itself did with it: "It brought … to Da Nang to discuss “…”", "It brought
    // together fourteen practitioners from nine countries … on “…”".
    const byEdition = !byTheme && !byPeople && EDITION_SUBJECT.test(masked) && /\b(?:took\s+up|discuss(?:ed)?|examin(?:e|ed)|address(?:ed)?|explor(?:e|ed)|dealt\s+with|deal\s+with|on)\s*[“"‘']/u.test(sentence);
    if (editions.length === 1 && !edition.theme && (byTheme || byPeople || byEdition)) {
      const theme = findTheme(sentence);
      if (theme && (byTheme || /^\p{Lu}/u.test(theme.theme))) edition.theme = { value: theme.theme, evidence: at(0, theme.end), basis: "stated" };
    }
    applySlots(edition, found, at);
    noteParticipants(found, edition, at, participantsAt, groupParticipants);
  }
}

/** The one edition the sentences being read are about, if there is one: the scope's, or the page's. */
function soleEditionInScope(state: DocumentState): EditionRecord[] {
  if (state.scope) return state.scope.editions.length === 1 ? state.scope.editions : [];
  const named = (state.headed ?? state.titled)?.record;
  return named ? [named] : [];
}

/**
 * A block listing who took part, after a sentence ending "… took part:" (see list-follows.ts): its
 * countries are the participants of the editions that sentence spoke of. False when the block is no
 * such list (then it is read as prose and the cue ends).
 */
function readListedParticipants(passage: Passage, cue: NonNullable<DocumentState["listCue"]>, out: DocumentRecords): boolean {
  // The list may stand under a heading of its own below the cue's ("Overseas participating countries").
  const section = passage.headings.join("\u0000");
  if (cue.section !== section && !(cue.passageIds.length === 0 && section.startsWith(`${cue.section}\u0000`))) return false;
  if (cue.passageIds.length === 0 && countryTableHeader(passage.text)) {
    cue.section = section;
    return true;
  }
  const listed = listedCountries(passage.text);
  if (!listed) return false;
  const first = listed[0]!;
  const last = listed[listed.length - 1]!;
  const evidence: Evidence = { passageId: passage.id, sentence: passage.text, start: first.start, end: last.end };
  const codes = [...new Set(listed.map((name) => name.code))];
  for (const edition of cue.editions) {
    const current = edition.countries;
    // One list item after another: the list goes on, each item its own clause.
    if (current && cue.passageIds.includes(current.evidence.passageId)) {
      edition.countries = { ...current, value: [...new Set([...current.value, ...codes])], support: [...(current.support ?? []), evidence] };
    } else {
      const combined = combineCountries(current, { value: codes, evidence, basis: "stated" });
      if (combined) edition.countries = combined;
    }
    for (const name of listed) out.countries.push({ code: name.code, asWritten: name.asWritten, role: "participant", edition, evidence });
  }
  cue.passageIds.push(passage.id);
  return true;
}

/**
 * "… from the same ten countries", "… from the other nine ASEAN countries": the edition's countries by
 * reference, when it has none stated; inferred (the clause names none of them), with that clause as evidence.
 */
function countriesReferredTo(masked: string, before: string | undefined, edition: EditionRecord, at: EvidenceAt, out: DocumentRecords, roles: readonly RoleSpan[], targets?: readonly string[]): void {
  if (edition.countries) return;
  const counted = edition.participants?.value.countryCount;
  // "Nine of them are ASEAN members - …": the countries just counted, listed (stated, not inferred).
  const listed = counted !== undefined && roles.length === 0 ? countedCountriesListed(masked, counted) : undefined;
  if (listed) {
    const evidence = at(listed.start, listed.end);
    edition.countries = { value: listed.codes, evidence, basis: "stated" };
    for (const name of findCountryNames(masked)) if (listed.codes.includes(name.code)) out.countries.push({ code: name.code, asWritten: name.asWritten, role: "participant", edition, evidence });
    return;
  }
  // "… from the eight target countries": the targets the page listed, when the number agrees.
  const targeted = roles.length === 0 ? targetCountriesReferred(masked, targets) : undefined;
  if (!targeted && !/\b(?:same|other|remaining|unable)\b/iu.test(masked)) return;
  const earlier = out.editions.filter((other) => other !== edition && other.countries).map((other) => other.countries!.value);
  const referred = targeted ?? countriesByReference(masked, earlier, before);
  if (!referred) return;
  const evidence = at(referred.start, referred.end);
  edition.countries = { value: referred.codes, evidence, basis: "inferred" };
  const asWritten = masked.slice(referred.start, referred.end).replace(/^from\s+/iu, "");
  for (const code of referred.codes) out.countries.push({ code, asWritten, role: "participant", edition, evidence });
}

function recordCountries(masked: string, whole: Evidence, participantsAt: ReadonlyMap<number, EditionRecord[]>, groupParticipants: readonly CountryRecord[], roles: readonly RoleSpan[], editions: readonly EditionRecord[], out: DocumentRecords): void {
  const records: Array<{ at: number; record: CountryRecord }> = [];
  const at = (start: number, end: number): Evidence => ({ ...whole, start: whole.start + start, end: whole.start + end });
  for (const name of findCountryNames(masked)) {
    const taking = participantsAt.get(name.start);
    if (taking) {
      for (const edition of taking) records.push({ at: name.start, record: { code: name.code, asWritten: name.asWritten, role: "participant", edition, evidence: taking[0]!.countries?.evidence ?? at(name.start, name.end) } });
      continue;
    }
    const role = roleAt(roles, name.start);
    const record: CountryRecord = { code: name.code, asWritten: name.asWritten, role: role ?? countryRole(masked, name), evidence: at(name.start, name.end) };
    // An expert's, guest's or host's country is the edition's too, under its own role.
    if (role && editions.length === 1) record.edition = editions[0]!;
    records.push({ at: name.start, record });
  }
  for (const record of groupParticipants) records.push({ at: masked.indexOf(record.asWritten), record });
  records.sort((a, b) => a.at - b.at);
  for (const { record } of records) out.countries.push(record);
}

export type { ReadSentence };
