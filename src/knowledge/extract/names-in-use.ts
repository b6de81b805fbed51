// How the documents, all together, name their series: which names are defined, and which numbers
// each way of naming an edition comes with. It tells a series name from a theme written straight after
// it without quotes: in "the 170th International Training Course on Treatment of Offenders",
// "International Training Course" is a series (other editions are named so) and "Treatment of
// Offenders" is what this one edition was about.
import { findCountryNames } from "../countries.js";
import type { KnowledgeDocument } from "../types.js";
import { editionMentionFinder } from "./editions.js";
import { definitionsIn, editionsIn, splitEachTime, type SentencesOf } from "./passage-sentences.js";
import { findRegions } from "./regions.js";
import { GENERIC_WORDS, headNoun } from "./series.js";
import { nameKey, nameWords } from "./text.js";

export interface NamesInUse {
  /** Keys (see `nameKey`) of names that definitions give, abbreviations included. */
  defined: ReadonlySet<string>;
  /** Signatures (see `nameSignature`) of the names that definitions give. */
  definedSignatures: ReadonlySet<string>;
  /** Key of each way an edition mention names its series → the numbers it comes with. */
  editions: ReadonlyMap<string, ReadonlySet<number>>;
}

export const NO_NAMES: NamesInUse = Object.freeze({ defined: new Set<string>(), definedSignatures: new Set<string>(), editions: new Map<string, Set<number>>() });

/**
 * A name's distinctive words, in order of the alphabet, and its head noun: "seminar on criminal justice
 * for French-speaking African countries" and "criminal justice seminar for French-speaking African
 * countries" have one signature. Undefined below two distinctive words, which tell too little apart.
 */
export function nameSignature(name: string): string | undefined {
  const words = nameWords(name);
  const head = words.map(headNoun).filter(Boolean).pop();
  const distinctive = [...new Set(words.filter((word) => !GENERIC_WORDS.has(word) && word.length > 1 && headNoun(word) === undefined))].sort();
  return head && distinctive.length >= 2 ? `${distinctive.join(" ")}|${head}` : undefined;
}

/** Every defined series name and every edition naming in these documents. */
export function collectNamesInUse(documents: readonly KnowledgeDocument[], acronyms: ReadonlySet<string>, sentencesOf: SentencesOf = splitEachTime): NamesInUse {
  const defined = new Set<string>();
  const definedSignatures = new Set<string>();
  const editions = new Map<string, Set<number>>();
  const findEditions = editionMentionFinder(acronyms);
  for (const document of documents) {
    for (const passage of document.passages) {
      for (const sentence of sentencesOf(passage)) {
        for (const definition of definitionsIn(sentence)) {
          defined.add(nameKey(definition.name));
          const signature = nameSignature(definition.name);
          if (signature) definedSignatures.add(signature);
          if (definition.abbreviation) defined.add(nameKey(definition.abbreviation));
        }
        for (const mention of editionsIn(sentence, acronyms, findEditions)) {
          const key = nameKey(mention.seriesPhrase);
          editions.set(key, (editions.get(key) ?? new Set()).add(mention.ordinal));
        }
      }
    }
  }
  return { defined, definedSignatures, editions };
}

export interface TopicSplit {
  /** The series' name: the phrase up to its head noun ("International Training Course"). */
  series: string;
  /** What follows "on": "Treatment of Offenders". */
  topic: string;
}

/**
 * Split "International Training Course on Treatment of Offenders" into a series and a topic when the
 * documents use the shorter name on its own (defined, or naming editions) while the longer one is
 * neither defined nor shared by two editions. A name that names its audience ("… on Good Governance
 * for Southeast Asian Countries") is a series' own name and stays whole.
 */
export function splitTopic(phrase: string, names: NamesInUse): TopicSplit | undefined {
  const key = nameKey(phrase);
  if (names.defined.has(key) || (names.editions.get(key)?.size ?? 0) > 1) return undefined;
  const words = phrase.split(/\s+/);
  for (let i = words.length - 2; i >= 1; i--) {
    if (words[i] !== "on" || headNoun(words[i - 1]!) === undefined) continue;
    const series = words.slice(0, i).join(" ");
    const topic = words.slice(i + 1).join(" ");
    const seriesKey = nameKey(series);
    if (!names.defined.has(seriesKey) && !names.editions.has(seriesKey)) continue;
    // "Fifth Training Course on Corruption Control": a head noun and one word name no series of their own
    // that the topic could be taken off ("International Training Course on Treatment of Offenders" does).
    if (i < 3) continue;
    if (findRegions(topic).length > 0 || findCountryNames(topic).length > 0) return undefined;
    return { series, topic };
  }
  return undefined;
}
