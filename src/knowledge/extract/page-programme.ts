// A page about one programme, its sessions set out in tables numbered by ordinal alone: UNAFEI's page
// "Exchange Programme between the Japanese Prosecution Service and the Supreme People's Procuracy of
// Viet Nam" has a table under "1. Japan session" and another under "2. Viet Nam session", each row
// "| 23rd | 12–19 Jan. 2024 | … |". The page's title names the programme, without a number; a heading
// above a table that names one strand of it ("Japan session") numbers that strand's sessions apart
// from the other's, so each is a series of its own: "<programme> (Japan session)".
import { GENERIC_WORDS, headNoun, wordsNameProgramme } from "./series.js";
import { nameKey } from "./text.js";

// Inside a programme's name: "Exchange Programme between the … Service and the … of Viet Nam".
const CONNECTOR = /^(?:of|for|on|and|the|in|against|to|with|at|between|among|by)$/u;
// "(UNAFEI Training Courses/Seminars)", "| Training Courses/Seminars | UNAFEI": where the page sits, not its name.
const SITE_PARTS = /\s*(?:\([^()]*\)|\|.*)\s*$/u;

/**
 * The programme a page's title names, whole, without a number: "UNAFEI: Exchange Programme between
 * the Japanese Prosecution Service and the Supreme People's Procuracy of Viet Nam (UNAFEI Training
 * Courses/Seminars)" → the name from "Exchange" to "Viet Nam". Undefined when the title is a sentence,
 * has a figure, or names no programme ("Training Courses/Seminars", "Annual Report 2019").
 */
export function programmeOfPage(title: string): string | undefined {
  const name = title.slice(title.lastIndexOf(":") + 1).replace(SITE_PARTS, "").trim().replace(/^(?:the|The)\s+/u, "");
  if (/\d/u.test(name)) return undefined;
  const words = name.split(/\s+/u);
  if (words.length < 2 || !words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || CONNECTOR.test(word)) || CONNECTOR.test(words.at(-1)!)) return undefined;
  // The head noun ends the name's first run of capitals, what the programme is between or for comes
  // after it: "Exchange Programme between …", "International Training Course on …".
  const run = words.findIndex((word) => CONNECTOR.test(word));
  const head = words.slice(0, run < 0 ? words.length : run).findLastIndex((word) => headNoun(word.replace(/[^\p{L}]+/gu, "")) !== undefined);
  if (head < 1 && !(head === 0 && words.length > 2)) return undefined;
  const core = words.slice(0, head + 1);
  return wordsNameProgramme(core) && (head === words.length - 1 || CONNECTOR.test(words[head + 1]!)) ? words.join(" ") : undefined;
}

// "1. Japan session", "(b) Viet Nam Session", "Part 2: Tokyo track": one strand of the programme.
const STRAND = /^(?:(?:\d{1,2}|[A-Za-z]|[ivx]{1,4})[.)]\s*|\((?:\d{1,2}|[A-Za-z]|[ivx]{1,4})\)\s*|Part\s+\d{1,2}[.:]\s*)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:session|track|leg|component))$/iu;

/** The strand of a programme a heading names ("1. Japan session" → "Japan session"), or undefined. */
export function strandOfProgramme(heading: string): string | undefined {
  const match = STRAND.exec(heading.trim());
  return match ? match[1]!.replace(/\s+(\S+)$/u, (_, noun: string) => ` ${noun.toLowerCase()}`) : undefined;
}

/**
 * A series the documents define, named inside a page's title in any case: "The good governance
 * seminar's early years — a timeline" → "good governance seminar", when "Good Governance Seminar" is a
 * defined name (`defined` holds `nameKey`s). The longest such run of words with a head noun in it;
 * undefined when the title names none, or only by a head noun and generic words ("the seminar").
 */
export function definedProgrammeInTitle(title: string, defined: ReadonlySet<string>): string | undefined {
  const words = title.split(/[\s—–:|]+/u).map((word) => word.replace(/^[^\p{L}\p{N}]+|(?:['’]s)?[^\p{L}\p{N}]*$/gu, "")).filter(Boolean);
  let best: string | undefined;
  for (let end = 1; end < words.length; end++) {
    for (let start = 0; start < end; start++) {
      const run = words.slice(start, end + 1);
      if (/^(?:the|a|an)$/iu.test(run[0]!) || !run.some((word) => headNoun(word) !== undefined)) continue;
      if (!run.some((word) => headNoun(word) === undefined && !GENERIC_WORDS.has(word.toLowerCase()))) continue;
      const text = run.join(" ");
      if (defined.has(nameKey(text)) && (best === undefined || text.length > best.length)) best = text;
    }
  }
  return best;
}
