import { describe, expect, it } from "vitest";
import { applyMarks } from "../../src/render/marks.js";

const bold = { open: "<b>", close: "</b>" };

describe("applyMarks", () => {
  it.each([
    ["no marks", "Treatment of Women Offenders", [], "Treatment of Women Offenders"],
    ["one word", "Treatment of Women Offenders", [[13, 18]], "Treatment of <b>Women</b> Offenders"],
    ["out of order", "a b c", [[4, 5], [0, 1]], "<b>a</b> b <b>c</b>"],
    ["overlap keeps the first", "abcdef", [[0, 3], [2, 5]], "<b>abc</b>def"],
    ["out of range ignored", "abc", [[2, 9], [-1, 1], [2, 2]], "abc"],
  ] as const)("%s", (_name, text, marks, expected) => {
    expect(applyMarks(text, marks, bold)).toBe(expected);
  });

  it("escapes the text inside and between marks", () => {
    expect(applyMarks("a*b c_d", [[2, 3]], { ...bold, escape: (t) => t.replace(/[*_]/g, "\\$&") })).toBe("a\\*<b>b</b> c\\_d");
  });
});
