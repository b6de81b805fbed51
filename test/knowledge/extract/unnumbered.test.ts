import { describe, expect, it } from "vitest";
import { heldItsProgramme, ordinalAnaphora, unnumberedProgrammeInTitle } from "../../../src/knowledge/extract/unnumbered.js";

describe("unnumberedProgrammeInTitle", () => {
  it.each([
    ["Akarenga No. 48: International Cooperation Human Resources Development Training", "International Cooperation Human Resources Development Training"],
    ["Training on the Judicial System for Tajikistan", "Training on the Judicial System for Tajikistan"],
    ["News: “The Criminal Justice Forum for Asia and the Pacific”", "Criminal Justice Forum for Asia and the Pacific"],
    ["Akarenga No. 52: We held the International Cooperation Human Resources Development Training", "International Cooperation Human Resources Development Training"],
    // Sentence case, the head noun first, the venue after it.
    ["Project news: training for JDS fellows from the justice sector at the Ministry of Justice and the International Legal Affairs Complex", "training for JDS fellows from the justice sector"],
    ["Seminar on asset recovery for prosecutors", "Seminar on asset recovery for prosecutors"],
  ])("%j → %j", (title, programme) => {
    expect(unnumberedProgrammeInTitle(title)).toBe(programme);
  });

  it.each([
    "White Paper on Development Cooperation 2021",
    "Report of the United Nations Crime Prevention and Criminal Justice Programme Network",
    "We visited the training course in Tokyo",
    "The 9th Regional Seminar on Good Governance",
    "",
    // Sentence case that is a sentence, or a name that runs on past what a name holds.
    "Training for judges was held at the Supreme Court",
    "Seminar on the ways in which the courts of the region have come to share their practice",
    "Course for",
  ])("%j names no unnumbered programme", (title) => {
    expect(unnumberedProgrammeInTitle(title)).toBeUndefined();
  });
});

describe("heldItsProgramme", () => {
  it("reads the programme a body held as its own", () => {
    expect(heldItsProgramme("The Department held its International Cooperation Human Resources Development Training from 5 to 16 November 2017.")).toBe("International Cooperation Human Resources Development Training");
  });

  it("reads a programme a body ran, described in lower case, without a name or a number", () => {
    expect(heldItsProgramme("The MOJ, through UNAFEI, ran an international training course on the criminal justice response to corruption, open to practitioners from Asia and Africa.")).toBe("international training course on the criminal justice response to corruption");
    expect(heldItsProgramme("UNAFEI ran a course.")).toBeUndefined();
  });

  it("reads a named programme a body held, dated right after its name", () => {
    expect(heldItsProgramme("The Department held the International Cooperation Human Resources Development Training from 10 to 20 November of Heisei 27 (2015).")).toBe("International Cooperation Human Resources Development Training");
  });

  it("reads a programme named in quotes after a description in lower case, dated right after", () => {
    const sentence = "With the cooperation of UNAFEI, JICA held the thematic training course “Anti-Corruption (Criminal Justice)” from 12 October to 19 November 2015.";
    expect(heldItsProgramme(sentence)).toBe("Anti-Corruption (Criminal Justice)");
    // Masked quotes: the name is read from the sentence as written.
    expect(heldItsProgramme(sentence.replace(/“[^”]*”/u, (quote) => " ".repeat(quote.length)), sentence)).toBe("Anti-Corruption (Criminal Justice)");
    // Not dated: a programme spoken of, not held then.
    expect(heldItsProgramme("JICA held the training course “Anti-Corruption” in high regard.")).toBeUndefined();
  });

  it("reads a named programme labelled by its fiscal year, the dates given before it", () => {
    expect(heldItsProgramme("From 28 February to 10 March 2023 it held the FY2022 Criminal Justice Training for French-Speaking Africa at JICA Tokyo.")).toBe("Criminal Justice Training for French-Speaking Africa");
    expect(heldItsProgramme("It held the FY2022 review of its work.")).toBeUndefined();
  });

  it("reads a named programme said to have been held", () => {
    expect(heldItsProgramme("The Regional Seminar on Good Governance was held in Tokyo from 3 to 5 March.")).toBe("Regional Seminar on Good Governance");
  });

  it.each([
    "The Department held its annual meeting in Tokyo.",
    "The Regional Seminar on Good Governance has grown every year.",
    "The Ministry of Justice was held responsible.",
    "UNAFEI held its Board of Trustees Council open to visitors.",
    "The Ministry held a reception.",
    // "held the" a name with no date after it: no edition is said to have taken place.
    "UNAFEI held the Regional Seminar on Good Governance in high regard.",
  ])("none in %j", (sentence) => {
    expect(heldItsProgramme(sentence)).toBeUndefined();
  });
});

describe("ordinalAnaphora", () => {
  it.each([
    ["This year's training was the ninth.", 9, "ninth"],
    ["This year it ran for the sixth time.", 6, "sixth"],
    ["Held with the help of the ministry, this was the second time the training had been run, and fifteen fellows took part.", 2, "second"],
    ["It was the 5th seminar.", 5, "5th"],
    // The count in apposition.
    ["This year, its eighteenth, it took as its main theme “Strengthening the Capacity”.", 18, "eighteenth"],
  ])("%j → %i", (sentence, ordinal, ordinalText) => {
    expect(ordinalAnaphora(sentence)).toMatchObject({ ordinal, ordinalText });
  });

  it.each([
    ["a rank of places", "It was the third time that the Good Governance Seminar had come to Japan."],
    ["a first, as often a rank", "This year's training was the first."],
    ["a rank in a row", "This year it ran for the second time in a row."],
    ["another thing numbered", "This year's training was the ninth time Mr Sato lectured there."],
    ["an anniversary", "This year marks the 60th anniversary of UNAFEI."],
    ["a rank among such seminars", "This was the second such seminar."],
    ["another's count in apposition", "This year, its eighteenth, the ministry's budget grew."],
  ])("none for %s", (_why, sentence) => {
    expect(ordinalAnaphora(sentence)).toBeUndefined();
  });
});
