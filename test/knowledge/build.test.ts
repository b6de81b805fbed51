import { describe, expect, it } from "vitest";
import { buildKnowledge } from "../../src/knowledge/build.js";
import { TINY_DOCUMENT } from "../support/tiny-knowledge.js";

describe("buildKnowledge", () => {
  const warning = { file: "bad.md", line: 2, message: "front matter is not a mapping" };
  const k = buildKnowledge([TINY_DOCUMENT], [warning]);

  it("maps every passage by id and keeps documents and warnings", () => {
    expect([...k.passages.keys()]).toEqual(["wp2019#p1", "wp2019#p2", "wp2019#p3", "wp2019#p4"]);
    expect(k.documents).toEqual([TINY_DOCUMENT]);
    expect(k.warnings).toEqual([warning]);
  });

  it("extracts the catalogue from the text and indexes passages and entities", () => {
    expect(k.catalogue.editions.map((edition) => edition.ordinal).sort((a, b) => a - b)).toEqual([13, 13, 22]);
    expect(k.index.searchPassages("graduates").map((hit) => hit.passageId)).toEqual(["wp2019#p4"]);
    expect(k.index.searchEntities?.("Vietnam", { kinds: ["country"] }).map((hit) => hit.id)).toEqual(["VNM"]);
  });

  it("builds an empty knowledge from no documents", () => {
    const empty = buildKnowledge([], []);
    expect(empty.passages.size).toBe(0);
    expect(empty.catalogue).toEqual({ series: [], editions: [], countries: [], regions: [] });
    expect(empty.index.searchPassages("anything")).toEqual([]);
  });
});
