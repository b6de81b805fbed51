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

/** Characters before a full stop that are enough to find the word it ends (a longer word is re-read whole). */
const TAIL = 40;
/** The word before a full stop: a run of letters and dots after a space, bracket or quote, or at the start. */
const LAST_WORD = /(?:^|[\s(“"'])([\p{L}.]+)$/u;

function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  // Only the tail is matched: matching the whole sentence so far at every full stop made splitting a
  // long paragraph cost far more than it needed. When the word found starts the tail, it may have been
  // cut there, so then the whole slice is read, exactly as before.
  let from = Math.max(start, end - TAIL);
  if (from > start && /[\udc00-\udfff]/.test(text[from] ?? "")) from -= 1; // never half a surrogate pair
  let match = LAST_WORD.exec(text.slice(from, end));
  if (match && from > start && match[0].length === match[1]!.length) match = LAST_WORD.exec(text.slice(start, end));
  const word = match?.[1]?.toLowerCase();
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
