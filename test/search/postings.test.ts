import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { MINISEARCH_OPTIONS, type IndexedEntry } from "../../src/search/options.js";
import { postingsBuilder } from "../../src/search/postings.js";

const entry = (id: string, text: string, fields: Partial<IndexedEntry> = {}): IndexedEntry => ({
  id,
  kind: "passage",
  names: "",
  theme: "",
  headings: "Governance · Efforts",
  title: "White Paper",
  text,
  ...fields,
});

const CASES: Array<[string, IndexedEntry[]]> = [
  ["no entries", []],
  ["one passage, a repeated word", [entry("a", "Training, training and more training in Japan's 23rd course.")]],
  [
    "passages with names",
    [
      entry("a", "The 15th GG Seminar on criminal justice was held in Viet Nam.", { names: "GG Seminar · Vietnam" }),
      entry("b", "Criminal-justice reform: 6,100 participants since 1962."),
      entry("c", ""),
    ],
  ],
];

const builder = () => postingsBuilder(MINISEARCH_OPTIONS);

/** The index MiniSearch.add builds from the same entries: the oracle. */
function added(entries: IndexedEntry[]): MiniSearch<IndexedEntry> {
  const index = new MiniSearch<IndexedEntry>(MINISEARCH_OPTIONS);
  index.addAll(entries);
  return index;
}

function bulk(entries: IndexedEntry[]): { sync: MiniSearch<IndexedEntry>; async: Promise<MiniSearch<IndexedEntry>> } {
  const filled = (): ReturnType<typeof postingsBuilder> => {
    const built = builder();
    for (const one of entries) built.add(one);
    return built;
  };
  return { sync: filled().done(MINISEARCH_OPTIONS), async: filled().doneAsync(MINISEARCH_OPTIONS) };
}

/** The serialised index with its terms in order (its radix tree's order). */
function normalised(index: MiniSearch<IndexedEntry>): unknown {
  const json = JSON.parse(JSON.stringify(index)) as ReturnType<MiniSearch["toJSON"]>;
  return { ...json, index: json.index.sort(([a], [b]) => (a < b ? -1 : 1)) };
}

/** [term, field, entry id, count] for every posting of a serialised index. */
function postingsOf(index: MiniSearch<IndexedEntry>): Array<[string, string, string, number]> {
  const json = index.toJSON();
  const fieldName = Object.fromEntries(Object.entries(json.fieldIds).map(([field, id]) => [id, field]));
  return json.index.flatMap(([term, data]) =>
    Object.entries(data).flatMap(([fieldId, freqs]) =>
      Object.entries(freqs).map(([shortId, count]): [string, string, string, number] => [term, fieldName[fieldId]!, String(json.documentIds[shortId]), count]),
    ),
  );
}

describe("postingsBuilder", () => {
  it.each(CASES)("builds the index MiniSearch.add builds: %s", async (_name, entries) => {
    const expected = normalised(added(entries));
    const { sync, async } = bulk(entries);
    expect(normalised(sync)).toEqual(expected);
    expect(normalised(await async)).toEqual(expected);
  });

  it.each(["training", "vietnam", "criminal justice", "23", "semniar"])("searches like the added index: %s", (query) => {
    const entries = CASES.flatMap(([, list]) => list.map((one, i) => ({ ...one, id: `${one.id}${i}-${list.length}` })));
    expect(bulk(entries).sync.search(query)).toEqual(added(entries).search(query));
  });

  it("indexes the heading path and the title as part of the text: a word they repeat is one posting", () => {
    const index = bulk([entry("a", "Japan held the GG Seminar in Japan.", { names: "GG Seminar · Japan", headings: "Japan’s Efforts", title: "White Paper 2019" })]).sync;
    expect(postingsOf(index).sort()).toEqual([
      ["2019", "text", "a", 1],
      ["efforts", "text", "a", 1],
      ["gg", "names", "a", 1],
      ["gg", "text", "a", 1],
      ["held", "text", "a", 1],
      ["japan", "names", "a", 1],
      ["japan", "text", "a", 3],
      ["paper", "text", "a", 1],
      ["seminar", "names", "a", 1],
      ["seminar", "text", "a", 1],
      ["white", "text", "a", 1],
    ]);
  });

  it("refuses options with other fields", () => {
    expect(() => builder().done({ ...MINISEARCH_OPTIONS, fields: ["names", "text"] })).toThrow(/fields/);
  });
});

describe("postingsBuilder · documentFrequencies", () => {
  it("counts each passage once per term, whatever the field or repeats", () => {
    const built = builder();
    built.add(entry("a", "Japan, Japan and Vietnam.", { names: "Japan", headings: "", title: "" }));
    built.add(entry("b", "Vietnam's 23rd course.", { headings: "", title: "" }));
    expect([...built.documentFrequencies()]).toEqual([
      ["japan", 1],
      ["vietnam", 2],
      ["23rd", 1],
      ["23", 1],
      ["course", 1],
    ]);
  });
});
