// The passage index's postings in a handful of typed arrays instead of one Map per (term, field):
// MiniSearch keeps each term's postings as Map<fieldId, Map<shortId, count>>, about 40 bytes and an
// object or two per posting, and rebuilding those Maps was most of a start from the cache (at 100k
// passages ~7 M postings: seconds of Map inserts and garbage collection, and most of the heap). Here
// every posting is two 32-bit numbers in two shared arrays, and MiniSearch's term tree holds, for
// each term, a small object that reads its lists from them. Those objects answer MiniSearch's own
// reads (get, size, keys, iteration; a list's ids ascend, so a look-up is a binary search, and the
// look-up that follows a walk over its keys is found at once), so MiniSearch searches them as its own
// Maps: same terms, same counts, same scores. The passage index is built once and never added to
// (MiniSearch's add, discard and vacuum would try to write into these read-only lists).
import MiniSearch from "minisearch";
import type { Options } from "minisearch";
import type { IndexedEntry } from "./options.js";

/** The postings of every term, list after list (a term's lists in field id order). */
export interface PackedPostings {
  /** Index terms, in the order their lists follow one another. */
  terms: string[];
  /** Per term: how many fields hold it (its lists). */
  termFields: Uint8Array;
  /** Per list: its field id. */
  fieldIds: Uint8Array;
  /** Per list: how many entries hold the term in that field. */
  lengths: Uint32Array;
  /** Per posting, list after list: the entry's short id (ascending within a list). */
  ids: Uint32Array;
  /** Per posting: the term's count in that field of that entry (in the narrowest type that holds the
   *  largest: almost every count is 1 or 2). */
  counts: PostingCounts;
  /** Per term: the counted entries (passages) that hold it in any field; 0 when only entities do. */
  df: Uint32Array;
}

export type PostingCounts = Uint8Array | Uint16Array | Uint32Array;

/** An array for `length` counts of at most `max`. */
export function postingCounts(length: number, max: number): PostingCounts {
  return max <= 0xff ? new Uint8Array(length) : max <= 0xffff ? new Uint16Array(length) : new Uint32Array(length);
}

const isPostingCounts = (value: unknown): value is PostingCounts => value instanceof Uint8Array || value instanceof Uint16Array || value instanceof Uint32Array;

/** The passage index as data: what the cache stores and the build worker hands over. */
export interface PackedIndex {
  /** Indexed fields, in field id order. */
  fields: string[];
  /** Entry ids by short id. */
  documentIds: string[];
  /** Per entry (by short id), per field: its length in distinct terms (row after row). */
  fieldLength: Uint32Array;
  /** Per field: the average of those lengths, as MiniSearch computes it. */
  averageFieldLength: number[];
  postings: PackedPostings;
}

/** Where each list starts in `ids` / `counts`. */
interface Store {
  fieldIds: Uint8Array;
  lengths: Uint32Array;
  starts: Uint32Array;
  ids: Uint32Array;
  counts: PostingCounts;
}

/** One term's postings in one field, read as MiniSearch reads a Map<shortId, count>. */
class FieldPostings implements ReadonlyMap<number, number> {
  /** Where the last look-up or walk was: MiniSearch walks the keys and looks each one up. */
  private hint: number;

  constructor(
    private readonly store: Store,
    private readonly start: number,
    readonly size: number,
  ) {
    this.hint = start;
  }

  private find(id: number): number {
    const { ids } = this.store;
    const end = this.start + this.size;
    const hint = this.hint;
    if (ids[hint] === id && hint < end) return hint;
    let low = this.start;
    let high = end - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = ids[middle]!;
      if (at === id) return (this.hint = middle);
      if (at < id) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  get(id: number): number | undefined {
    const at = this.find(id);
    return at < 0 ? undefined : this.store.counts[at];
  }

  has(id: number): boolean {
    return this.find(id) >= 0;
  }

  forEach(callback: (count: number, id: number, map: ReadonlyMap<number, number>) => void): void {
    const { ids, counts } = this.store;
    for (let i = this.start, end = this.start + this.size; i < end; i++) callback(counts[i]!, ids[i]!, this);
  }

  *keys(): MapIterator<number> {
    const { ids } = this.store;
    for (let i = this.start, end = this.start + this.size; i < end; i++) {
      this.hint = i;
      yield ids[i]!;
    }
  }

  *values(): MapIterator<number> {
    const { counts } = this.store;
    for (let i = this.start, end = this.start + this.size; i < end; i++) yield counts[i]!;
  }

  *entries(): MapIterator<[number, number]> {
    const { ids, counts } = this.store;
    for (let i = this.start, end = this.start + this.size; i < end; i++) yield [ids[i]!, counts[i]!];
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }
}

/** One term's lists, read as MiniSearch reads a Map<fieldId, Map<shortId, count>>. */
export class TermPostingLists implements ReadonlyMap<number, ReadonlyMap<number, number>> {
  constructor(
    private readonly store: Store,
    /** Its first list. */
    private readonly first: number,
    readonly size: number,
    /** Passages holding the term in any field. */
    readonly df: number,
  ) {}

  private list(at: number): FieldPostings {
    return new FieldPostings(this.store, this.store.starts[at]!, this.store.lengths[at]!);
  }

  get(fieldId: number): ReadonlyMap<number, number> | undefined {
    for (let at = this.first; at < this.first + this.size; at++) if (this.store.fieldIds[at] === fieldId) return this.list(at);
    return undefined;
  }

  has(fieldId: number): boolean {
    return this.get(fieldId) !== undefined;
  }

  forEach(callback: (postings: ReadonlyMap<number, number>, fieldId: number, map: ReadonlyMap<number, ReadonlyMap<number, number>>) => void): void {
    for (let at = this.first; at < this.first + this.size; at++) callback(this.list(at), this.store.fieldIds[at]!, this);
  }

  *keys(): MapIterator<number> {
    for (let at = this.first; at < this.first + this.size; at++) yield this.store.fieldIds[at]!;
  }

  *values(): MapIterator<ReadonlyMap<number, number>> {
    for (let at = this.first; at < this.first + this.size; at++) yield this.list(at);
  }

  *entries(): MapIterator<[number, ReadonlyMap<number, number>]> {
    for (let at = this.first; at < this.first + this.size; at++) yield [this.store.fieldIds[at]!, this.list(at)];
  }

  [Symbol.iterator](): MapIterator<[number, ReadonlyMap<number, number>]> {
    return this.entries();
  }
}

/** Whether `value` has the shape of a PackedIndex whose arrays agree in length (a damaged or older
 *  cache fails here, not inside a search). */
export function isPackedIndex(value: unknown, fields: readonly string[]): value is PackedIndex {
  const packed = value as Partial<PackedIndex> | null;
  if (typeof packed !== "object" || packed === null || !Array.isArray(packed.documentIds) || !Array.isArray(packed.averageFieldLength)) return false;
  if (!Array.isArray(packed.fields) || packed.fields.join("\u0000") !== fields.join("\u0000")) return false;
  if (!(packed.fieldLength instanceof Uint32Array) || packed.fieldLength.length !== packed.documentIds.length * fields.length) return false;
  const postings = packed.postings as Partial<PackedPostings> | undefined;
  if (!postings || !Array.isArray(postings.terms) || !(postings.termFields instanceof Uint8Array) || !(postings.df instanceof Uint32Array)) return false;
  if (!(postings.fieldIds instanceof Uint8Array) || !(postings.lengths instanceof Uint32Array) || !(postings.ids instanceof Uint32Array) || !isPostingCounts(postings.counts)) return false;
  if (postings.termFields.length !== postings.terms.length || postings.df.length !== postings.terms.length) return false;
  if (postings.lengths.length !== postings.fieldIds.length || postings.counts.length !== postings.ids.length) return false;
  let lists = 0;
  for (const count of postings.termFields) lists += count;
  let total = 0;
  for (const length of postings.lengths) total += length;
  return lists === postings.fieldIds.length && total === postings.ids.length;
}

/** The entry ids by short id, read as MiniSearch reads its Map<shortId, id> (get, has, iteration). */
export class DocumentIds implements ReadonlyMap<number, string> {
  constructor(private readonly ids: readonly string[]) {}

  get size(): number {
    return this.ids.length;
  }

  get(shortId: number): string | undefined {
    return Number.isInteger(shortId) && shortId >= 0 ? this.ids[shortId] : undefined;
  }

  has(shortId: number): boolean {
    return Number.isInteger(shortId) && shortId >= 0 && shortId < this.ids.length;
  }

  forEach(callback: (id: string, shortId: number, map: ReadonlyMap<number, string>) => void): void {
    this.ids.forEach((id, shortId) => callback(id, shortId, this));
  }

  *keys(): MapIterator<number> {
    for (let shortId = 0; shortId < this.ids.length; shortId++) yield shortId;
  }

  *values(): MapIterator<string> {
    yield* this.ids;
  }

  *entries(): MapIterator<[number, string]> {
    for (let shortId = 0; shortId < this.ids.length; shortId++) yield [shortId, this.ids[shortId]!];
  }

  [Symbol.iterator](): MapIterator<[number, string]> {
    return this.entries();
  }
}

/**
 * Per entry, its field lengths, read as MiniSearch reads its Map<shortId, number[]>: one row of
 * `lengths` (row after row, `fields` a row). MiniSearch reads a row to take one field's length from
 * it at once (`get(id)[fieldId]`), so `get` fills one row array it reuses rather than making one per
 * entry: a row it returns is valid until the next `get`. Iteration gives arrays of their own.
 */
export class FieldLengths implements ReadonlyMap<number, readonly number[]> {
  private readonly row: number[];

  constructor(
    private readonly lengths: Uint32Array,
    private readonly fields: number,
  ) {
    this.row = new Array<number>(fields).fill(0);
  }

  get size(): number {
    return this.fields ? this.lengths.length / this.fields : 0;
  }

  has(shortId: number): boolean {
    return Number.isInteger(shortId) && shortId >= 0 && shortId < this.size;
  }

  get(shortId: number): readonly number[] | undefined {
    if (!this.has(shortId)) return undefined;
    const { row, lengths, fields } = this;
    for (let field = 0, at = shortId * fields; field < fields; field++, at++) row[field] = lengths[at]!;
    return row;
  }

  private own(shortId: number): number[] {
    return Array.from(this.lengths.subarray(shortId * this.fields, (shortId + 1) * this.fields));
  }

  forEach(callback: (row: readonly number[], shortId: number, map: ReadonlyMap<number, readonly number[]>) => void): void {
    for (let shortId = 0; shortId < this.size; shortId++) callback(this.own(shortId), shortId, this);
  }

  *keys(): MapIterator<number> {
    for (let shortId = 0; shortId < this.size; shortId++) yield shortId;
  }

  *values(): MapIterator<readonly number[]> {
    for (let shortId = 0; shortId < this.size; shortId++) yield this.own(shortId);
  }

  *entries(): MapIterator<[number, readonly number[]]> {
    for (let shortId = 0; shortId < this.size; shortId++) yield [shortId, this.own(shortId)];
  }

  [Symbol.iterator](): MapIterator<[number, readonly number[]]> {
    return this.entries();
  }
}

/** Gives write access to MiniSearch's protected members (see passage-index.ts's Internals, which reads
 *  them): no instance of this class exists. */
class Filler extends MiniSearch<IndexedEntry> {
  static fill(index: MiniSearch<IndexedEntry>, packed: PackedIndex): void {
    const inside = index as Filler;
    const idToShortId = new Map<string, number>();
    packed.documentIds.forEach((id, shortId) => idToShortId.set(id, shortId));
    inside._documentCount = packed.documentIds.length;
    inside._nextId = packed.documentIds.length;
    // Read from the packed arrays: no Map entry, and no array of field lengths, per entry.
    inside._documentIds = new DocumentIds(packed.documentIds) as unknown as Map<number, string>;
    inside._idToShortId = idToShortId;
    inside._fieldLength = new FieldLengths(packed.fieldLength, packed.fields.length) as unknown as Map<number, number[]>;
    inside._avgFieldLength = packed.averageFieldLength;
  }

  static tree(index: MiniSearch<IndexedEntry>): { set(term: string, lists: TermPostingLists): void } {
    return (index as Filler)._index as unknown as { set(term: string, lists: TermPostingLists): void };
  }
}

/** Terms put in the tree between two calls of `pause` (packedMiniSearchAsync). */
const TERMS_PER_STEP = 2_000;

/** The MiniSearch whose postings are `packed`'s (nothing copied but the entry ids and lengths), with
 *  `options` (those it is searched with). */
export function packedMiniSearch(packed: PackedIndex, options: Options<IndexedEntry>): MiniSearch<IndexedEntry> {
  const steps = fillSteps(packed, options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** As packedMiniSearch, awaiting `pause()` every few thousand terms (for a thread that answers
 *  commands meanwhile). */
export async function packedMiniSearchAsync(packed: PackedIndex, options: Options<IndexedEntry>, pause: () => Promise<void>): Promise<MiniSearch<IndexedEntry>> {
  const steps = fillSteps(packed, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

function* fillSteps(packed: PackedIndex, options: Options<IndexedEntry>): Generator<void, MiniSearch<IndexedEntry>> {
  const { postings } = packed;
  const fieldIds = Object.fromEntries(packed.fields.map((field, id) => [field, id]));
  const index = MiniSearch.loadJS<IndexedEntry>(
    { documentCount: 0, nextId: 0, documentIds: {}, fieldIds, fieldLength: {}, averageFieldLength: [], storedFields: {}, dirtCount: 0, index: [], serializationVersion: 2 },
    options,
  );
  Filler.fill(index, packed);
  yield;
  const starts = new Uint32Array(postings.lengths.length);
  for (let at = 0, start = 0; at < starts.length; at++) {
    starts[at] = start;
    start += postings.lengths[at]!;
  }
  const store: Store = { fieldIds: postings.fieldIds, lengths: postings.lengths, starts, ids: postings.ids, counts: postings.counts };
  const tree = Filler.tree(index);
  let first = 0;
  for (let t = 0; t < postings.terms.length; t++) {
    if (t % TERMS_PER_STEP === TERMS_PER_STEP - 1) yield;
    const lists = postings.termFields[t]!;
    tree.set(postings.terms[t]!, new TermPostingLists(store, first, lists, postings.df[t]!));
    first += lists;
  }
  return index;
}
