// The plain-text format, laid out like the seed: a title line, an optional subtitle line, a blank line,
// then heading lines and paragraphs separated by blank lines (a paragraph may wrap over several lines),
// and a trailing block of notes ("  1. Note 29: Established in …").
import { isRecordOfFields, joinLines, splitBlocks, wrapVocabulary, type Block, type WrapVocabulary } from "./blocks.js";
import { assembleDocument, type DocumentSource, type ParseResult, type PassageDraft } from "./document.js";
import { headingPath, kindLevels, type HeadingPath } from "./headings.js";
import { normaliseText } from "./normalise.js";
import { parseNoteLine, stripNoteMarkers } from "./note-markers.js";
import type { KnowledgeWarning } from "./types.js";

export type { DocumentSource, ParseResult } from "./document.js";

/** Longer lines are prose, never headings or subtitles. */
const MAX_HEADING_LENGTH = 150;
/** A plain heading (no marker such as "●" or "(2)") must be shorter still. */
const MAX_PLAIN_HEADING_LENGTH = 100;
/** Headings do not end like a sentence or a clause. */
const ENDS_LIKE_PROSE = /[.!?;:,]["'”’)\]]*$/;
const HEADING_MARKS = "●■◆◇○□▪•▶►◎★☆";
const STARTS_LIKE_A_SENTENCE = /^["'“‘([]?[\p{Lu}\p{N}]/u;

/**
 * The kind of heading a line is ("(n)", "mark:●", "num:2", "word:box", "plain"), or undefined for prose.
 * Kinds, not levels: levels are assigned per document in order of appearance (see headings.ts).
 */
export function headingKind(line: string): string | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADING_LENGTH || ENDS_LIKE_PROSE.test(text)) return undefined;
  if (/^\(\d+\)\s/.test(text)) return "(n)";
  if (/^\([a-z]{1,4}\)\s/i.test(text)) return "(a)";
  if (HEADING_MARKS.includes(text[0]!)) return `mark:${text[0]}`;
  const numbered = /^(\d{1,3}(?:\.\d{1,3})*)\.?\s+\S/.exec(text);
  if (numbered) return `num:${numbered[1]!.split(".").length}`;
  const word = /^(Box|Column|Chapter|Part|Section)\b/.exec(text);
  if (word) return `word:${word[1]!.toLowerCase()}`;
  if (text.length <= MAX_PLAIN_HEADING_LENGTH && STARTS_LIKE_A_SENTENCE.test(text)) return "plain";
  return undefined;
}

/** What the body has given so far. Local to one parse; mutated as blocks are read, for linear time. */
interface BodyState {
  headings: HeadingPath;
  firstHeading?: string;
  passages: PassageDraft[];
  levelOf: (kind: string) => number;
  /** The document's words, to tell a word broken at a line end from a compound (text copied from a PDF). */
  vocabulary: WrapVocabulary;
}

export function parseTextDocument(content: string, source: DocumentSource): ParseResult {
  const warnings: KnowledgeWarning[] = [];
  const lines = normaliseText(content).split("\n");
  const titleIndex = lines.findIndex((line) => line.trim() !== "");
  if (titleIndex === -1) return { warnings: [{ file: source.file, message: "empty file" }] };

  const title = lines[titleIndex]!.trim();
  if (title.length > MAX_HEADING_LENGTH || ENDS_LIKE_PROSE.test(title)) {
    warnings.push({ file: source.file, line: titleIndex + 1, message: "the first line should be the document's title, but it reads like a paragraph" });
  }
  const next = lines[titleIndex + 1]?.trim() ?? "";
  const subtitle = headingKind(next) === "plain" ? next : undefined;
  const bodyStart = titleIndex + (subtitle === undefined ? 1 : 2);

  const state: BodyState = { headings: headingPath(), passages: [], levelOf: kindLevels(), vocabulary: wrapVocabulary(lines) };
  for (const block of splitBlocks(lines.slice(bodyStart), bodyStart + 1)) readBlock(block, state);
  return assembleDocument(
    {
      metadata: { title, ...(subtitle !== undefined && { subtitle }) },
      ...(state.firstHeading !== undefined && { firstHeading: state.firstHeading }),
      passages: state.passages,
    },
    source,
    warnings,
  );
}

// "Notes" on a line of its own above the notes of a block.
const NOTES_LABEL = /^\s*(?:Notes?|Footnotes?|Endnotes?)\s*:?\s*$/iu;

function readBlock(block: Block, state: BodyState): void {
  const labelled = block.lines.length > 1 && NOTES_LABEL.test(block.lines[0]!) && parseNoteLine(block.lines[1]!, "plain") !== undefined;
  const notes = labelled ? { lines: block.lines.slice(1), line: block.line + 1 } : block;
  if (parseNoteLine(notes.lines[0]!, "plain")) {
    for (const note of readNotes(notes, state.headings.path, state.vocabulary)) state.passages.push(note);
    return;
  }
  // Heading lines at the top of a block: the whole block when it is one line, else a marked heading
  // directly followed by a line that starts a sentence (a wrapped paragraph continues in lower case).
  // A plain line left alone under a marked heading of the same block ("3. Main theme" then "“New Types
  // of …”") is what the heading introduces, not a heading of its own.
  let lines = block.lines;
  let line = block.line;
  // "1. Dates: …" over "2. Venue: …" over "3. …": lines numbered one after another in one block are a
  // list (see listItems), not headings: headings are not written two in a row with nothing under the first.
  for (;;) {
    if (isNumberedList(lines)) break;
    const kind = headingKind(lines[0]!);
    const underHeading = lines.length === 1 && kind === "plain" && line > block.line;
    const isHeading = kind !== undefined && !underHeading && (lines.length === 1 || (kind !== "plain" && STARTS_LIKE_A_SENTENCE.test(lines[1]!.trim())));
    if (!isHeading) break;
    const heading = lines[0]!.trim();
    state.headings = state.headings.enter(state.levelOf(kind), heading);
    state.firstHeading ??= heading;
    lines = lines.slice(1);
    line += 1;
    if (lines.length === 0) return;
  }
  // A list of two items or more ("- 17 to 19 October …, This was the 11th GG Seminar. …" then "- 27 to
  // 29 November …"): each item is a passage of its own, as in Markdown, so that what one item says is
  // never read as continuing the other.
  // "Seminar | Year | Venue" over "3rd | 2009 | Manila": a table's rows, one per line. Joined into one
  // passage they keep their bounds as a Markdown table's do, each row between pipes ("| … | | … |").
  if (isPipeTable(lines)) lines = lines.map((one) => `| ${one.trim().replace(/^\|\s*|\s*\|$/gu, "")} |`);
  for (const item of listItems(lines, line)) {
    const { text, noteRefs } = stripNoteMarkers(joinLines(item.lines, state.vocabulary), "plain");
    if (text) state.passages.push({ kind: "paragraph", text, headings: [...state.headings.path], noteRefs, line: item.line });
  }
}

/** Two lines or more, each of three cells or more set apart by pipes, as many in each line. */
function isPipeTable(lines: readonly string[]): boolean {
  const cells = lines.map((one) => one.trim().replace(/^\|\s*|\s*\|$/gu, "").split(/\s\|\s|\s\|$|^\|\s/u).length);
  return lines.length >= 2 && cells[0]! >= 3 && cells.every((count) => count === cells[0]);
}

const BULLET = /^\s*[-•*・]\s+/u;
const NUMBERED_ITEM = /^\s*(\d{1,2})[.)]\s+(?=\S)/u;

/** Two lines or more, each numbered, the numbers counting up by one. */
function isNumberedList(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const numbers = lines.map((one) => NUMBERED_ITEM.exec(one)?.[1]);
  return numbers.every((number, i) => number !== undefined && (i === 0 || Number(number) === Number(numbers[i - 1]) + 1));
}

/** The block's lines cut into list items when it is a list of two items or more (bulleted or numbered), or a record of fields (see isRecordOfFields); else the block as one item. */
function listItems(lines: readonly string[], line: number): Array<{ lines: string[]; line: number }> {
  if (isNumberedList(lines)) return lines.map((one, i) => ({ lines: [one.replace(NUMBERED_ITEM, "")], line: line + i }));
  if (isRecordOfFields(lines)) return lines.map((one, i) => ({ lines: [one], line: line + i }));
  if (lines.filter((one) => BULLET.test(one)).length < 2 || !BULLET.test(lines[0]!)) return [{ lines: [...lines], line }];
  const items: Array<{ lines: string[]; line: number }> = [];
  lines.forEach((one, i) => {
    if (BULLET.test(one) || items.length === 0) items.push({ lines: [one.replace(BULLET, "")], line: line + i });
    else items[items.length - 1]!.lines.push(one);
  });
  return items;
}

/** A notes block: each note line starts a note, other lines continue the one before. */
function readNotes(block: Block, headings: readonly string[], vocabulary: WrapVocabulary): PassageDraft[] {
  const notes: { label: string; lines: string[]; line: number }[] = [];
  block.lines.forEach((text, index) => {
    const note = parseNoteLine(text, "plain");
    if (note) notes.push({ label: note.label, lines: [note.text], line: block.line + index });
    else notes.at(-1)?.lines.push(text);
  });
  return notes.map((note) => {
    const { text, noteRefs } = stripNoteMarkers(joinLines(note.lines, vocabulary), "plain");
    return { kind: "note" as const, text, headings: [...headings], noteRefs, noteLabel: note.label, line: note.line };
  });
}
