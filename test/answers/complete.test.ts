import { describe, expect, it } from "vitest";
import { answerCountry } from "../../src/answers/country.js";
import { answerCourse } from "../../src/answers/course.js";
import { answerTheme } from "../../src/answers/theme.js";
import { MAX_CHOICES, completeCountry, completeCourse, completeTheme } from "../../src/answers/complete.js";
import { MAX_CHOICE_LENGTH } from "../../src/snapshot/completions.js";
import type { Choice } from "../../src/answers/types.js";
import { HOSTILE_QUERIES } from "../support/hostile-queries.js";
import { emptyKnowledge, tinyKnowledge } from "../support/tiny-knowledge.js";

const k = tinyKnowledge();
const values = (choices: Choice[]): string[] => choices.map((choice) => choice.value);

describe("completeCourse", () => {
  it.each([
    ["", ["13th international training course", "22nd UNCAC training programme", "13th GG Seminar", "GG Seminar", "UNCAC training programme", "international training course"]],
    ["2", ["22nd UNCAC training programme"]],
    ["1", ["13th international training course", "13th GG Seminar"]],
    ["13", ["13th international training course", "13th GG Seminar"]],
    ["thirteenth", ["13th international training course", "13th GG Seminar"]],
    ["gg", ["13th GG Seminar", "GG Seminar"]],
    ["GG 13", ["13th GG Seminar", "13th international training course", "GG Seminar"]],
    ["uncac", ["UNCAC training programme", "22nd UNCAC training programme"]],
    ["wom", ["13th international training course"]],
    ["procurment", ["22nd UNCAC training programme"]],
    ["zzzz", []],
  ])("%j → %j", (partial, expected) => {
    expect(values(completeCourse(k, partial))).toEqual(expected);
  });

  it("shows the year and theme in the name", () => {
    expect(completeCourse(k, "2")).toEqual([{ name: "22nd UNCAC training programme (2019) · Corruption in Public Procurement", value: "22nd UNCAC training programme" }]);
  });

  it("offers values that /course answers with exactly that course", () => {
    for (const choice of completeCourse(k, "").filter((c) => /^\d/.test(c.value))) {
      expect(answerCourse(k, choice.value).results.map((result) => result.title)).toEqual([choice.value]);
    }
  });
});

describe("completeCountry", () => {
  it.each([
    ["viet", ["Viet Nam"]],
    ["lao", ["Lao PDR"]],
    ["Laos", ["Lao PDR"]],
    ["vnm", ["Viet Nam"]],
    ["camb", ["Cambodia", "Mozambique"]],
    ["Cambodai", ["Cambodia"]],
  ])("%j → %j first", (partial, expected) => {
    expect(values(completeCountry(k, partial)).slice(0, expected.length)).toEqual(expected);
  });

  it("offers the countries the knowledge names first, participants before the others, by default", () => {
    expect(completeCountry(k, "").slice(0, 7)).toEqual([
      { name: "Cambodia (took part in 13th GG Seminar)", value: "Cambodia" },
      { name: "Lao PDR (took part in 13th GG Seminar)", value: "Lao PDR" },
      { name: "Viet Nam (took part in 13th GG Seminar)", value: "Viet Nam" },
      { name: "Japan (donor)", value: "Japan" },
      { name: "Thailand (mentioned)", value: "Thailand" },
      { name: "Myanmar (mentioned)", value: "Myanmar" },
      expect.objectContaining({ name: expect.stringMatching(/\(not in the knowledge\)$/) }),
    ]);
  });

  it("ranks a country named in the knowledge before others with the same kind of match", () => {
    expect(values(completeCountry(k, "m")).slice(0, 2)).toEqual(["Myanmar", expect.not.stringMatching(/^Myanmar$/)]);
  });

  it("offers values that /country resolves", () => {
    for (const choice of completeCountry(k, "").slice(0, 6)) expect(answerCountry(k, choice.value).found).toBe(true);
  });
});

describe("completeTheme", () => {
  it.each([
    ["", ["Regional Cooperation against Corruption", "Corruption in Public Procurement", "Women in Criminal Justice"]],
    ["wom", ["Women in Criminal Justice"]],
    ["corr", ["Corruption in Public Procurement", "Regional Cooperation against Corruption"]],
    ["crim just", ["Women in Criminal Justice"]],
    ["procurment", ["Corruption in Public Procurement"]],
    ["zzzz", []],
  ])("%j → %j", (partial, expected) => {
    expect(values(completeTheme(k, partial))).toEqual(expected);
  });

  it("offers values that /theme answers", () => {
    for (const choice of completeTheme(k, "")) expect(answerTheme(k, choice.value).found).toBe(true);
  });
});

describe.each([
  ["completeCourse", completeCourse],
  ["completeCountry", completeCountry],
  ["completeTheme", completeTheme],
])("%s limits", (_name, complete) => {
  it.each(HOSTILE_QUERIES)("returns at most 25 choices of at most 100 characters for hostile input %#", (partial) => {
    for (const knowledge of [k, emptyKnowledge()]) {
      const choices = complete(knowledge, partial);
      expect(choices.length).toBeLessThanOrEqual(MAX_CHOICES);
      for (const choice of choices) {
        expect(Array.from(choice.name).length).toBeLessThanOrEqual(MAX_CHOICE_LENGTH);
        expect(Array.from(choice.value).length).toBeLessThanOrEqual(MAX_CHOICE_LENGTH);
        expect(choice.name.length).toBeGreaterThan(0);
      }
    }
  });
});
