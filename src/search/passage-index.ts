// The passage index: a MiniSearch over passages, plus what a query plan needs to read of it without a
// search — which terms it holds (completions, typo neighbours) and a term's count in one passage —
// and MiniSearch's BM25, so that a common word can be scored on the passages a search reached by
// looking it up there, instead of walking its tens of thousands of postings (plan.ts, execute.ts).
import MiniSearch from "minisearch";
import type { SearchOptions } from "minisearch";
import { SEARCH_OPTIONS, type IndexedEntry, type IndexedField } from "./options.js";
import { TermPostingLists } from "./packed.js";
import type { TermCounts } from "./plan.js";

/** Per field id, per passage short id, the term's count (MiniSearch's own postings of one term). */
export type TermPostings = ReadonlyMap<number, ReadonlyMap<number, number>>;

export interface PassageIndex {
  /** The MiniSearch itself, for searches. */
  readonly minisearch: MiniSearch<IndexedEntry>;
  /** How many passages hold each term in any field (packed.ts keeps the count with its postings). */
  readonly df: TermCounts;
  /** The postings of an index term; undefined when no passage holds it. */
  postings(term: string): TermPostings | undefined;
  /** Index terms that start with `word` and are longer, in tree order. */
  completions(word: string): Iterable<string>;
  /** Index terms within `maxDistance` edits of `word` (itself excluded), with their distance. */
  neighbours(word: string, maxDistance: number): Iterable<[string, number]>;
  /** A passage's short id (the key of its postings). */
  shortId(passageId: string): number | undefined;
  /** Field id of each field. */
  readonly fieldIds: Readonly<Record<IndexedField, number>>;
  /** BM25's inverse document frequency for a term that `holding` passages hold (in MiniSearch, those
   *  whose field holds it). */
  idf(holding: number): number;
  /** BM25's term-frequency part for `count` occurrences in one field of one passage: MiniSearch
   *  scores a term there as boost × idf × this, which never reaches d + k + 1. */
  frequencyPart(count: number, fieldId: number, shortId: number): number;
}

/** Gives typed access to MiniSearch's protected members, which its declarations keep for subclasses.
 *  The passage index is made by loadJS, which returns a plain MiniSearch: no instance of this class
 *  ever exists, it only lets the compiler check every member read below against MiniSearch's own. */
class Internals extends MiniSearch<IndexedEntry> {
  static read(index: MiniSearch<IndexedEntry>) {
    const inside = index as Internals;
    return { tree: inside._index, shortIds: inside._idToShortId, fieldIds: inside._fieldIds, fieldLength: inside._fieldLength, averageFieldLength: inside._avgFieldLength, documentCount: inside._documentCount };
  }
}

/** BM25 parameters: MiniSearch's defaults, set explicitly (SEARCH_OPTIONS.bm25) so both agree. */
const { k, b, d } = SEARCH_OPTIONS.bm25 satisfies Required<SearchOptions>["bm25"];

export function passageIndex(minisearch: MiniSearch<IndexedEntry>): PassageIndex {
  const { tree, shortIds, fieldIds, fieldLength, averageFieldLength, documentCount } = Internals.read(minisearch);
  const held = (term: string): number | undefined => {
    const lists = tree.get(term) as unknown;
    return lists instanceof TermPostingLists && lists.df > 0 ? lists.df : undefined;
  };
  return {
    minisearch,
    df: { get: held, has: (term) => held(term) !== undefined },
    postings: (term) => tree.get(term),
    *completions(word) {
      for (const term of tree.atPrefix(word).keys()) if (term.length > word.length) yield term;
    },
    *neighbours(word, maxDistance) {
      for (const [term, [, distance]] of tree.fuzzyGet(word, maxDistance)) if (distance > 0) yield [term, distance];
    },
    shortId: (passageId) => shortIds.get(passageId),
    fieldIds: fieldIds as Record<IndexedField, number>,
    // MiniSearch's calcBM25Score, in its two parts.
    idf: (holding) => Math.log(1 + (documentCount - holding + 0.5) / (holding + 0.5)),
    frequencyPart(count, fieldId, shortId) {
      const length = fieldLength.get(shortId)![fieldId]!;
      return d + (count * (k + 1)) / (count + k * (1 - b + (b * length) / averageFieldLength[fieldId]!));
    },
  };
}
