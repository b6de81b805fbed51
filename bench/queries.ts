// The fixed query mix of the benchmark, derived deterministically from the generated corpus: for each
// command a few hundred queries (hits, misses, typos, prefixes), autocomplete partials, and a labelled
// relevance set for /ask (a question formed from a passage's distinctive words → that passage's id).
import type { KnowledgeDocument } from "../src/knowledge/types.js";
import type { GeneratedCorpus, GeneratedEdition } from "./generate.js";
import { ordinalDigits, ordinalWords } from "./numbers.js";
import { createRandom, type Random } from "./random.js";
import { STOP_WORDS, synthesiseWord } from "./vocabulary.js";

export type CompleteField = "course" | "country" | "theme";

export interface LabelledQuestion {
  question: string;
  /** The passage the question was formed from: the right answer. */
  passageId: string;
}

export interface QueryMix {
  course: string[];
  country: string[];
  theme: string[];
  /** The labelled questions first, then unlabelled ones (entity questions, misses). */
  ask: string[];
  autocomplete: Array<{ field: CompleteField; partial: string }>;
  labelled: LabelledQuestion[];
}

export interface QueryMixOptions {
  seed: number;
  /** Queries per command (autocomplete: per field). */
  perCommand: number;
  /** Labelled /ask questions (part of the /ask queries). */
  labelled: number;
}

export const DEFAULT_MIX: Omit<QueryMixOptions, "seed"> = { perCommand: 300, labelled: 200 };

/** Kinds of query and their shares: most are hits, as in real use, but every kind is well represented. */
const SHARES = { hit: 0.55, typo: 0.15, prefix: 0.15, miss: 0.15 } as const;
type Kind = keyof typeof SHARES;

function kindAt(index: number, total: number): Kind {
  let edge = 0;
  for (const [kind, share] of Object.entries(SHARES) as Array<[Kind, number]>) {
    edge += share * total;
    if (index < edge) return kind;
  }
  return "miss";
}

/** One edit (swap, drop, double or replace a letter) inside a word of 4+ letters; shorter words unchanged. */
export function typo(word: string, random: Random): string {
  if (word.length < 4) return word;
  const i = random.int(1, word.length - 2);
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default:
      return word.slice(0, i) + String.fromCharCode(97 + ((word.charCodeAt(i) - 97 + random.int(1, 25)) % 26)) + word.slice(i + 1);
  }
}

/** A typo in the longest word of a phrase (the word a person is most likely to misspell). */
function typoInPhrase(phrase: string, random: Random): string {
  const words = phrase.split(" ");
  let longest = 0;
  words.forEach((w, i) => {
    if (w.length > (words[longest] ?? "").length) longest = i;
  });
  words[longest] = typo(words[longest]!, random);
  return words.join(" ");
}

/** A word that the generator never writes (a syllable word with a letter the syllables lack). */
function missWord(random: Random): string {
  return `${synthesiseWord(random)}q${synthesiseWord(random)}`;
}

function courseHit(e: GeneratedEdition, random: Random): string {
  const s = e.series;
  return random.pick([
    () => `${e.ordinalText} ${s.reference}`,
    () => `${s.acronym} ${e.ordinal}`,
    () => `${ordinalDigits(e.ordinal)} ${s.acronym}`,
    () => `${s.acronym}${e.ordinal}`,
    () => `the ${e.ordinal < 100 ? ordinalWords(e.ordinal) : ordinalDigits(e.ordinal)} ${s.reference}`,
    () => ordinalDigits(e.ordinal),
    () => s.reference,
  ])();
}

function courseQueries(corpus: GeneratedCorpus, random: Random, total: number): string[] {
  return Array.from({ length: total }, (_, i) => {
    const e = random.pick(corpus.editions);
    switch (kindAt(i, total)) {
      case "hit":
        return courseHit(e, random);
      case "typo":
        return typoInPhrase(`${ordinalDigits(e.ordinal)} ${e.series.reference}`, random);
      case "prefix":
        return random.pick([e.series.acronym.slice(0, 2), e.series.reference.slice(0, random.int(3, 8)), `${ordinalDigits(e.ordinal)} ${e.series.acronym.slice(0, 1)}`]);
      default:
        return random.pick([`${random.int(900, 999)}th ${e.series.reference}`, `${missWord(random)} seminar`, `${ordinalDigits(random.int(1, 30))} ${missWord(random).toUpperCase()}`]);
    }
  });
}

/** Names no corpus contains: made-up states, and made-up words. */
const FICTIONAL_COUNTRIES = ["Atlantis", "Wakanda", "Freedonia", "Genovia", "Latveria", "Ruritania", "Elbonia", "Zubrowka"];

function countryQueries(corpus: GeneratedCorpus, random: Random, total: number): string[] {
  return Array.from({ length: total }, (_, i) => {
    const name = random.pick(corpus.countryNames);
    switch (kindAt(i, total)) {
      case "hit":
        return random.chance(0.3) ? name.toLowerCase() : name;
      case "typo":
        return typoInPhrase(name, random);
      case "prefix":
        return name.slice(0, random.int(2, Math.max(2, Math.min(6, name.length - 1))));
      default:
        return random.chance(0.5) ? random.pick(FICTIONAL_COUNTRIES) : capitalise(missWord(random));
    }
  });
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The words of a theme that carry meaning (not "of", "the", …). */
function themeWords(theme: string): string[] {
  return theme.split(" ").filter((w) => w.length > 3 && !STOP_WORDS.includes(w.toLowerCase()));
}

function themeQueries(corpus: GeneratedCorpus, random: Random, total: number): string[] {
  return Array.from({ length: total }, (_, i) => {
    const theme = random.pick(corpus.editions).theme;
    const words = themeWords(theme);
    const some = random.sample(words, random.int(1, Math.min(3, words.length))).join(" ") || theme;
    switch (kindAt(i, total)) {
      case "hit":
        return random.chance(0.3) ? theme : some;
      case "typo":
        return typoInPhrase(some, random);
      case "prefix":
        return some.slice(0, random.int(3, Math.max(3, some.length - 1)));
      default:
        return `${missWord(random)} ${missWord(random)}`;
    }
  });
}

function completePartials(corpus: GeneratedCorpus, random: Random, perField: number): QueryMix["autocomplete"] {
  const partials: QueryMix["autocomplete"] = [];
  for (let i = 0; i < perField; i++) {
    const kind = kindAt(i, perField);
    const e = random.pick(corpus.editions);
    const country = random.pick(corpus.countryNames);
    const themeWord = random.pick(themeWords(e.theme).length ? themeWords(e.theme) : [e.theme]);
    // Autocomplete sees what is typed so far: mostly prefixes, an empty box, whole values, typos.
    const cut = (text: string): string => (kind === "hit" ? text.slice(0, random.int(0, text.length)) : text);
    const course = kind === "miss" ? missWord(random) : kind === "typo" ? typoInPhrase(`${e.series.reference} ${e.ordinal}`, random) : cut(courseHit(e, random));
    partials.push(
      { field: "course", partial: course },
      { field: "country", partial: kind === "miss" ? missWord(random) : kind === "typo" ? typoInPhrase(country, random) : cut(country) },
      { field: "theme", partial: kind === "miss" ? missWord(random) : kind === "typo" ? typo(themeWord, random) : cut(themeWord) },
    );
  }
  return partials;
}

/** Lower-case words of 4+ letters: the words a question could be formed from. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP_WORDS.includes(w));
}

const QUESTION_FRAMES = [
  (w: string) => `what did Japan do about ${w}?`,
  (w: string) => `${w}`,
  (w: string) => `tell me about ${w}`,
  (w: string) => `how is ${w} supported`,
  (w: string) => `which programmes address ${w} in the region`,
];

/**
 * Labelled questions: a random paragraph, two of its rarest words that still occur in at least one
 * other passage (so the question is not a unique key) and one of its other words, a typo in the rarest
 * half the time, wrapped in the stop words of a question.
 */
export function labelledQuestions(documents: readonly KnowledgeDocument[], random: Random, count: number): LabelledQuestion[] {
  const frequency = new Map<string, number>();
  const paragraphs = documents.flatMap((d) => d.passages.filter((p) => p.kind === "paragraph"));
  for (const passage of paragraphs) {
    for (const word of new Set(contentWords(passage.text))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const questions: LabelledQuestion[] = [];
  for (let attempt = 0; questions.length < count && attempt < count * 10; attempt++) {
    const passage = random.pick(paragraphs);
    const ranked = [...new Set(contentWords(passage.text))]
      .filter((w) => (frequency.get(w) ?? 0) >= 2)
      .sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    if (ranked.length < 3) continue;
    const words = [ranked[0]!, ranked[1]!, random.pick(ranked.slice(2))];
    if (random.chance(0.5)) words[0] = typo(words[0]!, random);
    questions.push({ question: random.pick(QUESTION_FRAMES)(random.sample(words, 3).join(" ")), passageId: passage.id });
  }
  return questions;
}

function unlabelledAsk(corpus: GeneratedCorpus, random: Random, count: number): string[] {
  return Array.from({ length: count }, () => {
    const e = random.pick(corpus.editions);
    return random.pick([
      () => `which countries took part in the ${e.ordinalText} ${e.series.reference}?`,
      () => `when was the ${e.series.reference} held in ${e.year}`,
      () => `how many participants attended the ${e.series.acronym} ${e.ordinal}`,
      () => `what was the theme of the ${ordinalDigits(e.ordinal)} ${e.series.reference}`,
      () => `${random.pick(corpus.countryNames)} training ${random.pick(themeWords(e.theme).length ? themeWords(e.theme) : ["courses"])}`,
      () => `${missWord(random)} ${missWord(random)} weather tomorrow`,
    ])();
  });
}

export function buildQueryMix(corpus: GeneratedCorpus, documents: readonly KnowledgeDocument[], options: QueryMixOptions): QueryMix {
  // One PRNG per part, so that changing one part's size does not reshuffle the others.
  const part = (n: number): Random => createRandom(options.seed * 31 + n);
  const labelled = labelledQuestions(documents, part(1), options.labelled);
  return {
    course: courseQueries(corpus, part(2), options.perCommand),
    country: countryQueries(corpus, part(3), options.perCommand),
    theme: themeQueries(corpus, part(4), options.perCommand),
    ask: [...labelled.map((q) => q.question), ...unlabelledAsk(corpus, part(5), Math.max(0, options.perCommand - labelled.length))],
    autocomplete: completePartials(corpus, part(6), Math.ceil(options.perCommand / 3)),
    labelled,
  };
}
