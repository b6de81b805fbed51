import { describe, expect, it } from "vitest";
import { cardinalWords, ordinalDigits, ordinalWords } from "../../bench/numbers.js";
import { parseCardinal, parseOrdinal } from "../../src/knowledge/ordinals.js";

describe("ordinalWords", () => {
  it.each([
    [1, "first"],
    [12, "twelfth"],
    [20, "twentieth"],
    [23, "twenty-third"],
    [100, "one hundredth"],
    [175, "one hundred and seventy-fifth"],
  ])("GIVEN %d THEN %s", (n, words) => {
    expect(ordinalWords(n)).toBe(words);
  });

  it("GIVEN 1..999 THEN the knowledge parser reads every one back", () => {
    const misread = Array.from({ length: 999 }, (_, i) => i + 1).filter((n) => parseOrdinal(ordinalWords(n)) !== n);
    expect(misread).toEqual([]);
  });
});

describe("cardinalWords", () => {
  it.each([
    [7, "seven"],
    [18, "eighteen"],
    [40, "forty"],
    [85, "eighty-five"],
    [300, "three hundred"],
    [105, "one hundred and five"],
  ])("GIVEN %d THEN %s", (n, words) => {
    expect(cardinalWords(n)).toBe(words);
  });

  it("GIVEN 1..999 THEN the knowledge parser reads every one back", () => {
    const misread = Array.from({ length: 999 }, (_, i) => i + 1).filter((n) => parseCardinal(cardinalWords(n)) !== n);
    expect(misread).toEqual([]);
  });
});

describe("ordinalDigits", () => {
  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [11, "11th"],
    [13, "13th"],
    [23, "23rd"],
    [112, "112th"],
    [175, "175th"],
  ])("GIVEN %d THEN %s", (n, text) => {
    expect(ordinalDigits(n)).toBe(text);
  });
});
