import { describe, expect, it } from "vitest";
import { countedCountriesListed, countriesByReference, targetCountriesListed, targetCountriesReferred } from "../../../src/knowledge/extract/countries-by-reference.js";

const EIGHT = ["KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "THA", "VNM"];

describe("countriesByReference", () => {
  it.each([
    ["Twenty practitioners from the same eight countries discussed it.", [["PHL"], EIGHT], EIGHT],
    ["Brunei could not attend; two each came from the other nine ASEAN countries, 18 in all.", [], ["KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
    ["Brunei was unable to attend, and the other nine ASEAN member states each sent two judges.", [], ["KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
    ["Myanmar and Brunei were absent, and participants came from the remaining eight ASEAN member states.", [], ["KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM"]],
    // A number of members, and in the same sentence the one that stayed away.
    ["Eighteen practitioners in all came, from nine ASEAN member states, Brunei having been unable to attend.", [], ["KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
  ] as Array<[string, string[][], string[]]>)("%j", (text, earlier, codes) => {
    expect(countriesByReference(text, earlier)?.codes).toEqual(codes);
  });

  it.each([
    ["From each of the other nine ASEAN countries came two people.", "Brunei was unable to take part."],
    ["Each of the other nine ASEAN member states sent two people.", "Brunei was unfortunately unable to attend."],
    ["The other nine ASEAN members sent two each.", "Brunei could not take part."],
  ])("%j takes the members left out from %j, the sentence before, when it says they stayed away", (text, before) => {
    expect(countriesByReference(text, [], before)?.codes).toEqual(["KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]);
  });

  it.each([
    // The sentence before names a country that did not stay away, or the count does not agree.
    ["From each of the other nine ASEAN countries came two people.", "Brunei hosted the seminar."],
    ["From each of the other nine ASEAN countries came two people.", "Viet Nam's Supreme People's Procuracy co-hosted it."],
    ["Two came from each of the other eight ASEAN countries.", "Brunei could not take part."],
  ])("reads no countries from %j after %j", (text, before) => {
    expect(countriesByReference(text, [], before)).toBeUndefined();
  });

  it.each([
    // The edition before had another number of countries, or there is none.
    ["Nineteen officials from the same ten countries met.", [EIGHT]],
    ["Nineteen officials from the same ten countries met.", []],
    // "the other nine" with nothing named to leave out, or a count that does not agree.
    ["Two each came from the other nine ASEAN countries.", []],
    ["Brunei could not attend; two each came from the other eight ASEAN countries.", []],
    ["Participants came from the same region as last year.", [EIGHT]],
    // Who stayed away is no ASEAN member, or the number does not agree.
    ["Eighteen came from nine ASEAN member states, Japan having been unable to attend.", []],
    ["Sixteen came from eight ASEAN member states, Brunei having been unable to attend.", []],
  ] as Array<[string, string[][]]>)("reads no countries from %j", (text, earlier) => {
    expect(countriesByReference(text, earlier)).toBeUndefined();
  });
});

describe("countedCountriesListed", () => {
  it.each([
    ["Nine of them are ASEAN members - Brunei, Cambodia, Indonesia, Lao PDR, Malaysia, the Philippines, Singapore, Thailand and Viet Nam - and the tenth was Timor-Leste.", 10, ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM", "TLS"]],
    ["They were Cambodia, Laos and Viet Nam.", 3, ["KHM", "LAO", "VNM"]],
    // A group's members join the names when the names alone fall short.
    ["All of them were ASEAN members, and Timor-Leste.", 11, ["TLS", "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
  ] as Array<[string, number, string[]]>)("%j (%i countries)", (text, count, codes) => {
    expect(countedCountriesListed(text, count)?.codes).toEqual(codes);
  });

  it.each([
    // Another number of countries than was counted.
    ["They were Cambodia, Laos and Viet Nam.", 4],
    // No pointing back: a sentence of its own.
    ["Cambodia, Laos and Viet Nam signed the declaration.", 3],
    ["Nine of them are ASEAN members.", 9],
  ] as Array<[string, number]>)("reads no countries from %j (%i counted)", (text, count) => {
    expect(countedCountriesListed(text, count)).toBeUndefined();
  });
});

describe("targetCountriesListed and targetCountriesReferred", () => {
  it.each([
    ["The eight target countries are Burkina Faso, Chad, Côte d'Ivoire, the Democratic Republic of the Congo, Mali, Mauritania, Niger and Senegal.", ["BFA", "TCD", "CIV", "COD", "MLI", "MRT", "NER", "SEN"]],
    ["The programme is aimed at Côte d'Ivoire, Senegal and Mali.", ["CIV", "SEN", "MLI"]],
  ])("%j lists the targets", (text, codes) => {
    expect(targetCountriesListed(text)).toEqual(codes);
  });

  it.each([
    // The count and the list disagree; one country is no list; no word of targets.
    "The eight target countries are Chad and Mali.",
    "The programme is aimed at Senegal.",
    "Participants came from Chad, Mali and Niger.",
  ])("%j lists no targets", (text) => {
    expect(targetCountriesListed(text)).toBeUndefined();
  });

  const targets = ["CIV", "SEN", "MLI"];
  it("refers to the targets by their number, with the clause that does", () => {
    expect(targetCountriesReferred("Thirty officials came from the three target countries.", targets)).toEqual({ codes: targets, start: 22, end: 53 });
    expect(targetCountriesReferred("officials from all three countries took part", targets)).toEqual({ codes: targets, start: 10, end: 34 });
  });

  it.each([
    ["Officials came from the eight target countries.", targets],
    ["Officials came from three countries.", targets],
    ["Officials came from the three target countries.", undefined],
  ])("%j refers to no stated targets", (text, known) => {
    expect(targetCountriesReferred(text, known)).toBeUndefined();
  });
});
