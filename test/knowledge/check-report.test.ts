import { describe, expect, it } from "vitest";
import { formatCheckReport, formatWarning } from "../../src/knowledge/check-report.js";
import { KnowledgeDirError } from "../../src/knowledge/load.js";
import { parseTextDocument } from "../../src/knowledge/parse-text.js";
import { SEED_FILE, SEED_SLUG, SEED_TEXT } from "./seed.js";

const seed = parseTextDocument(SEED_TEXT, { slug: SEED_SLUG, file: SEED_FILE }).document!;

describe("formatWarning", () => {
  it.each([
    [{ file: "a.md", line: 3, message: "bad" }, "a.md:3: bad"],
    [{ file: "a.txt", message: "empty file" }, "a.txt: empty file"],
  ])("GIVEN %j THEN %j", (warning, line) => {
    expect(formatWarning(warning)).toBe(line);
  });
});

describe("formatCheckReport", () => {
  it("GIVEN a clean load THEN only the summary and exit 0", () => {
    expect(formatCheckReport({ documents: [seed], warnings: [] })).toEqual({ lines: ["1 document, 7 passages, 0 warnings"], exitCode: 0 });
  });

  it("GIVEN warnings THEN every warning, the summary and exit 1", () => {
    const warnings = [
      { file: "b.md", line: 2, message: "front matter: url must be an http(s) URL, not number 5; ignored" },
      { file: "c.txt", message: "empty file" },
    ];
    expect(formatCheckReport({ documents: [seed, seed], warnings })).toEqual({
      lines: ["b.md:2: front matter: url must be an http(s) URL, not number 5; ignored", "c.txt: empty file", "2 documents, 14 passages, 2 warnings"],
      exitCode: 1,
    });
  });

  it("GIVEN a folder error THEN its file warnings, one error line and exit 1", () => {
    const error = new KnowledgeDirError("knowledge folder k has no loadable document (.txt, .md, .html, .htm or .pdf)", [{ file: "a.txt", message: "empty file" }]);
    expect(formatCheckReport(error)).toEqual({
      lines: ["a.txt: empty file", "error: knowledge folder k has no loadable document (.txt, .md, .html, .htm or .pdf)"],
      exitCode: 1,
    });
  });

  it("GIVEN a missing folder THEN one error line and exit 1", () => {
    expect(formatCheckReport(new KnowledgeDirError("knowledge folder k does not exist"))).toEqual({ lines: ["error: knowledge folder k does not exist"], exitCode: 1 });
  });
});
