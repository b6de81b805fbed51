import { describe, expect, it } from "vitest";
import { normaliseText } from "../../src/knowledge/normalise.js";

describe("normaliseText", () => {
  it.each([
    ["byte-order mark", "\uFEFFTitle", "Title"],
    ["CRLF", "a\r\nb\r\n", "a\nb\n"],
    ["lone CR", "a\rb", "a\nb"],
    ["Unicode line separators", "a\u2028b\u2029c", "a\nb\nc"],
    ["non-breaking space", "Viet\u00A0Nam", "Viet Nam"],
    ["narrow no-break, thin and ideographic spaces", "a\u202Fb\u2009c\u3000d", "a b c d"],
    ["zero-width space and soft hyphen", "anti\u00ADcor\u200Bruption", "anticorruption"],
    ["control characters", "a\u0000b\u0007c\u001Bd\u007Fe\u0085f", "abcdef"],
    ["tab and newline kept", "a\tb\nc", "a\tb\nc"],
    ["runs of spaces inside lines collapsed", "a   b  c", "a b c"],
    ["leading indentation kept", "  1. Note 29:  x", "  1. Note 29: x"],
    ["trailing spaces removed", "a  \nb\t\n", "a\nb\n"],
    ["NFD to NFC", "Cafe\u0301", "Caf\u00E9"],
    ["curly quotes kept", "“Tackling” Japan’s", "“Tackling” Japan’s"],
    ["a NBSP beside a space collapses", "a\u00A0 b", "a b"],
  ])("%s", (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it.each([
    ["leading spaces", " ".repeat(300_000) + "x", " ".repeat(300_000) + "x"],
    ["a space and tab run inside a line", "x" + " \t".repeat(150_000) + "y", "x \t" + " \t".repeat(149_999) + "y"],
    ["a blank line of 300 000 spaces", " ".repeat(300_000) + "\nx", "\nx"],
  ])("GIVEN %s THEN it returns (in linear time: a quadratic trim would stall the test for minutes)", (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it("is idempotent", () => {
    const messy = "\uFEFFa\u00A0 b\r\n\u200Bc\t \r\nCafe\u0301  \u3000d";
    expect(normaliseText(normaliseText(messy))).toBe(normaliseText(messy));
  });
});
