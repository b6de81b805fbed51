// What kind of answer a question wants, read from its question phrase ("how long" wants a duration,
// "where" a place, "who" a name), and whether a sentence holds an answer of that kind. /ask puts the
// passages whose sentence both holds the question's words and an answer of the kind asked first, and
// quotes that sentence (answer-words.ts). Each recogniser is a few patterns over the sentence text:
// cheap, run only on the sentences of the passages a search found.
import { searchTerms } from "../search/options.js";

export type AnswerKind = "duration" | "time" | "place" | "name" | "count" | "frequency";

export interface QuestionFrame {
  /** The kind of answer the question phrase asks for; undefined when it names none ("what did …"). */
  kind?: AnswerKind;
  /** Search terms of the question phrase that only say what kind of answer is wanted ("long" in "how
   *  long", "often" in "how often", "year" in "in which year"): not words to look for in the text. */
  frameTerms: ReadonlySet<string>;
  /** The question asks about something planned ("when was X to be held", "when will X open", "when
   *  is X due to start"): the sentence that states the plan answers it, not one that reports the event. */
  planned?: boolean;
}

/** A question about a plan: "to be <verb>", "will", "due to", "going to", "planned", "scheduled". */
const PLANNED_QUESTION = /\b(?:to\s+be\s+\p{L}+|will|shall|due\s+to|going\s+to|planned|scheduled)\b/u;
/** A sentence stating a plan: "is to be held", "due to be held", "will open", "is scheduled for",
 *  "planned for", "forthcoming". Not "was held", nor "used to be". */
const STATES_PLAN = /\b(?:(?:is|are|was|were)\s+to\s+(?:be\s+)?\p{L}+|due\s+to\s+(?:be\s+)?\p{L}+|will\s+(?:be\s+)?\p{L}+|(?:is|are|was|were)\s+(?:scheduled|planned|set)\s+(?:for|to)|(?:planned|scheduled)\s+for|forthcoming|upcoming)\b/iu;

/** Whether a sentence states something as planned (see QuestionFrame.planned). */
export function statesPlan(sentence: string): boolean {
  return STATES_PLAN.test(sentence);
}

/** Question phrases, tried in order at the start of the question (after a leading "and", "so"). */
const FRAMES: ReadonlyArray<{ pattern: RegExp; kind: AnswerKind }> = [
  { pattern: /^how\s+long\b/, kind: "duration" },
  { pattern: /^for\s+how\s+long\b/, kind: "duration" },
  { pattern: /^how\s+(?:often|frequently)\b/, kind: "frequency" },
  { pattern: /^how\s+(?:many|much)\b/, kind: "count" },
  { pattern: /^(?:since\s+|until\s+|till\s+)?when\b/, kind: "time" },
  { pattern: /^(?:in\s+|since\s+)?(?:what|which)\s+(?:year|month|date|day)\b/, kind: "time" },
  { pattern: /^on\s+(?:what|which)\s+(?:date|day)\b/, kind: "time" },
  { pattern: /^where\b/, kind: "place" },
  { pattern: /^(?:who|whom|whose)\b/, kind: "name" },
];

/** Question-phrase words that say only what kind of answer is wanted. */
const FRAME_WORDS: ReadonlySet<string> = new Set(["long", "often", "frequently", "year", "month", "date", "day"]);

/** The question phrase of a question: its answer kind and the words that only ask for that kind. */
export function questionFrame(query: string): QuestionFrame {
  const text = query.toLowerCase().replace(/^[\s"'“‘(]*(?:(?:and|so|then|but)\s+)?/, "");
  const frame = FRAMES.find(({ pattern }) => pattern.test(text));
  if (!frame) return { frameTerms: new Set() };
  const phrase = frame.pattern.exec(text)![0];
  const planned = PLANNED_QUESTION.test(text);
  return { kind: frame.kind, frameTerms: new Set(searchTerms(phrase).filter((term) => FRAME_WORDS.has(term))), ...(planned ? { planned } : {}) };
}

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const ERA = "(?:Meiji|Taisho|Taish[oō]|Showa|Sh[oō]wa|Heisei|Reiwa)";
const NUMBER_WORD =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";

/** A year (1900–2099 standing alone), an era year ("Heisei 13"), a fiscal year, or a month. */
const TIME = new RegExp(`(?<![\\d,.])(?:19|20)\\d{2}(?![\\d,])|\\b${ERA}\\s+\\d{1,2}\\b|\\bFY\\s?\\d{2,4}\\b|\\bfiscal\\s+\\d{4}\\b|\\b${MONTH}\\b`, "u");

/** A date range ("from 22 September to 18 October", "14 to 16 December", "November 27 - 29") or a
 *  length of time ("roughly a month", "three days", "for two weeks"), but not a frequency ("once a year",
 *  "twice a month") or a point in time ("a year later" still reads as a length: it says how long after). */
const DURATION = new RegExp(
  [
    `\\bfrom\\s+(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?\\s+(?:to|until|till|through)\\s+(?:\\d{1,2}|${MONTH})`,
    `\\b\\d{1,2}\\s*(?:[-–—]|to|until)\\s*\\d{1,2}\\s+${MONTH}`,
    `\\b\\d{1,2}\\s+${MONTH}\\s*(?:[-–—]|to|until)\\s*\\d{1,2}\\s+${MONTH}`,
    `\\b${MONTH}\\s+\\d{1,2}\\s*(?:[-–—]|to|until)\\s*(?:${MONTH}\\s+)?\\d{1,2}\\b`,
    `(?<!\\b(?:once|twice|thrice|times|per|each|every)\\s)\\b(?:\\d+|${NUMBER_WORD}|a|an|half\\s+a|several|a\\s+few)\\s+(?:(?:long|full|whole)\\s+)?(?:days?|weeks?|months?|years?|hours?)\\b(?!\\s+(?:old|ago))`,
  ].join("|"),
  "iu",
);

/** How often: "once a year", "twice a year", "three times a year", "every year", "annually", "biannual". */
const FREQUENCY = new RegExp(
  `\\b(?:once|twice|thrice|(?:\\d+|${NUMBER_WORD})\\s+times)\\s+(?:a|per|each|every)\\s+(?:year|month|week)\\b|\\b(?:every|each)\\s+(?:(?:other|two|three|\\d+)\\s+)?(?:years?|months?)\\b|\\b(?:annual(?:ly)?|biannual(?:ly)?|yearly|monthly)\\b`,
  "iu",
);

/** A count: a cardinal number, in figures ("27", "6,000") or in words ("Twenty-seven"), that is not a
 *  year, an ordinal, a day of a month, an era year, or a number that names something ("Article 9",
 *  "No. 111", "p. 12", "Group 4"). "one" is left out: it is mostly "one of the …". */
const COUNT_FIGURE = /(?<![\p{L}\d,.-])\d{1,3}(?:,\d{3})*(?![\d,]*(?:st|nd|rd|th)\b)(?![,.]?\d)/gu;
const COUNT_WORD = new RegExp(`\\b(?!one\\b)${NUMBER_WORD}\\b(?!-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|th\\b))`, "iu");
const NAMING_NUMBER = new RegExp(`(?:\\b(?:Article|Articles|No|Nos|p|pp|Group|Section|Chapter|Part|Note|Road|Treaty|Law|Act|Resolution|${ERA})\\.?\\s*|\\d\\s*(?:[-–—]|to)\\s*)$|${MONTH}\\s*$`, "u");
const AFTER_COUNT_NAMING = new RegExp(`^\\s*(?:${MONTH}|(?:[-–—]|to|until)\\s*\\d{1,2}(?:\\s+${MONTH}|\\b(?!\\s*\\p{L})))`, "u");

/** A place: "in"/"at" and a capitalised name that is not a time ("in April", "in Heisei 13"), a
 *  language ("in English") or an article ("In The"): "met in Rangoon", "at the Palm Club hotel". */
const PLACE = new RegExp(`\\b(?:[Ii]n|[Aa]t)\\s+(?:the\\s+)?(?!(?:${MONTH}|${ERA}|English|Japanese|French|Spanish|Chinese|Russian|Arabic|The|This|That|These|Those|Its|Their|His|Her|Our|FY\\d*)\\b)\\p{Lu}[\\p{L}'’-]+`, "u");

/** A name of a body or a person: an acronym ("UNAFEI", "IIJ"), a word that heads the name of a body
 *  ("Ministry", "Institute", "Office") or a person's title ("Minister", "Director", "Ambassador"). */
const NAME_WORD = /\b(?:\p{Lu}{2,}[\p{Lu}\d]*|Ministry|Ministries|Institute|Office|Agency|Department|Commission|Court|University|Centre|Center|Bureau|Council|Foundation|Association|Organi[sz]ation|Procuracy|Government|Embassy|Secretariat|Minister|Director|Secretary|Ambassador|President|Chair(?:person|man|woman)?|Professor|Prince|Princess|Judge|Prosecutor|Governor|Mr|Ms|Mrs|Dr)\b/gu;

function holdsCount(text: string): boolean {
  for (const match of text.matchAll(COUNT_FIGURE)) {
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 24);
    if (!NAMING_NUMBER.test(before) && !AFTER_COUNT_NAMING.test(after)) return true;
  }
  return COUNT_WORD.test(text);
}

/** Whether the sentence holds an answer of this kind. `asked`: the question's own terms; a name the
 *  question itself gives is not an answer to "who" ("who co-hosted the GG Seminar" and "GG"). */
export function holdsAnswer(kind: AnswerKind, sentence: string, asked: ReadonlySet<string> = new Set()): boolean {
  switch (kind) {
    case "duration":
      return DURATION.test(sentence);
    case "time":
      return TIME.test(sentence);
    case "frequency":
      return FREQUENCY.test(sentence);
    case "count":
      return holdsCount(sentence);
    case "place":
      return PLACE.test(sentence);
    case "name":
      for (const match of sentence.matchAll(NAME_WORD)) if (!searchTerms(match[0]).some((term) => asked.has(term))) return true;
      return false;
  }
}
