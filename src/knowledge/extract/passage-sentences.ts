// The sentences of a passage, as the extractors read them. Extraction reads every passage in three
// passes (acronyms, names in use, records), and the first two read the same things the last one needs:
// each passage is split once, and what a sentence defines or numbers is read once, on first use, and
// kept with the sentence for the passes after it.
import { splitSentences } from "../sentences.js";
import { parseOrdinal } from "../ordinals.js";
import type { KnowledgeDocument, Passage } from "../types.js";
import { bracketedProgrammes, findDefiniteSeries } from "./definite-series.js";
import type { EditionMention } from "./editions.js";
import { appositiveShortName, attachCalledNames, findSeriesDefinitions, statesRecurrence, type SeriesDefinition } from "./series.js";

export type EditionFinder = (sentence: string) => EditionMention[];

/** A sentence with what has been read in it so far. */
export interface ReadSentence {
  readonly text: string;
  /** Offsets of the sentence in `Passage.text`, half-open. */
  readonly start: number;
  readonly end: number;
  /** See `definitionsIn`. */
  definitions?: readonly SeriesDefinition[];
  /** See `editionsIn`; `acronyms` are the ones they were found with. */
  editions?: { acronyms: ReadonlySet<string>; mentions: readonly EditionMention[] };
}

/** A passage's sentences, in order. */
export type SentencesOf = (passage: Passage) => readonly ReadSentence[];

// The labels of an edition's facts, as record pages set them before their value.
const FIELD_LABEL = /^(?:(?:(?:main|overall)\s+)?(?:themes?|topics?|subjects?)|dates?|period|duration|venues?|places?|locations?|participants?|participating\s+countries|countries|organi[sz]ers?|co-?hosts?|co-?organi[sz]ers?|hosts?|format|mode)$/iu;
// "Theme | Protection of Witnesses …" (a two-column table row) and "Theme. “Measures to …”." (a bold
// run-in label the Markdown left as a sentence of its own): a label, then its value.
const RUN_IN_LABEL = /^([\p{L}-]+(?:\s+[\p{L}-]+){0,2})(\s\|\s|\.\s)(?=\S)/u;

/**
 * The passage's text with a label set off by " | " or by a full stop written as "Label: value", so it
 * is read as the labelled line it is. The text keeps its length: offsets stay the passage's.
 */
export function asLabelledLine(text: string): string {
  const label = RUN_IN_LABEL.exec(text);
  if (!label || !FIELD_LABEL.test(label[1]!)) return text;
  // A row of more than two cells is a table's, read by tables.ts.
  if (label[2] === " | " && text.indexOf(" | ", label[0].length) >= 0) return text;
  // "Theme. Ten years had passed since … . This time the main theme was …": a run-in label over prose
  // is a heading; only a quoted value or a single phrase is the label's value.
  const value = text.slice(label[0].length);
  if (label[2] === ". " && !/^["“‘']/u.test(value) && /[.!?]\s+\S/u.test(value)) return text;
  const colon = label[2] === " | " ? ":  " : ": ";
  return label[1]! + colon + text.slice(label[0].length);
}

/** Splits the passage every time it is asked, and keeps nothing: for one-off calls. */
export const splitEachTime: SentencesOf = (passage) => {
  const text = asLabelledLine(passage.text);
  return splitSentences(text).map((sentence) => ({ text: sentence.text, start: sentence.start, end: sentence.end }));
};

/** Splits every passage of `documents` now, once; a passage from elsewhere is split when asked. */
export function splitOnce(documents: readonly KnowledgeDocument[]): SentencesOf {
  const split = new Map<Passage, readonly ReadSentence[]>();
  for (const document of documents) for (const passage of document.passages) split.set(passage, splitEachTime(passage));
  return (passage) => split.get(passage) ?? splitEachTime(passage);
}

/** The series a sentence defines, described or names with "the" (definite series last). Do not modify. */
export function definitionsIn(sentence: ReadSentence): readonly SeriesDefinition[] {
  if (!sentence.definitions) {
    const recurring = statesRecurrence(sentence.text);
    const definitions = findSeriesDefinitions(sentence.text, recurring);
    definitions.push(...findDefiniteSeries(sentence.text, definitions, recurring));
    // "the anti-corruption criminal justice training (UNCAC Training Programme), which Japan has held every year since 1998".
    if (recurring) definitions.push(...bracketedProgrammes(sentence.text, definitions));
    definitions.sort((a, b) => a.start - b.start);
    // "Southeast Asia THE SEVENTEENTH REGIONAL SEMINAR ON …": a series' name holds no ordinal; what
    // comes before one names an edition (or a region above it), not the series.
    for (const definition of definitions) {
      const words = definition.name.split(/\s+/u);
      const at = words.findLastIndex((word) => parseOrdinal(word.replace(/[^\p{L}\p{N}-]+/gu, "")) !== undefined);
      if (at >= 0) definition.name = words.slice(at + 1).join(" ").replace(/^(?:the|of)\s+/iu, "");
    }
    definitions.splice(0, definitions.length, ...definitions.filter((definition) => definition.name.trim() !== "" && /\p{L}/u.test(definition.name)));
    // "… for Southeast Asian Countries – the “GG Seminar” – once every year": a short name in apposition.
    for (const definition of definitions) {
      const short = definition.abbreviation ? undefined : appositiveShortName(sentence.text.slice(definition.end));
      if (short) definition.abbreviation = short;
    }
    attachCalledNames(sentence.text, definitions);
    sentence.definitions = definitions;
  }
  return sentence.definitions;
}

/**
 * The editions in a sentence, found by `finder`, which was made for `acronyms` (and the set is not
 * changed after: the mentions are kept for that set object). Do not modify.
 */
export function editionsIn(sentence: ReadSentence, acronyms: ReadonlySet<string>, finder: EditionFinder): readonly EditionMention[] {
  if (sentence.editions?.acronyms !== acronyms) sentence.editions = { acronyms, mentions: finder(sentence.text) };
  return sentence.editions.mentions;
}
