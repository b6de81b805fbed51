// File names and paths come from whoever can write to the knowledge folder, and are printed to
// terminals (check-knowledge, warnings, log lines) and shown in Discord (/sources). A name holding ESC,
// BEL, CR or LF could clear a screen or forge a line of output, and a bidi control could make a name
// read differently from what it is; each such character is shown as an escape (\x1b, \u202e) instead.
// Idempotent: an escaped name has nothing left to escape.

// C0 controls (tab and newline included), DEL, C1 controls, the line and paragraph separators, and the
// bidi controls (Arabic letter mark, LRM/RLM, embeddings and overrides, isolates).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

export function printable(name: string): string {
  return name.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
