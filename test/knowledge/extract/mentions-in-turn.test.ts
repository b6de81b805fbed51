// Several editions in one sentence, facts given "respectively": the i-th venue or mode, year or period
// is the i-th edition's; without "respectively", or with a list of another length, none is given in turn.
import { describe, expect, it } from "vitest";
import { findEditionMentions } from "../../../src/knowledge/extract/editions.js";
import { respectiveFormats, respectiveSpans, respectiveYears, themesInTurn } from "../../../src/knowledge/extract/mentions-in-turn.js";

const inTurn = (sentence: string): Array<string | undefined> => respectiveFormats(sentence, findEditionMentions(sentence)).map((span) => span && sentence.slice(span.start, span.end));

describe("respectiveFormats", () => {
  it.each([
    ["After two seminars in Bangkok, the fourth and fifth seminars were held in Manila and in Tokyo, in December 2010 and December 2011 respectively, and the sixth seminar met in Tokyo.", ["in Manila", "in Tokyo", undefined]],
    ["The 13th and 14th seminars took place at the Complex and online, in December 2019 and March 2021 respectively.", ["at the Complex", "online"]],
    ["The 20th, 21st and 22nd courses were held in Tokyo, in Osaka and online respectively.", ["in Tokyo", "in Osaka", "online"]],
    // Later places share the first one's preposition.
    ["The 11th and 12th seminars were held in Hanoi and Da Nang, in October 2017 and November 2018 respectively.", ["in Hanoi", "Da Nang"]],
  ] as Array<[string, Array<string | undefined>]>)("%j → %j", (sentence, venues) => {
    expect(inTurn(sentence)).toEqual(venues);
  });

  it.each([
    // No "respectively": each may have been held in both.
    "The fourth and fifth seminars were held in Manila and in Tokyo.",
    // One venue for two editions.
    "The first and second seminars took place in Thailand, in 2007 and 2008 respectively.",
    // Three venues for two editions.
    "The 13th and 14th seminars were held in Tokyo, in Osaka and online respectively.",
    // A second item that is no place name of its own.
    "The 11th and 12th seminars were held in Hanoi and the capital, in 2017 and 2018 respectively.",
  ])("gives no venue in turn in %j", (sentence) => {
    expect(inTurn(sentence)).toEqual([]);
  });
});

describe("respectiveYears and respectiveSpans", () => {
  it("gives each edition its year, or its dates, in turn", () => {
    const years = "The first and second seminars took place in Thailand, in 2007 and 2008 respectively.";
    expect(respectiveYears(years, findEditionMentions(years))).toEqual([2007, 2008]);
    // A since-year between is the series', not an edition's.
    const since = "The 14th and 15th seminars, which Japan has held every year since 2007, met in 2021 and 2022 respectively.";
    expect(respectiveYears(since, findEditionMentions(since))).toEqual([2021, 2022]);
    const dates = "The 13th and 14th seminars met from 17 to 19 December 2019 and on 23 and 24 March 2021 respectively.";
    expect(respectiveSpans(dates, findEditionMentions(dates)).map((span) => dates.slice(span.start, span.end))).toEqual(["from 17 to 19 December 2019", "on 23 and 24 March 2021"]);
  });
});

describe("themesInTurn", () => {
  it("gives each edition of a list its theme in turn, among other editions of the sentence", () => {
    const sentence = "The UNCAC course reached its 23rd edition; the 175th and 176th international training courses, on “Treatment of Women Offenders” and “Inclusive Societies” respectively, met online; and December saw GG15.";
    const mentions = findEditionMentions(sentence, new Set(["GG"]));
    expect(mentions.map((mention) => mention.ordinal)).toEqual([23, 175, 176, 15]);
    expect(themesInTurn(sentence, mentions)).toEqual([undefined, "Treatment of Women Offenders", "Inclusive Societies", undefined]);
  });

  it("reads \"on “A” and on “B” respectively\" as one theme each", () => {
    const sentence = "In 2021 the 175th and the 176th international training courses were held online, on “Treatment of Women Offenders” and on “Inclusive Societies” respectively.";
    expect(themesInTurn(sentence, findEditionMentions(sentence))).toEqual(["Treatment of Women Offenders", "Inclusive Societies"]);
  });

  it("gives none when the list has fewer themes than editions", () => {
    const sentence = "The 175th and 176th international training courses, on “Treatment of Women Offenders”, met online.";
    expect(themesInTurn(sentence, findEditionMentions(sentence))).toEqual([undefined, undefined]);
  });
});
