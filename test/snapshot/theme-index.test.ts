import { describe, expect, it } from "vitest";
import { buildThemeIndex } from "../../src/snapshot/theme-index.js";

const THEMES = [
  "Regional Cooperation against Corruption",
  undefined,
  "Corruption in Public Procurement",
  "Women in Criminal Justice",
  "Development Cooperation for Women and Development",
];
const index = buildThemeIndex(THEMES);
const found = (query: string, limit = 10): Array<[number, string[]]> => index.search(query, limit).map((hit) => [hit.at, hit.terms]);

describe("buildThemeIndex · search", () => {
  it.each([
    ["GIVEN a word in one theme THEN that edition", "procurement", [[2, ["procurement"]]]],
    ["GIVEN a word in two themes THEN the shorter theme first", "cooperation", [[0, ["cooperation"]], [4, ["cooperation"]]]],
    ["GIVEN a word in two themes of one length THEN catalogue order", "corruption", [[0, ["corruption"]], [2, ["corruption"]]]],
    ["GIVEN two words THEN the theme holding both first", "women development", [[4, ["women", "development"]], [3, ["women"]]]],
    ["GIVEN a typo of an unknown word THEN its neighbour", "procurment", [[2, ["procurement"]]]],
    ["GIVEN a prefix of 3+ letters THEN the words it starts", "crim", [[3, ["criminal"]]]],
    ["GIVEN a prefix of 2 letters THEN nothing", "cr", []],
    ["GIVEN stop words only THEN nothing", "in the", []],
    ["GIVEN no theme word THEN nothing", "zzzqqq", []],
  ])("%s", (_name, query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it("searches a known word exactly (no typo neighbours), but still by prefix", () => {
    expect(found("women")).toEqual([
      [3, ["women"]],
      [4, ["women"]],
    ]);
  });

  it("keeps the best `limit` hits, best first, and none for a limit of 0", () => {
    expect(found("corruption cooperation women", 2).map(([at]) => at)).toEqual(found("corruption cooperation women").slice(0, 2).map(([at]) => at));
    expect(found("corruption", 0)).toEqual([]);
  });

  it("gives the same answer when asked again (its scratch space is left clean)", () => {
    const first = index.search("women development corruption", 10);
    expect(index.search("women development corruption", 10)).toEqual(first);
  });

  it("answers an index without themes", () => {
    expect(buildThemeIndex([]).search("women", 10)).toEqual([]);
    expect(buildThemeIndex([undefined]).search("women", 10)).toEqual([]);
  });
});

describe("buildThemeIndex · word forms", () => {
  const forms = buildThemeIndex(["Treatment of Women Offenders", "Countering Illicit Drugs", "Drug Policy and the Offender", undefined]);
  const hits = (query: string): Array<[number, string[]]> => forms.search(query, 10).map((hit) => [hit.at, hit.terms]);

  it.each([
    // Equal scores (three words each): catalogue order. The terms are every form the themes write.
    ["GIVEN a singular THEN themes with the plural too", "drug", [[1, ["drugs", "drug"]], [2, ["drugs", "drug"]]]],
    ["GIVEN a plural THEN themes with the singular too", "drugs", [[1, ["drugs", "drug"]], [2, ["drugs", "drug"]]]],
    ["GIVEN offenders THEN both offender and offenders", "offenders", [[0, ["offenders", "offender"]], [2, ["offenders", "offender"]]]],
    ["GIVEN woman THEN women", "woman", [[0, ["women"]]]],
  ])("%s", (_name, query, expected) => {
    expect(hits(query)).toEqual(expected);
  });
});
