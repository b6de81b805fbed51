import { describe, expect, it } from "vitest";
import { citationMemo } from "../../src/answers/excerpt.js";
import { editionQuotedPassages, editionResult } from "../../src/answers/edition-result.js";
import { tinyKnowledge, sentence } from "../support/tiny-knowledge.js";

const k = tinyKnowledge();

describe("editionQuotedPassages", () => {
  it.each([
    ["gg-seminar-13", [], ["wp2019#p1"]],
    ["uncac-training-programme-22", [], ["wp2019#p2"]],
    ["international-training-course-13", [sentence(1, 1)], ["wp2019#p1", "wp2019#p3"]],
    ["international-training-course-13", [{ ...sentence(1, 1), passageId: "gone#p1" }], ["wp2019#p3"]],
  ])("%s (quoted first: %j) → %j, the passages of its citations", (id, evidence, expected) => {
    const view = k.view.editions.find((edition) => edition.edition.id === id)!;
    const citing = { evidence, memo: citationMemo() };
    expect(editionQuotedPassages(k, view, citing)).toEqual(expected);
    expect([...new Set(editionResult(k, view, [], undefined, citing).citations.map((citation) => citation.passageId))]).toEqual(expected);
  });
});
