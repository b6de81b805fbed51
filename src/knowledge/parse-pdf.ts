// The PDF format: the text layer read by pdf-text.ts, rebuilt into paragraphs. Running headers and
// footers (a top or bottom line repeated on most pages, digits aside) and page numbers are dropped;
// lines are grouped into blocks by the vertical gap between them; a block in a larger font than the
// body (or a short line that reads like one of the plain format's marked headings) is a heading, its
// wrapped lines joined; wrapped lines are joined and layout hyphens closed up (blocks.ts); a
// paragraph left unfinished at the foot of a page goes on at the top of the next. Every passage keeps
// the page it starts on, and its `line` is that page (a PDF has no lines to point at).
import { joinLines as joinWrappedLines, wrapVocabulary } from "./blocks.js";
import { assembleDocument, type DocumentSource, type ParseResult, type PassageDraft } from "./document.js";
import { headingPath, kindLevels } from "./headings.js";
import { normaliseText } from "./normalise.js";
import { parseNoteLine, stripNoteMarkers } from "./note-markers.js";
import { headingKind } from "./parse-text.js";
import type { PdfLine, PdfText } from "./pdf-text.js";

/** A gap between baselines wider than this many times the font size starts a new block. */
const BLOCK_GAP = 1.6;
/** A line this much larger than the body font is a heading. */
const HEADING_SCALE = 1.12;
/** A top or bottom line repeated (digits aside) on at least this share of the pages is a running head. */
const RUNNING_SHARE = 0.5;
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+|p\.\s*)?\d{1,4}(?:\s*[-–—])?$|^\d{1,4}\s*(?:\/|of)\s*\d{1,4}$/i;
const ENDS_A_SENTENCE = /[.!?:;]["'”’)\]]*$/;

interface Block {
  page: number;
  lines: PdfLine[];
  heading: boolean;
  /** A body-size line that reads like a marked heading: it stands alone. */
  marked: boolean;
}

const shape = (line: PdfLine): string => `${line.size} ${line.text.replace(/\d+/g, "#").toLowerCase()}`;

/** Lines without page numbers and running headers and footers. */
function bodyLines(pdf: PdfText): Array<{ page: number; lines: PdfLine[] }> {
  const counts = new Map<string, number>();
  for (const { lines } of pdf.pages) {
    const edges = new Set([lines[0], lines[1], lines.at(-1), lines.at(-2)].filter((line) => line !== undefined).map(shape));
    for (const edge of edges) counts.set(edge, (counts.get(edge) ?? 0) + 1);
  }
  const running = (line: PdfLine): boolean => pdf.pages.length >= 2 && (counts.get(shape(line)) ?? 0) >= Math.max(2, pdf.pages.length * RUNNING_SHARE);
  return pdf.pages.map(({ page, lines }) => ({
    page,
    lines: lines.filter((line, index) => {
      const edge = index < 2 || index >= lines.length - 2;
      return !(edge && (PAGE_NUMBER.test(line.text) || running(line)));
    }),
  }));
}

/** The body font size: the size most characters are set in. */
function bodySize(pages: ReadonlyArray<{ lines: PdfLine[] }>): number {
  const weight = new Map<number, number>();
  for (const { lines } of pages) for (const line of lines) weight.set(line.size, (weight.get(line.size) ?? 0) + line.text.length);
  return [...weight].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

function blocksOf(pages: ReadonlyArray<{ page: number; lines: PdfLine[] }>, body: number): Block[] {
  const blocks: Block[] = [];
  const isLarge = (line: PdfLine): boolean => line.size >= body * HEADING_SCALE;
  for (const { page, lines } of pages) {
    let current: Block | undefined;
    let previous: PdfLine | undefined;
    for (const line of lines) {
      const heading = isLarge(line);
      const gap = previous ? previous.y - line.y : 0;
      const apart = !current || !previous || gap > Math.max(previous.size, line.size) * BLOCK_GAP || heading !== current.heading || (heading && line.size !== previous.size) || parseNoteLine(line.text, "plain") !== undefined;
      // A short line that reads like a marked heading ("● Japan’s Efforts", "(2) …") stands alone.
      const marked = !heading && headingKind(line.text) !== undefined && headingKind(line.text) !== "plain" && !ENDS_A_SENTENCE.test(line.text);
      if (apart || marked || current?.marked) {
        current = { page, lines: [line], heading: heading || marked, marked };
        blocks.push(current);
      } else current!.lines.push(line);
      previous = line;
    }
  }
  return blocks;
}

/** Parses the text of a PDF (from readPdfText). A PDF with pages but no text is a scan. */
export function parsePdfDocument(pdf: PdfText, source: DocumentSource): ParseResult {
  const file = source.file;
  const pages = bodyLines({ ...pdf, pages: pdf.pages.map((page) => ({ ...page, lines: page.lines.map((line) => ({ ...line, text: normaliseText(line.text).trim() })).filter((line) => line.text) })) });
  if (pages.every((page) => page.lines.length === 0)) {
    return { warnings: [{ file, message: `no text layer in its ${pdf.pages.length} page${pdf.pages.length === 1 ? "" : "s"} (a scanned PDF? it needs OCR first); skipped` }] };
  }
  const body = bodySize(pages);
  const vocabulary = wrapVocabulary(pages.flatMap((page) => page.lines.map((line) => line.text)));
  const joinLines = (lines: readonly string[]): string => joinWrappedLines(lines, vocabulary);
  const blocks = blocksOf(pages, body);
  const sizes = [...new Set(blocks.filter((block) => block.heading && block.lines[0]!.size >= body * HEADING_SCALE).map((block) => block.lines[0]!.size))].sort((a, b) => b - a);

  let title = pdf.title;
  /** Levels taken by font size: the title's size is not a section level. */
  let skipped = 0;
  let headings = headingPath();
  let firstHeading: string | undefined;
  const levelOf = kindLevels();
  const passages: PassageDraft[] = [];
  let open: { lines: string[]; page: number; note?: string } | undefined;
  const flush = (): void => {
    if (!open) return;
    const { text, noteRefs } = stripNoteMarkers(joinLines(open.lines), "plain");
    if (text) passages.push({ kind: open.note ? "note" : "paragraph", text, headings: [...headings.path], noteRefs, ...(open.note !== undefined && { noteLabel: open.note }), line: open.page, page: open.page });
    open = undefined;
  };

  for (const block of blocks) {
    const texts = block.lines.map((line) => line.text);
    if (block.heading) {
      flush();
      const text = joinLines(texts);
      const size = block.lines[0]!.size;
      // The largest heading on the first page, before any text, is the title when the file names none.
      if (passages.length === 0 && headings.path.length === 0 && block.page === 1 && size === sizes[0] && (title === undefined || title === text)) {
        title = text;
        skipped = 1;
        continue;
      }
      const level = size >= body * HEADING_SCALE ? sizes.indexOf(size) : sizes.length + levelOf(headingKind(text) ?? "plain");
      headings = headings.enter(Math.max(0, level - skipped), text);
      firstHeading ??= text;
      continue;
    }
    const note = parseNoteLine(texts[0]!, "plain");
    if (note) {
      flush();
      open = { lines: [note.text, ...texts.slice(1)], page: block.page, note: note.label };
      continue;
    }
    // A paragraph cut by a page break: the previous page's last paragraph did not end its sentence.
    const continues = open && !open.note && open.page < block.page && !ENDS_A_SENTENCE.test(open.lines.at(-1) ?? "") && /^\p{Ll}/u.test(texts[0]!);
    if (continues) open!.lines.push(...texts);
    else {
      flush();
      open = { lines: texts, page: block.page };
    }
  }
  flush();
  return assembleDocument(
    { metadata: { ...(title !== undefined && { title }) }, ...(firstHeading !== undefined && { firstHeading }), passages: [...passages.filter((p) => p.kind === "paragraph"), ...passages.filter((p) => p.kind === "note")] },
    source,
    [],
  );
}
