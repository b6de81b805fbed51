// Note markers and note lines. White papers number their notes ("Note 29") and put the marker in the
// running text ("… (UNAFEI), Note 29 Japan conducts …"); the note itself sits in a trailing block
// ("1. Note 29: Established in 1962 …"). Markers are taken out of the quoted text and kept as
// references; every label is written "Note <id>" whatever form the marker took, so that a paragraph's
// noteRefs always match a note's noteLabel.

export type NoteStyle = "plain" | "markdown";

export interface StrippedText {
  text: string;
  /** Labels in order of first appearance, without duplicates. */
  noteRefs: string[];
}

export interface NoteLine {
  label: string;
  text: string;
}

export function noteLabel(id: string): string {
  return `Note ${id}`;
}

// Marker forms, with the spaces around them (and a comma right after) so the gap can be closed up.
// "(Note 29)" must come before "Note 29" so the brackets go too.
const MARKERS: Record<NoteStyle, RegExp> = {
  // Not "Note 1 - The name of the course": a section numbered as a note, its title after a dash.
  plain: /[ \t]*(?:\(Note\s+(\d+)\)|\bNote\s+(\d+)\b(?!\s+[-–—]\s)|\*(\d+)\b)(,?)[ \t]*/g,
  markdown: /[ \t]*(?:\[\^([^\]\s]{1,40})\]|\(Note\s+(\d+)\)|\bNote\s+(\d+)\b(?!\s+[-–—]\s))(,?)[ \t]*/g,
};

export function stripNoteMarkers(text: string, style: NoteStyle): StrippedText {
  const refs = new Set<string>();
  const stripped = text.replace(MARKERS[style], (match: string, ...rest: unknown[]) => {
    const [first, second, third, comma] = rest as (string | undefined)[];
    const offset = rest[4] as number;
    const id = first ?? second ?? third;
    if (id !== undefined) refs.add(noteLabel(id));
    const before = text.slice(0, offset);
    const after = text.slice(offset + match.length);
    // ", Note 29, which" keeps one comma; "institute Note 29, which" keeps the comma that follows.
    if (comma && !/,$/.test(before)) return after === "" ? "," : ", ";
    // Keep one space between words; none before punctuation, at either end, or after an opening bracket.
    if (before === "" || after === "" || /^[,.;:!?)\]”’]/.test(after) || /[([“‘]$/.test(before)) return "";
    return " ";
  });
  return { text: stripped.trim(), noteRefs: [...refs] };
}

const NOTE_LINES: Record<NoteStyle, RegExp[]> = {
  plain: [
    // "  1. Note 29: Established …", "Note 29: …", "Note 29. …"
    /^\s*(?:\d+\.\s+)?Note\s+(\d+)\s*[:.]\s*(.*)$/,
    // "*29 Established …", "1. *29: …"
    /^\s*(?:\d+\.\s+)?\*(\d+)\s*:?\s+(.*)$/,
  ],
  // …and emphasised: "*Note 29:* UNAFEI was set up …", "**Note 29.** …".
  markdown: [/^\s*\[\^([^\]\s]{1,40})\]:\s*(.*)$/, /^\s*(?:\d+\.\s+)?(?:\*\*|\*|__|_)?Note\s+(\d+)\s*[:.]\s*(?:\*\*|\*|__|_)?\s*(.*)$/],
};

/** The note a line starts, or undefined when the line is not the start of a note. */
export function parseNoteLine(line: string, style: NoteStyle): NoteLine | undefined {
  for (const pattern of NOTE_LINES[style]) {
    const match = pattern.exec(line);
    if (match) return { label: noteLabel(match[1]!), text: match[2]!.trim() };
  }
  return undefined;
}
