// Sentence splitting shared by extraction (facts point at a sentence) and excerpts (quotes are trimmed
// around a sentence). Conservative: a full stop ends a sentence only when followed by space and an
// upper-case letter, digit or opening quote, and not after a known abbreviation or an initial.

export interface Sentence {
  text: string;
  /** Offsets into the original string, half-open. */
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "prof", "no", "nos", "vol", "art", "arts", "para", "fig",
  "approx", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "u.s", "u.k", "u.n", "inc", "ltd", "co", "corp", "vs", "cf", "ibid", "op", "jr", "sr",
]);

// End punctuation, optional closing quotes/brackets, whitespace, then something that can start a sentence.
const BOUNDARY = /([.!?]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[\p{Lu}\p{N}●■◆])/gu;

const LETTER_OR_DOT = /^[\p{L}.]$/u;
const BEFORE_WORD = /^[\s(“"']$/u;

/**
 * The word before a full stop at `end`: the run of letters and dots that ends there, when a space,
 * bracket or quote (or the sentence's start) comes before it. Read backwards from the full stop, one
 * code point at a time, so that a long sentence costs no more than its last word.
 */
function wordBefore(text: string, start: number, end: number): string | undefined {
  let from = end;
  while (from > start) {
    let at = from - 1;
    const code = text.charCodeAt(at);
    // The low half of a surrogate pair: the code point starts one unit earlier.
    if (code >= 0xdc00 && code <= 0xdfff && at > start && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff) at -= 1;
    if (!isLetterOrDot(text, code, at)) break;
    from = at;
  }
  if (from === end || (from > start && !BEFORE_WORD.test(text[from - 1]!))) return undefined;
  return text.slice(from, end);
}

function isLetterOrDot(text: string, code: number, at: number): boolean {
  if (code < 0x80) return code === 0x2e || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER_OR_DOT.test(String.fromCodePoint(text.codePointAt(at)!));
}

function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  const word = wordBefore(text, start, end)?.toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("J. Smith") or dotted initials ("U.N.").
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const punctuationAt = match.index;
    if (match[1] === "." && endsWithAbbreviation(text, start, punctuationAt)) continue;
    const end = punctuationAt + match[1]!.length + match[2]!.length;
    push(sentences, text, start, end);
    start = end + match[3]!.length;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function push(into: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) into.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
}
