// Reading a PDF's text layer with pdf.js (Mozilla's pdfjs-dist, legacy build: pure JavaScript, runs in
// Node 20 without native code): each page's text as positioned lines, for parse-pdf.ts to rebuild
// paragraphs from. Nothing here throws: a file pdf.js cannot open (encrypted, truncated, not a PDF) or
// one whose compressed streams inflate past a bound (a zip bomb) is a problem string for a warning.
import { inflateSync } from "node:zlib";
import type * as PdfJs from "pdfjs-dist/legacy/build/pdf.mjs";
// pdf.js is loaded on the first PDF, not at start: importing it costs ~60 ms and, under
// --enable-source-maps (npm start, tsx), ~130 ms and ~30 MB of heap for its source map, in every
// process, though most knowledge folders hold no PDF.
const pdfjs = (): Promise<typeof PdfJs> => import("pdfjs-dist/legacy/build/pdf.mjs");

/** Every Flate stream of a PDF together may inflate to at most this many bytes: text-heavy chapters
 *  inflate to a few megabytes; more is a zip bomb (or a file of images, which has no text to give). */
export const MAX_PDF_INFLATED_BYTES = 100 * 1024 * 1024;
/** Pages read at most: a white-paper volume has a few hundred. */
export const MAX_PDF_PAGES = 2000;

export interface PdfLine {
  text: string;
  /** Font size in points (the text matrix's vertical scale). */
  size: number;
  /** Baseline, in points from the page's bottom. */
  y: number;
  x: number;
}

export interface PdfPage {
  /** 1-based page number. */
  page: number;
  /** Lines top to bottom. */
  lines: PdfLine[];
}

export interface PdfText {
  /** The document information dictionary's title, when it has one. */
  title?: string;
  pages: PdfPage[];
}

export type PdfRead = { pdf: PdfText } | { problem: string };

/** What linesOf reads of pdf.js's text items. */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

const STREAM = /stream\r?\n/g;

/** Whether the raw Flate streams of `bytes` inflate past `limit` bytes, checked before pdf.js sees
 *  the file (pdf.js would inflate a bomb into memory). Streams that do not inflate are skipped. */
export function inflatesPast(bytes: Uint8Array, limit = MAX_PDF_INFLATED_BYTES): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const latin1 = buffer.toString("latin1");
  let total = 0;
  for (const match of latin1.matchAll(STREAM)) {
    const start = match.index + match[0].length;
    const end = latin1.indexOf("endstream", start);
    if (end < 0) break;
    try {
      total += inflateSync(buffer.subarray(start, end), { maxOutputLength: limit - total + 1, finishFlush: 2 }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return true;
    }
    if (total > limit) return true;
  }
  return false;
}

function describe(error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") return "is encrypted (it needs a password); skipped";
  if (name === "InvalidPDFException") return "is not a readable PDF (truncated or damaged); skipped";
  return `cannot be read as a PDF (${error instanceof Error ? error.message : String(error)}); skipped`;
}

/** Text items of one page → lines: items on the same baseline joined (a space where there is a gap),
 *  lines ordered top to bottom. */
export function linesOf(items: readonly TextItem[]): PdfLine[] {
  const lines: Array<PdfLine & { end: number }> = [];
  for (const item of items) {
    if (!item.str.trim()) continue;
    const [, , , scaleY = 0, x = 0, y = 0] = item.transform;
    const size = Math.abs(scaleY) || 1;
    const line = lines.find((candidate) => Math.abs(candidate.y - y) < size * 0.3);
    if (line) {
      const gap = x - line.end;
      line.text += gap > size * 0.15 && !line.text.endsWith(" ") && !item.str.startsWith(" ") ? ` ${item.str}` : item.str;
      line.end = x + item.width;
      line.size = Math.max(line.size, size);
    } else lines.push({ text: item.str, size, y, x, end: x + item.width });
  }
  return lines
    .sort((a, b) => b.y - a.y || a.x - b.x)
    .map(({ text, size, y, x }) => ({ text: text.replace(/\s+/g, " ").trim(), size: Math.round(size * 10) / 10, y, x }));
}

/** The text layer of a PDF, page by page, or why there is none to read. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfRead> {
  if (inflatesPast(bytes)) return { problem: `inflates to more than ${MAX_PDF_INFLATED_BYTES / 1024 / 1024} MB (a zip bomb?); skipped` };
  const { getDocument, VerbosityLevel } = await pdfjs();
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  try {
    const document = await task.promise;
    const info = (await document.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === "string" && info.Title.trim() ? info.Title.trim() : undefined;
    const pages: PdfPage[] = [];
    for (let page = 1; page <= Math.min(document.numPages, MAX_PDF_PAGES); page += 1) {
      const content = await (await document.getPage(page)).getTextContent();
      pages.push({ page, lines: linesOf(content.items.flatMap((item) => ("str" in item ? [item] : []))) });
    }
    return { pdf: { ...(title !== undefined && { title }), pages } };
  } catch (error) {
    return { problem: describe(error) };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
