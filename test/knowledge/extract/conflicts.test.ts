import { describe, expect, it } from "vitest";
import { agreement, combine } from "../../../src/knowledge/extract/conflicts.js";
import type { Fact, Participants, Period } from "../../../src/knowledge/types.js";

const fact = <T>(value: T, passageId = "a#p1"): Fact<T> => ({ value, evidence: { passageId, sentence: "s", start: 0, end: 1 }, basis: "stated" });

describe("agreement", () => {
  it.each([
    ["period", { text: "in December 2021", year: 2021, startMonth: 12, endMonth: 12 }, { text: "from 14 to 16 December 2021", year: 2021, startMonth: 12, endMonth: 12, startDay: 14, endDay: 16 }, "refines"],
    ["period", { text: "in December 2021", year: 2021, startMonth: 12, endMonth: 12 }, { text: "in November 2021", year: 2021, startMonth: 11, endMonth: 11 }, "conflicts"],
    // Days in the month, their year left to the month's clause.
    ["period", { text: "in March", year: 2021, startMonth: 3, endMonth: 3 }, { text: "on 23 and 24 March", startMonth: 3, endMonth: 3, startDay: 23, endDay: 24 }, "refines"],
    ["period", { text: "in March", year: 2021, startMonth: 3, endMonth: 3 }, { text: "on 23 and 24 April", startMonth: 4, endMonth: 4, startDay: 23, endDay: 24 }, "conflicts"],
    // A fiscal year runs from April to March: January 2016 is in fiscal 2015, January 2015 is not.
    ["period", { text: "fiscal Heisei 27", year: 2015 }, { text: "22 January of Heisei 28 (2016)", year: 2016, startMonth: 1, endMonth: 1, startDay: 22, endDay: 22 }, "refines"],
    ["period", { text: "22 January 2016", year: 2016, startMonth: 1, endMonth: 1 }, { text: "FY2015", year: 2015 }, "same"],
    ["period", { text: "fiscal 2015", year: 2015 }, { text: "January 2015", year: 2015, startMonth: 1, endMonth: 1 }, "conflicts"],
    ["period", { text: "in 2015", year: 2015 }, { text: "January 2016", year: 2016, startMonth: 1, endMonth: 1 }, "conflicts"],
    ["participants", { count: 24 }, { count: 25 }, "conflicts"],
    ["participants", { count: 24 }, { count: 24, countryCount: 10 }, "refines"],
    ["theme", "“Asset Recovery”", "asset recovery", "same"],
    ["theme", "Asset Recovery", "Witness Protection", "conflicts"],
    ["countries", ["BRN", "SGP"], ["BRN", "KHM", "SGP"], "refines"],
    ["countries", ["BRN", "SGP"], ["KHM"], "conflicts"],
    ["format", { mode: "online" }, { mode: "in person", place: "Tokyo" }, "conflicts"],
    ["format", { mode: "in person" }, { mode: "in person", place: "Tokyo" }, "refines"],
    ["organiser", "UNAFEI", "UNAFEI and the SPP", "refines"],
    // The same bodies in another order, by letters or by name.
    ["organiser", "UNAFEI and the Supreme People's Procuracy of Viet Nam (SPP)", "the Supreme People's Procuracy of Vietnam (SPP) and the United Nations Asia and Far East Institute (UNAFEI)", "same"],
    ["organiser", "UNAFEI", "the Supreme People's Procuracy (SPP) and UNAFEI", "refines"],
    ["organiser", "UNAFEI and JICA", "UNAFEI and the SPP", "conflicts"],
    ["organiser", "the United Nations Office on Drugs and Crime (UNODC)", "UNODC", "same"],
    // A capital is in its country; another city, or another country's capital, is not.
    ["format", { mode: "in person", place: "Jakarta" }, { mode: "in person", place: "Indonesia" }, "same"],
    ["format", { mode: "in person", place: "Viet Nam" }, { mode: "in person", place: "Hanoi, Viet Nam" }, "refines"],
    ["format", { mode: "in person", place: "Indonesia" }, { mode: "in person", place: "Jakarta" }, "refines"],
    ["format", { mode: "in person", place: "Bali" }, { mode: "in person", place: "Indonesia" }, "conflicts"],
    ["format", { mode: "in person", place: "Bangkok" }, { mode: "in person", place: "Indonesia" }, "conflicts"],
    // The same city, one adding its country: one place.
    ["format", { mode: "in person", place: "Main Conference Room, Ministry of Justice, Tokyo" }, { mode: "in person", place: "Tokyo, Japan" }, "same"],
    ["format", { mode: "in person", place: "Tokyo, Japan" }, { mode: "in person", place: "Akishima, Tokyo" }, "refines"],
    ["format", { mode: "in person", place: "Bangkok, Thailand" }, { mode: "in person", place: "Tokyo" }, "conflicts"],
    ["format", { mode: "in person", place: "Japan" }, { mode: "in person", place: "Osaka" }, "conflicts"],
  ] as const)("%s: %j then %j → %s", (slot, first, next, expected) => {
    expect(agreement(slot, fact<unknown>(first), fact<unknown>(next))).toBe(expected);
  });
});

describe("combine", () => {
  it("keeps both values of a conflict, each with its own source, and a later agreeing value adds nothing", () => {
    const merged = combine("participants", combine("participants", fact({ count: 24 }, "a#p1"), fact({ count: 25 }, "b#p2")), fact({ count: 25 }, "c#p3"));
    expect(merged).toEqual({ ...fact({ count: 24 }, "a#p1"), conflicts: [{ value: { count: 25 }, evidence: fact(0, "b#p2").evidence }] });
  });

  it("replaces a value by a more specific one and keeps known conflicts", () => {
    const first = { ...fact({ count: 24 }), conflicts: [{ value: { count: 30 }, evidence: fact(0, "x#p9").evidence }] };
    expect(combine("participants", first, fact({ count: 24, countryCount: 10 }, "b#p2"))).toEqual({ ...fact({ count: 24, countryCount: 10 }, "b#p2"), conflicts: first.conflicts });
  });

  it("keeps the month's year on the days that refine it, its clause beside theirs", () => {
    const month = fact<Period>({ text: "in March", year: 2021, startMonth: 3, endMonth: 3 }, "a#p1");
    const days = fact<Period>({ text: "on 23 and 24 March", startMonth: 3, endMonth: 3, startDay: 23, endDay: 24 }, "a#p2");
    expect(combine("period", month, days)).toEqual({ ...days, value: { ...days.value, year: 2021 }, support: [month.evidence] });
  });

  it("joins a first day and a last day stated apart into one period, with both clauses", () => {
    const opened = fact<Period>({ text: "13 December 2023", year: 2023, startMonth: 12, startDay: 13 }, "a#p3");
    const closed = fact<Period>({ text: "15 December 2023", year: 2023, endMonth: 12, endDay: 15 }, "a#p4");
    const joined = { ...opened, value: { text: "13 December 2023 to 15 December 2023", year: 2023, startMonth: 12, startDay: 13, endMonth: 12, endDay: 15 }, support: [closed.evidence] };
    expect(combine("period", opened, closed)).toEqual(joined);
    expect(combine("period", closed, opened)).toEqual({ ...joined, evidence: closed.evidence, support: [opened.evidence] });
  });

  it.each([
    // The last day before the first, or another year: no one period.
    [{ text: "13 December 2023", year: 2023, startMonth: 12, startDay: 13 }, { text: "10 December 2023", year: 2023, endMonth: 12, endDay: 10 }],
    [{ text: "13 December 2023", year: 2023, startMonth: 12, startDay: 13 }, { text: "15 December 2022", year: 2022, endMonth: 12, endDay: 15 }],
  ] as Array<[Period, Period]>)("does not join %j and %j", (start, end) => {
    expect(combine("period", fact(start), fact(end, "a#p2"))?.value).toEqual(start);
  });

  it("returns the one value there is", () => {
    expect(combine("theme", undefined, fact("A"))).toEqual(fact("A"));
    expect(combine("theme", fact("A"), undefined)).toEqual(fact("A"));
  });
});

describe("combine: a value that agrees with both sides of a conflict settles it", () => {
  it("drops the conflict between “Bangkok” and “Thailand” once “Bangkok, Thailand” is stated", () => {
    const bangkok = fact({ mode: "in person" as const, place: "Bangkok" }, "a#p1");
    const thailand = fact({ mode: "in person" as const, place: "Thailand" }, "b#p1");
    const both = fact({ mode: "in person" as const, place: "Bangkok, Thailand" }, "c#p1");
    expect(combine("format", combine("format", bangkok, thailand), both)).toEqual(both);
  });
});

describe("combine: participants stated in two clauses", () => {
  it("joins a count and a number of countries into one value, each clause kept as its evidence", () => {
    const count = fact<Participants>({ count: 17, description: "prosecutors" }, "a#p2");
    const countries = fact<Participants>({ countryCount: 10 }, "a#p3");
    expect(combine("participants", count, countries)).toEqual({ ...count, value: { count: 17, description: "prosecutors", countryCount: 10 }, support: [countries.evidence] });
  });

  it("does not join two periods that each lack what the other says", () => {
    const month = fact({ text: "in December", startMonth: 12, endMonth: 12 });
    const year = fact({ text: "2019", year: 2019 });
    expect(agreement("period", month, year)).toBe("same");
  });

  it("leads with the dated period when a year alone disagrees with it", () => {
    const year = fact({ text: "2017", year: 2017 }, "a#p1");
    const dated = fact({ text: "from 10 January to 8 February 2018", year: 2018, startMonth: 1, endMonth: 2, startDay: 10, endDay: 8 }, "b#p1");
    expect(combine("period", year, dated)).toEqual({ ...dated, conflicts: [{ value: year.value, evidence: year.evidence }] });
  });
});
