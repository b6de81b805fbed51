import { describe, expect, it } from "vitest";
import { countryOfProgramme } from "../../../src/knowledge/extract/country-programmes.js";
import { extractDocument } from "../../../src/knowledge/extract/document.js";
import { documentFromParagraphs } from "../../support/documents.js";

describe("countryOfProgramme", () => {
  it.each([
    ["Training on Legal Technical Assistance for Viet Nam", "VNM"],
    ["Training on the Judicial System for Tajikistan", "TJK"],
    ["training course on the juvenile delinquent treatment system for Kenya", "KEN"],
    ["Joint Seminar for Lao PDR", "LAO"],
    ["Country Training for the Philippines", "PHL"],
  ])("%j → %s", (name, code) => {
    expect(countryOfProgramme(name)).toBe(code);
  });

  it.each([
    // Regions and groups, not one country.
    "Criminal Justice Training for Central Asia",
    "Regional Seminar on Good Governance for Southeast Asian Countries",
    "Criminal Justice Training for French-Speaking Africa",
    "Anti-Corruption Training Programme for North Africa",
    // The country is not what the name ends with: a programme on it, or from it.
    "Seminar on Viet Nam's Civil Code",
    "UNCAC Training Programme",
    "",
  ])("none for %j", (name) => {
    expect(countryOfProgramme(name)).toBeUndefined();
  });
});

describe("an edition of a programme for one country", () => {
  const countries = (paragraph: string) => extractDocument(documentFromParagraphs("x", [paragraph]), new Set()).editions.map((e) => [e.countries?.value, e.countries?.basis]);

  it("takes that country as inferred when no sentence states who took part", () => {
    expect(countries("In August 2008 the ICD held the 29th Training on Legal Technical Assistance for Viet Nam in Osaka.")).toEqual([[["VNM"], "inferred"]]);
  });

  it("keeps the countries a sentence states", () => {
    expect(countries("In August 2008 the ICD held the 29th Training on Legal Technical Assistance for Viet Nam, with ten judges from Laos taking part.")).toEqual([[["LAO"], "stated"]]);
  });

  it("infers nothing for a programme for a region", () => {
    expect(countries("In 2005 UNAFEI held the 3rd Criminal Justice Training for Central Asia in Tokyo.")).toEqual([[undefined, undefined]]);
  });
});
