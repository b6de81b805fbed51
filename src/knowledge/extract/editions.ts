// Numbered editions: "the 23rd UNCAC training programme", "the Fifteenth Regional Seminar on Good
// Governance for Southeast Asian Countries", "the 175th … and the 176th international training
// course", "the 23rd and 24th UNCAC Training Programmes", "GG8", "(GG16)".
import { ORDINAL_SOURCE, parseOrdinal } from "../ordinals.js";
import { headNoun, namesMeetingSeries } from "./series.js";
import { allMatches, findQuoted, MONTH_SOURCE } from "./text.js";

export interface EditionMention {
  ordinal: number;
  /** As written: "23rd", "Fifteenth", "GG8". */
  ordinalText: string;
  /** The series as the mention names it, head noun in the singular: "UNCAC training programme", "GG". */
  seriesPhrase: string;
  /**
   * A spelled-out ordinal before a name in lower case ("the first training course") or a bare head noun
   * ("the 20th seminar"): an edition only if the paragraph or another document defines that series.
   */
  weak: boolean;
  /** Letters of an abbreviated edition: "GG" from "GG8" or "(GG16)". */
  acronym?: string;
  /**
   * A weak mention's name read on through what it is about, in lower case: "seminar on criminal justice
   * for French-speaking African countries" after "the fifth". Such a description names a series only
   * when a definition gives the same name (see `nameSignature`), or a title gives it to one edition.
   */
  description?: string;
  /** Where the description ends in the sentence. */
  descriptionEnd?: number;
  /** Counted rather than named: "its twenty-third edition", "for the nineteenth time" (not ranks). */
  counted?: true;
  /** Counted among the programme just spoken of: "The fourth of these meetings …". */
  backReference?: true;
  /**
   * A listed edition named again further on in its sentence ("the former", "the latter", "the
   * sixteenth, which …"): what follows it is said of that edition, not of the whole list.
   */
  again?: true;
  start: number;
  end: number;
}

const ORDINAL_LIST = new RegExp(
  `(?<![\\p{L}\\p{N}])(${ORDINAL_SOURCE}(?:\\s*(?:,|and|&)\\s*(?:the\\s+)?${ORDINAL_SOURCE})*)[ \\t\\u00a0]+(?=[\\p{L}])`,
  "giu",
);
const ONE_ORDINAL = new RegExp(`(?<![\\p{L}\\p{N}])${ORDINAL_SOURCE}(?![\\p{L}\\p{N}])`, "giu");
// "ASEAN–G7" with an en dash is one word of a name; so are two bodies' letters joined by a slash
// ("the Fourth UNCRD/JICA Training Course …").
const WORD = /[ \t\u00a0]*([\p{L}\p{N}](?:[\p{L}\p{N}'’&\u2013-]|\/(?=\p{Lu}))*)/uy;

// Lower-case words that end a programme name before (or after) its head noun.
const STOP = new Set([
  "on", "in", "at", "from", "between", "with", "by", "was", "were", "is", "are", "has", "had", "have", "titled",
  "themed", "entitled", "under", "which", "that", "held", "and", "for", "of", "to", "the", "a", "an", "will",
  "would", "been", "being", "during", "since", "this", "its", "it", "as", "also", "successfully", "conducted",
  "organized", "organised", "took", "focused", "focusing", "where", "who", "via", "online", "jointly",
  // Verbs after the edition: "The 178th course heard lectures from Eurojust".
  "heard", "met", "ran", "opened", "closed", "began", "ended", "drew", "brought", "gathered", "welcomed",
  "featured", "included", "covered", "discussed", "examined", "saw", "got", "gave", "received", "attracted",
]);
// Not "in": "the 10th GG Seminar in Tokyo" names a venue, not a longer series name.
// "Global Youth Forum for a Culture of Lawfulness": "a" too, when a capitalised word follows (see below).
const CONTINUATION = new Set(["on", "for", "of", "against", "and", "the", "to", "a"]);
const MAX_CORE_WORDS = 8;

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokensFrom(text: string, from: number, limit: number): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && tokens.length < limit; match = WORD.exec(text)) {
    const word = match[1]!;
    tokens.push({ word, start: match.index + match[0].length - word.length, end: match.index + match[0].length });
  }
  return tokens;
}

const isCapitalised = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word);
/** A word in capitals of two letters or more ("ON", "FOR"), as titles in capitals write every word. */
const isShout = (word: string): boolean => word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word);

/** The programme name that starts at `from`, ending at its head noun (or a capitalised continuation). */
const DATED_LABEL = new RegExp(`^\\s*\\((?:${MONTH_SOURCE}\\s+)?(?:19|20)\\d{2}\\)`, "u");

// The fields a course can be "in": nouns of a subject, never of a place.
const SUBJECT_FIELD = /^(?:Development|Governance|Justice|Law|Management|Administration|Policy|Planning|Studies|Economics|Prevention|Corrections|Criminology|Investigation|Prosecution|Mediation|Arbitration)$/u;

export function readSeriesPhrase(text: string, from: number): { phrase: string; end: number } | undefined {
  const tokens = tokensFrom(text, from, MAX_CORE_WORDS + 12);
  let lastHead = -1;
  let coreEnd = 0;
  for (; coreEnd < tokens.length && coreEnd < MAX_CORE_WORDS; coreEnd++) {
    const word = tokens[coreEnd]!.word;
    // In a title in capitals ("THE 12TH REGIONAL SEMINAR ON GOOD GOVERNANCE …") "ON" is the "on" of
    // lower-case text: it ends the core, and the capitalised continuation below reads the rest.
    if ((!isCapitalised(word) || isShout(word)) && STOP.has(word.toLowerCase())) break;
    if (headNoun(word)) lastHead = coreEnd;
  }
  if (lastHead < 0) return undefined;
  // A meeting heads a name only when proper ("… Liaison Meeting"), or alone right after its ordinal
  // ("the 20th meeting"), which then must be of a meeting series the document names (see link.ts).
  if (headNoun(tokens[lastHead]!.word) === "meeting" && !(lastHead === 0 && tokens[0]!.word === "meeting") && !namesMeetingSeries(tokens.slice(0, lastHead).map((token) => token.word))) return undefined;
  // "the third meeting of the Ukraine Anti-Corruption Task Force", "the second meeting of the advisory
  // panel": a meeting of a body, not an edition of a meeting series.
  if (lastHead === 0 && headNoun(tokens[0]!.word) === "meeting" && tokens[1]?.word === "of") return undefined;
  let last = lastHead;
  // "Regional Seminar on Good Governance for Southeast Asian Countries": a capitalised name goes on.
  if (isCapitalised(tokens[lastHead]!.word) && coreEnd === lastHead + 1) {
    for (let i = lastHead + 1; i < tokens.length; i++) {
      const word = tokens[i]!.word;
      // "the 26th UNCAC Training Programme and the 18th GG Seminar": another edition begins.
      if (parseOrdinal(word) !== undefined) break;
      // "… for Southeast Asian Countries / Training (November 2018)": a box's title, then the kind of
      // project and its date on a line of their own, is no part of the name.
      if (headNoun(word) && DATED_LABEL.test(text.slice(tokens[i]!.end))) break;
      if (isCapitalised(word)) last = i;
      // "… Legal Technical Assistance Training in Japan for Indonesia": a place inside the name, which
      // goes on after it with whom it is for.
      else if (word === "in" && isCapitalised(tokens[i + 1]?.word ?? "") && /^(?:for|on)$/u.test(tokens[i + 2]?.word ?? "") && isCapitalised(tokens[i + 3]?.word ?? "")) continue;
      // "International Training Course in Regional Development": a field of study, not a place.
      else if (word === "in" && [tokens[i + 1], tokens[i + 2]].some((token) => token !== undefined && isCapitalised(token.word) && SUBJECT_FIELD.test(token.word))) continue;
      else if (!CONTINUATION.has(word)) break;
    }
    // No stretch without a capital: "Seminar on the theme" stops at "Seminar".
    for (let i = lastHead + 1; i <= last; i++) {
      if (!isCapitalised(tokens[i]!.word) && !isCapitalised(tokens[i + 1]?.word ?? "") && !CONTINUATION.has(tokens[i + 1]?.word ?? "")) {
        last = i - 1;
        break;
      }
    }
  }
  const words = tokens.slice(0, last + 1).map((token) => token.word);
  // The head noun in the singular, wherever it stands: "Training Programmes for Pacific Island Countries".
  const head = words[lastHead]!;
  const singular = headNoun(head);
  if (singular && singular !== head.toLowerCase()) words[lastHead] = head.charAt(0) + singular.slice(1);
  // Frequency adjectives are no part of the name: "the 20th annual seminar".
  if (words.length > 1 && /^(?:annual|yearly|biennial)$/i.test(words[0]!)) words.shift();
  return { phrase: words.join(" "), end: tokens[last]!.end };
}

// What a lower-case description is about: "on criminal justice", "for French-speaking African
// countries". Not "in": "the fifth seminar in Abidjan" gives a venue.
const ABOUT = new Set(["on", "for", "of", "against"]);
const DESCRIPTION_STOP = new Set([...STOP].filter((word) => !ABOUT.has(word)));
const MAX_DESCRIPTION_WORDS = 12;

/** `phrase` read on through its "on …"/"for …" parts, or undefined when none follows it. */
function readDescription(text: string, phrase: string, from: number): { text: string; end: number } | undefined {
  const tokens = tokensFrom(text, from, MAX_DESCRIPTION_WORDS);
  const words: string[] = [];
  const ends: number[] = [];
  for (const [i, token] of tokens.entries()) {
    const lower = token.word.toLowerCase();
    if (ABOUT.has(lower) && (i === 0 || words.length > 0)) {
      words.push(lower);
      ends.push(token.end);
      continue;
    }
    if ((lower === "the" || lower === "a") && ABOUT.has(words[words.length - 1] ?? "")) {
      words.push(lower);
      ends.push(token.end);
      continue;
    }
    if (i === 0 || DESCRIPTION_STOP.has(lower) || parseOrdinal(token.word) !== undefined || /^\d/.test(token.word)) break;
    words.push(token.word);
    ends.push(token.end);
  }
  while (words.length > 0 && (ABOUT.has(words[words.length - 1]!) || /^(?:the|a)$/u.test(words[words.length - 1]!))) {
    words.pop();
    ends.pop();
  }
  return words.length > 1 ? { text: `${phrase} ${words.join(" ")}`, end: ends[ends.length - 1]! } : undefined;
}

// "UNAFEI will hold its anti-corruption training course for the nineteenth time"; "with the 2021
// session the UNCAC Training Programme reached its twenty-third edition". An edition counted, not named.
const FOR_THE_NTH_TIME = new RegExp(`\\b(?:hold|holds|held|holding|organi[sz]es?|organi[sz]ed|hosts?|hosted|runs?|ran|conducts?|conducted|convenes?|convened)\\s+(?:its|the|this)\\s+`, "giu");
const NTH_TIME = new RegExp(`^\\s+for\\s+the\\s+(${ORDINAL_SOURCE})\\s+time\\b`, "iu");
// "With the GG Seminar now being held for the eleventh time, …": the same count in the passive.
// …and the active: "In December 2024 the Legal Technical Assistance Liaison Meeting met for the twenty-fifth time".
const HELD_NTH_TIME = new RegExp(`^\\s+(?:(?:(?:is|was|were|being|been|has|have|will|be|now|currently)\\s+)+(?:held|organi[sz]ed|hosted|run|convened|conducted|staged)|(?:(?:has|have|had)\\s+(?:now\\s+)?)?(?:met|convened|gathered|taken\\s+place|took\\s+place))\\s+for\\s+the\\s+(${ORDINAL_SOURCE})\\s+time\\b`, "iu");
// "for the second time in a row", "for the third time in Japan", "for the second time online": a rank
// among some of the editions, not the edition's number.
// "Held for the twelfth time, the seminar brought together …": the count in a leading participle.
const HELD_NTH_TIME_LEADING = new RegExp(`^(?:Held|Organi[sz]ed|Hosted|Convened|Run|Conducted|Staged)\\s+for\\s+the\\s+(${ORDINAL_SOURCE})\\s+time(\\s*,\\s+(?:the|this\\s+year['’]s)\\s+)`, "u");
// "The fourth of these meetings came back to the Philippine capital": one of the programmes just named, counted.
const NTH_OF_THESE = new RegExp(`(?<![\\p{L}])[Tt]he\\s+(${ORDINAL_SOURCE})\\s+of\\s+(?:these|those|the|its|their)\\s+(seminars|meetings|courses|forums|sessions|trainings|programmes|programs|workshops)\\b`, "gu");
// "For the twelfth time, criminal justice officials … met for the good governance seminar that …".
const FOR_NTH_TIME_MET = new RegExp(`^For\\s+the\\s+(${ORDINAL_SOURCE})\\s+time,\\s+[^.;]{0,160}?\\b(?:met|gathered|came\\s+together|convened|assembled)\\s+(?:for|at|in)\\s+(?:the|its)\\s+`, "u");
// "This is the ninth time that the Regional Seminar on … has been held": the count as what the event is.
const IS_THE_NTH_TIME = new RegExp(`\\b(?:This|It|That)\\s+(?:is|was|marks|marked|will\\s+be)\\s+the\\s+(${ORDINAL_SOURCE})\\s+time\\s+(?:that\\s+)?(?:the|its)\\s+`, "gu");
const HAS_BEEN_HELD = /^\s+(?:(?:has|have|had|is|was|were|will)\s+)?(?:(?:been|be)\s+)?(?:held|organi[sz]ed|convened|hosted|run|conducted|staged|met|taken\s+place|took\s+place)\b/u;
const RANKED_TIME_AFTER = /^\s*(?:in\s+a\s+row|running|consecutively|in\s+(?:the\s+)?\p{Lu}|at\b|outside\b|abroad\b|overseas\b|since\b|online\b|in\s+person\b|in\s+(?:its|their)\b)/u;
const ITS_NTH_EDITION = new RegExp(`\\bits\\s+(${ORDINAL_SOURCE})\\s+(?:edition|session|iteration|instalment|installment|round)\\b`, "giu");
// Also "Since its first International Training Course in September 1962, …": the series' history told
// from its first edition, which the words name and date.
const ITS_FIRST = /\b(?:(?:held|ran|organi[sz]ed|conducted|hosted|launched|convened|opened)\s+its|since\s+its)\s+first\s+(?=\p{L})/giu;
const DATED = new RegExp(`^\\s+in\\s+(?:(?:early|mid|late)[\\s-]+)?(?:${MONTH_SOURCE}\\s+(?:of\\s+)?)?(?:(?:19|20)\\d{2}|FY\\s?(?:19|20)\\d{2}|(?:Showa|Heisei|Reiwa)\\s+\\d{1,2})\\b`, "u");
// …or an institute's possessive: "UNAFEI's anti-corruption course … had reached its eighteenth session".
// …and a possessive or a name in brackets: "Its anti-corruption criminal justice training (UNCAC
// Training Programme), held every year since 1998, reached its 25th session".
const ARTICLE = /(?<![\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*['’]s)\s+|\((?=\p{Lu})/gu;
// "… is the one hundred and seventy-eighth in UNAFEI's series of International Training Courses", "Our
// joint seminar of 2010, the fourth in the series that UNAFEI has convened every year": an edition
// counted in its series, which is named after "series of", or else by the programme noun before.
// …and "This was the twenty-first meeting of the series": the meeting of the one meeting series named.
const NTH_IN_SERIES = new RegExp(`(?<![\\p{L}])(?:the|its)\\s+(${ORDINAL_SOURCE})\\s+(?:(edition|session|one|meeting|seminar|forum|course)\\s+)?(?:in|of)\\s+(?:the|this|that|a|its|their|[A-Z][A-Za-z&]*['’]s)\\s+(?:(?:long-running|annual|regular|yearly)\\s+)?series\\b(\\s+of\\s+(?:the\\s+)?)?`, "giu");
const PROGRAMME_NOUN_BEFORE = /(?<![\p{L}])(?:[Tt]he|[Oo]ur|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,3}?(seminar|course|programme|program|training|workshop|forum|meeting|lecture|symposium)\b/gu;

function countedEditions(sentence: string): EditionMention[] {
  const found: EditionMention[] = [];
  const counted = (ordinalText: string, phrase: string, start: number, end: number, backReference = false): void => {
    const ordinal = parseOrdinal(ordinalText);
    // "for the first time", "its first edition": a rank as often as a count.
    if (ordinal === undefined || ordinal < 2) return;
    found.push({ ordinal, ordinalText, seriesPhrase: phrase, weak: !isCapitalised(phrase) || !phrase.includes(" "), start, end, counted: true, ...(backReference && { backReference: true as const }) });
  };
  if (/\btime\b/iu.test(sentence)) {
    for (const verb of allMatches(FOR_THE_NTH_TIME, sentence)) {
      const from = verb.index + verb[0].length;
      const named = readSeriesPhrase(sentence, from);
      const time = named && NTH_TIME.exec(sentence.slice(named.end));
      if (!named || !time || RANKED_TIME_AFTER.test(sentence.slice(named.end + time[0].length))) continue;
      const start = named.end + time[0].indexOf(time[1]!, time[0].indexOf("the") + 3);
      counted(time[1]!, named.phrase, start, named.end + time[0].length);
    }
    for (const article of allMatches(/(?<![\p{L}])(?:the|its)\s+/giu, sentence)) {
      const named = readSeriesPhrase(sentence, article.index + article[0].length);
      const time = named && HELD_NTH_TIME.exec(sentence.slice(named.end));
      if (!named || !time || RANKED_TIME_AFTER.test(sentence.slice(named.end + time[0].length)) || found.some((known) => known.start >= named.end && known.start < named.end + time[0].length)) continue;
      const start = named.end + time[0].lastIndexOf(time[1]!);
      counted(time[1]!, named.phrase, start, named.end + time[0].length);
    }
  }
  if (/\btime\b/u.test(sentence)) {
    for (const time of allMatches(IS_THE_NTH_TIME, sentence)) {
      const named = readSeriesPhrase(sentence, time.index + time[0].length);
      const held = named && HAS_BEEN_HELD.exec(sentence.slice(named.end));
      // "… the third time that the seminar has been held in Japan" ranks, as "for the third time in Japan" does.
      if (!named || !held || RANKED_TIME_AFTER.test(sentence.slice(named.end + held[0].length))) continue;
      const start = time.index + time[0].indexOf(time[1]!, time[0].indexOf("the") + 3);
      counted(time[1]!, named.phrase, start, named.end);
    }
  }
  if (/\bof\s+(?:these|those|the|its|their)\s/u.test(sentence)) {
    for (const match of allMatches(NTH_OF_THESE, sentence)) {
      const noun = match[2]!.toLowerCase().replace(/s$/u, "").replace(/^program$/u, "programme");
      const start = match.index + match[0].indexOf(match[1]!);
      counted(match[1]!, noun, start, match.index + match[0].length, /^(?:these|those)$/iu.test(match[0].split(/\s+/u).at(-2)!));
    }
  }
  const met = /^For\s+the\s/u.test(sentence) ? FOR_NTH_TIME_MET.exec(sentence) : null;
  const metName = met && readSeriesPhrase(sentence, met[0].length);
  if (met && metName) counted(met[1]!, metName.phrase, met[0].indexOf(met[1]!), metName.end);
  const leading = /\btime\b/u.test(sentence) ? HELD_NTH_TIME_LEADING.exec(sentence) : null;
  const leadingName = leading && readSeriesPhrase(sentence, leading[0].length);
  if (leading && leadingName) {
    const start = leading[0].indexOf(leading[1]!, leading[0].indexOf("the") + 3);
    counted(leading[1]!, leadingName.phrase, start, start + leading[1]!.length);
  }
  // "UNAFEI held its first International Training Course in September 1962": the first edition of what
  // the subject runs, dated. Without the date it ranks ("Japan held its first seminar of this kind").
  if (/\bits\s+first\b/iu.test(sentence)) {
    for (const first of allMatches(ITS_FIRST, sentence)) {
      const from = first.index + first[0].length;
      const named = readSeriesPhrase(sentence, from);
      if (!named || !DATED.test(sentence.slice(named.end)) || /^(?:online|virtual|hybrid|overseas|joint|new|such|similar)\b/iu.test(named.phrase)) continue;
      const start = from - "first ".length;
      found.push({ ordinal: 1, ordinalText: sentence.slice(start, start + 5), seriesPhrase: named.phrase, weak: !isCapitalised(named.phrase) || !named.phrase.includes(" "), start, end: named.end, counted: true });
    }
  }
  if (/\bseries\b/iu.test(sentence)) {
    for (const edition of allMatches(NTH_IN_SERIES, sentence)) {
      const start = edition.index + edition[0].indexOf(edition[1]!);
      const end = edition.index + edition[0].length;
      const named = edition[3] ? readSeriesPhrase(sentence, end) : undefined;
      // Without "of <name>": the programme the sentence spoke of before ("Our joint seminar of 2010"),
      // else the programme noun the count itself holds ("the twenty-first meeting of the series").
      const own = edition[2] && !/^(?:edition|session|one)$/iu.test(edition[2]) ? edition[2].toLowerCase() : undefined;
      // ("The meeting described above was the eleventh seminar of the series": the count's own noun first.)
      const noun = named ? undefined : own ?? allMatches(PROGRAMME_NOUN_BEFORE, sentence.slice(0, edition.index)).pop()?.[1]?.toLowerCase();
      const phrase = named?.phrase ?? (noun === "program" ? "programme" : noun);
      if (phrase) counted(edition[1]!, phrase, start, named?.end ?? end);
    }
  }
  for (const edition of allMatches(ITS_NTH_EDITION, sentence)) {
    // Its series: the name before it, a proper one (capitalised) first.
    const names = allMatches(ARTICLE, sentence.slice(0, edition.index))
      .map((article) => readSeriesPhrase(sentence, article.index + article[0].length))
      .filter((named): named is { phrase: string; end: number } => named !== undefined && named.end <= edition.index);
    const named = names.filter((one) => isCapitalised(one.phrase) && one.phrase.includes(" ")).pop() ?? names.pop();
    if (!named) continue;
    const start = edition.index + edition[0].indexOf(edition[1]!);
    counted(edition[1]!, named.phrase, start, edition.index + edition[0].length);
  }
  return found;
}

// "UNAFEI and JICA held the first “Criminal Justice Training for French-Speaking Africa” in February
// 2014": an ordinal before a quoted programme name (capitalised, with a head noun).
const ORDINAL_BEFORE_QUOTE = new RegExp(`(?<![\\p{L}\\p{N}])(${ORDINAL_SOURCE})\\s+(?=["“‘'])`, "giu");

function quotedEditions(sentence: string): EditionMention[] {
  if (!/["“‘']/u.test(sentence)) return [];
  const quotes = findQuoted(sentence);
  const found: EditionMention[] = [];
  for (const match of allMatches(ORDINAL_BEFORE_QUOTE, sentence)) {
    const quote = quotes.find((q) => q.start === match.index + match[0].length);
    const ordinal = parseOrdinal(match[1]!);
    if (!quote || ordinal === undefined) continue;
    const name = quote.inner.replace(/\s*\([^()]*\)\s*$/u, "").trim();
    const words = name.split(/\s+/u);
    if (words.length < 2 || !words.some((word) => headNoun(word) !== undefined) || !words.every((word) => /^\p{Lu}/u.test(word) || CONTINUATION.has(word) || word === "in")) continue;
    found.push({ ordinal, ordinalText: match[1]!, seriesPhrase: name, weak: false, start: match.index, end: quote.end });
  }
  return found;
}

// "the eleventh edition of UNAFEI's good governance seminar": whose seminar it is, not its name.
const EDITION_OF = /^(?:edition|session|iteration|instalment|installment|round)\s+of\s+(?:the\s+|\p{Lu}[\p{L}-]*['’]s\s+)?/iu;
const YEARS_COUNTED = /^(?:anniversary|birthday|jubilee|centenary|year)\b/iu;

// Every ordinal ORDINAL_SOURCE reads holds one of these: a sentence without any has no numbered edition
// written out, and the long ordinal pattern need not run over it.
const ORDINAL_HINT = /\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth|hundredth/i;

/**
 * A finder of edition mentions for one set of series acronyms known from the documents ("GG"), so that
 * "GG8" is found while "G20" and "COVID-19" are not. Its patterns are built once: make one finder for
 * many sentences.
 */
export function editionMentionFinder(acronyms: ReadonlySet<string> = new Set()): (sentence: string) => EditionMention[] {
  const letters = [...acronyms].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = letters.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(${letters.join("|")})[\\s-]?(\\d{1,4})(?![\\p{L}\\p{N}])`, "gu") : undefined;
  return (sentence) => {
    const counted = ORDINAL_HINT.test(sentence) ? [...countedEditions(sentence), ...quotedEditions(sentence)] : [];
    // A counted edition is read in full where a written one saw "its first …" only.
    const found = ORDINAL_HINT.test(sentence) ? [...writtenEditions(sentence).filter((written) => !counted.some((one) => one.start === written.start)), ...counted] : [];
    if (pattern) {
      for (const match of allMatches(pattern, sentence)) {
        const start = match.index;
        if (found.some((mention) => start >= mention.start && start < mention.end)) continue;
        found.push({ ordinal: Number(match[2]), ordinalText: match[0], seriesPhrase: match[1]!, weak: false, acronym: match[1]!, start, end: start + match[0].length });
      }
    }
    return found.filter((mention) => mention.ordinal > 0).sort((a, b) => a.start - b.start);
  };
}

/**
 * Every edition mentioned in a sentence, in order. `acronyms` are series abbreviations known from the
 * documents ("GG"), so that "GG8" is found while "G20" and "COVID-19" are not.
 */
export function findEditionMentions(sentence: string, acronyms: ReadonlySet<string> = new Set()): EditionMention[] {
  return editionMentionFinder(acronyms)(sentence);
}

/** Editions written with an ordinal before the series' name: "the 23rd and 24th UNCAC Training Programmes". */
function writtenEditions(sentence: string): EditionMention[] {
  const found: EditionMention[] = [];
  for (const list of allMatches(ORDINAL_LIST, sentence)) {
    // "the third edition of the Regional Seminar on …": the name comes after "edition of".
    const from = list.index + list[0].length;
    const edition = EDITION_OF.exec(sentence.slice(from));
    const named = readSeriesPhrase(sentence, from + (edition ? edition[0].length : 0));
    if (!named) continue;
    // "the UNAFEI 60th Anniversary Commemorative Lecture": the ordinal counts years, not editions.
    if (!edition && YEARS_COUNTED.test(sentence.slice(from))) continue;
    // "JICA's Third Country Training Programme": a training held in a third country, a scheme's name.
    if (/third[\s-]+$/iu.test(list[0]) && /^countr(?:y|ies)\b/iu.test(sentence.slice(from).trimStart())) continue;
    let end = named.end;
    let acronym: string | undefined;
    const paren = /^\s*\(([A-Z][A-Za-z]*)[\s-]?(\d{1,4})\)/.exec(sentence.slice(end));
    for (const one of allMatches(ONE_ORDINAL, list[1]!)) {
      const ordinal = parseOrdinal(one[0]);
      if (ordinal === undefined) continue;
      if (paren && Number(paren[2]) === ordinal) {
        acronym = paren[1]!;
        end = named.end + paren[0].length;
      }
      const spelled = !/^\d/.test(one[0]);
      const weak = (spelled && !isCapitalised(named.phrase)) || !named.phrase.includes(" ");
      // "the second meeting of the advisory panel": a meeting is described by whose it is, which names no programme.
      const description = weak && named.phrase !== "meeting" ? readDescription(sentence, named.phrase, named.end) : undefined;
      found.push({
        ordinal,
        ordinalText: one[0],
        seriesPhrase: named.phrase,
        weak,
        start: list.index + one.index,
        end,
        ...(description ? { description: description.text, descriptionEnd: description.end } : {}),
      });
    }
    if (acronym) for (const mention of found) if (mention.end === end) mention.acronym = acronym;
  }
  return withEllipses(sentence, found);
}

// "The first and second seminars were held in Bangkok, and the third and fourth in Manila": after a
// named edition, "the <ordinals>" with no name of their own, then a place, a date or a verb, are
// editions of the same series. Only after a clause break or "and", and only counting on from the
// edition before: "The 10th seminar was held in Tokyo, the first in Japan" ranks, it numbers nothing.
const ELLIPSIS = new RegExp(
  `(?:,|;|(?<![\\p{L}])and)\\s*(?:and\\s+|while\\s+|whereas\\s+)?the\\s+(${ORDINAL_SOURCE}(?:\\s*(?:,|and|&)\\s*(?:the\\s+)?${ORDINAL_SOURCE})*)(?=\\s+(?:in|at|from|on|for|took\\s+place|was|were|is|are|will|met)\\b)`,
  "giu",
);

function withEllipses(sentence: string, found: EditionMention[]): EditionMention[] {
  if (found.length === 0) return found;
  const out = [...found];
  for (const match of allMatches(ELLIPSIS, sentence)) {
    const listStart = match.index + match[0].length - match[1]!.length;
    const before = out.filter((mention) => mention.end <= match.index).pop();
    if (!before || out.some((mention) => mention.start >= listStart && mention.start < match.index + match[0].length)) continue;
    let last = before.ordinal;
    for (const one of allMatches(ONE_ORDINAL, match[1]!)) {
      const ordinal = parseOrdinal(one[0]);
      if (ordinal === undefined || ordinal <= last) break;
      last = ordinal;
      const start = listStart + one.index;
      // Each ends where the list does, as the members of a written list do: what follows is said of all.
      out.push({ ordinal, ordinalText: one[0], seriesPhrase: before.seriesPhrase, weak: before.weak, start, end: match.index + match[0].length, ...(before.acronym ? { acronym: before.acronym } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
