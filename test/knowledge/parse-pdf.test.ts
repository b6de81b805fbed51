// PDF knowledge files: paragraphs rebuilt from lines (hyphens closed up, running heads and page
// numbers dropped), headings as the section path, pages on passages and in citations, and hostile
// files (scanned, encrypted, truncated, zip bomb) as warnings naming the file. Fixtures are written by
// test/support/pdf-writer.ts, in our own words.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { locator, makeCitation } from "../../src/answers/excerpt.js";
import { loadKnowledgeFiles, type LoadResult } from "../../src/knowledge/load.js";
import { MAX_PDF_INFLATED_BYTES } from "../../src/knowledge/pdf-text.js";
import type { KnowledgeDocument } from "../../src/knowledge/types.js";
import { writePdf, type PdfLine } from "../support/pdf-writer.js";

const head = (page: number): PdfLine[] => [
  { text: "White Paper on Development Cooperation 2030", y: 760, size: 8 },
  { text: String(page), y: 40, size: 8 },
];

/** Three pages: a title, a two-line heading, a hyphenated line break, a paragraph across a page break, notes. */
export const CHAPTER = writePdf(
  [
    [
      ...head(1),
      { text: "White Paper on Development Cooperation 2030", y: 700, size: 20, bold: true },
      { text: "(3) Support for Justice Systems in Partner", y: 660, size: 14, bold: true },
      { text: "Countries of the Region", y: 642, size: 14, bold: true },
      { text: "Japan trains prosecutors and judges from partner countries so that legal insti-", y: 610 },
      { text: "tutions work fairly for everyone.", y: 596 },
      { text: "• Japan’s Efforts", y: 566 },
      { text: "The 40th International Training Course on Criminal Justice was held online from", y: 540 },
      { text: "May to June 2030, Note 7 with 21 participants from 14 countries; whistle-blowers spoke.", y: 526 },
    ],
    [
      ...head(2),
      { text: "Furthermore, the 9th Regional Seminar on Good Governance took place in Hanoi, where", y: 700 },
      { text: "officials from ten countries discussed asset recovery and", y: 686 },
    ],
    [
      ...head(3),
      { text: "the protection of whistle-blowers over three days.", y: 700 },
      { text: "Note 7: The course has been held since 1962.", y: 100, size: 9 },
    ],
  ],
  { compress: true },
);

let dir: string;
let result: LoadResult;
const documentOf = (file: string): KnowledgeDocument | undefined => result.documents.find((document) => document.file === file);
const warningsOf = (file: string): string[] => result.warnings.filter((warning) => warning.file === file).map((warning) => warning.message);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pdf-knowledge-"));
  const truncated = CHAPTER.slice(0, Math.floor(CHAPTER.length / 2));
  await Promise.all([
    fs.writeFile(path.join(dir, "chapter.pdf"), CHAPTER),
    fs.writeFile(path.join(dir, "chapter.meta.yml"), "url: https://example.org/white/2030/chapter3.pdf\n"),
    fs.writeFile(path.join(dir, "scanned.pdf"), writePdf([[], []])),
    fs.writeFile(path.join(dir, "locked.pdf"), writePdf([[{ text: "Secret text.", y: 700 }]], { encrypted: true })),
    fs.writeFile(path.join(dir, "truncated.pdf"), truncated),
    fs.writeFile(path.join(dir, "bomb.pdf"), writePdf([[{ text: "A title", y: 700, size: 20 }, { text: "Some text.", y: 600 }]], { bombBytes: MAX_PDF_INFLATED_BYTES + 1024 })),
    fs.writeFile(path.join(dir, "not-a-pdf.pdf"), "just text, not a PDF\n"),
  ]);
  result = await loadKnowledgeFiles(dir);
}, 60_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("parsePdfDocument: a chapter", () => {
  it("takes the title from the largest heading, the section from the two-line heading, and the URL from the sidecar", () => {
    expect(documentOf("chapter.pdf")).toMatchObject({
      title: "White Paper on Development Cooperation 2030",
      year: 2030,
      section: "(3) Support for Justice Systems in Partner Countries of the Region",
      url: "https://example.org/white/2030/chapter3.pdf",
    });
  });

  it("rebuilds paragraphs: hyphens closed up, a paragraph across a page break joined, running heads and page numbers dropped, notes apart", () => {
    const top = "(3) Support for Justice Systems in Partner Countries of the Region";
    expect(documentOf("chapter.pdf")!.passages.map((passage) => [passage.noteLabel ?? passage.kind, passage.page, passage.headings.join(" › "), passage.text])).toEqual([
      ["paragraph", 1, top, "Japan trains prosecutors and judges from partner countries so that legal institutions work fairly for everyone."],
      ["paragraph", 1, `${top} › • Japan’s Efforts`, "The 40th International Training Course on Criminal Justice was held online from May to June 2030, with 21 participants from 14 countries; whistle-blowers spoke."],
      ["paragraph", 2, `${top} › • Japan’s Efforts`, "Furthermore, the 9th Regional Seminar on Good Governance took place in Hanoi, where officials from ten countries discussed asset recovery and the protection of whistle-blowers over three days."],
      ["Note 7", 3, `${top} › • Japan’s Efforts`, "The course has been held since 1962."],
    ]);
    expect(documentOf("chapter.pdf")!.passages[1]!.noteRefs).toEqual(["Note 7"]);
  });

  it("cites the page: “p. 2” and a #page=2 link", () => {
    const document = documentOf("chapter.pdf")!;
    const citation = makeCitation(document, document.passages[2]!);
    expect(citation).toMatchObject({ page: 2, url: "https://example.org/white/2030/chapter3.pdf#page=2" });
    expect(locator(citation)).toBe("p. 2");
    expect(locator({ paragraph: 4 })).toBe("¶4");
  });
});

describe("hostile PDFs: a warning naming the file, the rest loads", () => {
  it.each([
    ["scanned.pdf", /no text layer in its 2 pages/],
    ["locked.pdf", /encrypted/],
    ["truncated.pdf", /truncated|damaged|no text layer/],
    ["bomb.pdf", /zip bomb/],
    ["not-a-pdf.pdf", /not a readable PDF/],
  ])("%s", (file, message) => {
    expect(documentOf(file)).toBeUndefined();
    expect(warningsOf(file)).toEqual([expect.stringMatching(message)]);
  });

  it("loads the good chapter beside them", () => {
    expect(result.documents.map((document) => document.file)).toEqual(["chapter.pdf"]);
  });
});
