import { describe, expect, it } from "vitest";
import { formatFormat, formatParticipants, formatPeriod } from "../../src/answers/format.js";
import type { Format, Participants, Period } from "../../src/knowledge/types.js";

describe("formatPeriod", () => {
  it.each([
    [{ text: "from September to October", year: 2021, startMonth: 9, endMonth: 10 }, "September to October 2021"],
    [{ text: "In December 2021", year: 2021, startMonth: 12, endMonth: 12 }, "December 2021"],
    [{ text: "in December", startMonth: 12 }, "December"],
    // An end with no start written.
    [{ text: "until 19 November 2024", year: 2024, endMonth: 11, endDay: 19 }, "until 19 November 2024"],
    [{ text: "until 19 November", endMonth: 11, endDay: 19 }, "until 19 November"],
    // A start with no end written ("opened on 9 October 2019").
    [{ text: "on 9 October 2019", year: 2019, startMonth: 10, startDay: 9 }, "from 9 October 2019"],
    [{ text: "from 18 to 20 November 2014", year: 2014, startMonth: 11, endMonth: 11, startDay: 18, endDay: 20 }, "18–20 November 2014"],
    [{ text: "from 10 January to 8 February 2019", year: 2019, startMonth: 1, endMonth: 2, startDay: 10, endDay: 8 }, "10 January to 8 February 2019"],
    [{ text: "from 28 November to 5 February 2020", year: 2019, startMonth: 11, endMonth: 2, startDay: 28, endDay: 5 }, "28 November 2019 to 5 February 2020"],
    [{ text: "from November to January", startMonth: 11, endMonth: 1 }, "November to January"],
    [{ text: "in FY2019", year: 2019 }, "in FY2019"],
    [{ text: "", year: 2019 }, "2019"],
    [{ text: "soon", startMonth: 13 }, "soon"],
  ] as Array<[Period, string]>)("%j → %j", (period, expected) => {
    expect(formatPeriod(period)).toBe(expected);
  });
});

describe("formatFormat", () => {
  it.each([
    [{ mode: "online" }, "Online"],
    [{ mode: "in person", place: "Kuala Lumpur, Malaysia" }, "In person, Kuala Lumpur, Malaysia"],
    [{ mode: "hybrid", place: "Tokyo" }, "Hybrid, Tokyo"],
  ] as Array<[Format, string]>)("%j → %j", (format, expected) => {
    expect(formatFormat(format)).toBe(expected);
  });
});

describe("formatParticipants", () => {
  it.each([
    [{ count: 18, description: "criminal justice practitioners", countryCount: 10 }, "18 criminal justice practitioners from 10 countries"],
    [{ count: 25 }, "25 participants"],
    [{ countryCount: 1 }, "from 1 country"],
    [{}, ""],
  ] as Array<[Participants, string]>)("%j → %j", (participants, expected) => {
    expect(formatParticipants(participants)).toBe(expected);
  });
});
