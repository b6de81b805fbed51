// Lays out text as a PDF the way a report is set (test/support/pdf-writer.ts writes the bytes): a
// title, headings in larger type, paragraphs wrapped into lines, a gap between blocks, a running header
// and a page number on every page, a new page when one is full. A paragraph is never split across
// pages, and a line is never allowed to start like a heading ("18 criminal …" would read as "1. …"):
// the fixtures test the format, not the layout's accidents.
import { headingKind } from "../../src/knowledge/parse-text.js";
import { writePdf, type PdfLine, type PdfOptions } from "./pdf-writer.js";

export interface PdfBlock {
  text: string;
  /** "title" 20 pt, "heading" 14 pt, "body" 11 pt (marked headings such as "● …" are body size), "note" 9 pt. */
  style?: "title" | "heading" | "body" | "note";
}

const SIZES = { title: 20, heading: 14, body: 11, note: 9 } as const;
const LINE_CHARS = 95;
const TOP = 720;
const BOTTOM = 80;

/** Lines of at most LINE_CHARS characters, broken at spaces, none starting like a heading or a note. */
export function wrap(text: string): string[] {
  const words = text.split(" ");
  const lines: string[] = [];
  let start = 0;
  while (start < words.length) {
    let end = start + 1;
    while (end < words.length && words.slice(start, end + 1).join(" ").length <= LINE_CHARS) end += 1;
    // Pull the break back while the next line would start like a heading or a note.
    const risky = (at: number): boolean => {
      const rest = words.slice(at).join(" ");
      const kind = headingKind(rest.slice(0, LINE_CHARS));
      return (kind !== undefined && kind !== "plain") || /^(?:Note\s+\d|\*\d)/.test(rest);
    };
    while (end < words.length && end - start > 1 && risky(end)) end -= 1;
    lines.push(words.slice(start, end).join(" "));
    start = end;
  }
  return lines;
}

/** The PDF of `blocks`, every page headed by `runningHead` when there are several. */
export function layoutPdf(blocks: readonly PdfBlock[], runningHead: string, options: PdfOptions = {}): Uint8Array {
  const pages: PdfLine[][] = [];
  let page: PdfLine[] = [];
  let y = TOP;
  const newPage = (): void => {
    if (page.length) pages.push(page);
    page = [];
    y = TOP;
  };
  for (const block of blocks) {
    const style = block.style ?? "body";
    const size = SIZES[style];
    const lines = style === "title" ? [block.text] : wrap(block.text);
    const height = lines.length * size * 1.3;
    if (y - height < BOTTOM && page.length) newPage();
    for (const text of lines) {
      page.push({ text, y: Math.round(y), size, ...(style === "title" || style === "heading" ? { bold: true } : {}) });
      y -= size * 1.3;
    }
    y -= size * 1.4;
  }
  newPage();
  return writePdf(
    pages.map((lines, index) => [...(pages.length > 1 ? [{ text: runningHead, y: 760, size: 8 }] : []), ...lines, { text: String(index + 1), y: 40, size: 8 }]),
    options,
  );
}

/**
 * The blocks of a text laid out like the seed (test/fixtures, knowledge/): its title line as the
 * title (the subtitle line is left out: a PDF has none to give), "(2) …" headings in heading type,
 * notes ("1. Note 29: …", set as "Note 29: …", as PDFs print them) in note type, the rest body text.
 */
export function textToPdfBlocks(text: string): PdfBlock[] {
  const [head = "", ...rest] = text.trim().split(/\n\s*\n/);
  return [
    { text: head.split("\n")[0]!.trim(), style: "title" },
    ...rest.map((block): PdfBlock => {
      const joined = block.replace(/\s*\n\s*/g, " ").trim();
      if (/^\(\d+\)\s/.test(joined)) return { text: joined, style: "heading" };
      const note = /^(?:\d+\.\s+)?(Note \d+:.*)$/.exec(joined);
      return note ? { text: note[1]!, style: "note" } : { text: joined };
    }),
  ];
}
