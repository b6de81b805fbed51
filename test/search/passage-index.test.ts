import { describe, expect, it } from "vitest";
import { SEARCH_OPTIONS, type IndexedField } from "../../src/search/options.js";
import { indexOf, passage } from "./fixtures.js";

const index = indexOf([
  passage("a", "The seminar on seminars was held.", { names: "GG Seminar" }),
  passage("b", "A regional seminar in Bangkok, a longer passage about regional training for prosecutors and judges."),
  passage("c", "Regions and regional training.", { headings: "Regional Training" }),
]);

describe("passageIndex", () => {
  it("lists the terms a word completes to, and its typo neighbours with their distance", () => {
    expect([...index.completions("semi")].sort()).toEqual(["seminar", "seminars"]);
    expect([...index.completions("seminar")]).toEqual(["seminars"]);
    expect([...index.neighbours("seminer", 1)]).toEqual([["seminar", 1]]);
    expect([...index.neighbours("seminar", 1)]).toEqual([["seminars", 1]]);
    expect([...index.completions("zzz")]).toEqual([]);
  });

  it("gives a term's postings per field and a passage's short id", () => {
    const seminar = index.postings("seminar")!;
    expect([...seminar.keys()]).toEqual([index.fieldIds.names, index.fieldIds.text]);
    expect(seminar.get(index.fieldIds.names)?.get(index.shortId("a")!)).toBe(1);
    expect(index.postings("absent")).toBeUndefined();
    expect(index.shortId("nowhere")).toBeUndefined();
  });

  it.each<[string, IndexedField, string]>([
    ["seminar", "names", "a"],
    ["seminar", "text", "b"],
    ["regional", "text", "b"],
    ["regional", "text", "c"],
    ["regional", "headings", "c"],
  ])("scores %j in %s of %s as MiniSearch does: boost × idf × frequency part", (term, field, id) => {
    const fieldId = index.fieldIds[field];
    const inField = index.postings(term)!.get(fieldId)!;
    const shortId = index.shortId(id)!;
    const ours = SEARCH_OPTIONS.boost[field] * index.idf(inField.size) * index.frequencyPart(inField.get(shortId)!, fieldId, shortId);
    const theirs = index.minisearch.search(term, { fields: [field], prefix: false, fuzzy: false }).find((result) => result.id === id)!;
    expect(ours).toBeCloseTo(theirs.score, 12);
  });

  it("keeps the frequency part under its ceiling d + k + 1", () => {
    const { k, d } = SEARCH_OPTIONS.bm25;
    expect(index.frequencyPart(1_000, index.fieldIds.names, index.shortId("a")!)).toBeLessThan(d + k + 1);
  });
});
