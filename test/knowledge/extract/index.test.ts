import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractCatalogue, extractEachInCompany } from "../../../src/knowledge/extract/index.js";
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

/** Evidence for the clause `text` of seed passage `p` (1-based), in the sentence that holds it. */
const C = (p: number, text: string): Evidence => {
  const passage = SEED_TEXTS[p - 1]!;
  const start = passage.indexOf(text);
  if (start < 0) throw new Error(`not in passage ${p}: ${text}`);
  const sentence = splitSentences(passage).find((s) => s.start <= start && start < s.end)!;
  return { passageId: `${SLUG}#p${p}`, sentence: sentence.text, start, end: start + text.length };
};
const stated = <T>(value: T, evidence: Evidence) => ({ value, evidence, basis: "stated" });

describe("extractCatalogue on the seed", () => {
  const catalogue = extractCatalogue([seedDocument()]);

  it("finds the three series with names, aliases, organiser, since-year and frequency, each from a sentence about the series", () => {
    expect(catalogue.series).toEqual([
      {
        id: "uncac-training-programme",
        name: "UNCAC Training Programme",
        aliases: ["international training course on the criminal justice response to corruption"],
        organiser: stated("UNAFEI", S(3, 0)),
        sinceYear: stated(1998, S(4, 0)),
        frequency: stated("annual", S(4, 0)),
        evidence: [S(4, 0), C(4, "23rd UNCAC training programme")],
      },
      {
        id: "gg-seminar",
        name: "Regional Seminar on Good Governance for Southeast Asian Countries",
        abbreviation: "GG Seminar",
        aliases: ["GG Seminar", "GG"],
        organiser: stated("UNAFEI", S(3, 0)),
        sinceYear: stated(2007, S(5, 0)),
        frequency: stated("every fiscal year", S(5, 0)),
        evidence: [S(5, 0), C(5, "15th GG Seminar")],
      },
      {
        id: "international-training-course",
        name: "International Training Course",
        aliases: [],
        organiser: stated("UNAFEI", S(6, 0)),
        evidence: [C(6, "175th international training course")],
      },
    ]);
  });

  it("finds the four editions whole, the two of one sentence included, each fact quoting the clause from the edition to its value (a period from the year it takes)", () => {
    const uncac = "23rd UNCAC training programme on the theme of “Tackling Emerging Threats of Corruption in the Borderless and Digitalized World”";
    const gg = "15th GG Seminar on the theme of “Effective International Cooperation for Combating Corruption” was held online";
    const both = "175th international training course on the theme of “Treatment of Women Offenders” and the 176th international training course on “Achieving Inclusive Societies through Effective Criminal Justice Policies and Practices” were held online";
    const second = "176th international training course on “Achieving Inclusive Societies through Effective Criminal Justice Policies and Practices” were held online";
    expect(catalogue.editions).toEqual([
      {
        id: "uncac-training-programme-23", seriesId: "uncac-training-programme", ordinal: 23, ordinalText: "23rd", evidence: C(4, "23rd UNCAC training programme"),
        theme: stated("Tackling Emerging Threats of Corruption in the Borderless and Digitalized World", C(4, uncac)),
        period: stated({ text: "from September to October", year: 2021, startMonth: 9, endMonth: 10 }, C(4, `2021, the ${uncac} was conducted online from September to October`)),
        format: stated({ mode: "online" }, C(4, `${uncac} was conducted online`)), year: 2021, yearBasis: "stated", mentions: [C(4, "23rd UNCAC training programme")],
      },
      {
        id: "gg-seminar-15", seriesId: "gg-seminar", ordinal: 15, ordinalText: "15th", evidence: C(5, "15th GG Seminar"),
        theme: stated("Effective International Cooperation for Combating Corruption", C(5, "15th GG Seminar on the theme of “Effective International Cooperation for Combating Corruption”")),
        period: stated({ text: "In December 2021", year: 2021, startMonth: 12, endMonth: 12 }, C(5, "In December 2021, the 15th GG Seminar")),
        format: stated({ mode: "online" }, C(5, gg)),
        participants: stated({ count: 18, description: "criminal justice practitioners", countryCount: 10 }, C(5, `${gg}, with participation by 18 criminal justice practitioners from 10 countries`)),
        countries: stated(["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM", "TLS"], C(5, `${gg}, with participation by 18 criminal justice practitioners from 10 countries, namely nine ASEAN member states (Brunei, Cambodia, Indonesia, Laos, Malaysia, the Philippines, Singapore, Thailand, and Viet Nam) and Timor-Leste.`)),
        year: 2021, yearBasis: "stated", mentions: [C(5, "15th GG Seminar")],
      },
      {
        id: "international-training-course-175", seriesId: "international-training-course", ordinal: 175, ordinalText: "175th", evidence: C(6, "175th international training course"),
        theme: stated("Treatment of Women Offenders", C(6, "175th international training course on the theme of “Treatment of Women Offenders”")),
        period: stated({ text: "between October and December", year: 2021, startMonth: 10, endMonth: 12 }, C(6, `2021, the ${both} between October and December`)),
        format: stated({ mode: "online" }, C(6, both)), year: 2021, yearBasis: "stated", mentions: [C(6, "175th international training course")],
      },
      {
        id: "international-training-course-176", seriesId: "international-training-course", ordinal: 176, ordinalText: "176th", evidence: C(6, "176th international training course"),
        theme: stated("Achieving Inclusive Societies through Effective Criminal Justice Policies and Practices", C(6, "176th international training course on “Achieving Inclusive Societies through Effective Criminal Justice Policies and Practices”")),
        period: stated({ text: "between October and December", year: 2021, startMonth: 10, endMonth: 12 }, C(6, `2021, the ${both} between October and December`)),
        format: stated({ mode: "online" }, C(6, second)), year: 2021, yearBasis: "stated", mentions: [C(6, "176th international training course")],
      },
    ]);
  });

  it("makes Japan the donor, never a participant, and the ten listed countries participants of the 15th GG Seminar", () => {
    const list = C(5, "15th GG Seminar on the theme of “Effective International Cooperation for Combating Corruption” was held online, with participation by 18 criminal justice practitioners from 10 countries, namely nine ASEAN member states (Brunei, Cambodia, Indonesia, Laos, Malaysia, the Philippines, Singapore, Thailand, and Viet Nam) and Timor-Leste.");
    const participant = (code: string, asWritten: string) => ({ code, asWritten, role: "participant", editionId: "gg-seminar-15", evidence: list });
    const japan = (p: number, i: number) => {
      const sentence = S(p, i);
      const start = SEED_TEXTS[p - 1]!.indexOf("Japan", sentence.start);
      return { ...sentence, start, end: start + "Japan".length };
    };
    expect(catalogue.countries).toEqual([
      { code: "JPN", asWritten: "Japan", role: "donor", evidence: japan(2, 0) },
      { code: "JPN", asWritten: "Japan", role: "donor", evidence: japan(3, 0) },
      { code: "JPN", asWritten: "Japan", role: "donor", evidence: japan(4, 0) },
      { code: "JPN", asWritten: "Japan", role: "donor", evidence: japan(5, 0) },
      participant("BRN", "Brunei"), participant("KHM", "Cambodia"), participant("IDN", "Indonesia"), participant("LAO", "Laos"),
      participant("MYS", "Malaysia"), participant("PHL", "Philippines"), participant("SGP", "Singapore"), participant("THA", "Thailand"),
      participant("VNM", "Viet Nam"), participant("TLS", "Timor-Leste"),
      { code: "JPN", asWritten: "Japan", role: "mentioned", evidence: japan(7, 0) },
    ]);
  });

  it("recognises Asia and Africa (not the Asia in the institute's name) and Southeast Asia as regions, quoting the region's words", () => {
    // `before`: the words just before the region's, so that the Asia of the institute's name is passed over.
    const region = (p: number, i: number, before: string, words: string) => {
      const sentence = S(p, i);
      const start = SEED_TEXTS[p - 1]!.indexOf(before + words, sentence.start) + before.length;
      return { ...sentence, start, end: start + words.length };
    };
    expect(catalogue.regions).toEqual([
      { name: "Asia", evidence: region(3, 0, "such as in ", "Asia") },
      { name: "Africa", evidence: region(3, 0, "Asia and ", "Africa") },
      { name: "Southeast Asia", evidence: region(5, 0, "initiatives in ", "Southeast Asian") },
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

describe("extractEachInCompany", () => {
  const defines = documentFromParagraphs("a", ["UNAFEI has hosted the Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar) once a year since 2007."]);
  const mentions = documentFromParagraphs("b", ["GG16 was held in Tokyo in December 2022."]);

  it("reads a document with the acronyms and series names the others define, but only its own editions and facts", () => {
    const each = extractEachInCompany([defines, mentions]);
    const own = each.get("b")!;
    expect(own.editions.map((e) => [e.id, e.format?.value.place])).toEqual([["gg-seminar-16", "Tokyo"]]);
    // The series is named as the whole set names it, with none of the other document's facts.
    expect(own.series.map((s) => [s.id, s.name, s.sinceYear, s.organiser])).toEqual([["gg-seminar", "Regional Seminar on Good Governance for Southeast Asian Countries", undefined, undefined]]);
    expect(each.get("a")!.editions).toEqual([]);
  });

  it("finds nothing in the same document read alone, where “GG” is no known acronym", () => {
    expect(extractCatalogue([mentions]).editions).toEqual([]);
  });
});

