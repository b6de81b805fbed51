// An edition's theme: the quoted title after "on the theme of", "on", "themed", "titled", "entitled",
// "under the theme", "with the theme", or a following "The main theme was …"; straight or curly
// quotes, and an unquoted title in capitals after an explicit "theme of" / "titled".
import { allMatches, findQuoted, GIVES_A_TALK } from "./text.js";

export interface ThemeMatch {
  theme: string;
  /** Where the quoted (or unquoted) title is. */
  start: number;
  end: number;
}

// What may stand right before a quoted theme.
const INTRODUCER = new RegExp(
  "(?<![\\p{L}])(?:" + [
    "(?:on|under|with|in)\\s+(?:the\\s+)?(?:main\\s+|overall\\s+|central\\s+)?(?:theme|topic|subject|title)s?(?:\\s+of)?",
    "(?:themed|titled|entitled|called|named)",
    // "The theme of this Liaison Meeting was …", "The theme this time was …", "Its theme this year is …",
    // "Its theme for fiscal 2015 was …".
    // …and "The title we gave it was …"; "Its theme was therefore “…”": an adverb is no part of it.
    "(?:theme|topic|title|subject)(?:\\s+of\\s+(?:the|this|that|this\\s+year['’]s)(?:\\s+[\\p{L}-]+){1,4}?)?(?:\\s+(?:this|that)\\s+(?:time|year))?(?:\\s+for\\s+(?:(?:fiscal|FY)\\s*(?:year\\s+)?)?(?:19|20)\\d{2})?(?:\\s+(?:chosen|selected|adopted|set|taken\\s+up))?(?:\\s+(?:we|they|UNAFEI|the\\s+organi[sz]ers)\\s+(?:gave|chose|picked|set|selected|adopted)(?:\\s+(?:it|the\\s+seminar|the\\s+course|the\\s+meeting))?)?\\s+(?:was|is|being|will be)(?:\\s+(?:therefore|thus|hence|accordingly|again|also|then|fittingly|aptly|appropriately),?)?",
    "(?:focusing|focused|focussing|centred|centered)\\s+on",
    // "… will examine our main theme, “…”": the theme in apposition.
    "(?:our|its|their|the|this\\s+year['’]s)\\s+(?:main\\s+|overall\\s+|central\\s+)?(?:theme|topic)",
    // "the seminar took as its theme '…'", "adopted the theme".
    "(?:took|taking|takes|take|adopted|adopting|chose|selected|had|has|have)\\s+(?:as\\s+)?(?:its|their|the|a)\\s+(?:main\\s+|overall\\s+|central\\s+)?(?:theme|topic|subject)",
    // …and "to discuss “…”".
    "(?:addressed|addressing|examined|examining|explored|exploring|discussed|discussing|covered|covering|(?<=\\bto\\s+)(?:discuss|examine|explore|address))",
    "(?:dealt|dealing)\\s+with",
    // "the fourth … took up '…'": a quoted title a seminar takes up is its theme.
    "(?:took|taking|takes)\\s+up",
    // "this year's theme looks back over the last decade and forward to the next: “…”".
    // …and a labelled line: "Main theme: “…”".
    "(?:theme|topic)s?\\b[^.;:“”\"]{0,100}:",
    "on", "regarding", "concerning", "about",
  ].join("|") + ")\\s*[:,]?\\s*$",
  "iu",
);

// A title given to a talk, a paper or a film: "a keynote speech entitled", "a lecture titled", "her report on".
const TALK_TITLE = /\b(?:speech|speeches|lectures?|address|addresses|presentations?|talks?|papers?|reports?|books?|videos?|films?|remarks|keynote)\s+(?:\p{L}+\s+){0,2}?(?:entitled|titled|called|named|on)\s*[:,]?\s*$/iu;
const TALK_GIVEN_AT = new RegExp(`\\b${GIVES_A_TALK}\\s+(?:at|to|during|before|in)\\b`, "iu");
const TALK_UNDER_TITLE = new RegExp(`\\b(?:${GIVES_A_TALK}|played|performed|sang|talked)\\s+(?:[\\p{L}-]+\\s+){0,3}?under\\s+the\\s+(?:title|heading)\\s*[:,]?\\s*$`, "iu");
const NAME_GIVEN_BEFORE = /\b(?:called|known\s+as|referred\s+to\s+as|dubbed|nicknamed|hereinafter|hereafter|abbreviated\s+(?:as|to))\s*[:,]?\s*$/iu;
const SPEAKERS_TITLE = /\b(?:[Tt]heir|[Hh]is|[Hh]er)\s+(?:own\s+)?title\s+(?:was|is|read)\s*[:,]?\s*$/u;
const TITLE_WORD_BEFORE = /\b(?:title|titled|entitled)\s*[:,]?\s*$/iu;
const AS_ITS_THEME = /^\s*as\s+(?:its|the|their)\s+(?:main\s+|overall\s+|central\s+)?(?:theme|topic|subject)\b/iu;
const PART_OF_EDITION = /\b(?:working\s+groups?|(?:sub-?)?groups?|panels?|breakout|sessions?|sub-?committees?|tracks?|workshops?\s+within)\b[^;]*\b(?:shared|discussed|considered|examined|took\s+up|focused|worked|exchanged)\b/iu;
const UNQUOTED = new RegExp(
  "(?:theme|topic|title)(?:\\s+of)?\\s*[:,]?\\s+|(?:themed|titled|entitled)\\s*[:,]?\\s+",
  "giu",
);
const UNQUOTED_TITLE = /^(\p{Lu}[^,;.“”"‘’()]*?)(?=\s+(?:was|were|is|are|held|conducted|from|between|and\s+the|in\s+(?:\d|[A-Z][a-z]+\s+\d))\b|\s*[,;.()]|\s*$)/u;

/**
 * The first theme stated in `text[from, to)`, or undefined. `from` is usually the end of the edition
 * mention, `to` the start of the next mention, so that each of two editions in one sentence gets its own.
 */
export function findTheme(text: string, from = 0, to = text.length): ThemeMatch | undefined {
  const found = firstTheme(text, from, to);
  // "Theme: to be announced", "(theme not given in the contents)": no theme stated yet.
  if (!found || PLACEHOLDER.test(found.theme.trim())) return undefined;
  return { ...found, theme: withoutTranslationNote(found.theme) };
}

// "The Current State of Cybercrime and Countermeasures (translated)": a note on the wording, not part of it.
const TRANSLATION_NOTE = /\s*\((?:translated|(?:our|provisional|tentative|unofficial)\s+translation|translation)\)\s*$/iu;

/** A theme without a note that says it was translated. */
export function withoutTranslationNote(theme: string): string {
  return theme.replace(TRANSLATION_NOTE, "");
}

export const PLACEHOLDER = /^(?:to\s+be\s+(?:announced|confirmed|decided|determined|fixed)|TBA|TBC|TBD|n\/a|none|unknown|forthcoming|not\s+(?:yet\s+)?(?:given|known|announced|decided|available|stated|published)\b.*)[.)]?$/iu;

function firstTheme(text: string, from: number, to: number): ThemeMatch | undefined {
  for (const quote of findQuoted(text)) {
    if (quote.start < from || quote.end > to) continue;
    const before = text.slice(from, quote.start);
    // "the corrections and rehabilitation group shared views on the topic “…”": a part's topic, not the edition's.
    if (PART_OF_EDITION.test(text.slice(Math.max(from, text.lastIndexOf(";", quote.start) + 1, text.lastIndexOf(". ", quote.start) + 1), quote.start))) continue;
    // "gave a keynote speech entitled “…”": a talk's title, not the edition's theme.
    if (TALK_TITLE.test(before)) continue;
    // "four lawyers lectured at the 26th Training, …, under the title '…'": the title of their talk.
    if (TITLE_WORD_BEFORE.test(before) && TALK_GIVEN_AT.test(text.slice(0, quote.start))) continue;
    // "Four lawyers gave a joint lecture … Their title was “…”": the title the speakers gave, not the edition's.
    if (SPEAKERS_TITLE.test(before)) continue;
    // "The pianist … played and spoke under the title “…”": a performer's or speaker's own title.
    if (TALK_UNDER_TITLE.test(before)) continue;
    // "(called “the training in Japan” below)", "known as “GG”": a name given to it, not its theme.
    if (NAME_GIVEN_BEFORE.test(text.slice(Math.max(from, quote.start - 40), quote.start))) continue;
    // A quote straight after the mention, set off by a comma, is an apposition: "the 20th Programme, “…”, was held".
    if (INTRODUCER.test(before) || /^\s*[,:(]?\s*$/.test(before)) return { theme: quote.inner, start: quote.start, end: quote.end };
    // "… took “The SDGs and Legal Technical Assistance” as its theme": the quote, then the word.
    if (AS_ITS_THEME.test(text.slice(quote.end, Math.min(to, quote.end + 40)))) return { theme: quote.inner, start: quote.start, end: quote.end };
  }
  const window = text.slice(from, to);
  for (const intro of allMatches(UNQUOTED, window)) {
    const rest = window.slice(intro.index + intro[0].length);
    const title = UNQUOTED_TITLE.exec(rest)?.[1]?.trim();
    if (title && title.split(/\s+/).length >= 2) {
      const start = from + intro.index + intro[0].length;
      return { theme: title, start, end: start + title.length };
    }
  }
  // "The following year's twenty-sixth programme, on public-private cooperation in preventing corruption,
  // ran until …": an unquoted subject set off by commas right after the mention, the edition's verb next.
  const apposed = APPOSED_SUBJECT.exec(window);
  if (apposed) {
    const start = from + apposed[0].indexOf(apposed[1]!);
    return { theme: apposed[1]!, start, end: start + apposed[1]!.length };
  }
  // "This year's theme was protecting judges … from undue interference", "whose subject was the
  // evidence-based treatment of offenders": after an explicit "theme was", the rest of the clause.
  const stated = STATED_THEME.exec(window);
  if (stated) {
    const start = from + stated.index + stated[0].length;
    const clause = text.slice(start, to).replace(CLAUSE_TAIL, "");
    const theme = clause.replace(/^the\s+/u, "").replace(/[.,;:]+$/u, "").trim();
    if (theme.split(/\s+/).length >= 2 && !/^(?:held|chosen|selected|decided|set|announced|changed)\b/u.test(theme)) {
      const at = start + clause.indexOf(theme);
      return { theme, start: at, end: at + theme.length };
    }
  }
  // "… was devoted this year to freezing …", "This year the course concentrates on public procurement":
  // what the edition itself is given to, the verb's subject being the edition (see FOCUS_SUBJECT).
  const focus = FOCUS.exec(window);
  if (focus && FOCUS_SUBJECT.test(window.slice(0, focus.index))) {
    const start = from + focus.index + focus[0].length;
    const clause = text.slice(start, to).replace(CLAUSE_TAIL, "");
    const theme = clause.replace(/[.,;:]+$/u, "").trim();
    if (theme.split(/\s+/).length >= 2) return { theme, start, end: start + theme.length };
  }
  return undefined;
}

const APPOSED_SUBJECT = /^\s*,\s+on\s+((?!the\s+(?:\d|same|following|previous|last|next|first|opening|closing)\b)(?:[\p{L}-]+\s+){1,14}?[\p{L}-]+),\s+(?=(?:was|were|ran|took\s+place|met|opened|drew|brought|had|attracted|welcomed|gathered|lasted|began|started|invited)\b)/u;
const FOCUS = /\b(?:concentrat(?:es|ed)|focus(?:es|ed|sed)|(?:is|was|were|are)\s+(?:mainly\s+|chiefly\s+)?devoted)\s+(?:this\s+year\s+|mainly\s+|chiefly\s+|primarily\s+)?(?:on|to)\s+(?!the\s+(?:participants?|discussions?|lectures?)\b)/iu;
// Right after the edition's name ("the 3rd seminar | was devoted to …"), or the edition as the subject
// ("This year the course concentrates on …", "It focused on …").
const FOCUS_SUBJECT = /^\s*$|(?:^|[,;]\s*|\b(?:year|Then|Now)\s+)(?:(?:the|this|this\s+year['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:seminar|course|programme|program|training|workshop|session|edition)|It)\s*$/iu;

const STATED_THEME = /\b(?:(?:main|central|overall|chosen)\s+)?(?:theme|subject|topic)(?:\s+(?:chosen|selected|adopted))?\s+(?:was|is|were)\s+(?!(?:held|chosen|selected|decided|set|announced|that|not|to|also|a\s+(?:theme|topic|subject)|[“"‘']))/iu;
// Where a stated theme ends: a new clause ("…, with a focus on …", "…; participants …") or the sentence.
const CLAUSE_TAIL = /(?:\s*[;(—–]|,\s+(?:with\s+(?:a|an|the|special|particular)\b|focusing|covering|and\s+(?:the\s+)?(?:participants?|each|it|they)\b|and\s+(?:some\s+|about\s+|over\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty)\b)|which|where|while)|\.\s|\.$).*$/su;
