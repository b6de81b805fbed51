// Properties of both parsers on arbitrary input: they never throw, and whatever they return is well formed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMarkdownDocument } from "../../src/knowledge/parse-markdown.js";
import { parseTextDocument } from "../../src/knowledge/parse-text.js";
import type { ParseResult } from "../../src/knowledge/document.js";

// Lines built from the pieces the parsers react to, so that the generated text exercises them.
const piece = fc.constantFrom(
  "Title 2021", "(2) Heading", "● Japan’s Efforts", "# Title", "## Section", "---", "title: x", "year: soon", "```",
  "Note 29:", "Note 29", "(Note 3)", "*4", "[^5]", "[^5]: text", "  1. Note 29: Established", "**bold**", "\u00A0", "\r",
  "\uFEFF", "\u0000", "A sentence.", "wrapped", "Box", ",", " ", "",
);
const text = fc
  .tuple(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), fc.constantFrom("\n", " ", "\n\n"))
  .map(([parts, separator]) => parts.join(separator));

function wellFormed(result: ParseResult, slug: string): void {
  for (const warning of result.warnings) {
    expect(warning.file).toBe(`${slug}.x`);
    expect(warning.message).not.toBe("");
  }
  if (!result.document) return;
  const passages = result.document.passages;
  expect(passages.map((p) => p.id)).toEqual(passages.map((_, index) => `${slug}#p${index + 1}`));
  expect(passages.some((p) => p.kind === "paragraph")).toBe(true);
  const firstNote = passages.findIndex((p) => p.kind === "note");
  if (firstNote !== -1) expect(passages.slice(firstNote).every((p) => p.kind === "note")).toBe(true);
  for (const passage of passages) {
    expect(passage.line).toBeGreaterThanOrEqual(1);
    expect(passage.text).not.toMatch(/[\r\u00A0\uFEFF]/);
    expect(passage.text.includes("\u0000")).toBe(false);
  }
}

describe.each([
  ["parseTextDocument", parseTextDocument],
  ["parseMarkdownDocument", parseMarkdownDocument],
])("%s on arbitrary text", (_name, parse) => {
  it("never throws and returns well-formed passages", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "binary" })), (input) => {
        wellFormed(parse(input, { slug: "doc", file: "doc.x" }), "doc");
      }),
      { numRuns: 300 },
    );
  });
});
