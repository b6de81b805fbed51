import { describe, expect, it } from "vitest";
import { announcesParticipantList, countryTableHeader, listedCountries } from "../../../src/knowledge/extract/list-follows.js";
import { findRoleSpans } from "../../../src/knowledge/extract/roles.js";

const announces = (sentence: string): boolean => announcesParticipantList(sentence, findRoleSpans(sentence));
const codes = (block: string): string[] | undefined => listedCountries(block)?.map((name) => name.code);

describe("announcesParticipantList", () => {
  it.each([
    "Practitioners from 23 countries and organisations gathered in all:",
    "Participants came from the following countries:",
    "The following delegations took part: ",
    "It was attended by officials from:",
    "Thirty practitioners came from the twenty-five countries in the table below, and four from Japan.",
  ])("%j announces who took part", (sentence) => {
    expect(announces(sentence)).toBe(true);
  });

  it.each([
    ["no colon at the end", "Participants came from the following countries."],
    ["the colon opens a list of lecturers", "Lecturers came from the following countries:"],
    ["the colon opens the programme, not who took part", "The programme covered three topics:"],
    ["a colon mid-sentence", "Participants: Cambodia and Laos took part."],
    ["the table below lists the lecturers' countries", "Lecturers came from the countries in the table below."],
  ])("not when %s", (_why, sentence) => {
    expect(announces(sentence)).toBe(false);
  });
});

describe("listedCountries", () => {
  it.each([
    ["a paragraph of names", "Australia, Brunei, Cambodia, Canada, the ASEAN Secretariat, TIJ and UNODC.", ["AUS", "BRN", "KHM", "CAN"]],
    ["one list item", "- Viet Nam", ["VNM"]],
    ["a numbered item", "3) the Philippines;", ["PHL"]],
    ["names and an institution named after a country", "Indonesia, Thailand Institute of Justice, Malaysia", ["IDN", "MYS"]],
    ["a table row with its number", "7 | India", ["IND"]],
    ["names after what the item says they are", "- nine member states of ASEAN: Brunei, Cambodia and Viet Nam;", ["BRN", "KHM", "VNM"]],
  ])("%s", (_why, block, expected) => {
    expect(codes(block)).toEqual(expected);
  });

  it.each([
    ["a sentence with a verb", "Cambodia and Laos sent prosecutors."],
    ["two sentences", "Thailand, Malaysia. The seminar ended on Friday"],
    ["mostly not countries", "Cambodia, the ASEAN Secretariat, UNODC, TIJ, NIJ"],
    ["a long item", "Cambodia, officials of the national anti-corruption unit and the courts of the capital region"],
    ["no country at all", "UNODC, UNAFEI and TIJ"],
  ])("none from %s", (_why, block) => {
    expect(codes(block)).toBeUndefined();
  });
});

describe("countryTableHeader", () => {
  it.each([["No. | Country", true], ["Country", true], ["No. | Country | Participants", true], ["No. | Course | Theme", false], ["1 | Bangladesh", false]] as Array<[string, boolean]>)("%j → %s", (row, header) => {
    expect(countryTableHeader(row)).toBe(header);
  });
});
