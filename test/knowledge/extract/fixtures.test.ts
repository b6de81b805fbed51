// The extractor on paragraphs written like other years' white papers and the institute's activity
// pages (see fixtures.ts): each fact asserted exactly.
import { describe, expect, it } from "vitest";
import { extractCatalogue } from "../../../src/knowledge/extract/index.js";
import type { Catalogue, Edition } from "../../../src/knowledge/types.js";
import { ACTIVITY_PAGES, WHITE_PAPER_2016, WHITE_PAPER_2019 } from "./fixtures.js";

const catalogue: Catalogue = extractCatalogue([WHITE_PAPER_2019, ACTIVITY_PAGES]);

function edition(id: string): Edition {
  const found = catalogue.editions.find((e) => e.id === id);
  if (!found) throw new Error(`no edition ${id} among ${catalogue.editions.map((e) => e.id).join(", ")}`);
  return found;
}

/** The facts of an edition without their evidence, for compact exact comparison. */
function facts(id: string) {
  const e = edition(id);
  return {
    ordinalText: e.ordinalText,
    theme: e.theme?.value,
    period: e.period?.value,
    format: e.format?.value,
    participants: e.participants?.value,
    countries: e.countries?.value,
    year: e.year,
  };
}

const ASEAN = ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"];

describe("series in varied phrasing", () => {
  it("merges every way of naming a series into one, with its aliases", () => {
    expect(catalogue.series.map((s) => ({ id: s.id, name: s.name, abbreviation: s.abbreviation, aliases: s.aliases }))).toEqual([
      { id: "international-training-course", name: "International Training Course", abbreviation: undefined, aliases: [] },
      { id: "gg-seminar", name: "Regional Seminar on Good Governance for Southeast Asian Countries", abbreviation: "GG Seminar", aliases: ["GG Seminar", "GG", "Regional Seminar on Good Governance"] },
      { id: "uncac-training-programme", name: "UNCAC Training Programme", abbreviation: undefined, aliases: ["international training course on the criminal justice response to corruption"] },
      { id: "criminal-justice-training-programme-for-pacific-island-countries", name: "Criminal Justice Training Programme for Pacific Island Countries", abbreviation: undefined, aliases: [] },
    ]);
  });

  it("links a spelled-out edition to the series its paragraph describes, with since-year and frequency", () => {
    const uncac = catalogue.series.find((s) => s.id === "uncac-training-programme")!;
    expect(uncac.sinceYear?.value).toBe(1998);
    expect(uncac.frequency?.value).toBe("annual");
    expect(uncac.sinceYear?.evidence.passageId).toBe("wp2019#p1");
  });

  it("takes the series' organiser from “Through UNAFEI, …” and an edition's own from “UNAFEI held …”", () => {
    const series = catalogue.series.find((s) => s.id === "uncac-training-programme")!;
    expect([series.organiser?.value, series.organiser?.evidence.sentence]).toEqual([
      "UNAFEI",
      "Through UNAFEI, Japan has annually held an international training course on the criminal justice response to corruption since 1998.",
    ]);
    const edition = catalogue.editions.find((e) => e.id === "uncac-training-programme-24")!;
    const passage = ACTIVITY_PAGES.passages[2]!;
    expect([edition.organiser?.value, passage.text.slice(edition.organiser!.evidence.start, edition.organiser!.evidence.end)]).toEqual(["UNAFEI", "UNAFEI held the 24th UNCAC Training Programme"]);
    const standalone = extractCatalogue([WHITE_PAPER_2019]);
    expect(standalone.series.find((s) => s.id === "uncac-training-programme")?.organiser?.value).toBe("UNAFEI");
  });
});

describe("editions in varied phrasing", () => {
  it("the Twentieth UNCAC Training Programme: spelled ordinal, straight single quotes, Tokyo with dates, counts in words", () => {
    expect(facts("uncac-training-programme-20")).toEqual({
      ordinalText: "Twentieth",
      theme: "Contemporary Challenges in Corruption Investigations",
      period: { text: "from 10 January to 8 February 2019", year: 2019, startDay: 10, startMonth: 1, endDay: 8, endMonth: 2 },
      format: { mode: "in person", place: "Tokyo" },
      participants: { count: 22, description: "participants", countryCount: 11 },
      countries: undefined,
      year: 2019,
    });
  });

  it("GG8: a named series with an edition-style abbreviation, Kuala Lumpur with days, all ten ASEAN countries", () => {
    expect(facts("gg-seminar-8")).toEqual({
      ordinalText: "Eighth",
      theme: undefined,
      period: { text: "from 18 to 20 November 2014", year: 2014, startDay: 18, endDay: 20, startMonth: 11, endMonth: 11 },
      format: { mode: "in person", place: "Kuala Lumpur, Malaysia" },
      participants: { countryCount: 10 },
      countries: ASEAN,
      year: 2014,
    });
    expect(edition("gg-seminar-8").mentions?.map((m) => m.sentence)).toEqual([
      "At GG8, participants discussed asset recovery.",
      "The Eighth Regional Seminar on Good Governance also welcomed observers from Japan.",
      WHITE_PAPER_2019.passages[1]!.text,
    ]);
  });

  it("the 17th GG Seminar: “themed” with straight double quotes, a venue, nine members except Myanmar", () => {
    expect(facts("gg-seminar-17")).toEqual({
      ordinalText: "17th",
      theme: "Mutual Legal Assistance in Corruption Cases",
      period: { text: "2019", year: 2019 },
      format: { mode: "in person", place: "Hanoi, Viet Nam" },
      participants: undefined,
      countries: ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM"],
      year: 2019,
    });
  });

  it("the Eighteenth GG Seminar: hybrid in Bangkok, participants from the next sentence with Lao PDR and Vietnam", () => {
    expect(facts("gg-seminar-18")).toEqual({
      ordinalText: "Eighteenth",
      theme: undefined,
      period: { text: "in December 2022", year: 2022, startMonth: 12, endMonth: 12 },
      format: { mode: "hybrid", place: "Bangkok" },
      participants: { count: 20, description: "criminal justice practitioners" },
      countries: ["KHM", "LAO", "MMR", "VNM", "TLS"],
      year: 2022,
    });
    expect(edition("gg-seminar-18").countries?.evidence.sentence).toBe("The seminar was attended by 20 criminal justice practitioners from Cambodia, Lao PDR, Myanmar, Vietnam and Timor-Leste.");
  });

  it("the 180th International Training Course: “on the theme of” set off by commas, a venue after the date, counts without names", () => {
    expect(facts("international-training-course-180")).toEqual({
      ordinalText: "180th",
      theme: "Criminal Justice Responses to Cybercrime",
      period: { text: "from 12 May to 9 June 2022", year: 2022, startDay: 12, startMonth: 5, endDay: 9, endMonth: 6 },
      format: { mode: "in person", place: "UNAFEI" },
      participants: { count: 25, description: "participants", countryCount: 12 },
      countries: undefined,
      year: 2022,
    });
  });

  it("the 24th UNCAC Training Programme: “under the theme” after “online”", () => {
    expect(facts("uncac-training-programme-24")).toEqual({
      ordinalText: "24th",
      theme: "Corruption and Organized Crime",
      period: { text: "from 5 to 28 October 2022", year: 2022, startDay: 5, endDay: 28, startMonth: 10, endMonth: 10 },
      format: { mode: "online" },
      participants: undefined,
      countries: undefined,
      year: 2022,
    });
  });

  it("the 3rd Pacific programme: a venue in a listed country, a namely-list after a group", () => {
    expect(facts("criminal-justice-training-programme-for-pacific-island-countries-3")).toEqual({
      ordinalText: "3rd",
      theme: undefined,
      period: { text: "from 1 to 5 August 2022", year: 2022, startDay: 1, endDay: 5, startMonth: 8, endMonth: 8 },
      format: { mode: "in person", place: "Suva, Fiji" },
      participants: undefined,
      countries: ["FJI", "WSM", "TON", "VUT"],
      year: 2022,
    });
  });

  it("finds exactly these editions, and none in the sentence without one", () => {
    expect(catalogue.editions.map((e) => e.id)).toEqual([
      "international-training-course-180", "gg-seminar-18", "uncac-training-programme-24",
      "criminal-justice-training-programme-for-pacific-island-countries-3", "gg-seminar-8", "uncac-training-programme-20", "gg-seminar-17",
    ]);
    expect(catalogue.editions.flatMap((e) => e.mentions ?? []).some((m) => m.passageId === "unafei-activities#p4")).toBe(false);
  });
});

describe("countries in varied phrasing", () => {
  const roles = (passageId: string) => catalogue.countries.filter((c) => c.evidence.passageId === passageId).map((c) => `${c.code}:${c.role}${c.editionId ? `@${c.editionId}` : ""}`);

  it("a paragraph that names countries without participation makes none a participant", () => {
    expect(roles("wp2019#p3")).toEqual(["JPN:donor", "LAO:mentioned", "MMR:mentioned", "THA:mentioned"]);
  });

  it("a member left out of a group is mentioned, the venue's country is mentioned, the others take part", () => {
    expect(roles("wp2019#p4")).toEqual([
      "VNM:mentioned",
      ...["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM"].map((code) => `${code}:participant@gg-seminar-17`),
      "MMR:mentioned",
    ]);
  });

  it("members of “all ten ASEAN countries” are participants written as the group", () => {
    expect(catalogue.countries.filter((c) => c.editionId === "gg-seminar-8" && c.role === "participant").map((c) => [c.code, c.asWritten])).toEqual(ASEAN.map((code) => [code, "all ten ASEAN countries"]));
  });

  it("observers are not participants: they are the edition's observers", () => {
    expect(roles("unafei-activities#p6")).toEqual(["JPN:observer@gg-seminar-8"]);
  });

  it("a venue's country is mentioned, and a participant when it is listed too", () => {
    expect(roles("unafei-activities#p5")).toEqual([
      "FJI:mentioned",
      ...["FJI", "WSM", "TON", "VUT"].map((code) => `${code}:participant@criminal-justice-training-programme-for-pacific-island-countries-3`),
    ]);
  });
});

describe("regions in varied phrasing", () => {
  it("finds the regions each passage names", () => {
    expect(catalogue.regions.map((r) => `${r.name}:${r.evidence.passageId}`)).toEqual([
      "Southeast Asia:unafei-activities#p2", "Pacific:unafei-activities#p5", "Southeast Asia:wp2019#p2",
    ]);
  });
});

describe("an older white paper", () => {
  const older = extractCatalogue([WHITE_PAPER_2016]);
  const roles = older.countries.map((c) => `${c.code}:${c.role}${c.editionId ? `@${c.editionId}` : ""}:${c.evidence.passageId}`);

  it("the 10th GG Seminar: held by Japan in Tokyo, with the countries named after “participants from”", () => {
    const tenth = older.editions.find((e) => e.ordinal === 10)!;
    expect(tenth.id).toBe("gg-seminar-10");
    expect(tenth.period?.value).toEqual({ text: "In FY2016", year: 2016 });
    expect(tenth.format?.value).toEqual({ mode: "in person", place: "Tokyo" });
    expect(tenth.countries?.value).toEqual(["KHM", "LAO", "VNM"]);
  });

  it("the Nineteenth UNCAC Training Programme: “under the theme of”, twenty participants, year from the sentence", () => {
    const nineteenth = older.editions.find((e) => e.ordinal === 19)!;
    expect(nineteenth.id).toBe("uncac-training-programme-19");
    expect(nineteenth.theme?.value).toBe("Effective Anti-Corruption Enforcement");
    expect(nineteenth.participants?.value).toEqual({ count: 20, description: "participants" });
    // The year the sentence gives is the period it states: "In 2016, the Nineteenth …".
    expect(nineteenth.period?.value).toEqual({ text: "2016", year: 2016 });
    expect(nineteenth.year).toBe(2016);
  });

  it("Japan is the donor, the named participants take part, the countries experts went to are only mentioned", () => {
    expect(roles).toEqual([
      "JPN:donor:wp2016#p1", "KHM:participant@gg-seminar-10:wp2016#p1", "LAO:participant@gg-seminar-10:wp2016#p1", "VNM:participant@gg-seminar-10:wp2016#p1",
      "JPN:donor:wp2016#p3", "IDN:mentioned:wp2016#p3", "THA:mentioned:wp2016#p3",
    ]);
  });
});
