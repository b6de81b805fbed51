import { describe, expect, it } from "vitest";
import { allMatches, findQuoted, isTitleCased, maskQuoted, nameKey, slugify, titleCase } from "../../../src/knowledge/extract/text.js";
import { eraYearSpans, widenToEraYears, withEraYears, withSinceThen } from "../../../src/knowledge/extract/text.js";

describe("allMatches", () => {
  const found = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, m[0], ...m.slice(1)]);

  it.each([
    [/(\d+)-(\d+)/g, "1-2, 30-4 and 5"],
    [/\p{Lu}\p{Ll}*/gu, "Viet Nam and Timor-Leste"],
    [/x*/g, "axxb"],
    [/(?:)/gu, "a𝐀b"],
    [/none/g, "nothing here"],
  ])("GIVEN %s over %j THEN the matches matchAll gives", (pattern, text) => {
    expect(found(allMatches(pattern, text))).toEqual(found([...text.matchAll(pattern)]));
    expect(pattern.lastIndex).toBe(0);
  });

  it("GIVEN a pattern without the global flag THEN every match, as with the flag", () => {
    expect(found(allMatches(/a(b)?/, "ab a ab"))).toEqual([[0, "ab", "b"], [3, "a", undefined], [5, "ab", "b"]]);
  });
});

describe("findQuoted", () => {
  it.each([
    ["on “Treatment of Women Offenders” and", "Treatment of Women Offenders"],
    ["themed \"Mutual Legal Assistance\", was", "Mutual Legal Assistance"],
    ["titled ‘Reducing Reoffending’ was", "Reducing Reoffending"],
    ["themed 'Crime Prevention in the Digital Age' was", "Crime Prevention in the Digital Age"],
    ["entitled “Juvenile Justice.”", "Juvenile Justice"],
  ])("%s", (text, inner) => {
    expect(findQuoted(text).map((q) => q.inner)).toEqual([inner]);
  });

  it("does not take apostrophes for quotes", () => {
    expect(findQuoted("Japan's and UNAFEI's activities")).toEqual([]);
  });
});

describe("maskQuoted", () => {
  it("blanks quoted spans and keeps the length", () => {
    expect(maskQuoted("on “Asia” in 2021")).toBe("on        in 2021");
  });
});

describe("nameKey", () => {
  it.each([
    ["the UNCAC Training Programs", "uncac training programme"],
    ["UNCAC training programme", "uncac training programme"],
    ["GG Seminars", "gg seminar"],
  ])("%s → %s", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe("slugify", () => {
  it.each([["GG Seminar", "gg-seminar"], ["UNCAC Training Programme", "uncac-training-programme"], ["!!!", "series"]])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe("titleCase and isTitleCased", () => {
  it("capitalises all but minor words and keeps acronyms", () => {
    expect(titleCase("international training course on the criminal justice response")).toBe("International Training Course on the Criminal Justice Response");
    expect(titleCase("UNCAC training programme")).toBe("UNCAC Training Programme");
  });

  it.each([["Regional Seminar on Good Governance", true], ["GG Seminar", true], ["international training course", false], ["", false]])("%j → %s", (phrase, expected) => {
    expect(isTitleCased(phrase)).toBe(expected);
  });
});

describe("withEraYears", () => {
  it.each([
    ["from 12 October to 17 November of Heisei 28 (2016), UNAFEI", `from 12 October to 17 November ${" ".repeat(15)}2016, UNAFEI`],
    ["from 22 September to 18 October of Reiwa 3.", `from 22 September to 18 October ${" ".repeat(6)}2021.`],
    ["in Reiwa 1 and Showa 37", `in ${" ".repeat(3)}2019 and ${" ".repeat(4)}1962`],
  ])("%j", (text, expected) => {
    expect(withEraYears(text)).toBe(expected);
    expect(withEraYears(text)).toHaveLength(text.length);
  });

  it.each(["in 2021", "Mr Reiwa", "Heisei era", ""])("leaves %j as it is", (text) => {
    expect(withEraYears(text)).toBe(text);
  });
});

describe("withSinceThen", () => {
  it.each([
    ["Since then it has held the course every year.", "UNAFEI held its first course in September 1962.", "Since 1962 it has held the course every year."],
    ["It grew, and since then it has run twice a year.", "The seminar began in 2007.", "It grew, and since 2007 it has run twice a year."],
  ])("%j after %j", (text, previous, expected) => {
    expect(withSinceThen(text, previous)).toBe(expected);
    expect(withSinceThen(text, previous)).toHaveLength(text.length);
  });

  it.each([
    ["no sentence before", "Since then it has grown.", undefined],
    ["two years before", "Since then it has grown.", "It ran in 2007 and in 2008."],
    ["no year before", "Since then it has grown.", "The seminar began in Bangkok."],
    ["no “since then”", "Then it grew.", "The seminar began in 2007."],
  ])("leaves it as it is with %s", (_why, text, previous) => {
    expect(withSinceThen(text, previous)).toBe(text);
  });
});

describe("widenToEraYears", () => {
  const text = "It was held in March of Reiwa 3 (2021) in Tokyo.";
  const eras = eraYearSpans(text);

  it("finds the era years as written", () => {
    expect(eras.map((span) => text.slice(span.start, span.end))).toEqual(["of Reiwa 3 (2021)"]);
  });

  it("widens a span that reaches into an era year to all of it, and leaves others alone", () => {
    const year = text.indexOf("2021");
    const widened = widenToEraYears({ start: year, end: year + 4 }, eras);
    expect(text.slice(widened.start, widened.end)).toBe("of Reiwa 3 (2021)");
    expect(widenToEraYears({ start: 0, end: 6 }, eras)).toEqual({ start: 0, end: 6 });
    expect(eraYearSpans("in 2021")).toEqual([]);
  });
});
