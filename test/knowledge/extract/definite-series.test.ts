import { describe, expect, it } from "vitest";
import { bracketedProgrammes, findDefiniteSeries, programmesNamedIn, seriesNamedByYear } from "../../../src/knowledge/extract/definite-series.js";
import { findSeriesDefinitions } from "../../../src/knowledge/extract/series.js";

describe("findDefiniteSeries", () => {
  const names = (text: string) => findDefiniteSeries(text, findSeriesDefinitions(text)).map(({ kind, name }) => `${kind}:${name}`);

  it.each([
    ["Through UNAFEI, Japan has held the UNCAC Training Programme every year since 1998.", ["named:UNCAC Training Programme"]],
    ["Japan has held the UNCAC Training Programme annually since 1998.", ["named:UNCAC Training Programme"]],
    ["Japan has held the Regional Seminar on Good Governance for Southeast Asian Countries since 2007.", ["named:Regional Seminar on Good Governance for Southeast Asian Countries"]],
    ["The GG Seminar has been held every fiscal year.", ["named:GG Seminar"]],
    // What it is called is not part of its name.
    ["UNAFEI has staged the so-called GG Seminar once a year since 2007.", ["named:GG Seminar"]],
    ["Japan holds the UNCAC training programmes annually.", ["named:UNCAC training programme"]],
    ["In addition, Good Governance seminars have been held every year since 2007 as a new initiative.", ["named:Good Governance seminar"]],
    ["Since 2010 Criminal Justice Seminars have also been held annually.", ["named:Criminal Justice Seminar"]],
    ["UNAFEI trains judges, and Anti-Corruption workshops are held every year.", ["named:Anti-Corruption workshop"]],
    // An institute's possessive stands where "the" would.
    ["Because of travel restrictions, UNAFEI’s International Training Course, held twice a year, was given online.", ["named:International Training Course"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // No since-year, no frequency: a mention, not a description of a recurring series.
    "In 2019, UNAFEI held the UNCAC Training Programme in Tokyo.",
    // An edition, not the series.
    "The 22nd UNCAC Training Programme was held annually since 1998.",
    // No proper name.
    "The training course is held every year since 1998.",
    // The capitals go on after the head noun: an institution, not a programme.
    "It is operated by the UN Training Cooperation Department every year since 1962.",
    // Inside the abbreviation's parentheses, or already defined.
    "Japan has held a seminar for Southeast Asian countries every year since 2007 (hereinafter referred to as the GG Seminar).",
    "Japan has held a seminar titled “Regional Seminar on Good Governance (GG Seminar)” every year since 2007.",
    // Plural without a name, or not held: a determiner, a count, an ordinal, no verb of holding.
    "Such seminars have been held every year since 2007.",
    "These Seminars have been held annually since 2007.",
    "Three Seminars were held in 2019, and the course runs every year.",
    "Good Governance seminars every year since 2007 are a new initiative.",
    "good governance seminars have been held every year since 2007.",
    "",
  ])("finds none in %j", (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("programmesNamedIn", () => {
  const names = (text: string) => programmesNamedIn(text).map(({ name }) => name);

  it.each([
    ["Through UNAFEI, Japan also runs the anti-corruption criminal justice training (UNCAC Training Programme) for practitioners.", ["UNCAC Training Programme"]],
    ["Japan also runs the UNCAC Training Programme for practitioners of developing countries.", ["UNCAC Training Programme"]],
    ["It supports a regional seminar (the Regional Seminar on Good Governance) in Asia.", ["Regional Seminar on Good Governance"]],
    // A short name is a name too: the head noun finds it.
    ["UNAFEI ran a seminar (GG Seminar) in Tokyo.", ["GG Seminar"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // Brackets holding a convention, a date or a generic noun.
    "Japan signed the Convention (United Nations Convention against Corruption) in 2003.",
    "It was held in Tokyo (December 2019).",
    "It ran a course (the seminar) in Tokyo.",
    "It ran a course (Training) in Tokyo.",
    "the training course for judges",
  ])("finds none in %j", (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("bracketedProgrammes", () => {
  it("finds a proper name in brackets, but not one a known definition already covers", () => {
    const text = "the anti-corruption criminal justice training (UNCAC Training Programme), which Japan has held every year since 1998";
    expect(bracketedProgrammes(text).map((d) => [d.kind, d.name])).toEqual([["named", "UNCAC Training Programme"]]);
    const start = text.indexOf("(");
    expect(bracketedProgrammes(text, [{ kind: "named", name: "x", start, end: start + 10 }])).toEqual([]);
  });
});

describe("seriesNamedByYear", () => {
  it.each([
    ["We thank you for the hosting of this year's Good Governance Seminar for Southeast Asia.", ["Good Governance Seminar for Southeast Asia"]],
    ["Last year's UNCAC Training Programme met online.", ["UNCAC Training Programme"]],
    ["One of its courses, called in English the UNCAC Training Programme, supports the Convention.", ["UNCAC Training Programme"]],
    ["The seminar, known as the GG Seminar, is held in Southeast Asia.", ["GG Seminar"]],
  ])("%j names %j", (sentence, names) => {
    expect(seriesNamedByYear(sentence).map((definition) => definition.name)).toEqual(names);
  });

  it.each(["This year's seminar was held online.", "This year's 20th Seminar met in Tokyo.", "This year's theme was cybercrime.", "Japan's Good Governance Seminar", "a man called Tanaka", "It is known as a good practice.", ""])("names no series in %j", (sentence) => {
    expect(seriesNamedByYear(sentence)).toEqual([]);
  });
});
