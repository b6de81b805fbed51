import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { MINISEARCH_OPTIONS, processTerm, type IndexedEntry } from "../../src/search/options.js";
import { postingsBuilder } from "../../src/search/postings.js";

const entry = (id: string, text: string, names = "", kind: IndexedEntry["kind"] = "passage"): IndexedEntry => ({
  id,
  kind,
  names,
  theme: "",
  headings: "Training · Seminars",
  title: "White Paper",
  text,
});

const CASES: Array<[string, IndexedEntry[]]> = [
  ["no entries", []],
  ["one passage, a repeated word", [entry("a", "Training, training and more training in Japan's 23rd course.")]],
  [
    "passages and an entity sharing terms",
    [
      entry("a", "The 15th GG Seminar on criminal justice was held in Viet Nam.", "Vietnam · Viet Nam · VNM"),
      entry("b", "Criminal-justice reform: 6,100 participants since 1962."),
      entry("country:VNM", "", "Vietnam · Viet Nam · VNM", "country"),
      entry("c", ""),
    ],
  ],
];

/** The index MiniSearch.add builds from the same entries: the oracle. */
function added(entries: IndexedEntry[]): MiniSearch<IndexedEntry> {
  const index = new MiniSearch<IndexedEntry>(MINISEARCH_OPTIONS);
  index.addAll(entries);
  return index;
}

/** The index built in bulk, once with done() and once with doneAsync() (each hands its postings over). */
function bulk(entries: IndexedEntry[]): PostingsBuilderResult {
  const filled = (): ReturnType<typeof postingsBuilder> => {
    const builder = postingsBuilder(MINISEARCH_OPTIONS.fields, MINISEARCH_OPTIONS.tokenize, processTerm);
    for (const one of entries) builder.add(one, one.kind === "passage");
    return builder;
  };
  return { sync: filled().done(MINISEARCH_OPTIONS).minisearch, async: filled().doneAsync(MINISEARCH_OPTIONS).then((built) => built.minisearch) };
}

interface PostingsBuilderResult {
  sync: MiniSearch<IndexedEntry>;
  async: Promise<MiniSearch<IndexedEntry>>;
}

describe("postingsBuilder", () => {
  it.each(CASES)("builds the index MiniSearch.add builds: %s", async (_name, entries) => {
    const expected = JSON.stringify(added(entries));
    const { sync, async } = bulk(entries);
    expect(JSON.stringify(sync)).toBe(expected);
    expect(JSON.stringify(await async)).toBe(expected);
  });

  it.each(["training", "vietnam", "criminal justice", "23", "semniar"])("searches like the added index: %s", (query) => {
    const entries = CASES.flatMap(([, list]) => list.map((one, i) => ({ ...one, id: `${one.id}${i}-${list.length}` })));
    expect(bulk(entries).sync.search(query)).toEqual(added(entries).search(query));
  });
});

describe("postingsBuilder · documentFrequencies", () => {
  it("counts each counted entry once per term, whatever the field or repeats; uncounted entries not at all", () => {
    const builder = postingsBuilder(MINISEARCH_OPTIONS.fields, MINISEARCH_OPTIONS.tokenize, processTerm);
    builder.add({ ...entry("a", "Japan, Japan and Vietnam.", "Japan"), title: "" , headings: "" }, true);
    builder.add({ ...entry("b", "Vietnam's 23rd course."), title: "", headings: "" }, true);
    builder.add({ ...entry("country:JPN", "", "Japan · Nippon", "country"), title: "", headings: "" }, false);
    expect([...builder.documentFrequencies()]).toEqual([
      ["japan", 1],
      ["vietnam", 2],
      ["23rd", 1],
      ["23", 1],
      ["course", 1],
    ]);
  });
});
