// Text normalisation applied to every knowledge file before parsing, so that the parsers only ever see
// LF line ends, plain spaces and NFC. Curly quotes and dashes are kept: excerpts and the URL text
// fragments in citations must match the text as published.

// Spaces that look like a space but are not U+0020: NBSP, Ogham, en/em/thin/hair spaces, narrow NBSP,
// medium mathematical space, ideographic space.
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Invisible characters with no meaning in prose: BOM / zero-width no-break space, zero-width space,
// word joiner, soft hyphen; and the bidi controls (Arabic letter mark, LRM/RLM, embeddings,
// overrides, isolates), which could make a quoted passage read differently in Discord or a terminal
// from what it says.
const INVISIBLE = /[\uFEFF\u200B\u2060\u00AD\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// C0 controls except \t and \n, DEL, and C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// A run of two or more spaces after a non-space: collapsed. Leading indentation is kept because it can
// carry structure (a notes block, Markdown code).
const INNER_SPACE_RUN = /(?<=\S) {2,}/g;

export function normaliseText(raw: string): string {
  return raw
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(INVISIBLE, "")
    .replace(CONTROLS, "")
    .replace(ODD_SPACES, " ")
    .normalize("NFC")
    .replace(INNER_SPACE_RUN, " ")
    .split("\n")
    .map(trimEndBlanks)
    .join("\n");
}

/** Trailing spaces and tabs removed by a scan from the end: the regex /[ \t]+$/gm takes quadratic time
 *  on a long run of blanks that is not at the end of its line (a hostile file could stall the loader). */
function trimEndBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "\t")) end -= 1;
  return end === line.length ? line : line.slice(0, end);
}

// Lone surrogates (half of a UTF-16 pair: not text, and Discord rejects them in a custom_id).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** User input without what must never be echoed: lone surrogates, NUL and the other control
 *  characters (line breaks become spaces), invisible and bidi characters. Lengths otherwise kept
 *  (autocomplete sees what was typed, trailing space included). */
export function stripUnsafe(raw: string): string {
  return raw.replace(LONE_SURROGATE, "").replace(/[\t\n\r\u2028\u2029]/g, " ").replace(INVISIBLE, "").replace(CONTROLS, "");
}

/** A query as the bot uses it: stripUnsafe, then odd spaces made plain, NFC, runs of spaces
 *  collapsed, trimmed. Applied once, where the input enters (the router). */
export function sanitiseInput(raw: string): string {
  return stripUnsafe(raw).replace(ODD_SPACES, " ").normalize("NFC").replace(/ {2,}/g, " ").trim();
}
