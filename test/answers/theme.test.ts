import { describe, expect, it } from "vitest";
import { answerTheme } from "../../src/answers/theme.js";
import { HOSTILE_QUERIES } from "../support/hostile-queries.js";
import { emptyKnowledge, tinyKnowledge } from "../support/tiny-knowledge.js";

const k = tinyKnowledge();
const THEMES = ["Regional Cooperation against Corruption", "Corruption in Public Procurement", "Women in Criminal Justice"];

describe("answerTheme", () => {
  it.each([
    ["women", ["international-training-course-13"]],
    ["Women Offenders", ["international-training-course-13"]],
    ["procurement", ["uncac-training-programme-22"]],
    ["procurment", ["uncac-training-programme-22"]],
    ["corruption", ["gg-seminar-13", "uncac-training-programme-22"]],
    ["graduates", ["wp2019#p4"]],
  ])("%j → %j (editions by theme, then other passages)", (query, keys) => {
    expect(answerTheme(k, query).results.map((result) => result.key)).toEqual(keys);
  });

  it("describes a matching edition by its theme and marks the theme words", () => {
    const result = answerTheme(k, "women").results[0]!;
    expect(result.title).toBe("13th international training course");
    expect(result.description).toBe("Theme: Women in Criminal Justice");
    const citation = result.citations[0]!;
    expect(citation.marks.map(([start, end]) => citation.excerpt.slice(start, end))).toEqual(["Women"]);
  });

  it("quotes first the sentence that states each edition's theme (then its other facts', here in the same short passage)", () => {
    const results = answerTheme(k, "corruption").results;
    expect(results.map((result) => result.citations.map((citation) => citation.passageId))).toEqual([["wp2019#p1"], ["wp2019#p2"]]);
    expect(results.map((result) => result.facts.find((fact) => fact.label === "Theme")?.evidence?.[0]?.ref)).toEqual([1, 1]);
    expect(results.map((result) => result.citations[0]!.excerpt)).toEqual([
      expect.stringContaining("Regional Cooperation against Corruption"),
      expect.stringContaining("Corruption in Public Procurement"),
    ]);
  });

  it("does not repeat a passage already cited by an edition", () => {
    const keys = answerTheme(k, "Bangkok corruption").results.map((result) => result.key);
    expect(keys).toEqual(["gg-seminar-13", "uncac-training-programme-22"]);
  });

  it.each([
    ["zzzqqq", "No theme or passage matches “zzzqqq”. Known themes are suggested below."],
    ["", "Type words from a course theme, for example “cooperation”."],
    ["the of", "“the of” has no word to look for. Type words from a course theme, for example “cooperation”."],
  ])("is not found for %j", (query, message) => {
    expect(answerTheme(k, query)).toEqual({ command: "theme", query, found: false, message, results: [], suggestions: THEMES });
  });

  it("answers an empty knowledge", () => {
    expect(answerTheme(emptyKnowledge(), "women")).toMatchObject({ found: false, suggestions: [] });
  });

  it.each(HOSTILE_QUERIES)("returns a well-formed answer for hostile query %#", (query) => {
    const answer = answerTheme(k, query);
    expect(answer.command).toBe("theme");
    expect(answer.found || answer.message !== undefined).toBe(true);
  });
});
