// Builds the passage index (passages, and the catalogue entities whose statistics it counts, see
// build.ts) in bulk instead of through MiniSearch.add. `add` walks the radix tree and two Maps for every
// token occurrence (~10M at 100k passages) and was most of the build; here each entry's terms are
// counted in plain arrays (documents arrive in id order, so a repeated term only bumps the last count),
// and the finished postings are packed into shared typed arrays (packed.ts) that MiniSearch searches
// as its own Maps. The result searches as the index `add` would have built: same short ids, field
// lengths (distinct tokens per field), running averages and terms in first-seen order.
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type MiniSearch from "minisearch";
import type { Options } from "minisearch";
import type { IndexedEntry } from "./options.js";
import { packedMiniSearch, packedMiniSearchAsync, postingCounts, type PackedIndex, type PackedPostings } from "./packed.js";

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

export interface PostingsBuilder {
  /** Adds one entry; `counted`: it counts towards the document frequencies. */
  add(entry: IndexedEntry, counted: boolean): void;
  /** [term, counted entries holding it], for the terms that any counted entry holds. */
  documentFrequencies(): Map<string, number>;
  /** The index built from every entry added, packed (packed.ts), and the MiniSearch over it with
   *  `options` (those it is searched with). Once: the builder's postings are handed over. */
  done(options: Options<IndexedEntry>): PackedSearch;
  doneAsync(options: Options<IndexedEntry>, pause?: () => Promise<void>): Promise<PackedSearch>;
}

export interface PackedSearch {
  minisearch: MiniSearch<IndexedEntry>;
  packed: PackedIndex;
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
  const documentIds: string[] = [];
  const fieldLength: number[] = [];
  const averageFieldLength: number[] = [];
  let count = 0;

  /** Every record's lists copied into the shared arrays, each record's own dropped as it is copied. */
  const packed = (): PackedIndex => {
    // Only adding needs the lookups.
    memo.clear();
    records.clear();
    let lists = 0;
    let total = 0;
    let most = 0;
    for (const record of index) {
      for (const postings of record.byField) {
        if (!postings) continue;
        lists += 1;
        total += postings.ids.length;
        for (const count of postings.counts) if (count > most) most = count;
      }
    }
    const postings: PackedPostings = {
      terms: new Array<string>(index.length),
      termFields: new Uint8Array(index.length),
      df: new Uint32Array(index.length),
      fieldIds: new Uint8Array(lists),
      lengths: new Uint32Array(lists),
      ids: new Uint32Array(total),
      counts: postingCounts(total, most),
    };
    let list = 0;
    let at = 0;
    index.forEach((record, t) => {
      postings.terms[t] = record.term;
      postings.df[t] = record.counted;
      // forEach skips the fields that do not hold the term; the others come in field id order.
      record.byField.forEach((field, fieldId) => {
        if (!field) return;
        postings.fieldIds[list] = fieldId;
        postings.lengths[list] = field.ids.length;
        postings.ids.set(field.ids, at);
        postings.counts.set(field.counts, at);
        at += field.ids.length;
        list += 1;
        postings.termFields[t]! += 1;
      });
      record.byField = [];
    });
    index.length = 0;
    return { fields: [...fields], documentIds, fieldLength: Uint32Array.from(fieldLength), averageFieldLength, postings };
  };

  return {
    add(entry, counted) {
      const id = count;
      documentIds.push(entry.id);
      for (const [fieldId, field] of fields.entries()) {
        const tokens = tokenize(String(entry[field]));
        const length = new Set(tokens).size;
        fieldLength.push(length);
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
    done(options) {
      const built = packed();
      return { minisearch: packedMiniSearch(built, options), packed: built };
    },
    async doneAsync(options, pause = () => yieldToEventLoop()) {
      const built = packed();
      await pause();
      return { minisearch: await packedMiniSearchAsync(built, options, pause), packed: built };
    },
  };
}
