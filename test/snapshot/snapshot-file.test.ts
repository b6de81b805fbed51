// The compact form must give back the snapshot it was made from: the same parts, the same answers and
// keystrokes, the views read back rather than built again, and evidence sentences that are exactly
// the passage text they point into.
import { describe, expect, it } from "vitest";
import { answerAsk, answerCountry, answerCourse, answerTheme, completeCountry, completeCourse, completeTheme } from "../../src/answers/index.js";
import type { Evidence } from "../../src/knowledge/types.js";
import { loadSearchIndex, type SerialisedSearchIndex } from "../../src/search/build.js";
import { assembleSnapshot } from "../../src/snapshot/build.js";
import { partsProblem } from "../../src/snapshot/cache.js";
import { loadSnapshot } from "../../src/snapshot/load.js";
import { decodeSnapshot, decodeSnapshotAsync, encodeSnapshot, joinChunks, type SectionBytes, type SnapshotParts } from "../../src/snapshot/snapshot-file.js";
import type { BuiltSnapshot } from "../../src/snapshot/snapshot.js";

const { snapshot: built } = await loadSnapshot("knowledge");
const encoded = encodeSnapshot(built);
const sections: SectionBytes = { strings: joinChunks(encoded.strings), values: joinChunks(encoded.values) };
const parts = decodeSnapshot(sections) as SnapshotParts;
const read: BuiltSnapshot = assembleSnapshot(parts.documents, parts.catalogue, loadSearchIndex(parts.index)!, parts.warnings, parts.tables);

/** Every Evidence object in `value`. */
function evidenceIn(value: unknown, found: Evidence[] = [], seen = new Set<object>()): Evidence[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return found;
  seen.add(value);
  const record = value as Record<string, unknown>;
  if (typeof record.passageId === "string" && typeof record.sentence === "string") found.push(value as Evidence);
  for (const item of Object.values(record)) evidenceIn(item, found, seen);
  return found;
}

/** A serialised index with its term lists in term order: a MiniSearch term tree iterates in the order
 *  its terms were added, which loading changes (it does with MiniSearch's own JSON too). */
function termsOf(index: SerialisedSearchIndex): unknown {
  const byTerm = (list: unknown[]): unknown[] => [...list].sort((a, b) => (String((a as unknown[])[0]) < String((b as unknown[])[0]) ? -1 : 1));
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.every(Array.isArray) ? byTerm(value) : value;
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, sorted(item)]));
  };
  return sorted(index);
}

describe("encodeSnapshot / decodeSnapshot", () => {
  it("gives back the documents, catalogue and warnings, and the parts are of the right shape", () => {
    expect(partsProblem(parts)).toBe(undefined);
    expect(parts.documents).toEqual(built.documents);
    expect(parts.catalogue).toEqual(built.catalogue);
    expect(parts.warnings).toEqual(built.warnings);
  });

  it("gives every evidence its sentence exactly as the passage text has it around the clause", () => {
    const evidence = evidenceIn(read.catalogue);
    expect(evidence.length).toBeGreaterThan(20);
    for (const item of evidence) {
      const text = read.passages.get(item.passageId)!.text;
      const at = text.lastIndexOf(item.sentence, item.start);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at + item.sentence.length).toBeGreaterThanOrEqual(item.end);
    }
    expect(evidence.map((item) => item.sentence)).toEqual(evidenceIn(built.catalogue).map((item) => item.sentence));
  });

  it("keeps objects the snapshot shares shared: a view's edition is the catalogue's", () => {
    const edition = read.catalogue.editions[0]!;
    expect(read.view.editionById.get(edition.id)?.edition).toBe(edition);
    expect(read.view.documentBySlug.get(read.documents[0]!.slug)).toBe(read.documents[0]);
    const passage = read.documents[0]!.passages[2]!;
    expect(read.passages.get(passage.id)).toBe(passage);
    expect([...read.passages.keys()]).toEqual([...built.passages.keys()]);
  });

  it("reads the views and completion lists back instead of building them, equal to the built ones", () => {
    const { countryName: _a, themeIndex: builtThemes, ...builtView } = built.view;
    const { countryName: _b, themeIndex: readThemes, ...readView } = read.view;
    expect(readView).toEqual(builtView);
    expect(readThemes.data).toEqual(builtThemes.data);
    expect(read.completions).toEqual(built.completions);
    for (const code of [...built.view.countryCodes, "FRA"]) expect(read.view.countryName(code)).toBe(built.view.countryName(code));
  });

  it.each([
    ["course", ["23rd", "UNCAC", "GG 15", "nothing like it"]],
    ["country", ["Viet Nam", "Laos", "Atlantis"]],
    ["theme", ["corruption", "women", "digitalized"]],
    ["ask", ["how many graduates", "UNAFEI established", "weather"]],
  ] as const)("answers /%s the same from the snapshot read back", (command, queries) => {
    const answer = { course: answerCourse, country: answerCountry, theme: answerTheme, ask: answerAsk }[command];
    for (const query of queries) expect(answer(read, query)).toEqual(answer(built, query));
  });

  it("completes the same keystrokes", () => {
    for (const partial of ["", "2", "23", "GG", "uncac tr", "digit"]) {
      expect(completeCourse(read, partial)).toEqual(completeCourse(built, partial));
      expect(completeTheme(read, partial)).toEqual(completeTheme(built, partial));
    }
    for (const partial of ["", "v", "viet", "lao"]) expect(completeCountry(read, partial)).toEqual(completeCountry(built, partial));
  });

  it("holds the built index's terms and postings (unpacked term by term while MiniSearch loads them)", () => {
    expect(termsOf(read.index.toJSON())).toEqual(termsOf(built.index.toJSON()));
  });

  it("decodes the same parts a slice at a time", async () => {
    const later = (await decodeSnapshotAsync(sections)) as SnapshotParts;
    expect(later.documents).toEqual(parts.documents);
    expect(later.catalogue).toEqual(parts.catalogue);
    expect(termsOf(loadSearchIndex(later.index)!.toJSON())).toEqual(termsOf(built.index.toJSON()));
    expect(later.tables.completions).toEqual(parts.tables.completions);
  });

});
