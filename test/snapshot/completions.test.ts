import { describe, expect, it } from "vitest";
import { MAX_CHOICE_LENGTH, fit } from "../../src/snapshot/completions.js";

describe("fit", () => {
  it.each([
    ["short", "short"],
    ["x".repeat(100), "x".repeat(100)],
    [`${"word ".repeat(30)}end`, `${"word ".repeat(19)}word…`],
    ["y".repeat(150), `${"y".repeat(99)}…`],
  ])("%j → %j", (text, expected) => {
    expect(fit(text)).toBe(expected);
    expect(Array.from(fit(text)).length).toBeLessThanOrEqual(MAX_CHOICE_LENGTH);
  });
});
