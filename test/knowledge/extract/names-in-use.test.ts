import { describe, expect, it } from "vitest";
import { collectNamesInUse, nameSignature, NO_NAMES, splitTopic, type NamesInUse } from "../../../src/knowledge/extract/names-in-use.js";
import { documentFromParagraphs } from "../../support/documents.js";

describe("collectNamesInUse", () => {
  it("gathers defined names and the numbers each edition naming comes with", () => {
    const names = collectNamesInUse([documentFromParagraphs("x", [
      "Japan has held a seminar titled “Regional Seminar on Good Governance (GG Seminar)” since 2007.",
      "The 175th International Training Course and the 176th International Training Course were held online. The 15th GG Seminar was held in Tokyo.",
    ])], new Set(["GG"]));
    expect([...names.defined]).toEqual(["regional seminar on good governance", "gg seminar"]);
    expect([...names.definedSignatures]).toEqual(["good governance|seminar"]);
    expect([...names.editions].map(([key, ordinals]) => [key, [...ordinals]])).toEqual([["international training course", [175, 176]], ["gg seminar", [15]]]);
  });

  it("is empty for documents without programmes", () => {
    expect(collectNamesInUse([documentFromParagraphs("y", ["Corruption impedes growth."])], new Set())).toEqual(NO_NAMES);
  });
});

describe("splitTopic", () => {
  const names: NamesInUse = {
    defined: new Set(["regional seminar on good governance for southeast asian countries"]),
    definedSignatures: new Set(),
    editions: new Map([["international training course", new Set([180])], ["regional seminar", new Set([5])], ["training course on cybercrime", new Set([1, 2])], ["training course", new Set([12])]]),
  };

  it("splits an unquoted topic off a series name in use", () => {
    expect(splitTopic("International Training Course on Treatment of Offenders", names)).toEqual({ series: "International Training Course", topic: "Treatment of Offenders" });
  });

  it.each([
    // The shorter name is not in use.
    "International Senior Seminar on Victims of Crime",
    // A name that names its audience is the series' own.
    "Regional Seminar on Good Governance for Central Asian Countries",
    // Defined as a whole.
    "Regional Seminar on Good Governance for Southeast Asian Countries",
    // Shared by two editions: a name, not a theme.
    "Training Course on Cybercrime",
    // Nothing after a head noun.
    "International Training Course",
    // A head noun and one word before it are too little to be a series of their own.
    "Training Course on Corruption Control",
  ])("keeps %j whole", (phrase) => {
    expect(splitTopic(phrase, names)).toBeUndefined();
  });

  it("splits nothing without names in use", () => {
    expect(splitTopic("International Training Course on Treatment of Offenders", NO_NAMES)).toBeUndefined();
  });
});

describe("nameSignature", () => {
  it.each([
    ["seminar on criminal justice for French-speaking African countries", "african criminal french justice speaking|seminar"],
    ["Criminal Justice Seminar for French-Speaking African Countries", "african criminal french justice speaking|seminar"],
    ["Regional Seminar on Good Governance for Southeast Asian Countries", "asian good governance southeast|seminar"],
    ["training courses on juvenile justice", "justice juvenile|course"],
  ])("%s → %s", (name, signature) => {
    expect(nameSignature(name)).toBe(signature);
  });

  it.each(["international training course", "seminar on justice", "Good Governance", ""])("%j has none", (name) => {
    expect(nameSignature(name)).toBeUndefined();
  });
});
