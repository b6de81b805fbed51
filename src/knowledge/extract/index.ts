// The programme catalogue, extracted from the documents: nothing about any programme is hand-entered.
// Two passes: the first collects the series acronyms the documents define ("GG" from "(GG Seminar)")
// so that the second can recognise editions written "GG8", and the names in use, so that it can tell
// a series name from an unquoted theme after it; then every document's records are merged.
// Each pass reads one document at a time and what it finds is combined in document order, so the
// documents can also be read in shares (readShare), one per worker thread, and the shares' findings
// combined here in the same order: the catalogue is the same either way (src/snapshot/extract-pool.ts).
import type { Catalogue, KnowledgeDocument } from "../types.js";
import { collectAcronyms, extractDocument } from "./document.js";
import { mergeRecords } from "./merge.js";
import { collectNamesInUse, type NamesInUse } from "./names-in-use.js";
import { splitOnce } from "./passage-sentences.js";
import type { DocumentRecords } from "./records.js";

export { mergeRecords } from "./merge.js";
export type { NamesInUse } from "./names-in-use.js";
export type { DocumentRecords } from "./records.js";

const EMPTY: Catalogue = Object.freeze({ series: [], editions: [], countries: [], regions: [] }) as Catalogue;

/** The documents extraction reads, in the order it reads them: well-formed ones, by slug. */
export function orderDocuments(documents: readonly KnowledgeDocument[]): KnowledgeDocument[] {
  return documents
    .filter((document) => document && typeof document.slug === "string" && Array.isArray(document.passages))
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * Series, editions, country and region mentions stated in `documents`. Deterministic for a given set
 * of documents (they are taken in slug order), and total: odd text yields fewer facts, never a throw.
 */
export function extractCatalogue(documents: KnowledgeDocument[]): Catalogue {
  if (!Array.isArray(documents)) return { ...EMPTY, series: [], editions: [], countries: [], regions: [] };
  return mergeRecords(readRecords(orderDocuments(documents)));
}

/** Each of the ordered documents' records, read with the acronyms and names in use all of them define. */
function readRecords(ordered: readonly KnowledgeDocument[]): DocumentRecords[] {
  const sentencesOf = splitOnce(ordered);
  const acronyms = collectAcronyms(ordered, sentencesOf);
  const names = collectNamesInUse(ordered, acronyms, sentencesOf);
  return ordered.map((document) => extractDocument(document, acronyms, names, sentencesOf));
}

/** One share of the ordered documents, read pass by pass (each pass after the one before it). */
export interface ShareReader {
  /** The acronyms this share's documents define, in the order they are first defined. */
  acronyms(): Set<string>;
  /** The names this share's documents use, read with every share's acronyms (mergeAcronyms). */
  namesInUse(acronyms: ReadonlySet<string>): NamesInUse;
  /** Each document's records, in order, read with every share's names (mergeNamesInUse). */
  records(names: NamesInUse): DocumentRecords[];
}

/** A reader of `documents`, a run of the ordered documents; its sentences are split once, for all passes. */
export function readShare(documents: readonly KnowledgeDocument[]): ShareReader {
  const sentencesOf = splitOnce(documents);
  // The set the names were read with: the sentences keep the editions found with it, for the records.
  let acronymsInUse: ReadonlySet<string> = new Set();
  return {
    acronyms: () => collectAcronyms(documents, sentencesOf),
    namesInUse(acronyms) {
      acronymsInUse = acronyms;
      return collectNamesInUse(documents, acronyms, sentencesOf);
    },
    records: (names) => documents.map((document) => extractDocument(document, acronymsInUse, names, sentencesOf)),
  };
}

/** The shares' acronyms as one set, in the order one pass over all the documents would find them. */
export function mergeAcronyms(shares: readonly ReadonlySet<string>[]): Set<string> {
  const acronyms = new Set<string>();
  for (const share of shares) for (const acronym of share) acronyms.add(acronym);
  return acronyms;
}

/** The shares' names in use as one, in the order one pass over all the documents would find them. */
export function mergeNamesInUse(shares: readonly NamesInUse[]): NamesInUse {
  const defined = new Set<string>();
  const definedSignatures = new Set<string>();
  const editions = new Map<string, Set<number>>();
  for (const share of shares) {
    for (const key of share.defined) defined.add(key);
    for (const signature of share.definedSignatures) definedSignatures.add(signature);
    for (const [key, ordinals] of share.editions) {
      const known = editions.get(key) ?? new Set<number>();
      for (const ordinal of ordinals) known.add(ordinal);
      editions.set(key, known);
    }
  }
  return { defined, definedSignatures, editions };
}

/**
 * Each document's own catalogue, read as `extractCatalogue` reads it among all of `documents` (the
 * acronyms and names in use are the whole set's, and the other documents' series names take part in
 * telling which names are one series: "GG16" in one page and "(GG Seminar)" defined in another), but
 * with only that document's editions and facts: what the bot states from it when an operator loads
 * them together. Keyed by slug.
 */
export function extractEachInCompany(documents: KnowledgeDocument[]): Map<string, Catalogue> {
  const ordered = orderDocuments(documents);
  const records = readRecords(ordered);
  // The others' series by their names alone: no facts of theirs reach this document's catalogue.
  const namesOnly = records.map((record): DocumentRecords => ({ series: record.series.map((one) => ({ names: one.names, evidence: [], weak: one.weak })), editions: [], countries: [], regions: [] }));
  return new Map(ordered.map((document, i) => {
    const merged = mergeRecords([records[i]!, ...namesOnly.filter((_, j) => j !== i)]);
    const own = new Set(merged.editions.map((edition) => edition.seriesId));
    return [document.slug, { ...merged, series: merged.series.filter((one) => own.has(one.id) || one.evidence.length > 0) }];
  }));
}
