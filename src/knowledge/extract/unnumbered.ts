// A page about one edition that gives its number only later, or only in passing: "The International
// Cooperation Department held its International Cooperation Human Resources Development Training from 5
// to 16 November 2017. … This year's training was the ninth." The facts come first, about a programme
// named without a number (in the title, or as "held its <programme>"); a later sentence says which
// edition that was. Until it does, the edition is provisional: if the page never numbers it, or names
// another edition of its own, the provisional one is dropped and nothing of it is shown.
import { ORDINAL_SOURCE, parseOrdinal } from "../ordinals.js";
import { wordsNameProgramme } from "./series.js";

const CONNECTOR = new Set(["of", "for", "on", "and", "the", "in", "against", "to"]);

/** The capitalised run at the start of `text` (connectors inside it), trailing connectors dropped. */
function capitalisedRun(text: string): string | undefined {
  const words: string[] = [];
  for (const word of text.split(/\s+/u)) {
    if (/^\p{Lu}[\p{L}'’-]*$/u.test(word) || (words.length > 0 && CONNECTOR.has(word))) words.push(word);
    else break;
  }
  while (words.length > 0 && CONNECTOR.has(words[words.length - 1]!)) words.pop();
  // A programme's name: its head noun ends it or is followed by what it is on or for, not "… Programme Network".
  return words.length >= 2 && wordsNameProgramme(words) ? words.join(" ") : undefined;
}

/**
 * The programme a title names without a number, or undefined: "Akarenga No. 48: International
 * Cooperation Human Resources Development Training" → its name. A title that is a sentence or names no
 * programme gives none.
 */
export function unnumberedProgrammeInTitle(title: string): string | undefined {
  // "We held the International Cooperation Human Resources Development Training": a title that says so.
  const name = title.slice(title.lastIndexOf(":") + 1).trim().replace(/^["“‘']|["”’'!.]$/gu, "").replace(/^(?:We\s+(?:held|hosted|ran|organi[sz]ed)\s+)?(?:the|The)\s+/u, "");
  const run = capitalisedRun(name);
  if (run !== undefined && run === name.replace(/[!.]+$/u, "")) return run;
  // A title in sentence case, the head noun first: "training for JDS fellows from the justice sector at
  // the Ministry of Justice" (what follows "at" or "in" is the venue, not the name).
  return SENTENCE_CASE_NAME.exec(name)?.[1];
}

// No verb in the name: "Training for judges was held at the Supreme Court" is a sentence.
const SENTENCE_CASE_NAME = /^((?:[Tt]raining|[Ss]eminar|[Cc]ourse|[Ww]orkshop|[Pp]rogramme|[Pp]rogram|[Ff]orum)\s+(?:for|on)\s+(?:(?!(?:was|were|is|are|held|has|have|had)\s)[\p{L}\p{N}'’-]+\s+){0,7}?(?!(?:was|were|is|are|held|has|have|had)$)[\p{L}\p{N}'’-]+)(?:\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[^:;]*)?$/u;

const HELD_ITS = /\b(?:held|ran|conducted|organi[sz]ed|hosted|convened|opened)\s+(?:its|this\s+year['’]s)\s+(?=\p{Lu})/gu;
// "… held the International Cooperation Human Resources Development Training from 10 to 20 November …":
// "the" and a name, then when it was held.
const HELD_THE = /\b(?:held|ran|conducted|organi[sz]ed|hosted|convened)\s+the\s+(?=\p{Lu})/gu;
const HELD_DESCRIBED_QUOTED = /\b(?:held|ran|conducted|organi[sz]ed|hosted|convened)\s+(?:the|its|a|an)\s+(?:[\p{Ll}-]+\s+){0,4}?(?:training\s+course|course|seminar|training|programme|program|workshop)\s+["“‘']([\p{Lu}][^"“”‘’']{2,100})["”’']/gu;
// "The MOJ, through UNAFEI, ran an international training course on the criminal justice response to
// corruption, open to …": a programme described, with no name and no number, as what was run.
const HELD_A_DESCRIBED = /\b(?:held|ran|conducted|organi[sz]ed|hosted|convened)\s+(?:an?|another)\s+((?:[\p{Ll}-]+\s+){0,4}?(?:training\s+course|course|seminar|training|programme|program|workshop)\s+(?:on|for)\s+[\p{Ll}][^,.;:()]{3,80})/gu;
const HELD_THE_FISCAL = /\b(?:held|ran|conducted|organi[sz]ed|hosted|convened)\s+(?:the|its)\s+(?:FY\s?(?:19|20)\d{2}|fiscal\s+(?:year\s+)?(?:19|20)\d{2})\s+(?=\p{Lu})/gu;
const WHEN_FOLLOWS = /^\s+(?:from|between|on|in)\s+(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d{2}|fiscal|FY)/u;
// "The Regional Seminar on Good Governance was held in Tokyo from …": a named programme said to have been held.
const THE_NAME_WAS_HELD = /^(?:This\s+year['’]s|The)\s+(?=\p{Lu})/u;
const WAS_HELD = /^\s+(?:was|is\s+to\s+be|will\s+be)\s+(?:successfully\s+)?(?:held|conducted|organi[sz]ed|convened|run)\b|^\s+took\s+place\b/u;

// The verbs HELD_ITS, HELD_DESCRIBED_QUOTED and HELD_THE start with, as written (they match case-sensitively).
const HOLDING_VERB = /held|ran|conducted|organi[sz]ed|hosted|convened|opened/u;
const mayHold = (text: string): boolean => HOLDING_VERB.test(text);

/**
 * "… held its International Cooperation Human Resources Development Training from …", "The … Seminar
 * was held in Tokyo", "… held the training course “…” from …": the programme, or undefined.
 */
export function heldItsProgramme(sentence: string, written = sentence): string | undefined {
  // The three patterns that scan the sentence start with a verb of holding: most sentences have none.
  const holds = mayHold(sentence);
  if (holds) for (const match of sentence.matchAll(HELD_ITS)) {
    const run = capitalisedRun(sentence.slice(match.index + match[0].length));
    if (run) return run;
  }
  // "JICA held the thematic training course “Anti-Corruption (Criminal Justice)” from 12 October …": a
  // description in lower case, then the programme's name in quotes, then when.
  // `sentence` may have its quotes masked; `written` (the same length) still holds them.
  if (written === sentence ? holds : mayHold(written)) for (const match of written.matchAll(HELD_DESCRIBED_QUOTED)) {
    if (WHEN_FOLLOWS.test(sentence.slice(match.index + match[0].length))) return match[1]!.trim();
  }
  if (holds) for (const match of sentence.matchAll(HELD_A_DESCRIBED)) return match[1]!.trim();
  // "From 28 February to 10 March 2023 it held the FY2022 Criminal Justice Training for …": a programme
  // labelled by its fiscal year is one unnumbered session of it, whenever the dates are given.
  if (holds) for (const match of sentence.matchAll(HELD_THE_FISCAL)) {
    const run = capitalisedRun(sentence.slice(match.index + match[0].length));
    if (run) return run;
  }
  if (holds) for (const match of sentence.matchAll(HELD_THE)) {
    const from = match.index + match[0].length;
    const run = capitalisedRun(sentence.slice(from));
    if (run && WHEN_FOLLOWS.test(sentence.slice(from + run.length))) return run;
  }
  const the = THE_NAME_WAS_HELD.exec(sentence);
  if (!the) return undefined;
  const run = capitalisedRun(sentence.slice(the[0].length));
  return run && WAS_HELD.test(sentence.slice(the[0].length + run.length)) ? run : undefined;
}

const NOUN = "(?:training|seminar|course|programme|program|forum|workshop|session|edition|meeting|lecture)";
// "This year's training was the ninth.", "This year it ran for the sixth time.", "this was the second time
// the training had been run", "It was the fifth seminar." Not "It was the third time that the seminar had
// come to Japan" (a rank: the number of times somewhere), nor "the first" (a rank as often as a count).
const ANAPHORA = new RegExp(
  [
    `\\b[Tt]his\\s+year['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,3}?${NOUN}\\s+(?:was|is|will\\s+be|marks?|marked)\\s+the\\s+(${ORDINAL_SOURCE})(?:\\s+(?:one|edition|session|${NOUN}))?(?=\\s*[.;,]|\\s*$)`,
    `\\b(?:[Tt]his\\s+(?:year|time)|[Ii]n\\s+(?:19|20)\\d{2}),?\\s+(?:it|the\\s+${NOUN})\\s+(?:was\\s+held|ran|took\\s+place|was\\s+run|was\\s+conducted|was\\s+organi[sz]ed)\\s+for\\s+the\\s+(${ORDINAL_SOURCE})\\s+time(?=\\s*[.;,]|\\s*$)`,
    // "This year, its eighteenth, it took as its main theme …": the count in apposition.
    `\\b(?:[Tt]his\\s+(?:year|time)|[Ii]n\\s+(?:19|20)\\d{2}),\\s+its\\s+(${ORDINAL_SOURCE}),\\s+(?:it|the\\s+${NOUN})\\b`,
    `\\b(?:[Tt]his|[Ii]t)\\s+(?:was|is|marks?|marked)\\s+the\\s+(${ORDINAL_SOURCE})\\s+(?:time\\s+(?:that\\s+)?(?:it|the\\s+${NOUN})\\s+(?:had|has)\\s+been\\s+(?:held|run|organi[sz]ed|conducted)|${NOUN})(?=\\s*[.;,]|\\s*$)`,
  ].join("|"),
  "u",
);

/** The edition number a sentence gives the programme it speaks of ("This year's training was the ninth"), or undefined. */
export function ordinalAnaphora(sentence: string): { ordinal: number; ordinalText: string; start: number; end: number } | undefined {
  const match = ANAPHORA.exec(sentence);
  if (!match) return undefined;
  const ordinalText = match[1] ?? match[2] ?? match[3] ?? match[4]!;
  const ordinal = parseOrdinal(ordinalText);
  if (ordinal === undefined || ordinal < 2) return undefined;
  return { ordinal, ordinalText, start: match.index, end: match.index + match[0].length };
}
