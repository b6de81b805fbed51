import { describe, expect, it } from "vitest";
import { buildSnapshot } from "../../src/snapshot/build.js";
import { documentFromParagraphs } from "../support/documents.js";
import { sentence, tinyKnowledge } from "../support/tiny-knowledge.js";

const GG = await buildSnapshot(
    [
      documentFromParagraphs(
        "gg",
        [
          "The Twelfth Regional Seminar on Good Governance for Southeast Asian Countries was held in Kuala Lumpur, Malaysia from 18 to 20 November 2018, attended by 30 practitioners from all ten ASEAN countries.",
          "Experts from Lao PDR and the Philippines later visited Tokyo.",
        ],
        { title: "White Paper 2019", year: 2019 },
      ),
    ],
    [],
);

describe("the view's countryName", () => {
  const { view } = GG;

  it.each([
    ["BRN", "Brunei"],
    ["LAO", "Lao PDR"],
    ["PHL", "Philippines"],
    ["MYS", "Malaysia"],
  ])("GIVEN %s THEN the name the text uses for it, never the group's words: %s", (code, name) => {
    expect(view.countryName(code)).toBe(name);
  });
});

describe("the view's countryByCode · tookPart", () => {
  const { view } = tinyKnowledge();

  it.each([
    ["VNM", [["gg-seminar-13", sentence(1, 1)]]],
    ["LAO", [["gg-seminar-13", sentence(1, 1)]]],
    ["JPN", []],
  ])("GIVEN %s THEN the sentence stating each edition it took part in: %j", (code, expected) => {
    expect([...view.countryByCode.get(code)!.tookPart]).toEqual(expected);
  });
});
