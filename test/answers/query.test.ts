import { describe, expect, it } from "vitest";
import { cleanQuery, quote } from "../../src/answers/query.js";

describe("cleanQuery", () => {
  it.each([
    ["  23rd  ", "23rd"],
    ["GG\t\t15\n", "GG 15"],
    ["a\u0000b\u0007c", "a b c"],
    ["\u200bViet\u00a0Nam\ufeff", "Viet Nam"],
    ["", ""],
  ])("%j → %j", (raw, expected) => {
    expect(cleanQuery(raw)).toBe(expected);
  });

  it("cuts to 500 characters without splitting an emoji", () => {
    expect(cleanQuery("x".repeat(10_000))).toHaveLength(500);
    expect(Array.from(cleanQuery("🙂".repeat(600)))).toHaveLength(500);
  });
});

describe("quote", () => {
  it.each([
    ["23rd", "“23rd”"],
    ["y".repeat(60), `“${"y".repeat(60)}”`],
    ["y".repeat(61), `“${"y".repeat(59)}…”`],
  ])("%j → %j", (query, expected) => {
    expect(quote(query)).toBe(expected);
  });
});
