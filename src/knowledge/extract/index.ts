// The programme catalogue, extracted from the documents: nothing about any programme is hand-entered.
// Two passes: the first collects the series acronyms the documents define ("GG" from "(GG Seminar)")
// so that the second can recognise editions written "GG8", and the names in use, so that it can tell
// a series name from an unquoted theme after it; then every document's records are merged.
import type { Catalogue, KnowledgeDocument } from "../types.js";
import { collectAcronyms, extractDocument } from "./document.js";
import { mergeRecords } from "./merge.js";
import { collectNamesInUse } from "./names-in-use.js";
import { splitOnce } from "./passage-sentences.js";

const EMPTY: Catalogue = Object.freeze({ series: [], editions: [], countries: [], regions: [] }) as Catalogue;

/**
 * Series, editions, country and region mentions stated in `documents`. Deterministic for a given set
 * of documents (they are taken in slug order), and total: odd text yields fewer facts, never a throw.
 */
export function extractCatalogue(documents: KnowledgeDocument[]): Catalogue {
  if (!Array.isArray(documents)) return { ...EMPTY, series: [], editions: [], countries: [], regions: [] };
  const ordered = documents
    .filter((document) => document && typeof document.slug === "string" && Array.isArray(document.passages))
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const sentencesOf = splitOnce(ordered);
  const acronyms = collectAcronyms(ordered, sentencesOf);
  const names = collectNamesInUse(ordered, acronyms, sentencesOf);
  return mergeRecords(ordered.map((document) => extractDocument(document, acronyms, names, sentencesOf)));
}
