import fc from "fast-check";
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

/** The splitter as first written: the abbreviation test matched the whole sentence so far at every
 *  full stop. Kept as the oracle for the faster one, which reads only the tail. */
function splitSentencesReference(text: string): string[] {
  const abbreviations = new Set(["e.g", "mr", "u.s", "no", "st"]);
  const boundary = /([.!?]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[\p{Lu}\p{N}●■◆])/gu;
  const ends = (before: string): boolean => {
    const word = /(?:^|[\s(“"'])([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase();
    if (!word) return false;
    return abbreviations.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
  };
  const out: string[] = [];
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    if (match[1] === "." && ends(text.slice(start, match.index))) continue;
    const end = match.index + match[1]!.length + match[2]!.length;
    out.push(text.slice(start, end).trim());
    start = end + match[3]!.length;
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

describe("splitSentences · long words before a full stop", () => {
  // Pieces that make words longer than the 40 characters the splitter reads before a full stop:
  // letters, dots, astral letters, initials, the abbreviations the oracle knows.
  const piece = fc.constantFrom("a", "B", "e.g", "Mr", "U.S", "x.", ".", " ", "(", "5", "𝐀", "é", "word", "No", "St", "J");
  const run = fc.array(fc.constantFrom("a", "B", "e.g", "x.", "𝐀", "é", "word", "U.S", "J", "No"), { minLength: 8, maxLength: 30 }).map((parts) => parts.join(""));
  const text = fc.array(fc.oneof(piece, run, fc.constantFrom(". ", ". The", ". 5", "! A", " U.N. Office")), { maxLength: 40 }).map((parts) => parts.join(""));

  it.each([
    [`Held by word${"x.".repeat(25)}x. The end.`],
    [`See ${"x.".repeat(25)}x. The end.`],
    [`A ${"𝐀".repeat(30)}. The end.`],
    ...Array.from({ length: 3 }, (_, i) => [`See ${"b".repeat(i)}${"𝐀.".repeat(15)}𝐀. The end.`]),
    [`A ${"b".repeat(39)}𝐀. The end.`],
    [`A ${"é".repeat(60)} e.g. The end.`],
  ])("GIVEN %j THEN the same sentences as reading the whole sentence so far", (input) => {
    expect(texts(input)).toEqual(splitSentencesReference(input));
  });

  it("GIVEN any text THEN the same sentences as reading the whole sentence so far", () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(texts(input).filter((sentence) => sentence)).toEqual(splitSentencesReference(input));
      }),
      { numRuns: 500 },
    );
  });
});
