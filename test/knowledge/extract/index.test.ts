import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractCatalogue } from "../../../src/knowledge/extract/index.js";
import { splitSentences } from "../../../src/knowledge/sentences.js";
import type { Evidence } from "../../../src/knowledge/types.js";
import { SEED_NOTE, SEED_PARAGRAPHS, documentFromParagraphs, seedDocument } from "../../support/documents.js";

const SLUG = "000_c889310df7d76567";
const SEED_TEXTS = [...SEED_PARAGRAPHS, SEED_NOTE];
/** Evidence for sentence `i` (0-based) of seed passage `p` (1-based), taken from the input text. */
const S = (p: number, i: number): Evidence => {
  const split = splitSentences(SEED_TEXTS[p - 1]!)[i]!;
  return { passageId: `${SLUG}#p${p}`, sentence: split.text, start: split.start, end: split.end };
};

describe("extractCatalogue on the seed", () => {
  const catalogue = extractCatalogue([seedDocument()]);

  it("finds the three series with names, aliases, organiser, since-year and frequency", () => {
    expect(catalogue.series).toEqual([
      {
        id: "uncac-training-programme",
        name: "UNCAC Training Programme",
        aliases: ["international training course on the criminal justice response to corruption"],
        organiser: { value: "UNAFEI", evidence: S(3, 0) },
        sinceYear: { value: 1998, evidence: S(4, 0) },
        frequency: { value: "annual", evidence: S(4, 0) },
        evidence: [S(4, 0), S(4, 2)],
      },
      {
        id: "gg-seminar",
        name: "Regional Seminar on Good Governance for Southeast Asian Countries",
        abbreviation: "GG Seminar",
        aliases: ["GG Seminar", "GG"],
        organiser: { value: "UNAFEI", evidence: S(3, 0) },
        sinceYear: { value: 2007, evidence: S(5, 0) },
        frequency: { value: "every fiscal year", evidence: S(5, 0) },
        evidence: [S(5, 0), S(5, 1)],
      },
      {
        id: "international-training-course",
        name: "International Training Course",
        aliases: [],
        organiser: { value: "UNAFEI", evidence: S(6, 0) },
        evidence: [S(6, 1)],
      },
    ]);
  });

  it("finds the four editions whole, the two of one sentence included", () => {
    const online = (evidence: Evidence) => ({ value: { mode: "online" }, evidence });
    expect(catalogue.editions).toEqual([
      {
        id: "uncac-training-programme-23", seriesId: "uncac-training-programme", ordinal: 23, ordinalText: "23rd", evidence: S(4, 2),
        theme: { value: "Tackling Emerging Threats of Corruption in the Borderless and Digitalized World", evidence: S(4, 2) },
        period: { value: { text: "from September to October", year: 2021, startMonth: 9, endMonth: 10 }, evidence: S(4, 2) },
        format: online(S(4, 2)), year: 2021, mentions: [S(4, 2)],
      },
      {
        id: "gg-seminar-15", seriesId: "gg-seminar", ordinal: 15, ordinalText: "15th", evidence: S(5, 1),
        theme: { value: "Effective International Cooperation for Combating Corruption", evidence: S(5, 1) },
        period: { value: { text: "In December 2021", year: 2021, startMonth: 12, endMonth: 12 }, evidence: S(5, 1) },
        format: online(S(5, 1)),
        participants: { value: { count: 18, description: "criminal justice practitioners", countryCount: 10 }, evidence: S(5, 1) },
        countries: { value: ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM", "TLS"], evidence: S(5, 1) },
        year: 2021, mentions: [S(5, 1)],
      },
      {
        id: "international-training-course-175", seriesId: "international-training-course", ordinal: 175, ordinalText: "175th", evidence: S(6, 1),
        theme: { value: "Treatment of Women Offenders", evidence: S(6, 1) },
        period: { value: { text: "between October and December", year: 2021, startMonth: 10, endMonth: 12 }, evidence: S(6, 1) },
        format: online(S(6, 1)), year: 2021, mentions: [S(6, 1)],
      },
      {
        id: "international-training-course-176", seriesId: "international-training-course", ordinal: 176, ordinalText: "176th", evidence: S(6, 1),
        theme: { value: "Achieving Inclusive Societies through Effective Criminal Justice Policies and Practices", evidence: S(6, 1) },
        period: { value: { text: "between October and December", year: 2021, startMonth: 10, endMonth: 12 }, evidence: S(6, 1) },
        format: online(S(6, 1)), year: 2021, mentions: [S(6, 1)],
      },
    ]);
  });

  it("makes Japan the donor, never a participant, and the ten listed countries participants of the 15th GG Seminar", () => {
    const participant = (code: string, asWritten: string) => ({ code, asWritten, role: "participant", editionId: "gg-seminar-15", evidence: S(5, 1) });
    expect(catalogue.countries).toEqual([
      { code: "JPN", asWritten: "Japan", role: "donor", evidence: S(2, 0) },
      { code: "JPN", asWritten: "Japan", role: "donor", evidence: S(3, 0) },
      { code: "JPN", asWritten: "Japan", role: "donor", evidence: S(4, 0) },
      { code: "JPN", asWritten: "Japan", role: "donor", evidence: S(5, 0) },
      participant("BRN", "Brunei"), participant("KHM", "Cambodia"), participant("IDN", "Indonesia"), participant("LAO", "Laos"),
      participant("MYS", "Malaysia"), participant("PHL", "Philippines"), participant("SGP", "Singapore"), participant("THA", "Thailand"),
      participant("VNM", "Viet Nam"), participant("TLS", "Timor-Leste"),
      { code: "JPN", asWritten: "Japan", role: "mentioned", evidence: S(7, 0) },
    ]);
  });

  it("recognises Asia and Africa (not the Asia in the institute's name) and Southeast Asia as regions", () => {
    expect(catalogue.regions).toEqual([
      { name: "Asia", evidence: S(3, 0) },
      { name: "Africa", evidence: S(3, 0) },
      { name: "Southeast Asia", evidence: S(5, 0) },
    ]);
  });

  it("lists no country that the seed does not name", () => {
    expect(catalogue.countries.some((mention) => mention.code === "MMR")).toBe(false);
  });
});

describe("extractCatalogue across documents", () => {
  it("merges the same series and edition mentioned in two documents, combining evidence", () => {
    const a = documentFromParagraphs("a", ["In 2019, the 17th GG Seminar was held in Tokyo in March."], { year: 2019 });
    const b = documentFromParagraphs("b", [
      "Japan has held a seminar titled “Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar)” every fiscal year since 2007.",
      "The Seventeenth Regional Seminar on Good Governance, themed “Asset Recovery”, was attended by 15 participants.",
    ], { year: 2020 });
    const catalogue = extractCatalogue([b, a]);
    expect(catalogue.series.map((s) => [s.id, s.name, s.aliases])).toEqual([
      ["gg-seminar", "Regional Seminar on Good Governance for Southeast Asian Countries", ["GG Seminar", "GG", "Regional Seminar on Good Governance"]],
    ]);
    expect(catalogue.series[0]!.evidence.map((e) => e.passageId)).toEqual(["a#p1", "b#p1", "b#p2"]);
    const [edition] = catalogue.editions;
    expect(edition).toMatchObject({ id: "gg-seminar-17", ordinal: 17, ordinalText: "17th" });
    expect(edition!.theme?.value).toBe("Asset Recovery");
    expect(edition!.theme?.evidence.passageId).toBe("b#p2");
    expect(edition!.period?.value).toEqual({ text: "in March", year: 2019, startMonth: 3, endMonth: 3 });
    expect(edition!.format?.value).toEqual({ mode: "in person", place: "Tokyo" });
    expect(edition!.participants?.value).toEqual({ count: 15, description: "participants" });
    expect(edition!.mentions?.map((e) => e.passageId)).toEqual(["a#p1", "b#p2"]);
    expect(catalogue.editions).toHaveLength(1);
  });

  it("gives the same catalogue whatever the order of the documents", () => {
    const docs = [seedDocument(), documentFromParagraphs("z", ["The 24th UNCAC Training Programme was held online in October 2022."])];
    expect(extractCatalogue([docs[1]!, docs[0]!])).toEqual(extractCatalogue(docs));
  });

  it("returns an empty catalogue for no documents", () => {
    expect(extractCatalogue([])).toEqual({ series: [], editions: [], countries: [], regions: [] });
  });
});

describe("extractCatalogue robustness", () => {
  it("never throws on arbitrary paragraphs", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { maxLength: 5 }), fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }), (paragraphs, year) => {
        const catalogue = extractCatalogue([documentFromParagraphs("x", paragraphs, year === undefined ? {} : { year })]);
        expect(Array.isArray(catalogue.series)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on paragraphs made of the words extraction looks for", () => {
    const words = fc.constantFrom("the", "23rd", "Fifteenth", "GG8", "GG", "Seminar", "training", "programme", "course", "on", "theme", "of",
      "“", "”", "\"", "'", "(", ")", ",", ".", "held", "online", "in", "Tokyo", "from", "18", "to", "20", "November", "2014", "since", "1998",
      "annually", "participants", "from", "10", "countries", "namely", "nine", "ASEAN", "member", "states", "except", "Myanmar", "Viet Nam",
      "Laos", "Japan", "has", "titled", "(GG Seminar)", "and", "the 176th", "were", "Asia", "UNAFEI", "through", "twenty-two");
    fc.assert(
      fc.property(fc.array(fc.array(words, { maxLength: 60 }).map((w) => w.join(" ")), { maxLength: 4 }), (paragraphs) => {
        const catalogue = extractCatalogue([documentFromParagraphs("w", paragraphs, { year: 2021 })]);
        for (const edition of catalogue.editions) expect(catalogue.series.some((s) => s.id === edition.seriesId)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("ignores malformed input instead of throwing", () => {
    expect(extractCatalogue(null as unknown as [])).toEqual({ series: [], editions: [], countries: [], regions: [] });
    expect(extractCatalogue([{ slug: "x" } as never])).toEqual({ series: [], editions: [], countries: [], regions: [] });
  });
});
