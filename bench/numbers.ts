// Numbers written out the way white papers write them ("twenty-third", "eighteen"), so the generated
// programme sentences exercise the extractor's word-number parsing as well as its digit parsing.

const UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const UNIT_ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TEN_ORDINALS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

/** 1..999 → "one" … "nine hundred and ninety-nine". */
export function cardinalWords(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const small = rest < 20 ? UNITS[rest]! : TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${UNITS[rest % 10]!}` : "");
  if (hundreds === 0) return small;
  return `${UNITS[hundreds]!} hundred${rest ? ` and ${small}` : ""}`;
}

/** 1..999 → "first" … "one hundred and seventy-fifth". */
export function ordinalWords(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  let small: string;
  if (rest < 20) small = UNIT_ORDINALS[rest]!;
  else if (rest % 10 === 0) small = TEN_ORDINALS[rest / 10]!;
  else small = `${TENS[Math.floor(rest / 10)]!}-${UNIT_ORDINALS[rest % 10]!}`;
  if (hundreds === 0) return small;
  return rest ? `${UNITS[hundreds]!} hundred and ${small}` : `${UNITS[hundreds]!} hundredth`;
}

/** 23 → "23rd", 11 → "11th". */
export function ordinalDigits(n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th";
  return `${n}${suffix}`;
}
