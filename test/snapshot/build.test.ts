import { describe, expect, it } from "vitest";
import { buildSnapshot } from "../../src/snapshot/build.js";
import { TINY_DOCUMENT } from "../support/tiny-knowledge.js";

const warning = { file: "bad.md", line: 2, message: "front matter is not a mapping" };
const phases: string[] = [];
const k = await buildSnapshot([TINY_DOCUMENT], [warning], { onPhase: (phase) => phases.push(phase) });

describe("buildSnapshot", () => {

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

  it("builds every view with the snapshot, before anyone reads it, and freezes it", () => {
    expect(phases).toEqual(["extract", "index", "views"]);
    expect(k.view.knownCourses).toHaveLength(3);
    expect(k.view.countryByCode.get("VNM")?.editions.map((edition) => edition.title)).toEqual(["13th GG Seminar"]);
    expect(k.completions.courses.candidates.length).toBeGreaterThan(0);
    expect(k.completions.themes.candidates.map((candidate) => candidate.choice.value)).toContain("Corruption in Public Procurement");
    expect(Object.isFrozen(k)).toBe(true);
  });

  it("builds an empty knowledge from no documents", async () => {
    const empty = await buildSnapshot([], []);
    expect(empty.passages.size).toBe(0);
    expect(empty.catalogue).toEqual({ series: [], editions: [], countries: [], regions: [] });
    expect(empty.index.searchPassages("anything")).toEqual([]);
  });
});
