// Programme series as documents define or describe them: a quoted title with its abbreviation
// ("a seminar titled “Regional Seminar on Good Governance for Southeast Asian Countries (GG
// Seminar)”"), a capitalised name followed by "(abbreviation)", or an indefinite description that a
// since-year or a frequency marks as recurring ("an international training course on the criminal
// justice response to corruption since 1998"). Also the series' organiser, since-year and frequency.
import { parseOrdinal } from "../ordinals.js";
import { findDecidedHolder, findFullNameHolder, findRelativeHolder } from "./organisers.js";
import { findCountryNames, resolveCountry } from "../countries.js";
import { allMatches, findQuoted, type QuotedSpan } from "./text.js";

/**
 * Nouns that head a programme's name. Not "meeting", "congress" or "conference": "the first G20
 * Anti-Corruption Ministers Meeting", "the 12th United Nations Congress on Crime Prevention" and "the
 * first United Nations Asian Conference on …" are events the documents mention, not courses or
 * seminars anyone takes part in as a trainee.
 */
export const HEAD_NOUNS: ReadonlySet<string> = new Set([
  "seminar", "course", "programme", "program", "training", "workshop", "symposium", "forum",
  "dialogue", "roundtable", "colloquium", "lecture",
]);
const PLURAL_HEADS: ReadonlyMap<string, string> = new Map([...HEAD_NOUNS].map((noun) => [noun.endsWith("s") ? `${noun}es` : `${noun}s`, noun]));

/** "Seminars" → "seminar"; undefined when the word is no head noun. */
export function headNoun(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (HEAD_NOUNS.has(lower)) return lower;
  // "the 22nd Legal Technical Assistance Liaison Meeting": a meeting heads a programme's name only as
  // part of a proper name (see readSeriesPhrase for which names); "the second meeting of the panel" is none.
  if (lower === "meeting" || lower === "meetings") return "meeting";
  return PLURAL_HEADS.get(lower);
}

/**
 * The head noun of a programme's name: its last programme noun before what the name is on or for
 * ("Regional Seminar on Good Governance …" → "seminar", "Legal Technical Assistance Liaison Meeting" → "meeting").
 */
export function nameHeadNoun(name: string): string | undefined {
  const words = name.split(/\s+/u);
  const before = words.findIndex((word) => /^(?:on|for|of|in|against)$/u.test(word));
  return words.slice(0, before < 0 ? undefined : before).map(headNoun).filter((noun) => noun !== undefined).at(-1);
}

/** Words too common in programme names to tell two series apart. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  ...HEAD_NOUNS, "international", "regional", "annual", "special", "joint", "the", "on", "for", "of", "and",
  "in", "a", "an", "meeting", "meetings", "to", "with", "against", "by", "at", "countries", "country", "practitioners",
]);

export type DefinitionKind = "titled" | "named" | "described";

export interface SeriesDefinition {
  kind: DefinitionKind;
  /** As written, without its parenthesised abbreviation. */
  name: string;
  /** "GG Seminar", when the text gives one in parentheses. */
  abbreviation?: string;
  start: number;
  end: number;
  /**
   * How often it is held, when its own words say ("two international training courses" each year is
   * twice a year); null when they give a count with no frequency value ("three seminars a year").
   */
  frequency?: string | null;
}

// "a training programme for them": whom a pronoun stands for is no part of a name.
const PRONOUN_AUDIENCE = /\s+for\s+(?:them|it|us|you|those|these|each)$/iu;
const HEAD_SOURCE = `(?:${[...HEAD_NOUNS].join("|")})`;
const CONNECTORS = new Set(["on", "for", "of", "the", "and", "in", "against", "to", "with", "at"]);

// "(hereinafter referred to as the GG Seminar)", "(hereinafter “GG Seminar”)", "(referred to as the ITC)".
// "(commonly called the GG Seminar)", "(usually known as …)", "(also called …)" too.
const HEREINAFTER = /^(?:hereinafter|hereafter|below)?\s*,?\s*(?:(?:(?:commonly|usually|often|generally|widely|also|simply)\s+)?(?:referred\s+to|known|called|abbreviated)\s+(?:as\s+)?)?(?:the\s+)?["“‘']?([^"“”‘’']+?)["”’']?$/i;

/**
 * The abbreviation a parenthesis gives, or undefined when it holds something else (a date, a place, a
 * remark): its first word has two capitals ("GG Seminar", "ITC", "GG16", "PIC Programme") and it has at
 * most four words.
 */
export function abbreviationIn(paren: string): string | undefined {
  // "(Crim-AP for short)": the letters, without the remark.
  const inner = (HEREINAFTER.exec(paren.trim())?.[1]?.trim() ?? paren.trim()).replace(/\s+(?:for\s+short|in\s+short|for\s+brevity)$/iu, "");
  const words = inner.split(/\s+/);
  // "Crim-AP": a hyphen may join the letters.
  // Letters, not a capitalised hyphenated word: "(Counter-Narcotics and Border Control)" is a subject.
  if (words.length > 4 || !/^[A-Z][A-Za-z&-]*[A-Z][A-Za-z&]*\d{0,4}$/.test(words[0]!) || !/[A-Z]{2}|[A-Z]\d/.test(words[0]!)) return undefined;
  return inner;
}

function splitAbbreviation(inner: string): { name: string; abbreviation?: string } {
  const match = /^(.*?)\s*\(([^()]{1,80})\)$/.exec(inner.trim());
  const abbreviation = match ? abbreviationIn(match[2]!) : undefined;
  if (match && abbreviation && match[1]!.trim()) return { name: match[1]!.trim(), abbreviation };
  return { name: inner.trim() };
}

function hasHeadNoun(phrase: string): boolean {
  return phrase.split(/[^\p{L}]+/u).some((word) => headNoun(word) !== undefined);
}

// Small words an organisation's initials skip: "United Nations Asia and Far East Institute" → UNAFEI.
const SKIPPED_IN_INITIALS = /^(?:of|for|and|the|on|in|to|at|&)$/iu;

/**
 * The programme's own name when the letters in parentheses after "<programme> of <body>" spell the
 * body, not the programme: "International Training Courses of the United Nations Asia and Far East
 * Institute for the Prevention of Crime and the Treatment of Offenders" with "UNAFEI" → "International
 * Training Courses". Undefined when the letters are the programme's own ("… Seminar on Good Governance
 * … (GG Seminar)") or no "of"/"by" introduces a body.
 */
export function bodyAbbreviatedIn(name: string, letters: string): string | undefined {
  if (!/^[A-Z]{2,10}$/u.test(letters)) return undefined;
  const words = name.split(/\s+/u);
  for (let at = 1; at < words.length - 1; at++) {
    if (!/^(?:of|by)$/u.test(words[at]!)) continue;
    if (initialsOf(words.slice(at + 1)).startsWith(letters) && !initialsOf(words.slice(0, at)).startsWith(letters)) return words.slice(0, at).join(" ");
  }
  return undefined;
}

/**
 * Whether capital letters alone could abbreviate a name: they are one of its words ("UNCAC" in "UNCAC
 * Training Programme") or each begins one of its words, in order ("NLF": ASEAN–G7 Next Leaders Forum).
 * Anything else than letters alone ("GG Seminar", "Crim-AP") is not tested.
 */
export function lettersFitName(letters: string, name: string): boolean {
  if (!/^[A-Z]{2,10}$/u.test(letters)) return true;
  const words = name.split(/[\s\-–—/]+/u).filter(Boolean);
  if (words.some((word) => word.replace(/['’]s$/u, "") === letters)) return true;
  let at = 0;
  for (const word of words) if (at < letters.length && word[0] === letters[at]) at++;
  return at === letters.length;
}

function initialsOf(words: readonly string[]): string {
  return words.filter((word) => !SKIPPED_IN_INITIALS.test(word)).map((word) => word[0]).join("");
}

/**
 * Whether a capitalised name names a programme: its last head noun ends it or is followed by what the
 * programme is on or for ("Criminal Justice Forum for Asia and the Pacific"). "… Criminal Justice
 * Programme Network" names a network of institutes, not a programme.
 */
function namesProgramme(name: string): boolean {
  return wordsNameProgramme(name.split(/\s+/u));
}

/** `namesProgramme` for a name already cut into words. */
export function wordsNameProgramme(words: readonly string[]): boolean {
  const last = words.findLastIndex((word) => headNoun(word.replace(/[^\p{L}]+/gu, "")) !== undefined);
  if (last < 0 || !(last === words.length - 1 || CONNECTORS.has(words[last + 1]!.toLowerCase()))) return false;
  const before = words.slice(0, last);
  if (headNoun(words[last]!.replace(/[^\p{L}]+/gu, "")) === "meeting" && !namesMeetingSeries(before)) return false;
  // "Côte d’Ivoire’s National Institute of Judicial Training (INFJ)", "the Centre for Legal Training":
  // a body named for what it does, not a course.
  if (before.some((word, i) => BODY_NOUN.test(word) && /^(?:of|for)$/iu.test(words[i + 1] ?? ""))) return false;
  // "the United Nations Development Programme", "the World Food Programme": a body, not a course.
  return !BODY_PROGRAMME.test(words.join(" "));
}

const BODY_NOUN = /^(?:Institutes?|Institution|Agency|Ministry|Commission|Office|Centre|Center|Department|Bureau|Academy|School|College|University|Council|Authority|Directorate|Foundation|Association)$/u;

const BODY_PROGRAMME = /^(?:the\s+)?(?:United\s+Nations|UN|World)\s+(?!.*\b(?:Training|Seminar|Course|Forum|Workshop)\b).*\bProgramme$/iu;

// "Legal Technical Assistance Liaison Meeting" is a meeting held as a programme; a meeting of
// ministers, leaders or states parties is a diplomatic event ("the first G20 Anti-Corruption
// Ministers Meeting"), and "the Second Expert Meeting" names too little to be a series.
const NOT_A_PROGRAMME_MEETING = /^(?:ministers?['’]?|ministerial|summit|leaders|heads|parties|senior|officials|high-level|board|executive|general|plenary|annual)$/iu;

/** Whether the words before "Meeting" make a programme's proper name: two capitalised words at least, none of a diplomatic meeting. */
export function namesMeetingSeries(before: readonly string[]): boolean {
  const capitalised = before.filter((word) => /^[\p{Lu}\p{N}]/u.test(word) && parseOrdinal(word) === undefined && !/^the$/iu.test(word));
  return capitalised.length >= 2 && !before.some((word) => NOT_A_PROGRAMME_MEETING.test(word));
}

// "gave a keynote lecture entitled “…”": a talk given at an event, not a programme.
const GAVE_A_TALK = /\b(?:gave|give|gives|giving|delivered|deliver|delivers|delivering|presented)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:lecture|talk|speech|address|presentation)\s+(?:titled|entitled|called)\s*[:,]?\s*$/iu;
// "a seminar titled “…”", "an annual course entitled '…'".
const TITLED = new RegExp(`\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,4}?${HEAD_SOURCE}s?\\s+(?:titled|entitled|called|named|known\\s+as)\\s*[:,]?\\s*$`, "iu");

// "an international training course on the criminal justice response to corruption" before "since"/a frequency.
const NAMED_AS = /^(?:[\p{L}-]+\s+){0,3}?(?:seminar|course|programme|program|training|forum|workshop)\s+(?:named|called|entitled|titled|known\s+as)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+)+)$/u;
const DESCRIBED = new RegExp(
  // Not "a seminar of this kind": a reference to one named before, no description of a programme.
  // What it is on or for ends before a relative clause or a colon: "a criminal justice training programme
  // for eight countries of West and Central Africa where French is the official language …: Côte d'Ivoire, …".
  `\\b(?:a|an)\\s+((?:[\\p{L}-]+\\s+){0,5}?${HEAD_SOURCE})(?!\\s+(?:of\\s+(?:this|that|the\\s+same)\\s+(?:kind|type|sort)|like\\s+(?:this|it)))((?:\\s+(?:on|for|in|of|concerning|against|to)\\s+[^,;:.()“”"]{3,200}?)?)` +
  // …and before the verb of a passive: "a regional seminar on … for the countries of Southeast Asia has been convened by UNAFEI once a year"
  // (not "… has been offered to French-speaking African countries": whom it is for, see OFFERED_TO).
  `(?=\\s+(?:since|every|each\\s+year|annually|biennially|yearly|twice|once\\s+(?:a|every|each)|regularly)\\b|\\s+(?:has|have|had|is|are|was|were)\\s+(?:been\\s+|being\\s+)?(?:convened|held|organi[sz]ed|run|hosted|conducted|offered|given|staged)\\b(?!\\s+(?:to|for)\\b)|\\s+(?:where|whose|who|whom|that|which)\\s|\\s*[,;:.(]|\\s*$)`,
  "giu",
);
// A description without an article, right after a verb of holding or an "and", and right before its
// frequency or since-year: "It holds international training three times a year and training on
// corruption control in criminal justice once a year". Only with what it is about ("on …"): a bare
// "training" names nothing.
const DESCRIBED_BARE = new RegExp(
  `(?<=\\b(?:holds|held|runs|ran|conducts|conducted|organi[sz]es|organi[sz]ed|offers|offered|provides|provided|hosts|hosted|and)\\s+)` +
  `((?:[\\p{Ll}-]+\\s+){0,3}?${HEAD_SOURCE}s?)(\\s+(?:on|for|in|concerning|against)\\s+[^,;.()“”"]{3,120}?)` +
  `(?=\\s+(?:since\\s+(?:19|20)\\d{2}|every\\s+(?:fiscal\\s+)?year|each\\s+year|annually|yearly|biennially|twice\\s+a\\s+year|once\\s+(?:a|every|each)\\s+(?:fiscal\\s+)?year)\\b)`,
  "gu",
);
// "Each year it runs two international training courses and one international senior seminar",
// "holds biannual international training courses": a description counted or qualified by how often,
// in a sentence that says the programmes recur. Without an article, so DESCRIBED does not take it.
const COUNTED = new RegExp(
  `(?<![\\p{L}-])(one|two|three|four|a\\s+single|biannual|semi-annual|annual|yearly|biennial)\\s+((?:[\\p{Ll}-]+\\s+){0,3}?${HEAD_SOURCE})s?(?![\\p{L}])((?:\\s+(?:on|for|in|concerning|against)\\s+[^,;.()“”"]{3,120}?)?)` +
  `(?=\\s*(?:[,;.]|$)|\\s+(?:and|every|each|annually|a\\s+year|per\\s+year|yearly|for|in\\s+(?:Japan|Tokyo)|at)\\b)`,
  "gu",
);
const COUNTED_FREQUENCY: Readonly<Record<string, string | null>> = {
  one: "annual", "a single": "annual", two: "twice a year", three: null, four: null,
  biannual: "twice a year", "semi-annual": "twice a year", annual: "annual", yearly: "annual", biennial: "biennial",
};
// A count means "a year" only where the sentence says so; an adjective says it by itself.
const YEARLY = /\b(?:every|each|a|per)\s+year\b|\bannually\b|\byearly\b/iu;
const TIME_WORD = /^(?:year|month|week|day|time)s?\b/iu;
const NO_DESCRIPTION_START = /^(?:a|an|the|this|these|those|such|its|their|his|her|our|other|many|several|some|various|each|every)\s/u;
// A name given after a comma: "…, known as the GG seminar", "…, commonly called the GG Seminar", "…,
// which most people simply call the GG Seminar", "…, known abroad as the UNCAC Training Programme". The
// short name is letters and one or two head nouns.
const CALLED = new RegExp(`,\\s*(?:(?:which|that)\\s+(?:is\\s+)?(?:[\\p{L}]+\\s+){0,3}?)?(?:(?:commonly|also|often|generally|usually|simply|widely|popularly|informally)\\s+)*(?:known(?:\\s+(?:abroad|internationally|overseas|in\\s+English|outside\\s+Japan))?\\s+as|called|calls?|referred\\s+to\\s+as|abbreviated\\s+(?:to|as))\\s+(?:the\\s+)?["“‘]?([A-Z]{2,8}(?:\\s+${HEAD_SOURCE}s?){1,2})\\b["”’]?`, "giu");
const AUDIENCE = /\s+for\s+(?:[\p{L}-]+\s+){0,3}?(?:practitioners|officials|participants|prosecutors|judges|officers|personnel|professionals)\b.*$/u;
// A sentence opening "For <a region or people>," (capitalised: not "For example," "For this reason,").
// "since 2014 a criminal justice training programme has been offered to French-speaking African
// countries": the programme, passive, with whom it is for after "to".
const OFFERED_TO = new RegExp(`\\b[Aa]n?\\s+((?:[\\p{Ll}-]+\\s+){0,4}?${HEAD_SOURCE})\\s+(?:has|have)\\s+been\\s+(?:offered|given|provided|held|run|organi[sz]ed)\\s+(?:to|for)\\s+((?:the\\s+)?[^,;.()]{3,80}?)(?=\\s*(?:[,;.]|$|\\s+(?:since|every|each|annually|once|twice)\\b))`, "gu");
const FRONTED_FOR = /^For\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4}),\s/u;
const FREQUENCY_ADJECTIVES = /^(?:annual|yearly|biennial|regular|new)\s+/i;

/** Series defined or described in one sentence; `recurring` is `statesRecurrence(sentence)`, when known. */
export function findSeriesDefinitions(sentence: string, recurring = statesRecurrence(sentence)): SeriesDefinition[] {
  const found: SeriesDefinition[] = [];
  const quotes = findQuoted(sentence);
  for (const quote of quotes) {
    if (!TITLED.test(sentence.slice(0, quote.start)) || GAVE_A_TALK.test(sentence.slice(0, quote.start))) continue;
    const { name, abbreviation } = splitAbbreviation(quote.inner);
    found.push({ kind: "titled", name, ...(abbreviation ? { abbreviation } : {}), start: quote.start, end: quote.end });
  }
  // "… every year since 2007 (hereinafter referred to as the GG Seminar)": an abbreviation for the
  // series described earlier in the sentence, not for the words right before it. "a training course
  // on … corruption (UNCAC Training Programme)": the proper name of the description right before it.
  const hereinafter: Array<{ abbreviation: string; at: number; adjacent: boolean }> = [];
  for (const paren of allMatches(/\(([^()]{1,80})\)/g, sentence)) {
    const given = abbreviationIn(paren[1]!);
    if (insideQuote(quotes, paren.index) || !given) continue;
    const name = capitalisedRunBefore(sentence, paren.index);
    if (!name || !namesProgramme(name)) hereinafter.push({ abbreviation: given, at: paren.index, adjacent: !/^\s*(?:hereinafter|hereafter)\b/i.test(paren[1]!) });
    if (!name || !namesProgramme(name)) continue;
    // "the International Training Courses of the United Nations Asia and Far East Institute … (UNAFEI)":
    // the letters spell the body the courses are of, so the programme's name ends before it.
    const body = bodyAbbreviatedIn(name, given);
    if (body !== undefined) {
      if (namesProgramme(body)) found.push({ kind: "named", name: body, start: paren.index - name.length - 1, end: paren.index - name.length - 1 + body.length });
      continue;
    }
    // "(GG16)" abbreviates an edition; the series' own abbreviation is its letters.
    const abbreviation = given.replace(/^([A-Z][A-Za-z]*)[\s-]?\d{1,4}$/, "$1");
    // "UNCAC Training Programme (UNAFEI)", a page title: letters the name's words do not begin are
    // where the programme is, not what it is called.
    if (!lettersFitName(abbreviation, name)) {
      found.push({ kind: "named", name, start: paren.index - name.length - 1, end: paren.index - 1 });
      continue;
    }
    found.push({ kind: "named", name, abbreviation, start: paren.index - name.length - 1, end: paren.index + paren[0].length });
  }
  // "… is, of course, the Regional Seminar on Good Governance for Southeast Asian Countries, which many of
  // you simply call the GG Seminar": a proper name given a short one defines the series, recurring or not.
  if (/\b(?:call|calls|called|known|referred|abbreviated)\b/u.test(sentence)) {
    for (const called of allMatches(CALLED, sentence)) {
      const name = capitalisedRunBefore(sentence, called.index);
      if (!name || !namesProgramme(name) || insideQuote(quotes, called.index)) continue;
      const start = sentence.lastIndexOf(name, called.index);
      if (start < 0 || found.some((def) => start < def.end && def.start < called.index)) continue;
      found.push({ kind: "named", name, abbreviation: called[1]!.replace(/s$/u, ""), start, end: start + name.length });
    }
  }
  if (recurring) {
    for (const match of allMatches(DESCRIBED, sentence)) {
      if (insideQuote(quotes, match.index) || found.some((def) => match.index < def.end && def.start < match.index + match[0].length)) continue;
      // "three times a year and training on …": the "a" of "a year", not of a description.
      if (TIME_WORD.test(match[1]!)) continue;
      // "the UNCAC Training Programme, a course on corruption that UNAFEI holds every year": a
      // description of the series just named, not another one.
      const named = capitalisedRunBefore(sentence, sentence.slice(0, match.index).replace(/,\s*$/u, "").length);
      if (/,\s*$/u.test(sentence.slice(0, match.index)) && named && hasHeadNoun(named)) continue;
      // Without its audience: "… to corruption for criminal justice practitioners of developing countries".
      // "For French-speaking Africa, UNAFEI has run a criminal justice training since 2014": the fronted
      // phrase says whom the training is for, and is part of what names it.
      const fronted = match[2] ? undefined : FRONTED_FOR.exec(sentence.slice(0, match.index))?.[1];
      const name = `${match[1]!}${match[2]!}${fronted ? ` for ${fronted}` : ""}`.replace(FREQUENCY_ADJECTIVES, "").replace(AUDIENCE, "").replace(PRONOUN_AUDIENCE, "").trim();
      // "an annual seminar, the Regional Seminar on …": a head noun alone describes no particular series.
      if (name.split(/[^\p{L}]+/u).every((word) => !word || GENERIC_WORDS.has(word.toLowerCase()))) continue;
      // "a seminar named the Regional Seminar on Good Governance for Southeast Asian Countries": its name, given.
      const given = NAMED_AS.exec(name);
      if (given && namesProgramme(given[1]!)) {
        const start = match.index + match[0].indexOf(given[1]!);
        found.push({ kind: "named", name: given[1]!, start, end: start + given[1]!.length });
        continue;
      }
      found.push({ kind: "described", name, start: match.index, end: match.index + match[0].length });
    }
  }
  if (recurring) {
    for (const match of allMatches(COUNTED, sentence)) {
      if (insideQuote(quotes, match.index) || found.some((def) => match.index < def.end && def.start < match.index + match[0].length)) continue;
      const counted = match[1]!.toLowerCase().replace(/\s+/gu, " ");
      if (/^(?:one|two|three|four|a single)$/u.test(counted) && !YEARLY.test(sentence)) continue;
      // "one further international training course": another course than the one of that name.
      if (/^(?:further|additional|more|new|other|extra|separate)\s/iu.test(match[2]!)) continue;
      const head = match[2]!.replace(/(\p{L}+)$/u, (word) => headNoun(word) ?? word);
      const name = `${head}${match[3]!}`.replace(AUDIENCE, "").replace(PRONOUN_AUDIENCE, "").trim();
      // "two training courses" names nothing; "two international training courses" names the ITC.
      const words = name.split(/[^\p{L}]+/u).filter(Boolean);
      if (words.length < 3 && words.every((word) => GENERIC_WORDS.has(word.toLowerCase()))) continue;
      found.push({ kind: "described", name, start: match.index, end: match.index + match[0].length, frequency: COUNTED_FREQUENCY[counted] ?? null });
    }
    for (const match of allMatches(OFFERED_TO, sentence)) {
      if (insideQuote(quotes, match.index) || found.some((def) => match.index < def.end && def.start < match.index + match[0].length)) continue;
      const name = `${match[1]!} for ${match[2]!}`.replace(FREQUENCY_ADJECTIVES, "").trim();
      if (match[1]!.split(/[^\p{L}]+/u).every((word) => !word || GENERIC_WORDS.has(word.toLowerCase()))) continue;
      found.push({ kind: "described", name, start: match.index, end: match.index + match[0].length });
    }
    for (const match of allMatches(DESCRIBED_BARE, sentence)) {
      if (NO_DESCRIPTION_START.test(match[0]) || insideQuote(quotes, match.index) || found.some((def) => match.index < def.end && def.start < match.index + match[0].length)) continue;
      // In the singular, as other names are: "workshops on juvenile justice" → "workshop on …".
      const head = match[1]!.replace(/(\p{L}+)$/u, (word) => headNoun(word) ?? word);
      const name = `${head}${match[2]!}`.replace(AUDIENCE, "").replace(PRONOUN_AUDIENCE, "").trim();
      if (name.split(/[^\p{L}]+/u).every((word) => !word || GENERIC_WORDS.has(word.toLowerCase()))) continue;
      found.push({ kind: "described", name, start: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (const { abbreviation, at, adjacent } of hereinafter) {
    const named = found.filter((def) => def.end <= at).pop();
    if (!named || named.abbreviation || (adjacent && sentence.slice(named.end, at).trim() !== "")) continue;
    named.abbreviation = abbreviation;
  }
  return found;
}

/**
 * The short name set off by commas or dashes right after a series' name (", the GG Seminar,", ', the
 * "GG Seminar",', " – the “GG Seminar” –"), or undefined.
 */
export function appositiveShortName(after: string): string | undefined {
  const match = /^\s*[,–—]\s*(?:the\s+)?["“‘']?([A-Z]{2,8}\s+(\p{L}+))["”’']?\s*[,;.)–—]/u.exec(after);
  return match && headNoun(match[2]!) ? match[1] : undefined;
}

function insideQuote(quotes: readonly QuotedSpan[], at: number): boolean {
  return quotes.some((quote) => at >= quote.start && at < quote.end);
}

const LEADING_DETERMINER = /^(?:Its|Their|Our|His|Her|This|That|These|Those|Each|Every|Both|All)$/u;

/** The run of capitalised words (with connectors) that ends right before `at`, leading ordinal and "the" dropped. */
function capitalisedRunBefore(text: string, at: number): string | undefined {
  const words = text.slice(0, at).trimEnd().split(/\s+/);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    // "ASEAN–G7" with an en dash is one word of a name.
    if (/^[\p{Lu}][\p{L}\p{N}'’\u2013-]*$/u.test(word) || (CONNECTORS.has(word) && run.length > 0)) run.unshift(word);
    else break;
  }
  while (run.length > 0 && (CONNECTORS.has(run[0]!.toLowerCase()) || /^(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+(?:th|st|nd|rd))$/.test(run[0]!) && !headNoun(run[0]!))) run.shift();
  // Leading ordinal words ("Fifteenth") are edition numbers, not part of the name.
  while (run.length > 0 && /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\p{Lu}\p{Ll}+teenth|\p{Lu}\p{Ll}+tieth|(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-\p{Ll}+)$/u.test(run[0]!)) run.shift();
  while (run.length > 0 && CONNECTORS.has(run[run.length - 1]!)) run.pop();
  // "Its Regional Seminar on …", "UNAFEI's Good Governance Seminar": whose programme it is, not its name.
  while (run.length > 0 && (LEADING_DETERMINER.test(run[0]!) || /['’]s$/u.test(run[0]!))) run.shift();
  return run.length >= 2 ? run.join(" ") : undefined;
}

// A word every since-year below holds: most sentences have none, and the long pattern need not run.
const SINCE_HINT = /since|first|initially|launched|started|introduced|inaugurated|began|onward/i;
// …and the year: SINCE_YEAR and BEGAN_NAMED cannot match without one ("first" alone is common).
const YEAR_DIGITS = /(?:19|20)\d{2}/u;

/** "since 1998", "since FY2007" → the year. */
export function findSinceYear(sentence: string): { year: number; text: string } | undefined {
  return sinceYearsIn(sentence)[0];
}

// "since 1998", "since FY2007", "since January of Heisei 12 (2000)", "first held in 2007", "launched in 2013", "started, in 2013,", "from
// 2002 onwards", "its first international training course in (September) 1962", "ever since it held
// the first seminar in Thailand in 2007", "Since the first seminar, held in Thailand in 2007, …". One pattern, global: read with
// `allMatches`, so that each series of a sentence can take the nearest.
const SINCE_YEAR = /\bsince\s+(?:FY\s?|fiscal\s+year\s+|fiscal\s+|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?(?:(?:Showa|Heisei|Reiwa)\s+\d{1,2}\s*\(\s*)?)?((?:19|20)\d{2})\b|\b(?:first|initially)\s+(?:held|launched|organi[sz]ed|conducted|started|introduced)\s+in\s+(?:FY\s?)?((?:19|20)\d{2})\b|\b(?:launched|started|introduced|inaugurated|began)\s*,?\s+in\s+(?:FY\s?)?((?:19|20)\d{2})\b|\bfrom\s+(?:FY\s?)?((?:19|20)\d{2})\s+onwards?\b|\bsince\s+(?:(?:it|they|UNAFEI|the\s+(?:institute|ministry))\s+(?:first\s+)?(?:held|hosted|organi[sz]ed|ran|convened)\s+)?(?:the|its)\s+first\s+(?:[\p{L}-]+\s+){0,4}?(?:seminar|course|programme|program|training|workshop|forum)s?\b[^.;]{0,60}?\bin\s+((?:19|20)\d{2})\b|\bits\s+first\s+(?:[\p{L}-]+\s+){0,4}?(?:seminar|course|programme|program|training|workshop)s?\s+in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?)?(?:FY\s?)?((?:19|20)\d{2})\b/giu;

const FREQUENCIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:every|each)\s+fiscal\s+year\b/i, "every fiscal year"],
  [/\b(?:biennially|biennial|every\s+(?:two|other)\s+years?)\b/i, "biennial"],
  [/\b(?:triennially|triennial|every\s+three\s+years)\b/i, "triennial"],
  [/\b(?:twice\s+a\s+year|twice\s+yearly|semi-annual(?:ly)?|biannual(?:ly)?|two\s+(?:sessions|seminars|courses|trainings|editions)\s+(?:a|per|each)\s+year)\b/i, "twice a year"],
  // "one session a year": how many of its own editions a year, as "once a year" says.
  [/\b(?:annually|annual|every\s+year|each\s+year|yearly|once\s+a\s+year|(?:one|a\s+single)\s+(?:session|seminar|course|training|edition)\s+(?:a|per|each)\s+year)\b/i, "annual"],
  [/\bquarterly\b/i, "quarterly"],
];

// A word every frequency above holds ("semi-annual" and "biannual" hold "annual"): one test instead of six.
const FREQUENCY_HINT = /annual|year|bienni|trienni|quarterly/i;

// Every since-year and frequency holds one of these words (SINCE_HINT and FREQUENCY_HINT in one test).
const RECURRENCE_HINT = /since|first|initially|launched|started|introduced|inaugurated|began|onward|annual|year|bienni|trienni|quarterly/i;

/** True when a sentence states a since-year or a frequency: a series it describes recurs. */
export function statesRecurrence(sentence: string): boolean {
  return RECURRENCE_HINT.test(sentence) && (findSinceYear(sentence) !== undefined || findFrequency(sentence) !== undefined);
}

/** "annually", "every year" → "annual"; "every fiscal year"; "biennially" → "biennial". */
export function findFrequency(sentence: string): string | undefined {
  if (!FREQUENCY_HINT.test(sentence)) return undefined;
  for (const [pattern, word] of FREQUENCIES) {
    const match = pattern.exec(sentence);
    if (match && !OF_SOMETHING_ELSE.test(sentence.slice(Math.max(0, match.index - 24), match.index))) return word;
  }
  return undefined;
}

// "the host country changing every two years", "rotating annually": how often something about the
// series changes, not how often it is held.
const OF_SOMETHING_ELSE = /\b(?:chang(?:es|ed|ing)|rotat(?:es|ed|ing)|alternat(?:es|ed|ing)|mov(?:es|ed|ing)|elected|renewed|revised|updated|reviewed)\s+$/iu;

const ACRONYM = "[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*";
const ORGANISE_VERBS = "has|have|had|also|annually|regularly|held|holds|organi[sz]es|organi[sz]ed|conducts|conducted|hosts|hosted|runs|ran|implements|implemented|provides|provided|offers|offered|convenes|convened";
// (Not "through voluntary contributions to the United Nations Office … (UNODC)": that funds a body.)
const THROUGH = new RegExp(`\\b[Tt]hrough\\s+(?:the\\s+)?(?:(?!(?:[\\p{L}-]+\\s+){0,2}?(?:contributions?|funding|donations?|grants?|payments?|financial|funds?)\\b)[^,;()]{3,160}?\\s*\\((${ACRONYM})\\)|(${ACRONYM})\\b)`, "u");
// …"organized every year by", "held annually by" too.
const BY = new RegExp(`\\b(?:organi[sz]ed|hosted|conducted|held|run|implemented|co-organi[sz]ed|co-hosted|convened|offered|provided)\\s+(?:(?:every|each|once\\s+a)\\s+year\\s+|annually\\s+|jointly\\s+|together\\s+)?by\\s+(?:the\\s+)?((?:[\\p{Lu}][\\p{L}'’-]*)(?:\\s+(?:of|for|and|the|on|[\\p{Lu}][\\p{L}'’-]*))*)(?:\\s*\\((${ACRONYM})\\))?`, "u");
// Also after a leading date: "Since fiscal year 2007 UNAFEI has organised, once every year, …".
// And with its full name first: "Since 2014 the United Nations Asia and Far East Institute … (UNAFEI) has been conducting …".
const SUBJECT = new RegExp(`(?:^|[,;:]\\s*|\\band\\s+|^(?:Since|From|In)\\s+(?:(?:fiscal\\s+year|FY)\\s*)?(?:19|20)\\d{2},?\\s+)(?:(?:the\\s+)?\\p{Lu}[^,;()]{3,160}?\\s*\\()?(${ACRONYM})\\)?(?:['’]s)?\\s+(?:${ORGANISE_VERBS}|been\\s+(?:conducting|holding|organi[sz]ing|running|hosting))\\b`, "u");
// "JICA and UNAFEI run the Criminal Justice Training for French-Speaking Africa together": two bodies
// as the subject of a verb of holding in the plural.
const JOINT_SUBJECT = new RegExp(`(?:^|[,;:]\\s*)((?:the\\s+)?${ACRONYM}\\s+and\\s+(?:the\\s+)?${ACRONYM})\\s+(?:(?:jointly|together|also)\\s+)?(?:run|hold|organi[sz]e|conduct|host|convene|co-host|have\\s+(?:(?:jointly|together|also)\\s+)?(?:run|held|organi[sz]ed|conducted|hosted|convened))\\b`, "u");
const PROGRAMME_WORDS = new RegExp(`\\b(?:${HEAD_SOURCE}s?|trainings?|courses?)\\b`, "i");
const BY_WORD = /\sby\s/;
const IT_HELD_BY = /^(?:It|They)\s+(?:has|have|had)\s+been\s+(?:organi[sz]ed|conducted|held|run|hosted|convened|offered|implemented)\s+(?:(?:every|each|once\s+a)\s+year\s+|annually\s+|jointly\s+)?by\b/u;
// What ACRONYM matches, anywhere: THROUGH (without a parenthesis) and SUBJECT cannot match without it.
const ACRONYM_WORD = new RegExp(ACRONYM);

/**
 * The organisation that runs the programmes a sentence talks about: "through the … (UNAFEI)",
 * "organised by …", "UNAFEI has held …". Countries are donors, not organisers, and are skipped.
 */
const RELATIVE_HOLDER = /(?:,\s+which|,?\s+that|\s+where(?:ver)?)\s+((?:the\s+)?[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\s+(?:has|have|had)\s+(?:(?:also|jointly|successfully)\s+)?(?:been\s+)?(?:held|hosted|organi[sz]ed|run|conducted|convened|holding|hosting|organi[sz]ing|running|conducting)\b/u;

export function findOrganiser(sentence: string): string | undefined {
  const candidates: string[] = [];
  // Each pattern is tried only when the sentence holds the words it cannot match without.
  const acronym = ACRONYM_WORD.test(sentence);
  const through = (acronym || sentence.includes("(")) && sentence.includes("hrough") ? THROUGH.exec(sentence) : null;
  if (through) candidates.push(through[1] ?? through[2]!);
  // "UNAFEI … is run by the Ministry of Justice" says who runs the institute, not a programme.
  // …but "It has been conducted by UNAFEI together with JICA since 2014", right after the programme's
  // name, says who has held it, as its years tell.
  const aboutProgramme = PROGRAMME_WORDS.test(sentence) || (IT_HELD_BY.test(sentence) && statesRecurrence(sentence));
  const by = BY_WORD.test(sentence) && aboutProgramme ? BY.exec(sentence) : null;
  // "held by the Ministry of Justice and the United Nations Office on Drugs and Crime (UNODC)": both
  // bodies, not only the one whose letters close the run.
  const byBodies = by?.[1]!.replace(/\s+(?:and|the|of|for|on)$/, "");
  if (by) candidates.push(by[2] && !/\sand\s+the\s/u.test(byBodies!) ? by[2] : by[2] ? `${byBodies} (${by[2]})` : byBodies!);
  const joint = acronym && PROGRAMME_WORDS.test(sentence) ? JOINT_SUBJECT.exec(sentence) : null;
  if (joint) candidates.push(joint[1]!);
  const subject = acronym && PROGRAMME_WORDS.test(sentence) ? SUBJECT.exec(sentence) : null;
  if (subject) candidates.push(subject[1]!);
  // "It is the Regional Seminar on …, which UNAFEI has held once a year since 2007".
  const relative = acronym ? RELATIVE_HOLDER.exec(sentence) : null;
  if (relative) candidates.push(relative[1]!);
  // "…, which the Ministry of Justice holds with UNODC to follow up …".
  const whichHolds = sentence.includes("which") ? findRelativeHolder(sentence) : undefined;
  if (whichHolds) candidates.push(whichHolds.value);
  // "The Ministry of Justice therefore decided to hold, jointly with UNODC, the … Forum".
  const decided = /decided|agreed|began|started|resolved/u.test(sentence) ? findDecidedHolder(sentence) : undefined;
  if (decided) candidates.push(decided.value);
  const holder = /\b(?:holds|hosts|organi[sz]es|runs|convenes|conducts|has|have)\b/u.test(sentence) ? findFullNameHolder(sentence) : undefined;
  if (holder) candidates.push(holder.value);
  return candidates.find((name) => !countryOrNationalBody(name) && !/^(?:Government|Ministry|Japan)\b.*\b(?:of\s+)?Japan$/.test(name) && !/^Government of /.test(name));
}

/**
 * "Japan", "Japan and Thailand", "the Governments of Japan and Viet Nam", "the Ministry of Justice of
 * Myanmar": countries and their national bodies host an edition; they are not the series' organiser.
 */
function countryOrNationalBody(name: string): boolean {
  if (resolveCountry(name)) return true;
  const names = findCountryNames(name);
  const last = names[names.length - 1];
  if (!last) return false;
  if (last.end === name.length && /\bof\s+(?:the\s+)?$/.test(name.slice(0, last.start))) return true;
  let rest = name;
  for (const country of [...names].reverse()) rest = rest.slice(0, country.start) + rest.slice(country.end);
  return /^(?:\s|,|and|the|Governments?|of|&)*$/i.test(rest);
}

/**
 * Gives the definitions a sentence makes the short names it adds after a comma ("…, known as the GG
 * seminar"): each to the definition that ends right before it. `definitions` are changed in place.
 */
export function attachCalledNames(sentence: string, definitions: SeriesDefinition[]): void {
  for (const called of allMatches(CALLED, sentence)) {
    const named = definitions.filter((def) => def.end <= called.index && sentence.slice(def.end, called.index).trim() === "").pop();
    if (!named || named.abbreviation) continue;
    named.abbreviation = called[1]!.replace(/s$/u, "");
  }
}

// "UNAFEI and JICA began the Criminal Justice Training for French-Speaking Africa in 2014": a proper
// name between the verb of starting and the year, capitals and joining words only (case matters here,
// so not in SINCE_YEAR: "started the training of prosecutors in 2014" dates no series).
const BEGAN_NAMED = /\b(?:[Ll]aunched|[Ss]tarted|[Ii]naugurated|[Bb]egan|[Bb]egun|[Ii]nitiated)\s+the\s+(?!(?:First|Second|Third)\b)(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:on|for|of|and|in|against|the)\s+)*){1,12}?in\s+(?:FY\s?)?((?:19|20)\d{2})\b/gu;

/** Every since-year of a text, with where it stands: "Since 2000 … and since 2007 …". */
const BASED_BEFORE = /\b(?:based|located|housed|headquartered|situated|stationed|moved|relocated)(?:\s+(?:in|at|there|here)(?:\s+[\p{L}-]+){0,4})?\s*,?\s*$/iu;

export function sinceYearsIn(text: string): Array<{ year: number; text: string; start: number }> {
  if (!SINCE_HINT.test(text) || !YEAR_DIGITS.test(text)) return [];
  const out: Array<{ year: number; text: string; start: number }> = [];
  for (const match of [...allMatches(SINCE_YEAR, text), ...allMatches(BEGAN_NAMED, text)]) {
    // "…, where UNAFEI has been based since October 2017": how long a body has been somewhere.
    if (BASED_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    out.push({ year: Number(match.slice(1).find((group) => group !== undefined)), text: match[0], start: match.index });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every frequency of a text, with where it stands: "biannual … courses and … a seminar every year". */
export function frequenciesIn(text: string): Array<{ value: string; start: number; end: number }> {
  if (!FREQUENCY_HINT.test(text)) return [];
  const out: Array<{ value: string; start: number; end: number }> = [];
  // "every year … held the International Training Course twice and the International Senior Seminar once".
  if (/\b(?:every|each)\s+year\b|\bannually\b/iu.test(text)) {
    for (const match of allMatches(/\b(twice|once|three\s+times)\b(?!\s+(?:a|per|every|each)\b)/giu, text)) {
      const times = match[1]!.toLowerCase();
      if (times === "three times") continue;
      out.push({ value: times === "twice" ? "twice a year" : "annual", start: match.index, end: match.index + match[0].length });
    }
  }
  for (const [pattern, value] of FREQUENCIES) {
    for (const match of allMatches(new RegExp(pattern.source, "gi"), text)) {
      if (OF_SOMETHING_ELSE.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
      if (out.some((known) => match.index < known.end && known.start < match.index + match[0].length)) continue;
      out.push({ value, start: match.index, end: match.index + match[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
