import { describe, expect, it } from "vitest";
import { countriesByReference } from "../../../src/knowledge/extract/countries-by-reference.js";

const EIGHT = ["KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "THA", "VNM"];

describe("countriesByReference", () => {
  it.each([
    ["Twenty practitioners from the same eight countries discussed it.", [["PHL"], EIGHT], EIGHT],
    ["Brunei could not attend; two each came from the other nine ASEAN countries, 18 in all.", [], ["KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
    ["Myanmar and Brunei were absent, and participants came from the remaining eight ASEAN member states.", [], ["KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM"]],
  ] as Array<[string, string[][], string[]]>)("%j", (text, earlier, codes) => {
    expect(countriesByReference(text, earlier)?.codes).toEqual(codes);
  });

  it.each([
    // The edition before had another number of countries, or there is none.
    ["Nineteen officials from the same ten countries met.", [EIGHT]],
    ["Nineteen officials from the same ten countries met.", []],
    // "the other nine" with nothing named to leave out, or a count that does not agree.
    ["Two each came from the other nine ASEAN countries.", []],
    ["Brunei could not attend; two each came from the other eight ASEAN countries.", []],
    ["Participants came from the same region as last year.", [EIGHT]],
  ] as Array<[string, string[][]]>)("reads no countries from %j", (text, earlier) => {
    expect(countriesByReference(text, earlier)).toBeUndefined();
  });
});
