import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/knowledge/sentences.js";

const texts = (input: string) => splitSentences(input).map((s) => s.text);

describe("splitSentences", () => {
  it.each([
    ["", []],
    ["   ", []],
    ["One sentence without a full stop", ["One sentence without a full stop"]],
    ["First one. Second one.", ["First one.", "Second one."]],
    ["Held by the U.N. Office in Vienna. Then more.", ["Held by the U.N. Office in Vienna.", "Then more."]],
    ["See e.g. Mr. Tanaka here. Next.", ["See e.g. Mr. Tanaka here.", "Next."]],
    ["Over 6,100 graduates. 140 countries.", ["Over 6,100 graduates.", "140 countries."]],
    ["It was “Tackling Threats.” Then the 15th.", ["It was “Tackling Threats.”", "Then the 15th."]],
    ["Was it held? Yes! It was.", ["Was it held?", "Yes!", "It was."]],
    ["version 2.5 was used. ok", ["version 2.5 was used. ok"]],
  ])("GIVEN %j THEN %j", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("gives offsets that slice back to each sentence", () => {
    const input = "  In 2021, the 23rd course was held.  In December, the 15th GG Seminar followed. ";
    for (const sentence of splitSentences(input)) expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(splitSentences(input).map((s) => [s.start, s.end])).toEqual([[2, 36], [38, 80]]);
  });
});
