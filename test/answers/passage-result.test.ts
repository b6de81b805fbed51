import { describe, expect, it } from "vitest";
import { passageResult, strongHits } from "../../src/answers/passage-result.js";
import { tinyKnowledge } from "../support/tiny-knowledge.js";

const k = tinyKnowledge();

describe("passageResult", () => {
  it.each([
    ["wp2019#p1", "¶1 · ● Japan’s Efforts"],
    ["wp2019#p3", "¶3 · ● Other Programmes"],
    ["wp2019#p4", "Note 3"],
  ])("titles %j as %j", (passageId, title) => {
    expect(passageResult(k, passageId, {})?.title).toBe(title);
  });

  it("gives undefined for an unknown passage", () => {
    expect(passageResult(k, "nope#p1", {})).toBeUndefined();
  });

  it("uses the given key, description and facts", () => {
    expect(passageResult(k, "wp2019#p3", { terms: ["myanmar"] }, { key: "MMR@wp2019#p3", description: "Myanmar: mentioned", facts: [{ label: "Role", value: "mentioned" }] })).toMatchObject({
      key: "MMR@wp2019#p3",
      description: "Myanmar: mentioned",
      facts: [{ label: "Role", value: "mentioned" }],
    });
  });
});

describe("strongHits", () => {
  const hit = (passageId: string, score: number) => ({ passageId, score, terms: [] });
  it.each([
    [[hit("a", 10), hit("b", 2), hit("c", 1.9)], ["a", "b"]],
    [[hit("a", 1)], ["a"]],
    [[], []],
  ])("%j → %j", (hits, expected) => {
    expect(strongHits(hits).map((h) => h.passageId)).toEqual(expected);
  });
});
