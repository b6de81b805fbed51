// The extractor on white-paper sections of 2015–2023 and activity pages written in their varied
// phrasing (see varied-years.ts): every edition's facts, the series, the countries' roles, asserted
// exactly. The seed's own tests pin the seed; these pin what must hold on documents like it.
import { describe, expect, it } from "vitest";
import { extractCatalogue } from "../../../src/knowledge/extract/index.js";
import type { Catalogue } from "../../../src/knowledge/types.js";
import { documentFromParagraphs } from "../../support/documents.js";
import { UNAFEI_PAGES, VARIED_YEARS, WHITE_PAPER_2016_SECTION, WHITE_PAPER_2022 } from "./varied-years.js";

const catalogue: Catalogue = extractCatalogue(VARIED_YEARS);

/** An edition's facts without their evidence; absent facts left out. */
function facts(catalogueIn: Catalogue, id: string): Record<string, unknown> | undefined {
  const e = catalogueIn.editions.find((edition) => edition.id === id);
  if (!e) return undefined;
  const out: Record<string, unknown> = { ordinalText: e.ordinalText };
  if (e.theme) out.theme = e.theme.value;
  if (e.period) out.period = e.period.value;
  if (e.format) out.format = e.format.value;
  if (e.participants) out.participants = e.participants.value;
  if (e.countries) out.countries = e.countries.value;
  if (e.year !== undefined) out.year = e.year;
  return out;
}

const roles = (c: Catalogue, passageId: string): string[] =>
  c.countries.filter((m) => m.evidence.passageId === passageId).map((m) => `${m.code}:${m.role}${m.editionId ? `@${m.editionId}` : ""}`);

const ASEAN_BUT_MYANMAR = ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM"];

describe("editions in the phrasing of other years", () => {
  it.each([
    ["international-training-course-180", { ordinalText: "180th", theme: "Effective Measures to Prevent Recidivism", period: { text: "from 10 January to 8 February 2023", year: 2023, startDay: 10, startMonth: 1, endDay: 8, endMonth: 2 }, participants: { count: 23, description: "overseas participants", countryCount: 19 }, year: 2023 }],
    ["international-training-course-170", { ordinalText: "170th", theme: "Treatment of Offenders", period: { text: "from 12 May to 9 June 2018", year: 2018, startDay: 12, startMonth: 5, endDay: 9, endMonth: 6 }, format: { mode: "in person", place: "Tokyo" }, countries: ["BGD", "BTN", "FJI", "KEN", "PNG", "TUR"], year: 2018 }],
    ["international-training-course-181", { ordinalText: "181st", theme: "Reintegration of Offenders through Employment", period: { text: "from 16 May to 15 June 2023", year: 2023, startDay: 16, startMonth: 5, endDay: 15, endMonth: 6 }, participants: { count: 22, description: "participants" }, countries: ["BRA", "COL", "GHA", "IND", "KEN", "NGA", "PAK", "PHL", "LKA", "UGA"], year: 2023 }],
    ["uncac-training-programme-20", { ordinalText: "20th", theme: "Contemporary Challenges in Corruption Investigations", period: { text: "from 10 January to 8 February 2018", year: 2018, startDay: 10, startMonth: 1, endDay: 8, endMonth: 2 }, countries: ["BTN", "COD", "CIV", "PNG", "KOR"], year: 2018 }],
    ["training-programme-on-criminal-justice-for-central-asian-countries-3", { ordinalText: "3rd", period: { text: "from 15 to 18 November 2022", year: 2022, startDay: 15, endDay: 18, startMonth: 11, endMonth: 11 }, format: { mode: "online" }, participants: { count: 25, description: "participants" }, countries: ["KAZ", "KGZ", "TJK", "TKM", "UZB"], year: 2022 }],
    ["gg-seminar-18", { ordinalText: "18th", period: { text: "on 15 and 16 February 2023", year: 2023, startDay: 15, endDay: 16, startMonth: 2, endMonth: 2 }, format: { mode: "in person", place: "Jakarta, Indonesia" }, participants: { count: 24, description: "officials" }, countries: ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM", "TLS"], year: 2023 }],
    ["uncac-training-programme-21", { ordinalText: "21st", theme: "Effective Measures for Combating Corruption in the Private Sector", period: { text: "from 17 May to 14 June", startDay: 17, startMonth: 5, endDay: 14, endMonth: 6, year: 2018 }, format: { mode: "in person", place: "Tokyo" }, year: 2018 }],
    ["international-training-course-177", { ordinalText: "177th", theme: "Tackling Cybercrime in the Digital Age", period: { text: "from September 13 to October 8, 2021", year: 2021, startMonth: 9, startDay: 13, endMonth: 10, endDay: 8 }, format: { mode: "online" }, year: 2021 }],
    ["uncac-training-programme-17", { ordinalText: "Seventeenth", period: { text: "In FY2014", year: 2014 }, format: { mode: "in person", place: "Tokyo, Japan" }, participants: { count: 27, description: "participants", countryCount: 21 }, year: 2014 }],
    ["gg-seminar-9", { ordinalText: "Ninth", period: { text: "from 8 to 10 December 2015", year: 2015, startDay: 8, endDay: 10, startMonth: 12, endMonth: 12 }, format: { mode: "in person", place: "Bangkok, Thailand" }, countries: ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM"], year: 2015 }],
    // No year: the text gives none for it, and the document's year is not the edition's.
    ["gg-seminar-11", { ordinalText: "11th", period: { text: "from 12 to 14 December", startDay: 12, endDay: 14, startMonth: 12, endMonth: 12 }, format: { mode: "in person", place: "Tokyo" }, countries: ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM"] }],
    ["uncac-training-programme-22", { ordinalText: "22nd", theme: "Contemporary Challenges in Combating Corruption", period: { text: "from 14 May to 7 June", startDay: 14, startMonth: 5, endDay: 7, endMonth: 6, year: 2019 }, format: { mode: "in person", place: "Tokyo" }, participants: { count: 25, description: "participants" }, countries: ["BGD", "LAO", "MMR", "NPL", "VNM"], year: 2019 }],
    ["gg-seminar-13", { ordinalText: "13th", period: { text: "From 3 to 5 December 2019", year: 2019, startDay: 3, endDay: 5, startMonth: 12, endMonth: 12 }, format: { mode: "in person", place: "Siem Reap, Cambodia" }, year: 2019 }],
    ["international-senior-seminar-172", { ordinalText: "172nd", theme: "Protecting Children from Violence", period: { text: "from 9 January to 7 February 2019", year: 2019, startDay: 9, startMonth: 1, endDay: 7, endMonth: 2 }, format: { mode: "in person", place: "UNAFEI, Tokyo" }, year: 2019 }],
    ["gg-seminar-14", { ordinalText: "14th", period: { text: "In FY2020", year: 2020 }, format: { mode: "online" }, countries: ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS"], year: 2020 }],
    ["international-training-course-174", { ordinalText: "174th", period: { text: "In January and February 2020", year: 2020, startMonth: 1, endMonth: 2 }, participants: { count: 18, description: "overseas participants" }, year: 2020 }],
    ["gg-seminar-15", { ordinalText: "Fifteenth", theme: "Effective International Cooperation for Combating Corruption", period: { text: "from 7 to 9 December 2021", year: 2021, startDay: 7, endDay: 9, startMonth: 12, endMonth: 12 }, format: { mode: "online" }, participants: { count: 18, description: "criminal justice practitioners", countryCount: 10 }, year: 2021 }],
    ["international-training-course-176", { ordinalText: "176th", theme: "Achieving Inclusive Societies", period: { text: "from 4 November to 3 December 2021", year: 2021, startDay: 4, startMonth: 11, endDay: 3, endMonth: 12 }, format: { mode: "online" }, participants: { count: 17, description: "participants", countryCount: 12 }, year: 2021 }],
    ["uncac-training-programme-25", { ordinalText: "25th", period: { text: "from late August to mid-September 2022", year: 2022, startMonth: 8, endMonth: 9 }, format: { mode: "in person" }, participants: { count: 20, description: "participants", countryCount: 16 }, year: 2022 }],
    ["gg-seminar-16", { ordinalText: "16th", period: { text: "from 6 to 8 December 2022", year: 2022, startDay: 6, endDay: 8, startMonth: 12, endMonth: 12 }, format: { mode: "hybrid", place: "Hanoi, Viet Nam" }, countries: ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM", "TLS"], year: 2022 }],
    ["international-training-course-178", { ordinalText: "178th", theme: "Protection of Victims of Crime", period: { text: "from May to June", startMonth: 5, endMonth: 6, year: 2022 }, format: { mode: "in person", place: "Tokyo" }, year: 2022 }],
    ["international-training-course-179", { ordinalText: "179th", theme: "Reintegration of Offenders", period: { text: "from September to October", startMonth: 9, endMonth: 10, year: 2022 }, format: { mode: "in person", place: "Tokyo" }, year: 2022 }],
    ["uncac-training-programme-26", { ordinalText: "26th", theme: "Promoting Integrity in the Public Sector", period: { text: "from 5 to 30 June 2023", year: 2023, startDay: 5, endDay: 30, startMonth: 6, endMonth: 6 }, format: { mode: "in person", place: "UNAFEI" }, year: 2023 }],
    ["gg-seminar-17", { ordinalText: "17th", period: { text: "2023", year: 2023 }, format: { mode: "hybrid", place: "Manila, the Philippines" }, year: 2023 }],
    ["criminal-justice-training-programme-for-francophone-african-countries-4", { ordinalText: "fourth", period: { text: "from 10 to 21 July 2023", year: 2023, startDay: 10, endDay: 21, startMonth: 7, endMonth: 7 }, format: { mode: "in person", place: "Tokyo" }, countries: ["BEN", "BFA", "CMR", "CIV", "COD", "SEN"], year: 2023 }],
    ["criminal-justice-training-programme-for-pacific-island-countries-5", { ordinalText: "5th", theme: "Combating Transnational Crime", period: { text: "2023", year: 2023 }, format: { mode: "in person", place: "Suva, Fiji" }, year: 2023 }],
    ["criminal-justice-training-programme-for-pacific-island-countries-6", { ordinalText: "6th", theme: "Juvenile Justice", period: { text: "2023", year: 2023 }, format: { mode: "in person", place: "Suva, Fiji" }, year: 2023 }],
  ] as Array<[string, Record<string, unknown>]>)("%s", (id, expected) => {
    expect(facts(catalogue, id)).toEqual(expected);
  });

  it("finds these editions and no others (no edition for “the Comparative Study on …”)", () => {
    expect(catalogue.editions.map((e) => e.id).sort()).toEqual([
      "criminal-justice-training-programme-for-francophone-african-countries-4", "criminal-justice-training-programme-for-pacific-island-countries-5", "criminal-justice-training-programme-for-pacific-island-countries-6",
      "gg-seminar-11", "gg-seminar-13", "gg-seminar-14",
      "gg-seminar-15", "gg-seminar-16", "gg-seminar-17",
      "gg-seminar-18", "gg-seminar-9", "international-senior-seminar-172",
      "international-training-course-170", "international-training-course-174", "international-training-course-176",
      "international-training-course-177", "international-training-course-178", "international-training-course-179",
      "international-training-course-180", "international-training-course-181", "training-programme-on-criminal-justice-for-central-asian-countries-3",
      "uncac-training-programme-17", "uncac-training-programme-20", "uncac-training-programme-21",
      "uncac-training-programme-22", "uncac-training-programme-25", "uncac-training-programme-26",
    ]);
    expect(catalogue.editions.some((e) => e.mentions?.some((m) => m.passageId === "wp2023#p3"))).toBe(false);
    expect(catalogue.series.some((s) => /comparative/i.test(s.name))).toBe(false);
  });

  it("a parenthesised date is no abbreviation: the 20th programme keeps its series, and its two mentions merge", () => {
    const twentieth = catalogue.editions.find((e) => e.id === "uncac-training-programme-20")!;
    expect(twentieth.mentions?.map((m) => m.passageId)).toEqual(["unafei#p4", "wp2017#p2"]);
  });
});

describe("series in the phrasing of other years", () => {
  it("names, abbreviations, organisers, since-years and frequencies, each from a sentence about the series", () => {
    expect(catalogue.series.map((s) => ({ id: s.id, name: s.name, abbreviation: s.abbreviation, aliases: s.aliases, organiser: s.organiser?.value, sinceYear: s.sinceYear?.value, frequency: s.frequency?.value }))).toEqual([
      { id: "international-training-course", name: "International Training Course", aliases: ["ITC"] },
      { id: "uncac-training-programme", name: "UNCAC Training Programme", aliases: ["international training course on the criminal justice response to corruption"], organiser: "UNAFEI", sinceYear: 1998, frequency: "annual" },
      { id: "training-programme-on-criminal-justice-for-central-asian-countries", name: "Training Programme on Criminal Justice for Central Asian Countries", aliases: [] },
      { id: "gg-seminar", name: "Regional Seminar on Good Governance for Southeast Asian Countries", abbreviation: "GG Seminar", aliases: ["GG Seminar", "GG"], sinceYear: 2007, frequency: "annual" },
      { id: "international-senior-seminar", name: "International Senior Seminar", aliases: [] },
      { id: "criminal-justice-training-programme-for-francophone-african-countries", name: "Criminal Justice Training Programme for Francophone African Countries", aliases: [] },
      { id: "criminal-justice-training-programme-for-pacific-island-countries", name: "Criminal Justice Training Programme for Pacific Island Countries", aliases: [] },
    ]);
  });

  it("gives an organiser named in an edition's own sentence to that edition only", () => {
    expect(catalogue.editions.filter((e) => e.organiser).map((e) => [e.id, e.organiser!.value])).toEqual([
      ["international-training-course-180", "UNAFEI"],
      ["gg-seminar-13", "UNAFEI"],
      ["international-training-course-174", "UNAFEI"],
      ["gg-seminar-16", "the Ministry of Justice of Viet Nam"],
      ["criminal-justice-training-programme-for-francophone-african-countries-4", "UNAFEI"],
    ]);
  });

  it("takes the since-year and frequency from a sentence that names the series with “the”", () => {
    const uncac = catalogue.series.find((s) => s.id === "uncac-training-programme")!;
    expect(uncac.sinceYear?.evidence.sentence).toBe("Through UNAFEI, Japan has held an international training course on the criminal justice response to corruption every year since 1998.");
    const alone = extractCatalogue([WHITE_PAPER_2022]).series.find((s) => s.id === "uncac-training-programme");
    expect([alone?.sinceYear?.value, alone?.frequency?.value, alone?.sinceYear?.evidence.sentence]).toEqual([1998, "annual", "Japan has held the UNCAC Training Programme annually since 1998."]);
  });

  it("keeps an unquoted theme in the series name when no other document uses the shorter name", () => {
    const alone = extractCatalogue([documentFromParagraphs("x", [UNAFEI_PAGES.passages[1]!.text])]);
    expect(alone.editions.map((e) => [e.id, e.theme?.value])).toEqual([["international-training-course-on-treatment-of-offenders-170", undefined]]);
  });
});

describe("countries in the phrasing of other years", () => {
  it.each([
    ["wp2015#p1", ["JPN:donor", "JPN:mentioned"]],
    // Co-hosts are the edition's hosts.
    ["wp2015#p2", ["JPN:host@gg-seminar-9", "THA:host@gg-seminar-9", ...ASEAN_BUT_MYANMAR.map((c) => `${c}:participant@gg-seminar-9`), "MMR:mentioned"]],
    ["wp2017#p1", ["JPN:donor", ...ASEAN_BUT_MYANMAR.map((c) => `${c}:participant@gg-seminar-11`), "MMR:mentioned"]],
    ["wp2017#p2", [...["BTN", "COD", "CIV", "PNG", "KOR"].map((c) => `${c}:participant@uncac-training-programme-20`), "MMR:mentioned"]],
    ["wp2019#p2", ["KHM:mentioned", "KHM:host@gg-seminar-13"]],
    ["wp2022#p2", ["VNM:host@gg-seminar-16", ...ASEAN_BUT_MYANMAR.map((c) => `${c}:participant@gg-seminar-16`), "MMR:mentioned", "TLS:participant@gg-seminar-16"]],
    ["wp2023#p1", ["PHL:mentioned"]],
    ["wp2023#p3", ["KOR:mentioned", "THA:mentioned"]],
    ["unafei#p6", ["IDN:mentioned", ...ASEAN_BUT_MYANMAR.map((c) => `${c}:participant@gg-seminar-18`), "MMR:mentioned", "TLS:participant@gg-seminar-18"]],
    ["unafei#p7", ["JPN:donor"]],
  ])("%s", (passageId, expected) => {
    expect(roles(catalogue, passageId)).toEqual(expected);
  });

  it("never makes Myanmar a participant where it did not take part", () => {
    expect(catalogue.countries.filter((m) => m.code === "MMR" && m.role === "participant").map((m) => m.editionId)).toEqual(["uncac-training-programme-22", "gg-seminar-14"]);
  });
});

describe("more white-paper phrasing, one document alone", () => {
  const alone = extractCatalogue([WHITE_PAPER_2016_SECTION]);
  const GG = "regional-seminar-on-good-governance-for-southeast-asian-countries";

  it.each([
    ["uncac-training-programme-18", { ordinalText: "18th", period: { text: "2015", year: 2015 }, participants: { count: 26, description: "participants" }, year: 2015 }],
    [`${GG}-10`, { ordinalText: "10th", theme: "Effective Anti-Corruption Measures", period: { text: "In FY2016", year: 2016 }, format: { mode: "in person", place: "Tokyo" }, participants: { count: 30, description: "officials" }, countries: ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"], year: 2016 }],
    [`${GG}-11`, { ordinalText: "11th", period: { text: "In February 2017", year: 2017, startMonth: 2, endMonth: 2 }, format: { mode: "in person", place: "Manila" }, participants: { count: 25, description: "participants" }, countries: ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM", "TLS"], year: 2017 }],
    // "… and four Japanese participants attended": Japan is one of the countries taking part.
    ["international-training-course-163", { ordinalText: "163rd", theme: "Promoting Integrity in Criminal Justice", period: { text: "from 29 August to 21 September 2016", year: 2016, startDay: 29, startMonth: 8, endDay: 21, endMonth: 9 }, participants: { count: 21, description: "participants", countryCount: 15 }, countries: ["JPN"], year: 2016 }],
    ["uncac-training-programme-19", { ordinalText: "nineteenth", theme: "Effective Anti-Corruption Enforcement", period: { text: "from 13 September to 8 October 2016", year: 2016, startDay: 13, startMonth: 9, endDay: 8, endMonth: 10 }, year: 2016 }],
    ["international-training-course-164", { ordinalText: "164th", period: { text: "From 16 January to 10 February 2017", year: 2017, startDay: 16, startMonth: 1, endDay: 10, endMonth: 2 }, format: { mode: "in person", place: "Akishima, Tokyo" }, year: 2017 }],
  ] as Array<[string, Record<string, unknown>]>)("%s", (id, expected) => {
    expect(facts(alone, id)).toEqual(expected);
  });

  it("finds exactly these editions", () => {
    expect(alone.editions.map((e) => e.id)).toEqual(["uncac-training-programme-18", `${GG}-10`, `${GG}-11`, "international-training-course-163", "uncac-training-programme-19", "international-training-course-164"]);
  });

  it("takes the name in parentheses after a description as the series' name", () => {
    expect(alone.series.map((s) => ({ id: s.id, name: s.name, abbreviation: s.abbreviation, aliases: s.aliases, sinceYear: s.sinceYear?.value, frequency: s.frequency?.value }))).toEqual([
      { id: "uncac-training-programme", name: "UNCAC Training Programme", aliases: ["UNCAC", "training course on criminal justice response to corruption"], sinceYear: 1998, frequency: "annual" },
      { id: GG, name: "Regional Seminar on Good Governance for Southeast Asian Countries", aliases: [], sinceYear: 2007, frequency: "annual" },
      { id: "international-training-course", name: "International Training Course", aliases: [] },
    ]);
  });

  it("an exception after the whole list still leaves Myanmar out", () => {
    expect(roles(alone, "wp2016#p3")).toEqual([...ASEAN_BUT_MYANMAR, "TLS"].map((c) => `${c}:participant@${GG}-11`).concat("MMR:mentioned"));
  });
});
