// A snapshot in the compact form of codec.ts: the form the on-disk cache stores (cache.ts adds the
// file's trailer and checksums) and the build worker hands to the main thread (transferred, not
// copied). Two sections:
//   strings  every string once, Latin-1 or UTF-16 in two blobs: passage texts, headings, ids, names, index terms;
//            an evidence sentence is offsets into its passage's text (read back as a slice of it)
//   values   { documents, catalogue, warnings, index, tables } with every object a reference into
//            the strings; the MiniSearch indexes in their own serialised form (MiniSearch's toJSON)
//            with the postings packed as integers (term, field, passage delta, frequency), unpacked
//            one term at a time while MiniSearch loads them; and the passages by id, the lookup
//            view and the completion lists as built (tables), so a snapshot read back builds none
//            of them again.
// Reading back makes every object once (shared where the snapshot shared them), and every string as a
// slice of a few large ones (codec.ts), not one whole file's text: what a snapshot read back holds is
// what the built one held, in less memory.
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { Catalogue, KnowledgeDocument, KnowledgeWarning, Passage } from "../knowledge/types.js";
import type { SerialisedSearchIndex } from "../search/build.js";
import { ByteReader, ByteWriter, readStringTable, readStringTableAsync, StringTable, ValueDecoder, ValueEncoder, type DecodeHooks, type EncodeHooks } from "./codec.js";
import type { Completions } from "./completions.js";
import type { BuiltSnapshot } from "./snapshot.js";
import { viewTables, type ViewTables } from "./view.js";

/** The passages by id, the lookup view and the completion lists, as data. */
export interface SnapshotTables {
  passages: ReadonlyMap<string, Passage>;
  view: ViewTables;
  completions: Completions;
}

/** A snapshot as data: what is cached and handed over; assembleSnapshot makes it a Snapshot. */
export interface SnapshotParts {
  documents: KnowledgeDocument[];
  catalogue: Catalogue;
  index: SerialisedSearchIndex;
  warnings: KnowledgeWarning[];
  tables: SnapshotTables;
}

/** The two sections, each as the chunks it was written in. */
export interface EncodedSnapshot {
  strings: Buffer[];
  values: Buffer[];
}

export const SECTIONS = ["strings", "values"] as const;
export type SectionName = (typeof SECTIONS)[number];

/** Special value kinds (see EncodeHooks.special). */
const MINISEARCH = 1;

/** MiniSearch's serialised form (its toJSON, serializationVersion 2): `index` is
 *  [term, { fieldId: { shortId: frequency } }] for every term. */
type MiniSearchPlain = Record<string, unknown> & { serializationVersion: 2; index: unknown[] };

function isMiniSearchPlain(value: object): value is MiniSearchPlain {
  const plain = value as Partial<MiniSearchPlain>;
  return plain.serializationVersion === 2 && Array.isArray(plain.index) && "documentIds" in plain;
}

const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

/** MiniSearch's postings as integers: terms, then per term its fields, per field its passages (ascending,
 *  as deltas) and frequencies. Undefined when they are not of that form (then written generically). */
function packPostings(index: readonly unknown[], strings: StringTable): Buffer[] | undefined {
  const w = new ByteWriter();
  w.varint(index.length);
  for (const entry of index) {
    if (!Array.isArray(entry) || typeof entry[0] !== "string" || typeof entry[1] !== "object" || entry[1] === null) return undefined;
    const fields = entry[1] as Record<string, unknown>;
    const fieldIds = Object.keys(fields);
    w.varint(strings.intern(entry[0]));
    w.varint(fieldIds.length);
    for (const fieldId of fieldIds) {
      const postings = fields[fieldId] as Record<string, unknown> | null;
      if (!INDEX_KEY.test(fieldId) || typeof postings !== "object" || postings === null) return undefined;
      const ids = Object.keys(postings);
      w.varint(Number(fieldId));
      w.varint(ids.length);
      let previous = -1;
      for (const id of ids) {
        const shortId = Number(id);
        const frequency = postings[id];
        if (!INDEX_KEY.test(id) || shortId <= previous || !Number.isSafeInteger(frequency) || (frequency as number) < 0) return undefined;
        w.varint(shortId - previous - 1);
        w.varint(frequency as number);
        previous = shortId;
      }
    }
  }
  return w.finish();
}

/** The postings packPostings wrote, one term at a time: MiniSearch's load iterates `index`, so the
 *  plain form of a whole index never exists at once. */
function* unpackPostings(bytes: Uint8Array, strings: readonly string[]): Generator<[string, Record<number, Record<number, number>>]> {
  const r = new ByteReader(bytes);
  const terms = r.count(2);
  for (let t = 0; t < terms; t++) {
    const term = strings[r.varint()];
    if (term === undefined) throw new RangeError("snapshot postings refer to a missing term");
    const fieldCount = r.count(2);
    const fields: Record<number, Record<number, number>> = {};
    for (let f = 0; f < fieldCount; f++) {
      const fieldId = r.varint();
      const count = r.count(2);
      const postings: Record<number, number> = {};
      let shortId = -1;
      for (let i = 0; i < count; i++) {
        shortId += r.varint() + 1;
        postings[shortId] = r.varint();
      }
      fields[fieldId] = postings;
    }
    yield [term, fields];
  }
}

/** Where in its passage's text an evidence sentence lies, so that it is stored as offsets into it. */
function sentenceIn(passages: ReadonlyMap<string, Passage>): EncodeHooks["sliceOf"] {
  return (owner, key, value) => {
    if (key !== "sentence" || typeof owner.passageId !== "string") return undefined;
    const text = passages.get(owner.passageId)?.text;
    if (text === undefined) return undefined;
    // The occurrence that holds the clause [start, end), else the first.
    const start = typeof owner.start === "number" ? owner.start : 0;
    const end = typeof owner.end === "number" ? owner.end : start;
    let at = text.lastIndexOf(value, start);
    if (at < 0 || at + value.length < end) at = text.indexOf(value);
    return at < 0 ? undefined : { parent: text, start: at };
  };
}

/** The snapshot's parts in the compact form. */
export function encodeSnapshot(snapshot: BuiltSnapshot): EncodedSnapshot {
  const tables: SnapshotTables = { passages: snapshot.passages, view: viewTables(snapshot.view), completions: snapshot.completions };
  return encodeParts({ documents: [...snapshot.documents], catalogue: snapshot.catalogue, warnings: [...snapshot.warnings], index: snapshot.index.toJSON(), tables }, snapshot.passages);
}

/** `parts` in the compact form, evidence sentences as offsets into `passages`' texts. Documents go
 *  first, so that passage texts are stored whole before the sentences that are offsets into them. */
export function encodeParts(parts: SnapshotParts, passages: ReadonlyMap<string, Passage>): EncodedSnapshot {
  const strings = new StringTable();
  const values = new ByteWriter();
  const encoder = new ValueEncoder(values, strings, {
    sliceOf: sentenceIn(passages),
    special(value) {
      if (!isMiniSearchPlain(value)) return undefined;
      const postings = packPostings(value.index, strings);
      if (!postings) return undefined;
      const { index: _index, ...rest } = value;
      return {
        kind: MINISEARCH,
        write(into) {
          into.value(rest);
          into.writer.varint(postings.reduce((sum, chunk) => sum + chunk.length, 0));
          for (const chunk of postings) into.writer.bytes(chunk);
        },
      };
    },
  });
  const { documents, catalogue, warnings, index, tables } = parts;
  encoder.value({ documents, catalogue, warnings, index, tables });
  const stringBytes = new ByteWriter();
  strings.write(stringBytes);
  return { strings: stringBytes.finish(), values: values.finish() };
}

function decodeHooks(strings: readonly string[]): DecodeHooks {
  return {
    special(kind, decoder) {
      if (kind !== MINISEARCH) throw new RangeError(`snapshot bytes hold an unknown special value ${kind}`);
      const rest = decoder.value() as Record<string, unknown>;
      const postings = decoder.reader.take(decoder.reader.varint());
      return { ...rest, index: { [Symbol.iterator]: () => unpackPostings(postings, strings) } };
    },
  };
}

/** Sections as single byte arrays (what the file and the worker hand over). */
export type SectionBytes = Record<SectionName, Uint8Array>;

/** The parts, unchecked (the caller checks their shape): throws a RangeError on damaged bytes. */
export function decodeSnapshot(sections: SectionBytes): unknown {
  return decodeValues(sections.values, readStringTable(sections.strings));
}

/** The values section, over its string table already read. */
export function decodeValues(values: Uint8Array, strings: readonly string[]): unknown {
  return new ValueDecoder(new ByteReader(values), strings, decodeHooks(strings)).value();
}

/** Containers this deep are read item by item by decodeSnapshotAsync (documents → a document;
 *  catalogue → countries → a mention; tables → view → a lookup map). */
const ASYNC_DEPTH = 4;
/** decodeSnapshotAsync works this long between turns of the event loop. */
const SLICE_MS = 8;
/** …and reads the clock after this many items. */
const CHECK_EVERY = 64;

/** As decodeSnapshot, yielding to the event loop every few milliseconds (for the main thread, which
 *  answers commands while it takes a rebuilt snapshot over from the worker). */
export async function decodeSnapshotAsync(sections: SectionBytes): Promise<unknown> {
  let last = performance.now();
  let items = 0;
  // Called once per item decoded (or with a larger weight for a larger step): the clock is read every
  // CHECK_EVERY items' worth, the event loop given a turn when SLICE_MS have passed.
  const pause = (weight = 1): Promise<void> | undefined => {
    items += weight;
    if (items < CHECK_EVERY) return undefined;
    items = 0;
    if (performance.now() - last < SLICE_MS) return undefined;
    return yieldToEventLoop().then(() => {
      last = performance.now();
    });
  };
  const strings = await readStringTableAsync(sections.strings, () => pause(CHECK_EVERY));
  return new ValueDecoder(new ByteReader(sections.values), strings, decodeHooks(strings)).valueAsync(ASYNC_DEPTH, pause);
}

/** One byte array of a section's chunks (copied only when there are several). */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const whole = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
