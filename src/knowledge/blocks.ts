// Splitting normalised text into blank-line separated blocks, and joining a block's wrapped lines back
// into one line of prose. Shared by the plain-text and Markdown parsers.

export interface Block {
  /** 1-based line number of the block's first line in the source file. */
  line: number;
  lines: string[];
}

/** Blocks of consecutive non-blank lines. `firstLine` is the file line number of `lines[0]`. */
export function splitBlocks(lines: readonly string[], firstLine = 1): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  lines.forEach((text, index) => {
    if (text.trim() === "") {
      current = undefined;
      return;
    }
    if (!current) {
      current = { line: firstLine + index, lines: [] };
      blocks.push(current);
    }
    current.lines.push(text);
  });
  return blocks;
}

// "Dates: 2 to 28 November 2023", "Organised by: UNAFEI": a field of a record, its label short.
const FIELD = /^\s*[\p{Lu}][\p{L}'’()-]*(?:\s+[\p{L}'’()-]+){0,4}\s*:\s+\S/u;

/**
 * True when every line of a block (two or more) is a field of a record, each on its line: then each
 * line is a passage of its own, so that what one field says is never read as continuing another
 * ("… invited by JICA" then "Participants: 30 …" is no one sentence).
 */
export function isRecordOfFields(lines: readonly string[]): boolean {
  return lines.length >= 2 && lines.every((line) => FIELD.test(line));
}

/** What a document writes elsewhere, to tell a word broken at a line end from a hyphenated compound. */
export interface WrapVocabulary {
  /** Hyphenated words written inside a line ("whistle-blowers"), lower-cased. */
  hyphenated: ReadonlySet<string>;
  /** Words written whole inside a line, lower-cased (not the pieces around a line-end hyphen). */
  words: ReadonlySet<string>;
}

const LINE_END_PIECE = /\p{L}+-$/u;
const LINE_START_PIECE = /^\p{L}+/u;

/** The vocabulary of a document's lines (see WrapVocabulary). */
export function wrapVocabulary(lines: readonly string[]): WrapVocabulary {
  const hyphenated = new Set<string>();
  const words = new Set<string>();
  let brokenBefore = false;
  for (const raw of lines) {
    let line = raw.trim();
    if (brokenBefore) line = line.replace(LINE_START_PIECE, "");
    brokenBefore = /\p{L}-$/u.test(line);
    if (brokenBefore) line = line.replace(LINE_END_PIECE, "");
    for (const match of line.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      const word = match[0].toLowerCase();
      if (word.includes("-")) hyphenated.add(word);
      for (const part of word.split("-")) words.add(part);
      words.add(word.replaceAll("-", ""));
    }
  }
  return { hyphenated, words };
}

const NO_VOCABULARY: WrapVocabulary = { hyphenated: new Set(), words: new Set() };

/**
 * Joins wrapped lines with a space. A line-end hyphen after a letter either belongs to a compound
 * broken at the line end, and stays ("Anti-" + "Corruption", "follow-" + "up"), or was added by the
 * layout inside one word, and goes ("Con-" + "fiscation", "insti-" + "tutions", as text copied from a
 * PDF reads). The document decides: the compound is kept when the next part starts in capitals, when
 * the document writes the hyphenated word elsewhere, or when it writes the next part as a word of its
 * own and never the two closed up; otherwise the word is closed up. Without a vocabulary every hyphen
 * stays, the safe reading of a compound.
 */
export function joinLines(lines: readonly string[], vocabulary?: WrapVocabulary): string {
  let joined = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const broken = /(\p{L}+)-$/u.exec(joined);
    const next = LINE_START_PIECE.exec(line);
    if (joined === "") joined = line;
    else if (broken && next) joined = keepsHyphen(broken[1]!, next[0], line, vocabulary) ? joined + line : joined.slice(0, -1) + line;
    else joined += ` ${line}`;
  }
  return joined;
}

function keepsHyphen(before: string, after: string, line: string, vocabulary = NO_VOCABULARY): boolean {
  if (vocabulary === NO_VOCABULARY || /^\p{Lu}/u.test(line)) return true;
  const compound = `${before}-${after}`.toLowerCase();
  if (vocabulary.hyphenated.has(compound)) return true;
  if (vocabulary.words.has(`${before}${after}`.toLowerCase())) return false;
  return vocabulary.words.has(after.toLowerCase());
}
