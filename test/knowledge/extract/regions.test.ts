import { describe, expect, it } from "vitest";
import { findRegions } from "../../../src/knowledge/extract/regions.js";

describe("findRegions", () => {
  const names = (text: string) => findRegions(text).map((r) => `${r.name}<${r.asWritten}>`);

  it.each([
    ["for practitioners in developing countries, such as in Asia and Africa", ["Asia<Asia>", "Africa<Africa>"]],
    ["initiatives in Southeast Asian countries and the Pacific", ["Southeast Asia<Southeast Asian>", "Pacific<the Pacific>"]],
    ["Latin America and the Caribbean, the Middle East and Central Asian states", ["Latin America and the Caribbean<Latin America and the Caribbean>", "Middle East<Middle East>", "Central Asia<Central Asian>"]],
    ["South-East Asia and Sub-Saharan Africa", ["Southeast Asia<South-East Asia>", "Sub-Saharan Africa<Sub-Saharan Africa>"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    "through the United Nations Asia and Far East Institute for the Prevention of Crime (UNAFEI)",
    "the Asian Development Bank and the African Union",
    "the Pacific Islands Forum",
    "asian food",
    "",
  ])("skips organisations and lower-case words in %j", (text) => {
    expect(findRegions(text)).toEqual([]);
  });
});
