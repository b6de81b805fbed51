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

/**
 * Joins wrapped lines with a space. A line that ends in a hyphen after a letter is joined without one
 * ("Anti-" + "Corruption"), because the hyphen belongs to a compound word broken at the line end.
 */
export function joinLines(lines: readonly string[]): string {
  let joined = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (joined === "") joined = line;
    else if (/\p{L}-$/u.test(joined) && /^\p{L}/u.test(line)) joined += line;
    else joined += ` ${line}`;
  }
  return joined;
}
