// The Markdown format: optional YAML front matter (title, subtitle, year, section, url, retrieved), `#`…`######`
// headings, paragraphs separated by blank lines, and notes as footnotes (`[^29]: …`) or a trailing
// "Note 29: …" block. Inline markup is reduced to its text, because passages are quoted as plain text.
import { isRecordOfFields, joinLines, splitBlocks, wrapVocabulary } from "./blocks.js";
import { assembleDocument, type DocumentSource, type ParseResult, type PassageDraft } from "./document.js";
import { FRONT_MATTER_KEYS, parseMetadata, type DocumentMetadata } from "./metadata.js";
import { normaliseText } from "./normalise.js";
import { parseNoteLine, stripNoteMarkers } from "./note-markers.js";
import type { KnowledgeWarning } from "./types.js";

export type { DocumentSource, ParseResult } from "./document.js";

const ATX_HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_OR_QUOTE_MARKER = /^\s*(?:>\s?)*(?:[-*+]\s+|\d{1,3}[.)]\s+)?/;
// A list item's first line: each item is a passage of its own, so that what one item says is never
// read as continuing another ("Results of the 1st … Forum" then "More procedures can now be done online").
const LIST_ITEM = /^\s*(?:>\s?)*(?:[-*+]|\d{1,3}[.)])\s+/;

interface FrontMatter {
  metadata: DocumentMetadata;
  /** Index in `lines` of the first body line. */
  bodyStart: number;
  warnings: KnowledgeWarning[];
}

function readFrontMatter(lines: readonly string[], file: string): FrontMatter {
  if (lines[0]?.trim() !== "---") return { metadata: {}, bodyStart: 0, warnings: [] };
  const close = lines.findIndex((line, index) => index > 0 && (line.trim() === "---" || line.trim() === "..."));
  if (close === -1) {
    return { metadata: {}, bodyStart: 1, warnings: [{ file, line: 1, message: "front matter is never closed by a --- line; read as text" }] };
  }
  const { metadata, warnings } = parseMetadata(lines.slice(1, close).join("\n"), { file, firstLine: 2, label: "front matter", keys: FRONT_MATTER_KEYS });
  return { metadata, bodyStart: close + 1, warnings };
}

/** Replaces fenced code and HTML comments with blank lines: not prose, and blanking keeps line numbers. */
function blankNonProse(lines: readonly string[]): string[] {
  let fence: string | undefined;
  let inComment = false;
  return lines.map((line) => {
    if (fence !== undefined) {
      if (line.trim().startsWith(fence)) fence = undefined;
      return "";
    }
    const opening = FENCE.exec(line);
    if (opening && !inComment) {
      fence = opening[1]!;
      return "";
    }
    if (inComment || line.trim().startsWith("<!--")) {
      inComment = !line.includes("-->");
      return "";
    }
    return line;
  });
}

/** `opening` (a regex source), when an even number of backslashes (none, or escaped ones) stands
 *  before it: `\[` is a literal bracket, `\\[` a backslash and then markup. The check looks behind
 *  only where `opening` matched, so a long run of backslashes costs one pass. */
const unescaped = (opening: string): string => String.raw`${opening}(?<=(?:^|[^\\])(?:\\\\)*${opening})`;
const IMAGE = new RegExp(String.raw`${unescaped("!")}\[([^\]]{0,300})\]\([^)]{0,500}\)`, "g");
const LINK = new RegExp(String.raw`${unescaped(String.raw`\[`)}([^\]]{1,300})\]\([^)]{0,500}\)`, "g");
const AUTOLINK = new RegExp(String.raw`${unescaped("<")}(https?:\/\/[^>\s]{1,500})>`, "g");
const LINE_BREAK = new RegExp(String.raw`${unescaped("<")}br\s*\/?>`, "gi");
const TAG = new RegExp(String.raw`${unescaped("<")}\/?[a-z][^<>]{0,200}>`, "gi");
const CODE = new RegExp(String.raw`${unescaped("`")}([^${"`"}]{1,500})${"`"}`, "g");
const STRONG = new RegExp(String.raw`(\*\*|__)(?<=(?:^|[^\\])(?:\\\\)*(?:\*\*|__))(?=\S)(.{1,300}?)(?<=\S)\1`, "g");
/** CommonMark's backslash escapes: any ASCII punctuation character. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * Markdown inline markup → its text. Note markers are taken out before this. A backslash escapes any
 * ASCII punctuation character, as in CommonMark (`\*`, `\<Japan’s Efforts>`, `\[`), and escaped
 * characters start no markup. Every span has a length bound: unbounded lazy spans make a long line
 * with many unclosed "**" or "[" quadratic.
 */
export function stripInlineMarkup(text: string): string {
  return text
    .replace(IMAGE, "$1")
    .replace(LINK, "$1")
    .replace(AUTOLINK, "$1")
    .replace(LINE_BREAK, " ")
    .replace(TAG, "")
    .replace(CODE, "$1")
    .replace(STRONG, "$2")
    .replace(/(?<![\p{L}\p{N}*\\])\*(?=\S)(.{1,300}?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, "$1")
    .replace(/(?<![\p{L}\p{N}_\\])_(?=\S)(.{1,300}?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1")
    .replace(ESCAPE, "$1")
    .replace(/ {2,}/g, " ")
    .trim();
}

interface Heading {
  level: number;
  text: string;
}

export function parseMarkdownDocument(content: string, source: DocumentSource): ParseResult {
  const lines = normaliseText(content).split("\n");
  if (lines.every((line) => line.trim() === "")) return { warnings: [{ file: source.file, message: "empty file" }] };
  const front = readFrontMatter(lines, source.file);
  const metadata: DocumentMetadata = { ...front.metadata };

  const passages: PassageDraft[] = [];
  let stack: Heading[] = [];
  let firstHeading: string | undefined;
  let paragraph: { lines: string[]; line: number } | undefined;
  let note: { label: string; lines: string[]; line: number } | undefined;
  const headingPath = (): string[] => stack.map((heading) => heading.text);
  const vocabulary = wrapVocabulary(lines.slice(front.bodyStart));

  const flush = (): void => {
    // A record of fields, one per line ("**Dates:** …", "Venue: …"): each line a passage, as in the text format.
    const records = paragraph && isRecordOfFields(paragraph.lines.map(stripInlineMarkup)) ? paragraph.lines.map((one, i) => ({ lines: [one], line: paragraph!.line + i })) : paragraph ? [paragraph] : [];
    for (const part of records) {
      const { text, noteRefs } = stripNoteMarkers(joinLines(part.lines, vocabulary), "markdown");
      const plain = stripInlineMarkup(text);
      if (plain) passages.push({ kind: "paragraph", text: plain, headings: headingPath(), noteRefs, line: part.line });
    }
    if (note) {
      const { text, noteRefs } = stripNoteMarkers(joinLines(note.lines, vocabulary), "markdown");
      passages.push({ kind: "note", text: stripInlineMarkup(text), headings: headingPath(), noteRefs, noteLabel: note.label, line: note.line });
    }
    paragraph = undefined;
    note = undefined;
  };

  const enterHeading = (level: number, raw: string): void => {
    const text = stripInlineMarkup(stripNoteMarkers(raw, "markdown").text);
    // The first heading, when it is a level-1 heading before any paragraph, is the title unless the
    // front matter already gave one (and then only if it repeats it).
    if (level === 1 && passages.length === 0 && stack.length === 0 && firstHeading === undefined && (metadata.title ?? text) === text) {
      metadata.title = text;
      return;
    }
    stack = [...stack.filter((heading) => heading.level < level), { level, text }];
    firstHeading ??= text;
  };

  for (const block of splitBlocks(blankNonProse(lines.slice(front.bodyStart)), front.bodyStart + 1)) {
    block.lines.forEach((line, index) => {
      const lineNumber = block.line + index;
      const atx = ATX_HEADING.exec(line);
      if (atx) {
        flush();
        enterHeading(atx[1]!.length, atx[2]!);
        return;
      }
      const setext = SETEXT_UNDERLINE.exec(line);
      if (setext && paragraph?.lines.length === 1 && !note) {
        const text = paragraph.lines[0]!;
        paragraph = undefined;
        enterHeading(setext[1]!.startsWith("=") ? 1 : 2, text);
        return;
      }
      if (THEMATIC_BREAK.test(line)) {
        flush();
        return;
      }
      const noteLine = parseNoteLine(line, "markdown");
      if (noteLine) {
        flush();
        note = { label: noteLine.label, lines: [noteLine.text], line: lineNumber };
        return;
      }
      if (note) {
        note.lines.push(line);
        return;
      }
      const text = line.replace(LIST_OR_QUOTE_MARKER, "");
      if (paragraph && LIST_ITEM.test(line)) flush();
      if (paragraph) paragraph.lines.push(text);
      else paragraph = { lines: [text], line: lineNumber };
    });
    flush();
  }

  return assembleDocument(
    { metadata, ...(firstHeading !== undefined && { firstHeading }), passages },
    source,
    front.warnings,
  );
}
