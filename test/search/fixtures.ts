// Passage indexes for the search tests, built from inline entries exactly as build.ts builds the real one.
import { MINISEARCH_OPTIONS, processTerm, type IndexedEntry } from "../../src/search/options.js";
import { passageIndex, type PassageIndex } from "../../src/search/passage-index.js";
import type { TermStats } from "../../src/search/plan.js";
import { postingsBuilder } from "../../src/search/postings.js";

export const passage = (id: string, text: string, fields: Partial<IndexedEntry> = {}): IndexedEntry => ({ id, kind: "passage", names: "", theme: "", headings: "", title: "", text, ...fields });

/** The passage index of `entries` (passages, and entities counted in its statistics only), and its
 *  term statistics. */
export function indexOf(entries: readonly IndexedEntry[]): PassageIndex & { stats: TermStats & { df: ReadonlyMap<string, number> } } {
  const builder = postingsBuilder(MINISEARCH_OPTIONS.fields, MINISEARCH_OPTIONS.tokenize, processTerm);
  for (const entry of entries) builder.add(entry, entry.kind === "passage");
  const stats = { passages: entries.filter((entry) => entry.kind === "passage").length, df: builder.documentFrequencies() };
  return { ...passageIndex(builder.done(MINISEARCH_OPTIONS).minisearch), stats };
}
