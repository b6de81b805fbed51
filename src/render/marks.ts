// Applies a Citation's `marks` (half-open character ranges of matched words) to its excerpt, with
// whatever a front end uses for emphasis (ANSI bold in a terminal, ** in Discord Markdown).

export interface Emphasis {
  open: string;
  close: string;
  /** Escapes the plain text between marks (Discord needs Markdown escaped; a terminal does not). */
  escape?: (text: string) => string;
}

export function applyMarks(text: string, marks: ReadonlyArray<readonly [number, number]>, emphasis: Emphasis): string {
  const escape = emphasis.escape ?? ((t: string) => t);
  const ordered = [...marks]
    .filter(([start, end]) => start >= 0 && end <= text.length && start < end)
    .sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end] of ordered) {
    if (start < at) continue; // overlapping range: the earlier one wins
    out += escape(text.slice(at, start)) + emphasis.open + escape(text.slice(start, end)) + emphasis.close;
    at = end;
  }
  return out + escape(text.slice(at));
}
