import { describe, expect, it } from "vitest";
import { mergeRecords, misread } from "../../../src/knowledge/extract/merge.js";
import type { DocumentRecords, EditionRecord, SeriesRecord } from "../../../src/knowledge/extract/records.js";

const ev = (passageId: string, sentence = "s") => ({ passageId, sentence, start: 0, end: sentence.length });

function series(names: SeriesRecord["names"], passageId: string, weak = false): SeriesRecord {
  return { names, evidence: [ev(passageId)], weak };
}

function edition(of: SeriesRecord, ordinal: number, passageId: string, extra: Partial<EditionRecord> = {}): EditionRecord {
  return { series: of, ordinal, ordinalText: `${ordinal}th`, evidence: ev(passageId), ...extra };
}

function doc(seriesRecords: SeriesRecord[], editions: EditionRecord[] = []): DocumentRecords {
  return { series: seriesRecords, editions, countries: [], regions: [] };
}

describe("mergeRecords", () => {
  it("joins series that share a name, an acronym or a distinctive prefix, and names them by the proper name", () => {
    const a = series([{ text: "GG Seminar", kind: "phrase" }, { text: "GG", kind: "acronym" }], "a#p1");
    const b = series([{ text: "Regional Seminar on Good Governance for Southeast Asian Countries", kind: "name" }, { text: "GG", kind: "acronym" }], "b#p1");
    const c = series([{ text: "Regional Seminar on Good Governance", kind: "phrase" }], "c#p1");
    const catalogue = mergeRecords([doc([a]), doc([b]), doc([c])]);
    expect(catalogue.series).toEqual([{
      id: "gg-seminar",
      name: "Regional Seminar on Good Governance for Southeast Asian Countries",
      abbreviation: "GG Seminar",
      aliases: ["GG Seminar", "GG", "Regional Seminar on Good Governance"],
      evidence: [ev("a#p1"), ev("b#p1"), ev("c#p1")],
    }]);
  });

  it("keeps series apart when only generic words are shared", () => {
    const a = series([{ text: "international training course", kind: "phrase" }], "a#p1");
    const b = series([{ text: "international training course on the criminal justice response to corruption", kind: "description" }], "b#p1");
    expect(mergeRecords([doc([a]), doc([b])]).series.map((s) => s.id)).toEqual([
      "international-training-course", "international-training-course-on-the-criminal-justice-response-to-corruption",
    ]);
  });

  it("drops a series only weak mentions name, with its editions", () => {
    const weak = series([{ text: "training course", kind: "phrase" }], "a#p1", true);
    expect(mergeRecords([doc([weak], [edition(weak, 1, "a#p1")])])).toEqual({ series: [], editions: [], countries: [], regions: [] });
  });

  it("merges one edition stated twice: the fuller mention introduces it, the other fills its gaps", () => {
    const a = series([{ text: "UNCAC Training Programme", kind: "phrase" }], "a#p1");
    const b = series([{ text: "UNCAC training programme", kind: "phrase" }], "b#p1");
    const theme = { value: "T", evidence: ev("b#p1"), basis: "stated" as const };
    const format = { value: { mode: "online" as const }, evidence: ev("b#p1"), basis: "stated" as const };
    const period = { value: { text: "in 2019", year: 2019 }, evidence: ev("a#p1"), basis: "stated" as const };
    const catalogue = mergeRecords([doc([a], [edition(a, 20, "a#p1", { period })]), doc([b], [edition(b, 20, "b#p1", { theme, format })])]);
    expect(catalogue.editions).toEqual([{
      id: "uncac-training-programme-20", seriesId: "uncac-training-programme", ordinal: 20, ordinalText: "20th",
      evidence: ev("b#p1"), theme, format, period, year: 2019, mentions: [ev("a#p1"), ev("b#p1")],
    }]);
  });
});

describe("mergeRecords · country and region mentions", () => {
  const country = (code: string, role: "participant" | "donor" | "mentioned", passageId: string, sentence = "s") =>
    ({ code, asWritten: code, role, evidence: ev(passageId, sentence) });
  const withCountries = (countries: DocumentRecords["countries"], regions: DocumentRecords["regions"] = []): DocumentRecords =>
    ({ series: [], editions: [], countries, regions });

  it("drops a country named again with the same role in the same sentence of the same passage, and keeps the order", () => {
    const records = [
      country("JPN", "donor", "a#p1"), country("VNM", "mentioned", "a#p1"), country("JPN", "donor", "a#p1"),
      country("JPN", "mentioned", "a#p1"), country("JPN", "donor", "a#p1", "t"), country("JPN", "donor", "a#p2"),
    ];
    expect(mergeRecords([withCountries(records.slice(0, 3)), withCountries(records.slice(3))]).countries).toEqual([
      country("JPN", "donor", "a#p1"), country("VNM", "mentioned", "a#p1"), country("JPN", "mentioned", "a#p1"),
      country("JPN", "donor", "a#p1", "t"), country("JPN", "donor", "a#p2"),
    ]);
  });

  it("keeps one mention per passage of a sentence repeated in many passages", () => {
    const passages = Array.from({ length: 40 }, (_, i) => `a#p${i + 1}`);
    const records = [...passages.map((id) => country("JPN", "donor", id)), country("JPN", "donor", "a#p40"), country("JPN", "donor", "a#p1")];
    expect(mergeRecords([withCountries(records)]).countries).toEqual(passages.map((id) => country("JPN", "donor", id)));
  });

  it("keeps a region once per passage", () => {
    const region = (name: string, passageId: string, sentence = "s") => ({ name, evidence: ev(passageId, sentence) });
    const regions = [region("Asia", "a#p1"), region("Asia", "a#p1", "t"), region("Africa", "a#p1"), region("Asia", "a#p2")];
    expect(mergeRecords([withCountries([], regions)]).regions).toEqual([region("Asia", "a#p1"), region("Africa", "a#p1"), region("Asia", "a#p2")]);
  });
});

describe("mergeRecords · one series, many names", () => {
  it("joins an abbreviation to the name whose capitalised words it abbreviates, and an organiser's letters in front of a known name", () => {
    const long = series([{ text: "Regional Seminar on Good Governance for Southeast Asian Countries", kind: "phrase" }], "a#p1");
    const short = series([{ text: "GG Seminar", kind: "name" }], "b#p1");
    const uncac = series([{ text: "UNCAC Training Programme", kind: "phrase" }], "c#p1");
    const prefixed = series([{ text: "UNAFEI UNCAC Training Programme", kind: "name" }], "d#p1");
    const catalogue = mergeRecords([doc([long, short, uncac, prefixed])]);
    expect(catalogue.series.map((s) => [s.id, s.name, s.aliases])).toEqual([
      ["gg-seminar", "GG Seminar", ["Regional Seminar on Good Governance for Southeast Asian Countries"]],
      ["uncac-training-programme", "UNCAC Training Programme", ["UNAFEI UNCAC Training Programme"]],
    ]);
  });

  it("does not join letters that abbreviate no run of the longer name's words, nor another head noun", () => {
    const long = series([{ text: "Regional Seminar on Good Governance for Southeast Asian Countries", kind: "phrase" }], "a#p1");
    const course = series([{ text: "GG Course", kind: "name" }], "b#p1");
    const other = series([{ text: "PI Seminar", kind: "name" }], "c#p1");
    expect(mergeRecords([doc([long, course, other])]).series).toHaveLength(3);
  });

  it("shows a name written in capitals in mixed case when no other form is known", () => {
    const shouting = series([{ text: "SEMINAR ON THE JUDICIAL SYSTEM FOR TAJIKISTAN", kind: "phrase" }], "a#p1");
    expect(mergeRecords([doc([shouting])]).series.map((s) => s.name)).toEqual(["Seminar on the Judicial System for Tajikistan"]);
  });

  it("shows the proper name most documents use, not a longer spelling one document has", () => {
    const usual = (id: string) => series([{ text: "Regional Seminar on Good Governance for Southeast Asian Countries", kind: "name" }, { text: "GG", kind: "acronym" }], id);
    const rare = series([{ text: "Regional Seminar on Good Governance for South-East Asian Countries", kind: "name" }, { text: "GG", kind: "acronym" }], "c#p1");
    const catalogue = mergeRecords([doc([usual("a#p1")]), doc([rare]), doc([usual("b#p1")])]);
    expect(catalogue.series.map((s) => [s.name, s.aliases])).toEqual([
      ["Regional Seminar on Good Governance for Southeast Asian Countries", ["GG", "Regional Seminar on Good Governance for South-East Asian Countries"]],
    ]);
  });

  it("shows the longest name in the singular when the same name is also written in the plural", () => {
    const plural = series([{ text: "Regional Seminars on Good Governance for Southeast Asian Countries", kind: "name" }, { text: "GG", kind: "acronym" }], "a#p1");
    const singular = series([{ text: "Regional Seminar on Good Governance for Southeast Asian Countries", kind: "name" }, { text: "GG", kind: "acronym" }], "b#p1");
    const shorter = series([{ text: "Regional Seminar on Good Governance", kind: "name" }, { text: "GG", kind: "acronym" }], "c#p1");
    expect(mergeRecords([doc([plural]), doc([singular]), doc([shorter])]).series.map((s) => s.name)).toEqual(["Regional Seminar on Good Governance for Southeast Asian Countries"]);
  });
});

describe("mergeRecords: what introduces an edition a page's title names", () => {
  it("is a sentence that names it, and the series is quoted by the sentences that write its name", async () => {
    const { extractCatalogue } = await import("../../../src/knowledge/extract/index.js");
    const { documentFromParagraphs } = await import("../../support/documents.js");
    const document = documentFromParagraphs("r", [
      "The views expressed in this publication are those of the authors.",
      "I present the report of the Thirteenth Regional Seminar on Good Governance, held in Tokyo from 17 to 19 December 2019.",
    ], { title: "THIRTEENTH REGIONAL SEMINAR ON GOOD GOVERNANCE" });
    const catalogue = extractCatalogue([document]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.evidence.passageId])).toEqual([[13, "r#p2"]]);
    expect(catalogue.series.map((s) => s.evidence.map((item) => item.passageId))).toEqual([["r#p2"]]);
  });
});

describe("misread: names read past their end or cut short", () => {
  const keys = new Set(["regional seminar on good governance for southeast asian countries", "gg seminar", "uncac training programme"]);
  it.each([
    "REGIONAL SEMINAR ON GOOD GOVER-",
    "GG Seminar Seminar",
    "UNCAC TRAINING PROGRAMME Training",
    "Regional Seminar on Good Governance for Southeast Asian Countries Technical",
  ])("%j is misread", (name) => {
    expect(misread(name, keys)).toBe(true);
  });

  it.each([
    "UNAFEI UNCAC Training Programme",
    "Japan Seminar of the SCC Project",
    "International Training Course",
    "Criminal Justice Training Programme for French-speaking African Countries",
    "Regional Seminar on Good Governance for Southeast Asian Countries",
  ])("%j is a name", (name) => {
    expect(misread(name, keys)).toBe(false);
  });
});
