import { describe, expect, it } from "vitest";
import { editionMentionFinder, findEditionMentions } from "../../../src/knowledge/extract/editions.js";
import { definitionsIn, editionsIn, splitEachTime, splitOnce } from "../../../src/knowledge/extract/passage-sentences.js";
import { findDefiniteSeries } from "../../../src/knowledge/extract/definite-series.js";
import { findSeriesDefinitions } from "../../../src/knowledge/extract/series.js";
import { documentFromParagraphs, seedDocument } from "../../support/documents.js";

describe("splitOnce", () => {
  it("gives every passage's sentences as splitting it each time does, the same objects on every call", () => {
    const seed = seedDocument();
    const sentencesOf = splitOnce([seed]);
    for (const passage of seed.passages) {
      expect(sentencesOf(passage)).toEqual(splitEachTime(passage));
      expect(sentencesOf(passage)).toBe(sentencesOf(passage));
    }
  });

  it("splits a passage it was not given when asked", () => {
    const other = documentFromParagraphs("x", ["One. Two."]).passages[0]!;
    expect(splitOnce([])(other).map((sentence) => sentence.text)).toEqual(["One.", "Two."]);
  });
});

describe("definitionsIn", () => {
  it.each([
    "Furthermore, Japan has held a seminar titled “Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar)” every fiscal year since 2007.",
    "Japan has held the UNCAC Training Programme every year since 1998.",
    "Corruption impedes growth.",
  ])("GIVEN %j THEN the definitions, then the definite series, read once", (text) => {
    const sentence = { text, start: 0, end: text.length };
    const definitions = findSeriesDefinitions(text);
    const expected = [...definitions, ...findDefiniteSeries(text, definitions)];
    expect(definitionsIn(sentence)).toEqual(expected);
    expect(definitionsIn(sentence)).toBe(definitionsIn(sentence));
  });
});

describe("editionsIn", () => {
  const text = "In 2019, GG8 was held in Tokyo after the 7th GG Seminar.";

  it("finds the editions once per set of acronyms, again for another set", () => {
    const sentence = { text, start: 0, end: text.length };
    const gg = new Set(["GG"]);
    const first = editionsIn(sentence, gg, editionMentionFinder(gg));
    expect(first).toEqual(findEditionMentions(text, gg));
    expect(editionsIn(sentence, gg, editionMentionFinder(gg))).toBe(first);
    const none = new Set<string>();
    expect(editionsIn(sentence, none, editionMentionFinder(none))).toEqual(findEditionMentions(text, none));
    expect(first.map((mention) => mention.ordinal)).toEqual([8, 7]);
    expect(findEditionMentions(text, none).map((mention) => mention.ordinal)).toEqual([7]);
  });
});
