import { describe, expect, it } from "vitest";
import { bestPeriod, findPeriods, startedOn, statedYear } from "../../../src/knowledge/extract/periods.js";

describe("findPeriods", () => {
  it.each([
    ["was conducted online from September to October.", { text: "from September to October", startMonth: 9, endMonth: 10 }],
    ["In December 2021, the 15th GG Seminar was held", { text: "In December 2021", year: 2021, startMonth: 12, endMonth: 12 }],
    ["were held online between October and December.", { text: "between October and December", startMonth: 10, endMonth: 12 }],
    ["held in Kuala Lumpur, Malaysia from 18 to 20 November 2014.", { text: "from 18 to 20 November 2014", year: 2014, startDay: 18, endDay: 20, startMonth: 11, endMonth: 11 }],
    ["in Tokyo from 10 January to 8 February 2019", { text: "from 10 January to 8 February 2019", year: 2019, startDay: 10, startMonth: 1, endDay: 8, endMonth: 2 }],
    ["The first forum, held from the 26th of June to the 2nd of July 2024, included visits.", { text: "from the 26th of June to the 2nd of July 2024", year: 2024, startDay: 26, startMonth: 6, endDay: 2, endMonth: 7 }],
    ["from 28 November 2019 to 5 February 2020", { text: "from 28 November 2019 to 5 February 2020", year: 2019, startDay: 28, startMonth: 11, endDay: 5, endMonth: 2 }],
    ["held 18–20 November 2014", { text: "18–20 November 2014", year: 2014, startDay: 18, endDay: 20, startMonth: 11, endMonth: 11 }],
    // An edition that began on a day: its period.
    ["The seminar began on 5 May 2019.", { text: "on 5 May 2019", year: 2019, startDay: 5, endDay: 5, startMonth: 5, endMonth: 5 }],
    // An announcement that says when it runs dates the course itself.
    ["The Ministry announced the training would run from 10 to 20 May 2019.", { text: "from 10 to 20 May 2019", year: 2019, startDay: 10, endDay: 20, startMonth: 5, endMonth: 5 }],
    ["held from November 18 to 20, 2014", { text: "from November 18 to 20, 2014", year: 2014, startMonth: 11, startDay: 18, endMonth: 11, endDay: 20 }],
    ["on 5 March 2020", { text: "on 5 March 2020", year: 2020, startDay: 5, endDay: 5, startMonth: 3, endMonth: 3 }],
    ["from September 2021 to January 2022", { text: "from September 2021 to January 2022", year: 2021, startMonth: 9, endMonth: 1 }],
    ["held in early December 2021", { text: "in early December 2021", year: 2021, startMonth: 12, endMonth: 12 }],
    ["in FY2019, the seminar", { text: "in FY2019", year: 2019 }],
    ["held in Tokyo from 14 May to 7 June, with twenty-five", { text: "from 14 May to 7 June", startDay: 14, startMonth: 5, endDay: 7, endMonth: 6 }],
    ["from 28 November to 5 February 2020", { text: "from 28 November to 5 February 2020", year: 2019, startDay: 28, startMonth: 11, endDay: 5, endMonth: 2 }],
    ["held from 12 to 14 December, with participants", { text: "from 12 to 14 December", startDay: 12, endDay: 14, startMonth: 12, endMonth: 12 }],
    ["from late August to mid-September 2022", { text: "from late August to mid-September 2022", year: 2022, startMonth: 8, endMonth: 9 }],
    ["from the end of October to early December", { text: "from the end of October to early December", startMonth: 10, endMonth: 12 }],
    ["from November to January 2022", { text: "from November to January 2022", year: 2021, startMonth: 11, endMonth: 1 }],
    ["In January and February 2020, UNAFEI", { text: "In January and February 2020", year: 2020, startMonth: 1, endMonth: 2 }],
    ["held in mid-December 2022", { text: "in mid-December 2022", year: 2022, startMonth: 12, endMonth: 12 }],
    ["on 15 and 16 February 2023", { text: "on 15 and 16 February 2023", year: 2023, startDay: 15, endDay: 16, startMonth: 2, endMonth: 2 }],
    ["originally scheduled for December 2020, was held online in February 2021", { text: "in February 2021", year: 2021, startMonth: 2, endMonth: 2 }],
    ["in fiscal year 2018", { text: "in fiscal year 2018", year: 2018 }],
    // An end with no start written.
    ["The training runs until 19 November this year.", { text: "until 19 November", endDay: 19, endMonth: 11 }],
    ["ran until 19 November 2024 at the Complex", { text: "until 19 November 2024", year: 2024, endDay: 19, endMonth: 11 }],
    ["until November 19, 2024", { text: "until November 19, 2024", year: 2024, endDay: 19, endMonth: 11 }],
    // ISO dates, and days written "the 7th … of December".
    ["Akishima, Tokyo · 2019-12-17 → 2019-12-19", { text: "2019-12-17 → 2019-12-19", year: 2019, startMonth: 12, startDay: 17, endMonth: 12, endDay: 19 }],
    ["Opened: 2022-06-14", { text: "2022-06-14", year: 2022, startMonth: 6, startDay: 14, endMonth: 6, endDay: 14 }],
    ["ran from Tuesday the 7th to Thursday the 9th of December", { text: "from the 7th to the 9th of December", startDay: 7, endDay: 9, startMonth: 12, endMonth: 12 }],
    ["from the 7th to the 9th of December 2010", { text: "from the 7th to the 9th of December 2010", year: 2010, startDay: 7, endDay: 9, startMonth: 12, endMonth: 12 }],
    ["| October to December 2021, online |", { text: "October to December 2021", year: 2021, startMonth: 10, endMonth: 12 }],
    ["in January and February 2020", { text: "in January and February 2020", year: 2020, startMonth: 1, endMonth: 2 }],
  ])("%s", (text, expected) => {
    expect(findPeriods(text).map((match) => match.period)).toEqual([expected]);
  });

  it.each([
    "every fiscal year since 2007",
    "The seminar may be held. March on.",
    "In 2021, it was held.",
    // Not a date: month 13; and day-first numbers are ambiguous.
    "Version 2019-13-45 of the form",
    "on 24/11/2015",
    "",
  ])("finds no period in %j", (text) => {
    expect(findPeriods(text)).toEqual([]);
  });

  it("reads two months apart joined by “and” as two months, not a span", () => {
    expect(findPeriods("met online in March and December 2021 respectively").map((match) => match.period.text)).toEqual(["in March", "December 2021"]);
  });

  it("gives offsets into the text", () => {
    const text = "It was held online between October and December.";
    const [match] = findPeriods(text);
    expect(text.slice(match!.start, match!.end)).toBe("between October and December");
  });
});

describe("statedYear", () => {
  it.each([
    ["In 2021, the 23rd UNCAC training programme", 2021],
    ["in FY2019, the seminar", 2019],
    ["every fiscal year since 2007, and in 2021", 2021],
    ["It began in 1994; the 25th meeting was held in 2024", 2024],
  ])("%s → %i", (text, year) => {
    expect(statedYear(text)).toBe(year);
  });

  it.each(["since 1998", "Established in 1962", "over 6,100 graduates", "", "the first held there since its move to Akishima in the autumn of 2017", "It began in 1994, so the 25th meeting fell in its thirtieth year", "the story goes back to 1994"])("%j → undefined", (text) => {
    expect(statedYear(text)).toBeUndefined();
  });
});

describe("bestPeriod", () => {
  it("prefers days, then months, then a year alone", () => {
    const found = findPeriods("in FY2019, in December 2019, and from 3 to 5 December 2019");
    expect(bestPeriod(found)?.period.text).toBe("from 3 to 5 December 2019");
    expect(bestPeriod(found.slice(0, 2))?.period.text).toBe("in December 2019");
    expect(bestPeriod([])).toBeUndefined();
  });
});

describe("findPeriods: dates that date a publication or a count are no periods (negative table)", () => {
  it.each([
    "As described in the institute's annual report (March 2010), the course was popular.",
    "The February 2013 issue (No. 53) of ACPF News reported on the course.",
    "The figures are as of the end of FY2019.",
    "The results were published in May 2019.",
    // A record's label dates the record.
    "Date Published: September 2008",
    "Publication date: 12 March 2010",
    "The seminar was originally scheduled for December 2020.",
    "UNAFEI has held the seminar since 2007.",
    "As the annual report (13 March 2010) says, the course was popular.",
    "The seminar was originally scheduled for 14 December 2020.",
    // A news item's dateline dates the item.
    "Abidjan, 13 February 2018.",
    "Manila, 23 December 2009 — The third edition was devoted to asset recovery.",
    "Kuala Lumpur, 5 May 2014:",
    "UNAFEI had been holding it there since Wednesday 9 October.",
    // When something else was done.
    "It carries out the Kyoto Declaration, adopted in March 2021.",
    "The convention entered into force in December 2005.",
    "The Lao Civil Code was approved by the Lao National Assembly on 6 December 2018.",
    // When something started: a year alone after "began".
    "It began in 1994, when Viet Nam asked Japan for help.",
    "The exchange programme started in 2001.",
    // When it was made known.
    "(the Ministry announced the training on 10 December 2019)",
    "JICA published the call for applicants in May 2019.",
    "The results were adopted as recommendations, which were presented at the session of the United Nations Commission (CCPCJ) in November 2021.",
    // When what a "since" counts from happened.
    "It was the first seminar held at the Complex since its move to Akishima in the autumn of 2017.",
  ])("%j states no period", (text) => {
    expect(findPeriods(text)).toEqual([]);
  });
});

describe("findPeriods: a place and a comma before a date make a dateline only at the start, with nothing after", () => {
  it.each([
    ["The seminar was held in Manila, 23 to 25 December 2009.", "23 to 25 December 2009"],
    ["Manila, 23 December 2009, saw the opening of the seminar.", "23 December 2009"],
  ])("%j", (text, written) => {
    expect(findPeriods(text).map((found) => found.period.text)).toEqual([written]);
  });
});

describe("findPeriods: weekdays and a day of the same month", () => {
  it.each([
    ["From Monday 18 August 2008 to Friday the 29th of the same month, the ICD held the training.", { text: "From 18 August 2008 to the 29th of the same month", year: 2008, startDay: 18, startMonth: 8, endDay: 29, endMonth: 8 }],
    ["It took place from 24 November 2015 to the 26th of that month.", { text: "from 24 November 2015 to the 26th of that month", year: 2015, startDay: 24, startMonth: 11, endDay: 26, endMonth: 11 }],
    ["From Wednesday 26 June to Tuesday 2 July 2024 the forum met.", { text: "From 26 June to 2 July 2024", year: 2024, startDay: 26, startMonth: 6, endDay: 2, endMonth: 7 }],
  ])("%j", (text, period) => {
    expect(findPeriods(text).map((found) => found.period)).toEqual([period]);
  });
});

describe("startedOn: a single day that begins or ends an edition", () => {
  const read = (text: string): Record<string, unknown> => {
    const best = bestPeriod(findPeriods(text))!;
    const { text: _written, ...fields } = startedOn(text, best);
    return fields;
  };

  it.each([
    ["The 22nd programme opened on Wednesday 9 October 2019 in Akishima.", { year: 2019, startMonth: 10, startDay: 9 }],
    ["| 22nd | from 9 October 2019 |", { year: 2019, startMonth: 10, startDay: 9 }],
    ["The 22nd programme opened at the International Legal Affairs Complex in Akishima on 9 October 2019.", { year: 2019, startMonth: 10, startDay: 9 }],
    ["The latter gathered 29 participants and closed on 19 November 2024.", { year: 2024, endMonth: 11, endDay: 19 }],
    ["The Forum opens in Tokyo (to 2 July).", { endMonth: 7, endDay: 2 }],
    ["14 Jun 2022 — 178th International Training Course begins online (to 7 July)", { year: 2022, startMonth: 6, startDay: 14, endMonth: 7, endDay: 7 }],
    ["14 Dec 2022 — GG16 opens, in person for the first time in three years", { year: 2022, startMonth: 12, startDay: 14 }],
    // A record's labels.
    ["Opened: 2022-06-14.", { year: 2022, startMonth: 6, startDay: 14 }],
    ["Closing date: 7 July 2022", { year: 2022, endMonth: 7, endDay: 7 }],
    ["The course opened there on 9 October 2019.", { year: 2019, startMonth: 10, startDay: 9 }],
    ["Opened: Wednesday 13 December 2023", { year: 2023, startMonth: 12, startDay: 13 }],
    ["Closed: Friday 15 December 2023", { year: 2023, endMonth: 12, endDay: 15 }],
    ["The programme was due to end on 19 November 2024.", { year: 2024, endMonth: 11, endDay: 19 }],
  ])("%j → %j", (text, fields) => {
    expect(read(text)).toEqual(fields);
  });

  it.each(["The seminar was held on 9 October 2019.", "It met on 1 February 2019 in Akishima.", "5 Nov 2024 — the Minister visited the course."])("keeps a one-day period whole in %j", (text) => {
    const fields = read(text);
    expect(fields.startDay).toBe(fields.endDay);
  });
});

describe("findPeriods: two days months apart joined by \"and\"", () => {
  const texts = (text: string): string[] => findPeriods(text).map((match) => match.period.text);

  it("reads two dates, not one period", () => {
    expect(texts("The course and the seminar opened on 9 October and 17 December 2019 respectively.")).toEqual(["on 9 October", "17 December 2019"]);
  });

  it.each(["It met on 31 October and 1 November 2021.", "It met on 23 and 24 March 2021.", "It ran between 9 October and 17 December 2019."])("keeps one period in %j", (text) => {
    expect(texts(text)).toHaveLength(1);
  });
});
