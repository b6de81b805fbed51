import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { MINISEARCH_OPTIONS, processTerm, type IndexedEntry } from "../../src/search/options.js";
import { DocumentIds, FieldLengths, isPackedIndex, postingCounts, type PackedIndex } from "../../src/search/packed.js";
import { passageIndex } from "../../src/search/passage-index.js";
import { postingsBuilder } from "../../src/search/postings.js";
import { passage } from "./fixtures.js";

const ENTRIES: IndexedEntry[] = [
  passage("a", "Training and more training in Viet Nam.", { names: "Viet Nam" }),
  passage("b", "The seminar on training."),
  passage("c", "Nothing to see."),
  { id: "country:VNM", kind: "country", names: "Viet Nam · Vietnam", theme: "", headings: "", title: "", text: "" },
  passage("d", "Training, training, training: a seminar in Vietnam."),
];

function built(): { packed: PackedIndex; minisearch: MiniSearch<IndexedEntry> } {
  const builder = postingsBuilder(MINISEARCH_OPTIONS.fields, MINISEARCH_OPTIONS.tokenize, processTerm);
  for (const entry of ENTRIES) builder.add(entry, entry.kind === "passage");
  return builder.done(MINISEARCH_OPTIONS);
}

/** MiniSearch.add's own index of the same entries: its postings are the oracle. */
function added(): Map<string, Map<number, Map<number, number>>> {
  const index = new MiniSearch<IndexedEntry>(MINISEARCH_OPTIONS);
  index.addAll(ENTRIES);
  return new Map((index as unknown as { _index: Iterable<[string, Map<number, Map<number, number>>]> })._index);
}

describe("packed postings", () => {
  it("reads every term's lists as MiniSearch.add's Maps hold them: get, has, size, keys, entries, forEach", () => {
    const index = passageIndex(built().minisearch);
    for (const [term, fields] of added()) {
      const lists = index.postings(term)!;
      expect([...lists.keys()]).toEqual([...fields.keys()].sort((a, b) => a - b));
      for (const [fieldId, postings] of fields) {
        const packed = lists.get(fieldId)!;
        expect(packed.size).toBe(postings.size);
        expect([...packed.entries()]).toEqual([...postings.entries()]);
        expect([...packed.keys()].map((id) => packed.get(id))).toEqual([...postings.values()]);
        const seen: Array<[number, number]> = [];
        packed.forEach((count, id) => seen.push([id, count]));
        expect(seen).toEqual([...postings.entries()]);
        expect(packed.has(99)).toBe(false);
        expect(packed.get(99)).toBeUndefined();
      }
    }
    expect(index.postings("absent")).toBeUndefined();
  });

  it("keeps each term's passage count, entities not counted", () => {
    const index = passageIndex(built().minisearch);
    expect([index.df.get("training"), index.df.get("vietnam"), index.df.get("seminar")]).toEqual([3, 1, 2]);
    // "viet" is in passage a's names and in the country entry: the entry does not count.
    expect(index.df.get("viet")).toBe(1);
    expect(index.df.has("absent")).toBe(false);
  });

  it("stores counts in the narrowest array that holds the largest", () => {
    expect(built().packed.postings.counts).toBeInstanceOf(Uint8Array);
    expect([postingCounts(2, 255), postingCounts(2, 256), postingCounts(2, 65_535), postingCounts(2, 65_536)].map((array) => array.constructor.name)).toEqual([
      "Uint8Array",
      "Uint16Array",
      "Uint16Array",
      "Uint32Array",
    ]);
  });
});

describe("entry ids and field lengths read from the packed arrays", () => {
  type Inside = { _documentIds: Map<number, string>; _fieldLength: Map<number, number[]> };
  const own = (): Inside => {
    const index = new MiniSearch<IndexedEntry>(MINISEARCH_OPTIONS);
    index.addAll(ENTRIES);
    return index as unknown as Inside;
  };
  const packed = (): Inside => built().minisearch as unknown as Inside;

  it("hold what MiniSearch.add's Maps hold: entries, get, has, size", () => {
    const [mine, theirs] = [packed(), own()];
    expect([...mine._documentIds]).toEqual([...theirs._documentIds]);
    expect([...mine._fieldLength]).toEqual([...theirs._fieldLength]);
    expect(mine._documentIds.size).toBe(5);
    expect(mine._fieldLength.size).toBe(5);
    for (const [shortId, lengths] of theirs._fieldLength) expect([...mine._fieldLength.get(shortId)!]).toEqual(lengths);
    expect([mine._documentIds.get(3), mine._documentIds.has(4), mine._documentIds.has(5), mine._documentIds.has(-1), mine._documentIds.get(1.5)]).toEqual(["country:VNM", true, false, false, undefined]);
    expect([mine._fieldLength.get(5), mine._fieldLength.has(0), mine._fieldLength.has(5)]).toEqual([undefined, true, false]);
  });

  it("GIVEN a search THEN the same ids and scores as MiniSearch's own index", () => {
    const theirs = new MiniSearch<IndexedEntry>(MINISEARCH_OPTIONS);
    theirs.addAll(ENTRIES);
    for (const query of ["training", "seminar viet", "vietnam training nothing"]) {
      const strip = (results: Array<{ id: unknown; score: number }>) => results.map((result) => [result.id, result.score]);
      expect(strip(built().minisearch.search(query))).toEqual(strip(theirs.search(query)));
    }
  });

  it("GIVEN rows walked THEN each is an array of its own; a row got is the one reused", () => {
    const lengths = new FieldLengths(Uint32Array.from([1, 2, 3, 4, 5, 6]), 3);
    expect([...lengths.values()]).toEqual([[1, 2, 3], [4, 5, 6]]);
    const rows: Array<readonly number[]> = [];
    lengths.forEach((row) => rows.push(row));
    expect(rows[0]).not.toBe(rows[1]);
    expect(lengths.get(1)).toBe(lengths.get(0));
    expect([...lengths.get(1)!]).toEqual([4, 5, 6]);
    expect([...new DocumentIds(["a", "b"]).keys()]).toEqual([0, 1]);
    expect([...new DocumentIds(["a", "b"]).values()]).toEqual(["a", "b"]);
  });
});

describe("isPackedIndex", () => {
  const fields = MINISEARCH_OPTIONS.fields;

  it("accepts a built index", () => {
    expect(isPackedIndex(built().packed, fields)).toBe(true);
  });

  it.each<[string, (packed: PackedIndex) => unknown]>([
    ["other fields", (packed) => ({ ...packed, fields: ["text"] })],
    ["a list length that does not add up", (packed) => ({ ...packed, postings: { ...packed.postings, lengths: packed.postings.lengths.map((length, i) => (i ? length : length + 1)) } })],
    ["a term without its field count", (packed) => ({ ...packed, postings: { ...packed.postings, termFields: packed.postings.termFields.subarray(1) } })],
    ["plain arrays (as JSON gives them back)", (packed) => ({ ...packed, postings: { ...packed.postings, ids: [...packed.postings.ids] } })],
    ["field lengths for fewer entries", (packed) => ({ ...packed, fieldLength: packed.fieldLength.subarray(5) })],
    ["null", () => null],
  ])("rejects %s", (_name, damage) => {
    expect(isPackedIndex(damage(built().packed), fields)).toBe(false);
  });
});
