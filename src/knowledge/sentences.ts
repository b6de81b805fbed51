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

function endsWithAbbreviation(before: string): boolean {
  const word = /(?:^|[\s(“"'])([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase();
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
    if (match[1] === "." && endsWithAbbreviation(text.slice(start, punctuationAt))) continue;
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
