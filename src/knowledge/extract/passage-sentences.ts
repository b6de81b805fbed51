// The sentences of a passage, as the extractors read them. Extraction reads every passage in three
// passes (acronyms, names in use, records): splitting each passage once and sharing the result spares
// the two other splits.
import { splitSentences } from "../sentences.js";
import type { KnowledgeDocument, Passage } from "../types.js";

/** A passage's sentences, in order. */
export type SentencesOf = (passage: Passage) => readonly string[];

/** Splits the passage every time it is asked: for one-off calls. */
export const splitEachTime: SentencesOf = (passage) => splitSentences(passage.text).map((sentence) => sentence.text);

/** Splits every passage of `documents` now, once; a passage from elsewhere is split when asked. */
export function splitOnce(documents: readonly KnowledgeDocument[]): SentencesOf {
  const split = new Map<Passage, readonly string[]>();
  for (const document of documents) for (const passage of document.passages) split.set(passage, splitEachTime(passage));
  return (passage) => split.get(passage) ?? splitEachTime(passage);
}
