import { describe, expect, it } from "vitest";
import { CARDINAL_SOURCE, ORDINAL_SOURCE, formatOrdinal, parseAbbreviatedEdition, parseCardinal, parseOrdinal } from "../../src/knowledge/ordinals.js";

describe("parseOrdinal", () => {
  it.each([
    ["23rd", 23], ["23", 23], ["23th", 23], ["1st", 1], ["112th", 112], ["175th", 175],
    ["twenty-third", 23], ["Twenty Third", 23], ["Eighth", 8], ["first", 1], ["the Fifteenth", 15],
    ["twentieth", 20], ["one hundred and seventy-fifth", 175], ["one hundred seventy-fifth", 175],
    ["a hundred and first", 101], ["one hundredth", 100],
  ])("%s → %i", (text, expected) => {
    expect(parseOrdinal(text)).toBe(expected);
  });

  it.each(["", "   ", "x", "third twenty", "0th", "twenty", "eighteen", "first second"])("%j → undefined", (text) => {
    expect(parseOrdinal(text)).toBeUndefined();
  });
});

describe("parseCardinal", () => {
  it.each([
    ["18", 18], ["6,100", 6100], ["twenty-two", 22], ["Eighteen", 18], ["twenty five", 25], ["eleven", 11],
    ["one hundred and five", 105],
  ])("%s → %i", (text, expected) => {
    expect(parseCardinal(text)).toBe(expected);
  });

  it.each(["first", "", "many", "1,00"])("%j → undefined", (text) => {
    expect(parseCardinal(text)).toBeUndefined();
  });
});

describe("formatOrdinal", () => {
  it.each([
    [1, "1st"], [2, "2nd"], [3, "3rd"], [4, "4th"], [11, "11th"], [12, "12th"], [13, "13th"], [21, "21st"],
    [22, "22nd"], [23, "23rd"], [101, "101st"], [111, "111th"], [112, "112th"], [175, "175th"],
  ])("%i → %s", (n, expected) => {
    expect(formatOrdinal(n)).toBe(expected);
  });
});

describe("parseAbbreviatedEdition", () => {
  it.each([
    ["GG8", { letters: "GG", ordinal: 8 }], ["GG 15", { letters: "GG", ordinal: 15 }], ["GG-16", { letters: "GG", ordinal: 16 }],
  ])("%s", (text, expected) => {
    expect(parseAbbreviatedEdition(text)).toEqual(expected);
  });

  it.each(["gg8", "GG", "8", "GG0", "FY2022", "FY 2019"])("%j → undefined", (text) => {
    expect(parseAbbreviatedEdition(text)).toBeUndefined();
  });
});

describe("ORDINAL_SOURCE and CARDINAL_SOURCE", () => {
  it("find ordinals as written, longest form first", () => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${ORDINAL_SOURCE}(?![\\p{L}\\p{N}])`, "giu");
    expect("the Twenty-Third, one hundred and seventy-fifth, 23rd, Seventeenth and first".match(pattern))
      .toEqual(["Twenty-Third", "one hundred and seventy-fifth", "23rd", "Seventeenth", "first"]);
  });

  it("find counts as written", () => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${CARDINAL_SOURCE}(?![\\p{L}\\p{N}])`, "giu");
    expect("twenty-two participants from sixteen countries, over 6,100 graduates".match(pattern)).toEqual(["twenty-two", "sixteen", "6,100"]);
  });
});
