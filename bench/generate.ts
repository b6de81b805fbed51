// A deterministic generator of white-paper-like plain-text documents for the benchmark, laid out like
// knowledge/000_c889310df7d76567.txt: title line with a year, subtitle, blank line, heading lines,
// paragraphs, "Note N" markers in the text and a trailing notes block. Paragraphs mix narrative prose
// drawn from a Zipf-distributed vocabulary with programme sentences in varied phrasing (series and
// abbreviations, ordinals in digits and words, quoted themes, periods, places, participant counts,
// lists of real countries), so both the index and the catalogue grow with the corpus.
import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import { cardinalWords, ordinalDigits, ordinalWords } from "./numbers.js";
import { createRandom, type Random } from "./random.js";
import { CORE_NOUNS, PAST_VERBS, STOP_WORDS, THEME_GERUNDS, createLexicon, createZipfSampler } from "./vocabulary.js";

export interface GenerateOptions {
  /** Total passages (paragraphs + notes) across all documents. */
  passages: number;
  seed: number;
}

export interface GeneratedDocument {
  slug: string;
  file: string;
  text: string;
}

export interface GeneratedSeries {
  /** How editions are referred to in the text: "GG Seminar", "UNCAC training programme". */
  reference: string;
  /** The full name when the series has one distinct from its reference. */
  name: string;
  /** Capital-letter short form ("GG"), used in "GG 15" style queries. */
  acronym: string;
}

/** One programme edition as the generator wrote it: the ground truth the query mix is built from. */
export interface GeneratedEdition {
  series: GeneratedSeries;
  ordinal: number;
  /** As written in the text: "23rd" or "twenty-third". */
  ordinalText: string;
  theme: string;
  year: number;
  /** Country names as written, in order (empty when the sentence lists none). */
  countries: string[];
  docSlug: string;
}

export interface GeneratedCorpus {
  documents: GeneratedDocument[];
  series: GeneratedSeries[];
  editions: GeneratedEdition[];
  /** Every country name the corpus mentions anywhere. */
  countryNames: string[];
  /** Paragraphs + notes written (equals options.passages). */
  passageCount: number;
}

/** Paragraph bounds in words, note markers excluded; markers add two words, hence 198 not 200. */
export const PARAGRAPH_WORDS = { min: 60, max: 198 } as const;
/** Exponent of the content-word Zipf distribution (≈1 for English). */
const ZIPF_EXPONENT = 1.15;
/** Size of the content lexicon: large enough that the tail keeps growing at 100k passages. */
const LEXICON_SIZE = 300_000;
/** Share of paragraphs that describe a programme edition. */
const PROGRAMME_SHARE = 0.14;
/** One programme series per this many passages, so the catalogue grows with the corpus. */
const PASSAGES_PER_SERIES = 250;
const FIRST_YEAR = 1996;
const YEARS = 28;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

interface Country {
  name: string;
  capital: string;
  subregion: string;
}

/** UN member states with a capital, in a fixed order, grouped later by subregion for plausible lists.
 *  The package is CommonJS whose typings declare an ES default export; requiring its JSON avoids the
 *  mismatch between what TypeScript and Node think the default import is. */
function realCountries(): Country[] {
  const countries = createRequire(import.meta.url)("world-countries/countries.json") as Countries;
  return countries
    .filter((c) => c.unMember && c.capital.length > 0 && !/[(),]/.test(c.name.common))
    .map((c) => ({ name: c.name.common, capital: c.capital[0]!, subregion: c.subregion || c.region }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

interface SeriesState extends GeneratedSeries {
  introduction: string;
  nextOrdinal: number;
  introduced: boolean;
}

interface Context {
  random: Random;
  word: () => string;
  countries: Country[];
  bySubregion: Map<string, Country[]>;
  series: SeriesState[];
  pickSeries: () => number;
  acronyms: Set<string>;
  editions: GeneratedEdition[];
  mentioned: Set<string>;
}

/** Words left in lower case inside a title ("Tackling Threats of Corruption in the World"). */
const MINOR_WORDS = new Set(["of", "in", "the", "and", "for", "on", "to", "with", "through", "a", "an", "including"]);
const titleCase = (text: string): string =>
  text
    .split(" ")
    .map((w, i) => (i > 0 && MINOR_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const listOf = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : items.length === 2 ? `${items[0]} and ${items[1]}` : `${items.slice(0, -1).join(", ")}, and ${items.at(-1)}`;
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function newAcronym(ctx: Context, words: readonly string[]): string {
  const base = words.map((w) => w.charAt(0).toUpperCase()).join("").slice(0, 4) || "X";
  let acronym = base;
  while (acronym.length < 2 || ctx.acronyms.has(acronym)) {
    acronym = base + String.fromCharCode(65 + ctx.random.int(0, 25));
    if (ctx.acronyms.has(acronym)) acronym = String.fromCharCode(65 + ctx.random.int(0, 25)) + acronym;
  }
  ctx.acronyms.add(acronym);
  return acronym;
}

function frequencyPhrase(random: Random): string {
  return random.pick(["annually", "every fiscal year", "every year", "biennially", "every two years"]);
}

function createSeries(ctx: Context): SeriesState {
  const { random, word } = ctx;
  const topicWords = [random.pick(CORE_NOUNS), word()];
  const topic = titleCase(topicWords.join(" "));
  const since = FIRST_YEAR - random.int(2, 30);
  const frequency = frequencyPhrase(random);
  const region = random.pick([...ctx.bySubregion.keys()]);
  switch (random.int(0, 3)) {
    case 0: {
      const name = `Regional Seminar on ${topic} for ${region} Countries`;
      const acronym = newAcronym(ctx, topicWords);
      const reference = `${acronym} Seminar`;
      return {
        name, acronym, reference, nextOrdinal: 1, introduced: false,
        introduction: `Furthermore, Japan has held a seminar titled “${name} (${reference})” ${frequency} since ${since}, with the objectives of supporting ${word()} initiatives in ${region} countries and contributing to ${word()} development in the area of ${word()} and ${word()}.`,
      };
    }
    case 1: {
      const convention = `United Nations Convention against ${topic}`;
      const acronym = newAcronym(ctx, ["UN", "C", ...topicWords]);
      const reference = `${acronym} training programme`;
      return {
        name: reference, acronym, reference, nextOrdinal: 1, introduced: false,
        introduction: `As a State Party to the ${convention} (${acronym}), Japan has ${frequency} held an international training course on the criminal justice response to ${topic.toLowerCase()} since ${since}, and the ${reference} is held with themes selected from the key issues of the ${acronym}.`,
      };
    }
    case 2: {
      const institute = `${region} Institute for ${topic}`;
      const acronym = newAcronym(ctx, [region, "I", ...topicWords]);
      const reference = `${acronym} international training course`;
      return {
        name: reference, acronym, reference, nextOrdinal: random.int(1, 150), introduced: false,
        introduction: `Through the ${institute} (${acronym}), Japan conducts ${frequency === "annually" ? "annual" : "regular"} training and seminars for ${word()} practitioners in developing countries, and the ${reference} has been held ${frequency} since ${since}.`,
      };
    }
    default: {
      const name = `Dialogue on ${topic} with ${region}`;
      const acronym = newAcronym(ctx, ["D", ...topicWords]);
      const reference = `${acronym} Dialogue`;
      return {
        name, acronym, reference, nextOrdinal: 1, introduced: false,
        introduction: `Japan has also organised the “${name}” (${reference}) ${frequency} since ${since} to share ${word()} experience on ${word()} and ${word()} among ${region} partners.`,
      };
    }
  }
}

function theme(ctx: Context): string {
  const { random, word } = ctx;
  const templates = [
    () => `${random.pick(THEME_GERUNDS)} ${word()} ${word()} of ${word()} in the ${word()} and ${word()} World`,
    () => `${random.pick(THEME_GERUNDS)} ${word()} ${word()} through ${word()} ${word()}`,
    () => `${random.pick(THEME_GERUNDS)} ${word()} for ${word()} ${word()}`,
    () => `Effective ${word()} Cooperation for ${random.pick(THEME_GERUNDS)} ${word()}`,
    () => `Treatment of ${word()} ${word()}`,
  ];
  return titleCase(random.pick(templates)());
}

function pickCountries(ctx: Context, count: number): Country[] {
  const group = ctx.random.pick([...ctx.bySubregion.values()]);
  const chosen = ctx.random.sample(group, count);
  if (chosen.length < count) chosen.push(...ctx.random.sample(ctx.countries.filter((c) => !chosen.includes(c)), count - chosen.length));
  for (const c of chosen) ctx.mentioned.add(c.name);
  return chosen;
}

function countText(random: Random, n: number): string {
  return random.chance(0.3) ? cardinalWords(n) : String(n);
}

/** One sentence about one or two editions, in one of several phrasings. Records the ground truth. */
function programmeSentences(ctx: Context, year: number, docSlug: string): string[] {
  const { random, word } = ctx;
  const state = ctx.series[ctx.pickSeries()]!;
  const sentences: string[] = [];
  if (!state.introduced || random.chance(0.15)) {
    sentences.push(state.introduction);
    state.introduced = true;
  }
  const edition = (countries: Country[]): GeneratedEdition => {
    const ordinal = state.nextOrdinal++;
    // Spelled-out ordinals are for small numbers ("twenty-third"), as in real white papers.
    const written = ordinal < 100 && random.chance(0.25) ? ordinalWords(ordinal) : ordinalDigits(ordinal);
    const record: GeneratedEdition = { series: state, ordinal, ordinalText: written, theme: theme(ctx), year, countries: countries.map((c) => c.name), docSlug };
    ctx.editions.push(record);
    return record;
  };
  const first = random.int(0, 10);
  const start = MONTHS[first]!;
  const end = MONTHS[random.int(first, 11)]!;
  const who = `${word()} ${random.pick(["practitioners", "officials", "prosecutors", "judges", "experts", "police officers"])}`;
  switch (random.int(0, 4)) {
    case 0: {
      const e = edition([]);
      sentences.push(`In ${year}, the ${e.ordinalText} ${state.reference} on the theme of “${e.theme}” was conducted online from ${start} to ${end}.`);
      break;
    }
    case 1: {
      const list = pickCountries(ctx, random.int(2, 10));
      const e = edition(list);
      const place = random.chance(0.5) ? "online" : `in ${list[0]!.capital}, ${list[0]!.name}`;
      const people = random.int(list.length, 60);
      sentences.push(`In ${end} ${year}, the ${e.ordinalText} ${state.reference} on the theme of “${e.theme}” was held ${place}, with participation by ${countText(random, people)} ${who} from ${countText(random, list.length)} countries, namely ${listOf(list.map((c) => c.name))}.`);
      break;
    }
    case 2: {
      const a = edition([]);
      const b = edition([]);
      sentences.push(`For example, in ${year}, the ${a.ordinalText} ${state.reference} on the theme of “${a.theme}” and the ${b.ordinalText} ${state.reference} on “${b.theme}” were held online between ${start} and ${end}.`);
      break;
    }
    case 3: {
      const list = pickCountries(ctx, random.int(3, 12));
      const e = edition(list);
      const host = list[0]!;
      const d1 = random.int(1, 20);
      sentences.push(`The ${e.ordinalText} ${state.reference}, themed “${e.theme}”, took place in ${host.capital}, ${host.name} from ${d1} to ${d1 + random.int(2, 8)} ${end} ${year} and brought together ${countText(random, random.int(10, 90))} ${who} from ${listOf(list.map((c) => c.name))}.`);
      break;
    }
    default: {
      const list = pickCountries(ctx, random.int(2, 6));
      const e = edition(list);
      sentences.push(`${listOf(list.map((c) => c.name))} sent ${countText(random, random.int(list.length, 40))} ${who} to the ${e.ordinalText} ${state.reference} (“${e.theme}”), which was held in a hybrid format in ${end} ${year}.`);
    }
  }
  return sentences;
}

/** A narrative sentence of roughly 10–40 words built from clauses. */
function fillerSentence(ctx: Context, year: number): string {
  const { random, word } = ctx;
  const place = (): string => {
    if (random.chance(0.6)) {
      const c = random.pick(ctx.countries);
      ctx.mentioned.add(c.name);
      return c.name;
    }
    return random.pick(["Asia", "Africa", "Latin America", "the Pacific", "Southeast Asian countries", "the Middle East", "Central Asia"]);
  };
  const stop = (): string => random.pick(STOP_WORDS);
  const opener = random.pick(["", "", "", "In addition, ", "Furthermore, ", "Moreover, ", "For example, ", "At the same time, ", `In ${year}, `, "Therefore, "]);
  const subject = random.pick([
    () => "Japan", () => "the Government of Japan", () => `the ${word()} ${word()}`, () => `${word()} ${word()} in ${place()}`,
    () => `the occurrence of ${word()}`,
  ])();
  const verb = random.pick([() => `has ${random.pick(PAST_VERBS)}`, () => random.pick(PAST_VERBS), () => "continues to support", () => "is expected to strengthen"])();
  const object = random.pick([() => `the ${word()} of ${word()} ${word()}`, () => `${word()} and ${word()}`, () => `${stop()} ${word()} ${word()}`])();
  const tails = [
    () => `, including ${word()} and ${word()}`, () => ` in ${place()}`, () => ` through ${word()} ${word()}`,
    () => `, with the objective of ${random.pick(THEME_GERUNDS).toLowerCase()} ${word()} ${word()}`,
    () => ` for ${word()} ${word()} and ${word()}`, () => ` as part of its ${word()} for ${word()}`,
    () => `, such as ${word()}, ${word()} and ${word()}`, () => ` ${stop()} ${word()} ${stop()} ${word()} ${word()}`,
    () => `, which are ${word()} to the ${word()} of ${place()}`,
  ];
  let sentence = `${opener}${subject} ${verb} ${object}`;
  for (let i = random.int(1, 4); i > 0; i--) sentence += random.pick(tails)();
  return `${capitalise(sentence)}.`;
}

/** A paragraph of PARAGRAPH_WORDS words: programme sentences (if any) and narrative filler. */
function paragraph(ctx: Context, year: number, docSlug: string, programme: boolean): string {
  const { random } = ctx;
  const target = random.int(PARAGRAPH_WORDS.min, PARAGRAPH_WORDS.max);
  const sentences = programme ? programmeSentences(ctx, year, docSlug) : [];
  let words = sentences.reduce((n, s) => n + wordCount(s), 0);
  let filler = 0;
  while (words < target) {
    const s = fillerSentence(ctx, year);
    sentences.push(s);
    words += wordCount(s);
    filler++;
  }
  // Overshot the upper bound: drop the last filler sentence (the rest is ≥ target − one sentence ≥ 60).
  if (words > PARAGRAPH_WORDS.max && filler > 0) {
    sentences.pop();
    filler--;
  }
  // Lead with a filler sentence half of the time so programme sentences are not always first.
  if (programme && filler > 0 && random.chance(0.5)) sentences.unshift(sentences.pop()!);
  return sentences.join(" ");
}

/** Puts "Note N" after the first word that ends a clause, as in "(UNAFEI), Note 29 Japan conducts". */
function withMarker(text: string, label: number): string {
  const tokens = text.split(" ");
  const at = tokens.findIndex((t, i) => i > 2 && i < tokens.length - 2 && /[,.]$/.test(t));
  if (at === -1) return text;
  tokens.splice(at + 1, 0, `Note ${label}`);
  return tokens.join(" ");
}

function noteText(ctx: Context, year: number): string {
  const { random, word } = ctx;
  return random.pick([
    () => `Established in ${year - random.int(5, 60)} based on an agreement between the ${word()} ${word()} and the Government of Japan. It has produced over ${random.int(1, 9)},${random.int(100, 999)} graduates from ${random.int(20, 150)} countries and regions since its establishment.`,
    () => `${capitalise(word())} ${word()} refers to the ${word()} of ${word()} and ${word()} in ${random.pick(ctx.countries).name}.`,
    () => fillerSentence(ctx, year),
  ])();
}

function document(ctx: Context, index: number, passages: number): GeneratedDocument {
  const { random, word } = ctx;
  const slug = `${String(index).padStart(5, "0")}_bench`;
  const year = FIRST_YEAR + (index % YEARS);
  const notes = Math.min(passages - 1, random.int(0, 3));
  const paragraphs = passages - notes;
  const firstNote = random.int(1, 60);
  const lines = [
    `White Paper on Development Cooperation ${year}`,
    "Japan's International Cooperation",
    "",
    `(${random.int(1, 9)}) ${titleCase(`${random.pick(["assistance", "support", "cooperation"])} for ${random.pick(CORE_NOUNS)} including ${word()}`)}`,
  ];
  let noteIndex = 0;
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && random.chance(0.15)) lines.push("", `● ${titleCase(`${random.pick(["Japan’s efforts", "case study", "achievements", "background"])} on ${word()}`)}`);
    let text = paragraph(ctx, year, slug, random.chance(PROGRAMME_SHARE));
    // Every note gets a marker somewhere; the last paragraphs take the ones still unplaced.
    if (noteIndex < notes && (random.chance(0.3) || paragraphs - p <= notes - noteIndex)) text = withMarker(text, firstNote + noteIndex++);
    lines.push("", text);
  }
  lines.push("", "");
  for (let n = 0; n < notes; n++) lines.push(`  ${n + 1}. Note ${firstNote + n}: ${noteText(ctx, year)}`);
  return { slug, file: `${slug}.txt`, text: `${lines.join("\n")}\n` };
}

export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const random = createRandom(options.seed);
  const lexicon = createLexicon(createRandom(options.seed ^ 0x5eed), LEXICON_SIZE);
  const zipf = createZipfSampler(random, lexicon.length, ZIPF_EXPONENT);
  const all = realCountries();
  const bySubregion = new Map<string, Country[]>();
  for (const c of all) bySubregion.set(c.subregion, [...(bySubregion.get(c.subregion) ?? []), c]);
  const seriesCount = Math.max(2, Math.ceil(options.passages / PASSAGES_PER_SERIES));
  // Series popularity is long-tailed too: a few programmes are mentioned everywhere.
  const seriesZipf = createZipfSampler(random, seriesCount, 0.6);
  const ctx: Context = {
    random, word: () => lexicon[zipf()]!, countries: all, bySubregion, series: [], pickSeries: seriesZipf,
    acronyms: new Set(), editions: [], mentioned: new Set(),
  };
  for (let i = 0; i < seriesCount; i++) ctx.series.push(createSeries(ctx));

  const documents: GeneratedDocument[] = [];
  let written = 0;
  while (written < options.passages) {
    const size = Math.min(options.passages - written, random.int(8, 40));
    documents.push(document(ctx, documents.length, size));
    written += size;
  }
  return {
    documents,
    series: ctx.series.map(({ name, acronym, reference }) => ({ name, acronym, reference })),
    editions: ctx.editions.map((e) => ({ ...e, series: { name: e.series.name, acronym: e.series.acronym, reference: e.series.reference } })),
    countryNames: [...ctx.mentioned].sort(),
    passageCount: written,
  };
}
