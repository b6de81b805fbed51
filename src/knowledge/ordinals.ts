// Ordinal and cardinal numbers as white papers and training-institute pages write them: "23rd",
// "23th" (a typo we still accept), "twenty-third", "Twenty Third", "one hundred and seventy-fifth",
// and counts such as "18" or "twenty-two". Pure and total: unknown text gives `undefined`.

const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"] as const;
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"] as const;
const UNIT_ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
  "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
  "seventeenth", "eighteenth", "nineteenth"] as const;
const TEN_ORDINALS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
  "eightieth", "ninetieth"] as const;

/** Value of every number word, cardinal or ordinal, below one hundred. */
type WordValue = readonly [string, { value: number; ordinal: boolean }];
const WORD_VALUES: ReadonlyMap<string, { value: number; ordinal: boolean }> = new Map<string, { value: number; ordinal: boolean }>([
  ...UNITS.map((w, i): WordValue => [w, { value: i, ordinal: false }]),
  ...TENS.flatMap((w, i): WordValue[] => (w ? [[w, { value: i * 10, ordinal: false }]] : [])),
  ...UNIT_ORDINALS.map((w, i): WordValue => [w, { value: i, ordinal: true }]),
  ...TEN_ORDINALS.flatMap((w, i): WordValue[] => (w ? [[w, { value: i * 10, ordinal: true }]] : [])),
  ["fourty", { value: 40, ordinal: false }], // common misspelling
]);

// Longest first, so that "seventeen" is tried before "seven" wherever the pattern is used.
const alternatives = (words: readonly string[]): string =>
  words.filter(Boolean).sort((a, b) => b.length - a.length).join("|");
const SMALL = `(?:${alternatives(TENS)})(?:[- ](?:${alternatives(UNITS.slice(1, 10))}))?|${alternatives(UNITS.slice(1))}`;
const SMALL_ORDINAL = `(?:${alternatives(TENS)})[- ](?:${alternatives(UNIT_ORDINALS.slice(1, 10))})|${alternatives(TEN_ORDINALS)}|${alternatives(UNIT_ORDINALS.slice(1))}`;
const HUNDREDS = `(?:${alternatives(UNITS.slice(1, 10))}|a)[- ]hundred`;

/**
 * Regular-expression source (no flags, no groups) for an ordinal as written: digits with any
 * two-letter suffix ("23rd", "23th") or spelled out ("twenty-third", "one hundred and seventy-fifth").
 * Use with the `i` flag.
 */
export const ORDINAL_SOURCE =
  `(?:\\d{1,4}(?:st|nd|rd|th)|(?:${HUNDREDS}(?:(?: and)? (?:${SMALL_ORDINAL}))|${HUNDREDS}th|${SMALL_ORDINAL}))`;

/** Regular-expression source for a count as written: "18", "6,100", "twenty-two", "one hundred and five". */
export const CARDINAL_SOURCE =
  `(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:${HUNDREDS}(?:(?: and)? (?:${SMALL}))?|${SMALL}))`;

function parseWords(text: string, wantOrdinal: boolean): number | undefined {
  const words = text.toLowerCase().replace(/[-‐–]/g, " ").split(/\s+/).filter((w) => w && w !== "and");
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let sawOrdinal = false;
  for (const [i, word] of words.entries()) {
    if (sawOrdinal) return undefined; // an ordinal word must come last
    if (word === "hundred" || word === "hundredth") {
      total += (current || 1) * 100;
      current = 0;
      sawOrdinal = word === "hundredth";
      continue;
    }
    if (word === "a" && i === 0) continue; // "a hundred"
    const entry = WORD_VALUES.get(word);
    if (!entry) return undefined;
    // "twenty third" is fine; "three twenty" or "five three" is not a number.
    if (current !== 0 && !(current % 10 === 0 && current >= 20 && entry.value < 10)) return undefined;
    current += entry.value;
    sawOrdinal = entry.ordinal;
  }
  if (sawOrdinal !== wantOrdinal) return undefined;
  const value = total + current;
  return value > 0 ? value : undefined;
}

/** "23rd", "23", "23th", "twenty-third", "Twenty Third", "Eighth", "one hundred and seventy-fifth" → number. */
export function parseOrdinal(text: string): number | undefined {
  const trimmed = text.trim().replace(/^the\s+/i, "");
  const digits = /^(\d{1,6})(?:\s*(?:st|nd|rd|th|d))?\.?$/i.exec(trimmed);
  if (digits) {
    const value = Number(digits[1]);
    return value > 0 ? value : undefined;
  }
  return parseWords(trimmed, true);
}

/** "18", "6,100", "twenty-two", "Eighteen", "one hundred and five" → number. */
export function parseCardinal(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(trimmed)) return Number(trimmed.replace(/,/g, ""));
  return parseWords(trimmed, false);
}

/** 23 → "23rd", 11 → "11th", 112 → "112th". */
export function formatOrdinal(n: number): string {
  const value = Math.trunc(n);
  const lastTwo = Math.abs(value) % 100;
  const last = Math.abs(value) % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th";
  return `${value}${suffix}`;
}

/** "GG8", "GG 15", "GG-15" → { letters: "GG", ordinal: 8 }: the abbreviated edition style of some series. */
export function parseAbbreviatedEdition(text: string): { letters: string; ordinal: number } | undefined {
  const match = /^([A-Z][A-Za-z]{0,7}?)[\s-]?(\d{1,4})$/.exec(text.trim());
  // "FY2022", "FY 2019": a fiscal year, not an edition of an "FY" series.
  if (!match || /^FY$/iu.test(match[1]!)) return undefined;
  const ordinal = Number(match[2]);
  return ordinal > 0 ? { letters: match[1]!, ordinal } : undefined;
}
