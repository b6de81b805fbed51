import { describe, expect, it } from "vitest";
import { acronymOf, collectAcronyms, extractDocument, isDistinctivePrefix } from "../../../src/knowledge/extract/document.js";
import { documentFromParagraphs, seedDocument } from "../../support/documents.js";

describe("acronymOf", () => {
  it.each([["GG Seminar", "GG"], ["GG", "GG"], ["PIC Programme", "PIC"], ["UNCAC Training Programme", "UNCAC"]])("%s → %s", (text, letters) => {
    expect(acronymOf(text)).toBe(letters);
  });

  it.each(["Regional Seminar", "GG Governance", "G Seminar", ""])("%j → undefined", (text) => {
    expect(acronymOf(text)).toBeUndefined();
  });
});

describe("isDistinctivePrefix", () => {
  it.each([
    ["Regional Seminar on Good Governance", "Regional Seminar on Good Governance for Southeast Asian Countries", true],
    ["international training course", "international training course on the criminal justice response to corruption", false],
    ["GG Seminar", "GG Seminar", false],
    ["UNCAC Training Programme", "Regional Seminar on Good Governance", false],
  ])("%s / %s → %s", (shorter, longer, expected) => {
    expect(isDistinctivePrefix(shorter, longer)).toBe(expected);
  });
});

describe("collectAcronyms", () => {
  it("takes the letters of defined abbreviations", () => {
    expect([...collectAcronyms([seedDocument()])]).toEqual(["GG"]);
    expect([...collectAcronyms([documentFromParagraphs("x", ["The 16th Regional Seminar on Good Governance for Southeast Asian Countries (GG16) was held."])])]).toEqual(["GG"]);
    expect([...collectAcronyms([documentFromParagraphs("y", ["Nothing here."])])]).toEqual([]);
  });
});

describe("extractDocument", () => {
  it("links the seed's UNCAC edition to the course described before it through the UNCAC qualifier", () => {
    const records = extractDocument(seedDocument(), new Set(["GG"]));
    const uncac = records.editions.find((e) => e.ordinal === 23)!;
    expect(uncac.series.names).toEqual([
      { text: "international training course on the criminal justice response to corruption", kind: "description" },
      { text: "UNCAC training programme", kind: "phrase" },
    ]);
  });

  it("keeps a differently named edition apart when the paragraph describes a titled series", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "Japan has held a seminar titled “Regional Seminar on Good Governance (GG Seminar)” since 2007. In 2021, the 175th International Training Course was held online.",
    ]), new Set(["GG"]));
    expect(records.editions.map((e) => e.series.names.map((n) => n.text))).toEqual([["International Training Course"]]);
  });

  it("gives a following sentence's facts to the edition the previous sentence introduced", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "The 5th Regional Workshop on Cybercrime was held in Manila, the Philippines in June 2019. The main theme was “Digital Evidence”. Participants came from Indonesia and Malaysia.",
    ]), new Set());
    const [edition] = records.editions;
    expect(edition!.theme?.value).toBe("Digital Evidence");
    expect(edition!.countries?.value).toEqual(["IDN", "MYS"]);
    expect(edition!.format?.value).toEqual({ mode: "in person", place: "Manila, the Philippines" });
    expect(records.countries.map((c) => `${c.code}:${c.role}`)).toEqual(["PHL:mentioned", "IDN:participant", "MYS:participant"]);
  });

  it("drops nothing and invents nothing for a passage without programmes", () => {
    expect(extractDocument(documentFromParagraphs("x", ["Corruption impedes growth."]), new Set())).toEqual({ series: [], editions: [], countries: [], regions: [] });
  });
});
