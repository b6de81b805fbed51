import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { MINISEARCH_OPTIONS, foldText, processTerm, searchTerms, tokenize, wordForm, wordSpans } from "../../src/search/options.js";
import type { IndexedEntry } from "../../src/search/options.js";

describe("foldText", () => {
  it.each([
    ["Japan’s", "japan's"],
    ["Café Ñandú", "cafe nandu"],
    ["ＧＧ１５", "gg15"],
    ["ﬁnance", "finance"],
    ["6,100 graduates", "6100 graduates"],
    ["1,234,567", "1234567"],
    ["Timor\u2011Leste", "timor-leste"],
  ])("%j → %j", (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe("tokenize", () => {
  it.each([
    ["Japan’s Efforts", ["japan's", "efforts"]],
    ["“Treatment of Women Offenders”", ["treatment", "of", "women", "offenders"]],
    ["Timor-Leste, anti-corruption.", ["timor-leste", "anti-corruption"]],
    ["over 6,100 graduates", ["over", "6100", "graduates"]],
    [".*+?()[]{}|^$\\ 😀 \u0000", []],
    ["", []],
  ])("%j → %j", (input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });
});

describe("processTerm", () => {
  it.each([
    ["Japan's", ["japan"]],
    ["countries'", ["countries"]],
    ["don't", ["dont"]],
    ["timor-leste", ["timorleste", "timor", "leste"]],
    ["anti-corruption", ["anticorruption", "anti", "corruption"]],
    ["23rd", ["23rd", "23"]],
    ["gg15", ["gg15", "gg", "15"]],
    ["the", null],
    ["How", null],
    ["Furthermore", null],
    ["including", null],
    ["within", null],
    ["May", ["may"]],
  ])("%j → %j", (input, expected) => {
    expect(processTerm(input)).toEqual(expected);
  });
});

describe("searchTerms", () => {
  it("drops stop words and keeps the rest in order", () => {
    expect(searchTerms("How many graduates did the UNAFEI have?")).toEqual(["graduates", "unafei"]);
  });
  it("gives nothing for stop words only", () => {
    expect(searchTerms("what is the")).toEqual([]);
  });
});

describe("wordSpans", () => {
  it("finds words with offsets in the original text", () => {
    expect(wordSpans("Japan’s 6,100 Timor-Leste.")).toEqual([
      { word: "Japan’s", start: 0, end: 7 },
      { word: "6,100", start: 8, end: 13 },
      { word: "Timor-Leste", start: 14, end: 25 },
    ]);
  });
});

describe("MINISEARCH_OPTIONS", () => {
  const entry = (id: string, text: string, names = ""): IndexedEntry => ({ id, kind: "passage", names, theme: "", headings: "", title: "", text });
  const search = (entries: IndexedEntry[], query: string): string[] => {
    const index = new MiniSearch<IndexedEntry>(MINISEARCH_OPTIONS);
    index.addAll(entries);
    return index.search(query).map((result) => String(result.id));
  };

  it("ranks an exact word above a fuzzy neighbour", () => {
    expect(search([entry("fuzzy", "the seminars were held"), entry("exact", "the seminar was held")], "seminar")).toEqual(["exact", "fuzzy"]);
  });
  it("finds a typo by fuzzy matching for words of four letters or more", () => {
    expect(search([entry("a", "criminal justice"), entry("b", "economic growth")], "justise")).toEqual(["a"]);
  });
  it("does not fuzzy-match short words", () => {
    expect(search([entry("a", "the gig economy")], "gag")).toEqual([]);
  });
  it("matches a prefix of three letters or more", () => {
    expect(search([entry("a", "graduates from 140 countries"), entry("b", "growth")], "gra")).toEqual(["a"]);
  });
  it("matches either spelling of a hyphenated name", () => {
    const entries = [entry("a", "Timor-Leste took part"), entry("b", "Brunei took part")];
    expect(search(entries, "timorleste")).toEqual(["a"]);
    expect(search(entries, "Timor Leste")).toEqual(["a"]);
  });
  it("boosts a name over the same word in running text", () => {
    expect(search([entry("text", "held in Viet Nam"), entry("name", "a seminar", "Viet Nam")], "viet nam")).toEqual(["name", "text"]);
  });
  it("finds an ordinal by its number", () => {
    expect(search([entry("a", "the 23rd programme"), entry("b", "the 15th seminar")], "23")).toEqual(["a"]);
  });
  it.each(["", "   ", "the of and", "zzzzqqq"])("gives no hit for %j", (query) => {
    expect(search([entry("a", "the seminar")], query)).toEqual([]);
  });
});

describe("wordForm", () => {
  it.each([
    ["drugs", "drug"],
    ["drug", "drug"],
    ["offenders", "offender"],
    ["countries", "country"],
    ["offences", "offence"],
    ["processes", "process"],
    ["approaches", "approach"],
    ["women", "woman"],
    // Words that only look plural, short words, numbers and glued forms stay.
    ["process", "process"],
    ["status", "status"],
    ["crisis", "crisis"],
    ["gas", "gas"],
    ["1990s", "1990s"],
    ["gg15", "gg15"],
  ])("%j → %j", (term, form) => {
    expect(wordForm(term)).toBe(form);
  });
});
