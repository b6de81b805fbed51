import { describe, expect, it } from "vitest";
import { editionMentionFinder, findEditionMentions } from "../../../src/knowledge/extract/editions.js";
import { asLabelledLine, definitionsIn, editionsIn, splitEachTime, splitOnce } from "../../../src/knowledge/extract/passage-sentences.js";
import { findDefiniteSeries } from "../../../src/knowledge/extract/definite-series.js";
import { findSeriesDefinitions } from "../../../src/knowledge/extract/series.js";
import { documentFromParagraphs, seedDocument } from "../../support/documents.js";

describe("asLabelledLine", () => {
  it.each([
    ["Theme | Protection of Witnesses and Whistle-blowers", "Theme:  Protection of Witnesses and Whistle-blowers"],
    ["Theme. “Measures to Freeze, Confiscate and Recover the Proceeds of Corruption”.", "Theme: “Measures to Freeze, Confiscate and Recover the Proceeds of Corruption”."],
    ["Main theme. \"Cybercrime\"", "Main theme: \"Cybercrime\""],
    ["Venue. The Melia Hanoi Hotel in Hanoi.", "Venue: The Melia Hanoi Hotel in Hanoi."],
    ["Dates | 17 to 19 October 2017", "Dates:  17 to 19 October 2017"],
  ])("%j → %j, as long as it was", (text, line) => {
    expect(asLabelledLine(text)).toBe(line);
    expect(line.length).toBe(text.length);
  });

  it.each([
    ["a run-in label over prose", "Theme. Ten years had passed since the seminar began. This time the main theme was “X”."],
    ["a row of a wider table", "Theme | Dates | Venue"],
    ["a word that labels no fact", "Chairs | the Prosecutor General and the Deputy Director"],
    ["a sentence that opens with a label word", "Participants came from ten countries."],
    ["an ordinary sentence", "The seminar closed. Its theme was “X”."],
  ])("leaves %s as it is", (_why, text) => {
    expect(asLabelledLine(text)).toBe(text);
  });
});

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
