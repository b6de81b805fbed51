import { describe, expect, it } from "vitest";
import { catalogueNotes } from "../../src/knowledge/check-catalogue.js";
import { formatCheckReport } from "../../src/knowledge/check-report.js";
import { REVIEWED_CATALOGUE, REVIEWED_DOCUMENT } from "../support/reviewed-knowledge.js";
import { TINY_CATALOGUE, TINY_DOCUMENT } from "../support/tiny-knowledge.js";

describe("catalogueNotes", () => {
  it("GIVEN a conflict and an edition without a period THEN one note each, at the file and line of the passage", () => {
    expect(catalogueNotes([REVIEWED_DOCUMENT], REVIEWED_CATALOGUE)).toEqual([
      { file: "drugs.txt", line: 5, message: "9th Drug Seminar has no period stated in its scope; /course shows none" },
      { file: "drugs.txt", line: 5, message: "9th Drug Seminar: sources disagree on the participants: 24 participants here, 25 participants (drugs.txt:7); both are shown" },
    ]);
  });

  it("GIVEN an edition with neither theme nor period THEN one note naming both", () => {
    const { theme: _t, period: _p, ...bare } = TINY_CATALOGUE.editions[1]!;
    expect(catalogueNotes([TINY_DOCUMENT], { ...TINY_CATALOGUE, editions: [bare] })).toEqual([
      { file: "wp2019.txt", line: 6, message: "22nd UNCAC training programme has no theme and no period stated in its scope; /course shows none" },
    ]);
  });

  it("GIVEN every edition with a theme and a period and no conflict THEN no note", () => {
    expect(catalogueNotes([TINY_DOCUMENT], TINY_CATALOGUE)).toEqual([]);
  });
});

describe("formatCheckReport with notes", () => {
  it("GIVEN notes and no warning THEN the notes, the summary counting them, and still exit 0", () => {
    expect(formatCheckReport({ documents: [REVIEWED_DOCUMENT], warnings: [] }, catalogueNotes([REVIEWED_DOCUMENT], REVIEWED_CATALOGUE))).toEqual({
      lines: [
        "drugs.txt:5: note: 9th Drug Seminar has no period stated in its scope; /course shows none",
        "drugs.txt:5: note: 9th Drug Seminar: sources disagree on the participants: 24 participants here, 25 participants (drugs.txt:7); both are shown",
        "1 document, 3 passages, 0 warnings, 2 notes to review",
      ],
      exitCode: 0,
    });
  });

  it("GIVEN a warning and notes THEN exit 1 for the warning alone", () => {
    const warnings = [{ file: "c.txt", message: "empty file" }];
    expect(formatCheckReport({ documents: [], warnings }, [{ file: "a.txt", line: 2, message: "x" }]).exitCode).toBe(1);
  });
});
