// Builds the passage index (passages, and the catalogue entities whose statistics it counts, see
// build.ts) in bulk instead of through MiniSearch.add. `add` walks the radix tree and two Maps for every
// token occurrence (~10M at 100k passages) and was most of the build; here each entry's terms are
// counted in plain arrays (documents arrive in id order, so a repeated term only bumps the last count),
// and MiniSearch receives the finished postings through loadJS, one Map entry per (term, field, entry).
// The result is the index `add` would have built: same short ids, field lengths (distinct tokens per
// field), running averages and terms in first-seen order.
import MiniSearch from "minisearch";
import type { Options } from "minisearch";
import type { IndexedEntry } from "./options.js";

/** Per field of one term: entry short ids (ascending) and the term's count in each. */
interface FieldPostings {
  ids: number[];
  counts: number[];
}

/** One term of the index: its postings per field id, and how many counted entries hold it. */
interface TermRecord {
  term: string;
  byField: Array<FieldPostings | undefined>;
  counted: number;
  lastCounted: number;
}

type Serialised = Parameters<typeof MiniSearch.loadJS>[0];

export interface PostingsBuilder {
  /** Adds one entry; `counted`: it counts towards the document frequencies. */
  add(entry: IndexedEntry, counted: boolean): void;
  /** [term, counted entries holding it], for the terms that any counted entry holds. */
  documentFrequencies(): Map<string, number>;
  /** The MiniSearch built from every entry added, with `options` (those it is searched with). Once:
   *  the builder's postings are handed over. */
  done(options: Options<IndexedEntry>): MiniSearch<IndexedEntry>;
  doneAsync(options: Options<IndexedEntry>): Promise<MiniSearch<IndexedEntry>>;
}

/** `processTerm` runs once per distinct token of the build, not once per occurrence (100k passages
 *  are ~10M tokens over ~100k distinct ones): a token's memo holds the records of its terms, so an
 *  occurrence costs one Map lookup. The memo lives and dies with the builder. */
export function postingsBuilder(
  fields: readonly (keyof IndexedEntry)[],
  tokenize: (text: string) => string[],
  processTerm: (token: string) => string[] | null,
): PostingsBuilder {
  /** Terms in first-seen order (the order MiniSearch.add would have inserted them). */
  const index: TermRecord[] = [];
  const records = new Map<string, TermRecord>();
  const memo = new Map<string, TermRecord[]>();
  const recordsOf = (token: string): TermRecord[] => {
    let known = memo.get(token);
    if (known) return known;
    known = (processTerm(token) ?? []).map((term) => {
      let record = records.get(term);
      if (!record) {
        record = { term, byField: [], counted: 0, lastCounted: -1 };
        records.set(term, record);
        index.push(record);
      }
      return record;
    });
    memo.set(token, known);
    return known;
  };
  const documentIds: Record<number, string> = {};
  const fieldLength: Record<number, number[]> = {};
  const averageFieldLength: number[] = [];
  let count = 0;

  const serialised = (): Serialised => {
    // Only adding needs the lookups; their memory goes before MiniSearch's Maps are built.
    memo.clear();
    records.clear();
    return serialisedIndex();
  };
  const serialisedIndex = (): Serialised => ({
    documentCount: count,
    nextId: count,
    documentIds,
    fieldIds: Object.fromEntries(fields.map((field, fieldId) => [field, fieldId])),
    fieldLength,
    averageFieldLength,
    // Nothing is stored with an entry (MINISEARCH_OPTIONS.storeFields): an entity's kind is in its id.
    storedFields: {},
    dirtCount: 0,
    index: (function* () {
      for (const record of index) {
        const data: Record<number, Record<number, number>> = {};
        for (const [fieldId, postings] of record.byField.entries()) {
          if (!postings) continue;
          const freqs: Record<number, number> = {};
          for (let i = 0; i < postings.ids.length; i++) freqs[postings.ids[i]!] = postings.counts[i]!;
          data[fieldId] = freqs;
        }
        // Handed over: the arrays go as MiniSearch's Maps arrive, not all at the end (peak memory).
        record.byField = [];
        yield [record.term, data];
      }
    })() as unknown as Serialised["index"],
    serializationVersion: 2,
  });

  return {
    add(entry, counted) {
      const id = count;
      documentIds[id] = entry.id;
      const lengths: number[] = [];
      fieldLength[id] = lengths;
      for (const [fieldId, field] of fields.entries()) {
        const tokens = tokenize(String(entry[field]));
        const length = new Set(tokens).size;
        lengths[fieldId] = length;
        // MiniSearch's running average, computed the same way so scores match to the last bit.
        averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * id + length) / (id + 1);
        for (const token of tokens) {
          for (const record of recordsOf(token)) {
            if (counted && record.lastCounted !== id) {
              record.lastCounted = id;
              record.counted += 1;
            }
            let postings = record.byField[fieldId];
            if (!postings) record.byField[fieldId] = postings = { ids: [], counts: [] };
            const last = postings.ids.length - 1;
            if (postings.ids[last] === id) postings.counts[last]! += 1;
            else {
              postings.ids.push(id);
              postings.counts.push(1);
            }
          }
        }
      }
      count += 1;
    },
    documentFrequencies: () => new Map(index.filter((record) => record.counted).map((record) => [record.term, record.counted])),
    done: (options) => MiniSearch.loadJS<IndexedEntry>(serialised(), options),
    doneAsync: (options) => MiniSearch.loadJSAsync<IndexedEntry>(serialised(), options),
  };
}
