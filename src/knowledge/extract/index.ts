// The programme catalogue, extracted from the documents: nothing about any programme is hand-entered.
// Two passes: the first collects the series acronyms the documents define ("GG" from "(GG Seminar)")
// so that the second can recognise editions written "GG8", and the names in use, so that it can tell
// a series name from an unquoted theme after it; then every document's records are merged.
import type { Catalogue, KnowledgeDocument } from "../types.js";
import { collectAcronyms, extractDocument } from "./document.js";
import { mergeRecords } from "./merge.js";
import type { DocumentRecords } from "./records.js";
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

/**
 * Each document's own catalogue, read as `extractCatalogue` reads it among all of `documents` (the
 * acronyms and names in use are the whole set's, and the other documents' series names take part in
 * telling which names are one series: "GG16" in one page and "(GG Seminar)" defined in another), but
 * with only that document's editions and facts: what the bot states from it when an operator loads
 * them together. Keyed by slug.
 */
export function extractEachInCompany(documents: KnowledgeDocument[]): Map<string, Catalogue> {
  const ordered = documents.filter((document) => document && typeof document.slug === "string" && Array.isArray(document.passages));
  const sentencesOf = splitOnce(ordered);
  const acronyms = collectAcronyms(ordered, sentencesOf);
  const names = collectNamesInUse(ordered, acronyms, sentencesOf);
  const records = ordered.map((document) => extractDocument(document, acronyms, names, sentencesOf));
  // The others' series by their names alone: no facts of theirs reach this document's catalogue.
  const namesOnly = records.map((record): DocumentRecords => ({ series: record.series.map((one) => ({ names: one.names, evidence: [], weak: one.weak })), editions: [], countries: [], regions: [] }));
  return new Map(ordered.map((document, i) => {
    const merged = mergeRecords([records[i]!, ...namesOnly.filter((_, j) => j !== i)]);
    const own = new Set(merged.editions.map((edition) => edition.seriesId));
    return [document.slug, { ...merged, series: merged.series.filter((one) => own.has(one.id) || one.evidence.length > 0) }];
  }));
}
