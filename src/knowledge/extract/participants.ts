// Who took part in an edition: how many ("18 criminal justice practitioners", "twenty-two
// participants"), from how many countries ("from 10 countries"), and which countries. A country is a
// participant only when the text says so: it must stand after a participation cue such as
// "participation by", "participants from", "attended by", or before "took part".
import type { Participants } from "../types.js";
import { countryOfDemonym, findCountryNames, resolveCountry, type CountryNameMatch } from "../countries.js";
import { CARDINAL_SOURCE, parseCardinal } from "../ordinals.js";
import { findGroups, readCountryList, type GroupMatch } from "./groups.js";
import { allMatches, type Span } from "./text.js";

// Who takes part. Experts, lecturers, advisers and speakers are left out on purpose: a count of them
// is no count of participants (see roles.ts).
// Nor "people" or "persons": "eighty people attended in person" counts an audience, not trainees.
const PEOPLE = "participants|participant|practitioners|officials|officers|prosecutors|judges|delegates|trainees|professionals|investigators|lawyers|representatives|attendees|personnel|fellows";

const COUNT = new RegExp(
  `(?<![\\p{L}\\p{N},.])(?:a\\s+total\\s+of\\s+|some\\s+|about\\s+|approximately\\s+|around\\s+)?(${CARDINAL_SOURCE})\\s+((?:[a-z][a-z-]*\\s+){0,4}?)(${PEOPLE})(?![\\p{L}])`,
  "giu",
);
// "Six people took part", "ten persons participated": people who take part are participants (people who
// merely attended may be an audience).
// Also "The trainees were the following ten people", "participants numbered 24".
// …and "the ninth training took six people: …", the people a training took (the parts after the colon).
const PEOPLE_TOOK_PART = new RegExp(`(?<![\\p{L}\\p{N},.])(${CARDINAL_SOURCE})\\s+()(people|persons)(?:\\s+(?:in\\s+all\\s+|in\\s+total\\s+)?(?=took\\s+part|participated|attended\\b|joined\\s+the)|\\s+in\\s+(?:all|total)\\b|(?<=\\b(?:took|had|welcomed)\\s+\\S+\\s+(?:people|persons))(?=\\s*:))|(?<=\\b(?:[Pp]articipants|[Tt]rainees|[Ff]ellows)\\s+(?:were|numbered)\\s+(?:the\\s+following\\s+)?)(${CARDINAL_SOURCE})()(?=\\s+(?:people|persons|in\\s+all|in\\s+total)\\b|\\s*[.,:;])`, "giu");

// "from 10 countries", "eight Southeast Asian countries", "twelve different countries".
// Not "23 countries and organisations": a count of bodies, some of them no country.
const COUNTRY_COUNT = new RegExp(`(?<![\\p{L}\\p{N},.])(${CARDINAL_SOURCE})\\s+(?:different\\s+|other\\s+)?()(?:countries|nations|jurisdictions)(?:\\s+and\\s+(?:regions|territories|areas))?(?![\\p{L}])(?!\\s+(?:and|or|&)\\s+(?:international\\s+)?(?:organi[sz]ations|institutions|agencies|bodies))`, "giu");

// "eight Southeast Asian countries", "ten ASEAN member states", "the ten ASEAN members": a region's name between; case-sensitive,
// so the name must be capitalised.
const REGIONAL_COUNTRY_COUNT = new RegExp(`(?<![\\p{L}\\p{N},.])(${CARDINAL_SOURCE})\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){1,3})(?:(?:member\\s+)?(?:countries|nations|states)|members)(?![\\p{L}])`, "gu");
// "from ten countries", "coming from all ten ASEAN member states", "from the ten ASEAN countries".
const COUNTRIES_TAKING_PART_BEFORE = /(?:\bfrom(?:\s+each\s+of)?|\brepresent(?:ing|ed)|\bparticipation\s+of|\bparticipants\s+of)\s+(?:all\s+)?(?:the\s+)?(?:a\s+total\s+of\s+|some\s+|about\s+|the\s+following\s+|over\s+|more\s+than\s+)?$/iu;
const COUNTRIES_TAKING_PART_AFTER = /^\s*(?:\([^()]*\)\s*)?(?:,\s*namely\b|:|took\s+part|participated|joined|attended|were\s+represented|sent\b)/iu;
const BOUNDED_PEOPLE_FROM = new RegExp(`\\b(?:close\\s+to|nearly|almost|more\\s+than|over|upwards\\s+of|at\\s+least|some|about|around|approximately)\\s+(?:${CARDINAL_SOURCE})\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${PEOPLE}|people|persons|alumni|graduates)\\s+(?:in\\s+all\\s+|in\\s+total\\s+)?from\\s+(?:some\\s+|about\\s+|over\\s+|more\\s+than\\s+)?$`, "iu");
// "of the …", "the …": no description; "seven former trainees": people of past editions, not this one's.
const NOT_DESCRIPTION = /^(?:of|the|from|and|in|former|past|previous|ex-|retired)\b/i;
// Words that COUNT and COUNTRY_COUNT cannot match without (same flags): most texts have neither.
const PEOPLE_HINT = /participant|practitioner|official|officer|prosecutor|judge|delegate|trainee|professional|investigator|lawyer|representative|attendee|personnel|fellow/iu;
const COUNTRIES_HINT = /countries|nations|jurisdictions|states|members/iu;
// …and what PEOPLE_TOOK_PART cannot match without (same flags): "people", "persons", or "participants were".
const TOOK_PART_HINT = /people|persons|(?:participants|trainees|fellows)\s+(?:were|numbered)|took\s+part\s+(?:altogether|in\s+all|in\s+total)|,\s+\S+\s+in\s+(?:all|total)\b/iu;
// "…, so that eighteen took part altogether": a number with no noun, said to be the whole.
// …and "each of the other nine member states sent two practitioners, eighteen in all".
const TOOK_PART_ALTOGETHER = new RegExp(`(?<![\\p{L}\\p{N},.-])(${CARDINAL_SOURCE})()()(?=\\s+took\\s+part\\s+(?:altogether|in\\s+all|in\\s+total)\\b)|(?<=\\b(?:practitioners|participants|officials|officers|prosecutors|judges|investigators|delegates|trainees|people),\\s+)(${CARDINAL_SOURCE})()()(?=\\s+in\\s+(?:all|total)\\b)`, "giu");

// "Twenty-three practitioners from seven countries (…) took up …", "Two practitioners each from eight
// countries — … — discussed …": a sentence whose subject is a number of the people who take part.
const OPENS_WITH_PEOPLE = new RegExp(`^(?:(?:some|about|around|over|nearly|a\\s+total\\s+of|in\\s+all,?)\\s+)?(?:${CARDINAL_SOURCE})\\s+(?:[\\p{L}-]+,?\\s+(?:(?:and|or)\\s+)?){0,5}?(?:${PEOPLE})\\b`, "iu");

/** Whether a sentence opens with a count of participants as its subject ("Nineteen investigators, prosecutors and … officials from …"). */
export function opensWithPeople(sentence: string): boolean {
  return OPENS_WITH_PEOPLE.test(sentence);
}

// "… the other nine ASEAN member states each sent two judges, prosecutors or investigators, for a total of
// eighteen.": the total after who sent or took part, set off by a comma, ending the sentence.
const TOTAL_OF_AFTER_TAKING_PART = new RegExp(`\\b(?:took\\s+part|participated|attended|joined|came\\s+from|sent)\\b[^.;]*?,\\s*(?:for\\s+|making\\s+)?a\\s+total\\s+of\\s+(${CARDINAL_SOURCE})(?=\\s*(?:[.;]|$))`, "iu");
const TOTAL_AFTER_TAKING_PART = new RegExp(`\\b(?:took\\s+part|participated|attended|joined|came\\s+from)\\b[^.;]*?[:,]\\s*(${CARDINAL_SOURCE})(\\s+in\\s+(?:all|total))\\b`, "iu");

/** Participant numbers stated in a text, or undefined when none is. */
export function findParticipantCount(text: string): { participants: Participants; start: number; end: number } | undefined {
  const participants: Participants = {};
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  const counts = [...(PEOPLE_HINT.test(text) ? allMatches(COUNT, text) : []), ...(TOOK_PART_HINT.test(text) ? [...allMatches(PEOPLE_TOOK_PART, text), ...allMatches(TOOK_PART_ALTOGETHER, text)] : [])].sort((a, b) => a.index - b.index);
  for (const match of counts) {
    // "Six people took part: an attorney …, and three public prosecutors": the parts of a total after its colon.
    const before = text.slice(0, match.index);
    if (/\b(?:took\s+part|participated|attended|joined|took\s+\S+\s+(?:people|persons))\b[^.;:]*:[^.;]*$/iu.test(before)) continue;
    // "22 in all — 16 from overseas and 6 from Japan": the parts of a total after its dash or colon.
    if (/\b(?:in\s+all|in\s+total|altogether)\s*[—–:-]\s*[^.;]*$/iu.test(before)) continue;
    const count = parseCardinal(match[1] ?? match[4]!);
    const words = (match[2] ?? match[5] ?? "").trim();
    if (count === undefined || count > 100_000 || NOT_DESCRIPTION.test(words)) continue;
    // "Figures on slides 5 and 8 are head-counts of participants": a clause between, not a description
    // of the people counted; and a number after "slide", "page", "table" or "Article" refers to it.
    // …nor "in three years the participants met": a time, then the people.
    if (/\b(?:are|were|is|was|been|of|from|by|with|the|years?|months?|weeks?|days?|times?)\b/iu.test(words) || /\b(?:slides?|pages?|tables?|figures?|charts?|articles?|chapters?|sections?|paragraphs?|notes?|items?|Nos?\.)\s+(?:\d+\s*(?:,|and|&|to|-|–)\s*)*$/iu.test(before)) continue;
    // "Six more participants came from Japan": people added to those counted before.
    if (/^(?:more|other|further|additional|extra)\b/iu.test(words)) continue;
    // "the ten ASEAN member states sent delegates": the number counts countries, not people.
    if (/\b(?:countries|nations|states|members?|economies|jurisdictions)\b/iu.test(words)) continue;
    // "from 11 to 21 November 2014 for six Japanese officials": a year before other words is no count.
    if (/^(?:19|20)\d{2}$/u.test(match[1] ?? match[4] ?? "") && words !== "") continue;
    // "From 13 May to 18 June 2015 participants met …": the year of a date, then the people.
    if (/^(?:19|20)\d{2}$/u.test(match[1] ?? match[4] ?? "") && /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?,?\s*$|\d\s*,?\s*$/u.test(before)) continue;
    // "Some sixty officials", "about 30 participants": an estimate, not the number that took part.
    if (/^(?:some|about|approximately|around)\s/iu.test(match[0])) continue;
    // "The difference lies in six officers …", "apart from six Japanese officers": people set apart from the count.
    if (/\b(?:difference\s+(?:lies|lay)\s+in|apart\s+from|besides|except(?:\s+for)?|excluding|other\s+than|not\s+counting)\s+$/iu.test(before)) continue;
    // "close to 150 participants", "more than 80": a bound, not the number.
    if (/\b(?:close\s+to|nearly|almost|roughly|approximately|more\s+than|over|upwards\s+of|at\s+least|fewer\s+than|less\s+than|under|up\s+to)\s+$/iu.test(before)) continue;
    // "two practitioners each from eight countries": a number per country, not the total.
    // …and "The same eight countries each sent two practitioners".
    // (…and "each of the other nine ASEAN member states sent two practitioners".)
    if (/\beach\b(?:\s+of\s+[^.;,]{0,60}?)?\s+(?:(?:also|again|once\s+more)\s+)?(?:sent|sends|send|nominated|dispatched|delegated|contributed|had)\s+$/iu.test(before)) continue;
    const after = text.slice(match.index + match[0].length);
    if (/^\s+(?:each|apiece|per\s+country)\b/u.test(after)) continue;
    // "Four participants from within Japan joined them", "six Japanese officials also took part": people
    // added to those counted before, not the number that took part.
    if (/^[^.;]{0,60}?\b(?:joined\s+them|also\s+(?:took\s+part|joined|participated|attended)|(?:took\s+part|joined|participated|attended)\s+as\s+well)\b/iu.test(after)) continue;
    // "two senior officials taking part in the 186th Seminar, Mr. A of Brazil and Mr. B of Pakistan,
    // described …": some of those taking part, named one by one, not how many took part.
    // (Read up to the edition's name, the stretch ends at "taking part in".)
    if (/^[^.;]{0,100}?,\s+(?:Mr|Ms|Mrs|Dr|Professor|Prof|Judge|Justice)\.?\s+\p{Lu}/u.test(after) || /^\s+(?:taking\s+part|participating)\s+in\s+(?:[\p{L}'’]+\s+)?$/u.test(after)) continue;
    // "Eighty people attended in person and 112 joined online": the part that came one way, not the total.
    if (/^\s*(?:(?:also\s+)?(?:attended|took\s+part|participated|joined)\s+)?(?:in[\s-]person|online|on[\s-]site|at\s+the\s+venue|virtually|remotely)\b/iu.test(after)) continue;
    // "Two each of the judges, prosecutors and investigators came from …": the same.
    if (/^each\b/iu.test(words)) continue;
    // "two judges, prosecutors or investigators from each ASEAN member": still a number per country.
    // "Two practitioners came from each of eight countries": the same.
    // …and "Two practitioners were sent by each of eight Southeast Asian states".
    if (/^[^.;]{0,60}?\b(?:from|by)\s+(?:each|every)\s+(?:of\s+(?:the\s+)?)?(?:[\p{L}-]+\s+){0,3}?(?:countr(?:y|ies)|members?|states?|nations?|jurisdictions?)\b/u.test(after)) continue;
    participants.count = count;
    // "The trainees were the following ten people": no noun beside the number; they are participants.
    participants.description = words ? `${words} ${match[3]}` : (match[3] || "participants");
    start = match.index;
    end = match.index + match[0].length;
    break;
  }
  // "Judges, prosecutors and investigators took part, two each from the nine …: 18 in all": the total
  // after who took part, with no noun of its own.
  const total = participants.count === undefined ? TOTAL_AFTER_TAKING_PART.exec(text) : null;
  const totalCount = total ? parseCardinal(total[1]!) : undefined;
  if (total && totalCount !== undefined) {
    participants.count = totalCount;
    participants.description = "participants";
    start = total.index + total[0].length - total[1]!.length - total[2]!.length;
    end = total.index + total[0].length;
  }
  const totalOf = participants.count === undefined ? TOTAL_OF_AFTER_TAKING_PART.exec(text) : null;
  const totalOfCount = totalOf ? parseCardinal(totalOf[1]!) : undefined;
  if (totalOf && totalOfCount !== undefined) {
    participants.count = totalOfCount;
    participants.description = "participants";
    end = totalOf.index + totalOf[0].length;
    start = text.lastIndexOf("a total", end);
  }
  // A labelled list item: "- 26th (2024): 29 from 21", the numbers of people and of countries.
  const pair = participants.count === undefined ? LABELLED_PAIR.exec(text) : null;
  if (pair) {
    participants.count = Number(pair[1]);
    participants.description = "participants";
    participants.countryCount = Number(pair[2]);
    start = pair.index + pair[0].indexOf(pair[1]!);
    end = pair.index + pair[0].length;
  }
  // A record's field: "Participants: 30 from overseas and 4 from Japan": under that label the leading
  // number is the count, as in a Participants column (see tables.ts).
  const field = participants.count === undefined ? PARTICIPANTS_FIELD.exec(text) : null;
  const fieldCount = field ? parseCardinal(field[1]!) : undefined;
  if (field && fieldCount !== undefined) {
    participants.count = fieldCount;
    participants.description = "participants";
    start = field.index + field[0].length - field[1]!.length;
    end = field.index + field[0].length;
  }
  const countryCounts = COUNTRIES_HINT.test(text) ? [...allMatches(COUNTRY_COUNT, text), ...allMatches(REGIONAL_COUNTRY_COUNT, text)].sort((a, b) => a.index - b.index) : [];
  for (const match of countryCounts) {
    const count = parseCardinal(match[1]!);
    if (count === undefined || count > 300) continue;
    // "nine ASEAN countries except Myanmar, and Timor-Leste" counts a group, not every country that took
    // part; "nine ASEAN countries, every member except Brunei" counts them all (an exception only says
    // which nine).
    if (match[2] && /^[^.;:]*?\b(?:and|plus|as\s+well\s+as|together\s+with)\b/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 60))) continue;
    // "from the ten ASEAN countries (Brunei, …, Viet Nam) and Timor-Leste": the count of a group, another country besides.
    if (/^\s*(?:\([^()]*\))?\s*,?\s*(?:and|plus|as\s+well\s+as|together\s+with)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(match.index + match[0].length))) continue;
    // "from 10 countries", "10 countries took part": a number of countries that took part. "Among 13
    // countries in total" (experts' countries counted in) is not.
    if (!COUNTRIES_TAKING_PART_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))
      && !COUNTRIES_TAKING_PART_AFTER.test(text.slice(match.index + match[0].length))) continue;
    // "more than 6,200 trainees from 142 countries": the countries of a bounded total, how far a whole
    // series has reached, not one edition's.
    if (BOUNDED_PEOPLE_FROM.test(text.slice(Math.max(0, match.index - 80), match.index))) continue;
    // "colleagues from twenty-seven other jurisdictions": the others besides the speaker's, not the whole.
    if (/\bother\b/iu.test(match[0])) continue;
    // "the course counts 906 alumni from seventy-one countries": former participants of every edition.
    if (/\b(?:alumni|alumnae|graduates|ex-participants|former\s+participants)\s+(?:[\p{L}-]+\s+){0,3}?from\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, match.index - 80), match.index))) continue;
    // "- nine ASEAN members: Brunei · Cambodia · …" under "- 10 countries in all": a group's count heading
    // its list, with nothing before it that says anyone took part, counts the group, not the edition's countries.
    if (match[2] && text.slice(0, match.index).trim() === "" && /^\s*:/u.test(text.slice(match.index + match[0].length))) continue;
    participants.countryCount = count;
    start = Math.min(start, match.index);
    end = Math.max(end, match.index + match[0].length);
    break;
  }
  // A labelled line: "Participating countries (10): Brunei, …".
  // "- 10 countries in all", a list item under who took part: nothing but the count. ("Thirteen countries in
  // total shared their experience" counts the experts' countries in, and is no country count.)
  const alone = participants.countryCount === undefined ? COUNTRIES_ALONE.exec(text) : null;
  const countedAlone = alone ? parseCardinal(alone[1]!) : undefined;
  if (alone && countedAlone !== undefined) {
    participants.countryCount = countedAlone;
    start = Math.min(start, alone.index);
    end = Math.max(end, alone.index + alone[0].length);
  }
  const labelled = participants.countryCount === undefined ? /\bparticipating\s+(?:countries|nations|states)\s*\((\d{1,3})\)/iu.exec(text) : null;
  if (labelled) {
    participants.countryCount = Number(labelled[1]);
    start = Math.min(start, labelled.index);
    end = Math.max(end, labelled.index + labelled[0].length);
  }
  if (participants.count === undefined && participants.countryCount === undefined) return undefined;
  return { participants, start, end };
}

const COUNTRIES_ALONE = new RegExp(`^\\s*(${CARDINAL_SOURCE})\\s+(?:countries|nations)\\s+(?:in\\s+all|in\\s+total|altogether)\\s*\\.?\\s*$`, "iu");
const LABELLED_PAIR = /^\s*(?:\([^()]{0,60}\))?\s*:\s*(\d{1,4})\s+from\s+(\d{1,3})(?=\s*(?:[,;.]|$))/u;
const PARTICIPANTS_FIELD = new RegExp(`^\\s*(?:Participants|Trainees|Fellows|Number\\s+of\\s+(?:participants|trainees))\\s*:\\s*(${CARDINAL_SOURCE})(?=\\s*(?:[,;(]|$)|\\s+(?:from|in\\s+(?:all|total))\\b)`, "iu");

// One of those who took part, quoted or described: "said one fellow, from Cambodia's Ministry of
// Justice". Only a cue for a country: one person is no count of participants, so these are not PEOPLE.
const ONE_OF_THEM = "fellow|trainee|delegate|practitioner";
// Cues after which the named countries are the ones that took part.
const CUE_BEFORE_LIST = new RegExp(
  `\\bparticipation\\s+(?:of|by|from)\\b|\\b(?<!\\b(?:former|past|ex-)\\s*)(?:${PEOPLE}|${ONE_OF_THEM})(?:\\s*,)?\\s+(?:(?:who\\s+)?(?:came|coming|were)\\s+)?from\\b|\\battended\\s+by\\b|\\bjoined\\s+by\\b` +
  `|\\bparticipating\\s+(?:countries|nations|states)\\b|\\b(?:countries|nations|states|members)\\s+(?:were\\s+)?represented\\b|\\brepresenting\\b|(?<=\\b(?:${PEOPLE})\\s+)represented\\b|\\b(?:came|comes?|coming|drawn|hailing)(?:\\s+(?:${CARDINAL_SOURCE})\\s+(?:each|apiece))?\\s+from\\b|\\b(?:They|who)\\s+represented\\b|\\b(?:participated|participating|took\\s+part|attended|joined),?\\s+(?:all\\s+)?from\\b|\\bfrom\\s+(?:the\\s+following\\s+)?(?:${CARDINAL_SOURCE}\\s+)?(?:different\\s+)?countries\\b` +
  // "Eighteen participants attended: two each (judges, …) from nine ASEAN countries": who took part, then, a little later, "from".
  `|\\b(?:participants|attended|took\\s+part|participated)\\b[^.;]{0,120}?\\bfrom\\b` +
  // "nineteen investigators, prosecutors and officials of anti-corruption agencies from all ten ASEAN countries".
  `|(?<![\\p{L}\\p{N}])(?:${CARDINAL_SOURCE})\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${PEOPLE})\\b[^.;]{0,80}?\\bfrom\\b` +
  // "Two practitioners were sent by each of eight Southeast Asian states: …".
  `|(?<![\\p{L}\\p{N}])(?:${CARDINAL_SOURCE})\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${PEOPLE})\\s+(?:were\\s+)?(?:sent|nominated|delegated)\\s+by\\b`,
  "giu",
);
const COUNTRIES_LINE = new RegExp(`^\\s*(?:[-*•]\\s*)?(${CARDINAL_SOURCE})\\s+(?:participating\\s+)?(?:countries|nations)\\s*[:—–]\\s*`, "iu");
// Words the cues above cannot match without (same flags): a text without any has no participation cue.
const CUE_BEFORE_HINT = new RegExp(`particip|attended|joined|represent|came|come|took|countries|sent|${PEOPLE}|${ONE_OF_THEM}`, "iu");

// Cues before which the named countries are the ones that took part ("Cambodia and Laos took part").
// …and "Every one of the ten ASEAN member states sent delegates".
// …and "All ten ASEAN countries were represented".
const CUE_AFTER_LIST = new RegExp(`\\b(?:took\\s+part|participated|joined|attended|(?:were|was)\\s+(?:all\\s+|also\\s+)?represented(?!\\s+by)|sent\\s+(?:(?:their|its|(?:${CARDINAL_SOURCE}))\\s+)?(?:own\\s+)?(?:delegations?|people|${PEOPLE})\\b)\\b`, "giu");
const CUE_AFTER_HINT = /took|participated|joined|attended|sent|represented/iu;
// Where a participant list ends: a new clause about something else.
const LIST_END = /;|\b(?:was|were|is|are)\s+(?:held|conducted|organi[sz]ed|hosted)\b|\b(?:which|where|while|whereas)\b/u;

/** A participating country: a name in the text, or a member of a group phrase ("all ten ASEAN countries"). */
export interface ParticipantName extends CountryNameMatch {
  /** Set when the country is not named but stands in a group; `asWritten`, `start`, `end` are the group's. */
  viaGroup?: true;
}

export interface Participation {
  countries: ParticipantName[];
  /** Where the participation statement starts and ends. */
  start: number;
  end: number;
}

/**
 * The countries a text says took part, in the order written, groups resolved ("nine ASEAN member
 * states (…)" to its list, "all ten ASEAN countries" to ASEAN's members) and exceptions left out.
 * Countries inside `exclude` spans (a venue such as "Kuala Lumpur, Malaysia") are not participants.
 */
export function findParticipation(text: string, exclude: readonly Span[] = []): Participation | undefined {
  const listed = findListedParticipation(text, exclude);
  const by = [...nationalityParticipants(text), ...nationalitiesListed(text)].filter((name, i, all) => all.findIndex((other) => other.code === name.code) === i);
  if (by.length === 0) return listed;
  if (!listed) return { countries: by, start: by[0]!.start, end: by[by.length - 1]!.end };
  const added = by.filter((name) => !listed.countries.some((known) => known.code === name.code));
  return { countries: [...listed.countries, ...added], start: Math.min(listed.start, by[0]!.start), end: Math.max(listed.end, by[by.length - 1]!.end) };
}

// "together with six Japanese practitioners", "and 4 Thai participants", "Six Filipino trainees also took
// part": people counted by their nationality, joined to those who took part or taking part themselves.
const NATIONALITY_COUNT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CARDINAL_SOURCE})\\s+(?:more\\s+)?((?:East\\s+|South\\s+)?\\p{L}+)\\s+(?:${PEOPLE})(?![\\p{L}])`, "giu");
// A capitalised word before one of the people (cheap to test before the pattern above).
const NATIONALITY_HINT = new RegExp(`\\p{Lu}\\p{Ll}+\\s+(?:${PEOPLE})\\b`, "u");
const JOINED_TO_OTHERS = /\b(?:together\s+with|along\s+with|joined\s+by|as\s+well\s+as|plus|and|including)\s+$/iu;
const TAKING_PART_AFTER = /^\s+(?:(?:also|too)\s+)?(?:took\s+part|participated|joined|attended)\b/iu;

// "Cambodian, Indonesian, Lao, Malaysian, Myanmar, Singaporean and Thai colleagues", "sat Cambodian, …
// and Vietnamese counterparts": the nationalities of the people who came, listed before them.
const LISTED_PEOPLE = new RegExp(`\\b(?:${PEOPLE}|colleagues|counterparts|delegations?)\\b`, "gu");
const NATIONALITY_LIST_BEFORE = /((?:\p{Lu}[\p{L}'’-]*)(?:\s*,\s*(?:and\s+)?\p{Lu}[\p{L}'’-]*|\s+and\s+\p{Lu}[\p{L}'’-]*)+)\s+(?:[\p{Ll}-]+\s+)?$/u;

function nationalitiesListed(text: string): ParticipantName[] {
  if (!/\p{Lu}\p{Ll}+(?:,|\s+and)\s+\p{Lu}/u.test(text)) return [];
  for (const people of allMatches(LISTED_PEOPLE, text)) {
    const list = NATIONALITY_LIST_BEFORE.exec(text.slice(0, people.index));
    if (!list) continue;
    const items: ParticipantName[] = [];
    let at = list.index;
    for (const item of list[1]!.split(/(\s*,\s*(?:and\s+)?|\s+and\s+)/u)) {
      const start = at;
      at += item.length;
      if (/^\s*(?:,|and)/u.test(item) || item.trim() === "") continue;
      const code = countryOfDemonym(item) ?? (item.includes(" ") ? undefined : resolveCountry(item)?.code);
      if (!code) {
        items.length = 0;
        break;
      }
      items.push({ code, asWritten: item, start, end: start + item.length });
    }
    if (items.length >= 2) return items;
  }
  return [];
}

function nationalityParticipants(text: string): ParticipantName[] {
  const out: ParticipantName[] = [];
  for (const match of NATIONALITY_HINT.test(text) ? allMatches(NATIONALITY_COUNT, text) : []) {
    // Case-insensitive for "Six …" at a sentence's start; the nationality itself must be capitalised.
    const code = /^\p{Lu}/u.test(match[1]!) ? countryOfDemonym(match[1]!) : undefined;
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    if (!code || (!JOINED_TO_OTHERS.test(before) && !TAKING_PART_AFTER.test(text.slice(match.index + match[0].length)))) continue;
    const start = match.index + match[0].indexOf(match[1]!);
    if (!out.some((name) => name.code === code)) out.push({ code, asWritten: match[1]!, start, end: start + match[1]!.length });
  }
  return out;
}

function findListedParticipation(text: string, exclude: readonly Span[]): Participation | undefined {
  const allNames = findCountryNames(text);
  // "from within Japan the central authorities attended as well": the host's own agencies, not a country
  // taking part; "Four participants from within Japan joined them" are participants all the same.
  const fromWithin = (name: CountryNameMatch): boolean => /\bwithin\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, name.start - 12), name.start)) && !/\b(?:participants?|trainees|fellows|practitioners)\s+from\s+within\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, name.start - 40), name.start));
  const names = allNames.filter((name) => !exclude.some((span) => name.start >= span.start && name.end <= span.end) && !fromWithin(name) && !namesNoCountry(text, name));
  const groups = findGroups(text, allNames);
  // Nothing named, nothing taking part: the cues below need not be looked for.
  if (names.length === 0 && groups.length === 0) return undefined;
  const inGroup = (name: CountryNameMatch) => groups.some((g) => name.start >= g.start && name.end <= g.end);

  const collect = (from: number, to: number, cueEnd = from): ParticipantName[] => {
    const out: ParticipantName[] = [];
    const items: Array<{ at: number; names: ParticipantName[] }> = [
      // "… brought 25 officials from eight French-speaking African countries to Japan": where they went.
      ...names.filter((name) => name.start >= from && name.end <= to && !inGroup(name) && !/\b(?:to|into)\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, name.start - 8), name.start))).map((name) => ({ at: name.start, names: [name] })),
      ...groups.filter((g) => g.start >= from && g.start < to).map((g) => ({
        at: g.start,
        names: g.listed.length > 0 ? g.listed : (g.members ?? []).map((code): ParticipantName => ({ code, asWritten: g.asWritten, start: g.start, end: g.end, viaGroup: true })),
      })),
    ].sort((a, b) => a.at - b.at);
    // "A public prosecutor, who came from the bench, is now working in Cambodia": a clause between the
    // cue and the first name; the name is not where they came from.
    let end = items.length > 0 && wordsBetween(text.slice(cueEnd, items[0]!.at)) > 3 ? Number.POSITIVE_INFINITY : -1;
    if (end === Number.POSITIVE_INFINITY) return out;
    for (const item of items) {
      // "… from eight countries — Cambodia, …, Viet Nam — discussed … with experts from UNODC and Hong
      // Kong": the list ends where a clause of other words comes between two names.
      if (end >= 0 && wordsBetween(text.slice(end, item.at)) > 2) break;
      for (const name of item.names) if (!out.some((seen) => seen.code === name.code)) out.push(name);
      end = Math.max(end, ...item.names.map((name) => name.end), item.at);
    }
    return out;
  };

  // "from ten ASEAN countries and Timor-Leste, except Myanmar": whatever a text excepts takes no part.
  const cueBefore = CUE_BEFORE_HINT.test(text);
  const cueAfter = CUE_AFTER_HINT.test(text);
  if (!cueBefore && !cueAfter) return undefined;
  const excepted = new Set(exceptedCountries(text, names, groups));
  const taking = (countries: ParticipantName[]) => countries.filter((name) => !excepted.has(name.code));
  // "11 countries: the ten ASEAN member states + Timor-Leste": a line (a slide's, a list's) that opens
  // with a count of countries and lists them, read only when the list has that many.
  const counted = COUNTRIES_LINE.exec(text);
  if (counted) {
    const from = counted.index + counted[0].length;
    const countries = taking(collect(from, text.length, from));
    if (countries.length > 0 && countries.length === parseCardinal(counted[1]!)) return { countries, start: counted.index, end: Math.max(...countries.map((name) => name.end)) };
  }
  for (const cue of cueBefore ? allMatches(CUE_BEFORE_LIST, text) : []) {
    const from = cue.index;
    const rest = text.slice(from + cue[0].length);
    const stop = LIST_END.exec(rest);
    const to = stop ? from + cue[0].length + stop.index : text.length;
    const countries = taking(collect(from, to, from + cue[0].length));
    if (countries.length > 0) return { countries, start: from, end: to };
  }
  for (const cue of cueAfter ? allMatches(CUE_AFTER_LIST, text) : []) {
    // "Brunei and Singapore were there for the first time, so every one of the ten ASEAN countries sent
    // people": the clause of the verb, after ";" or a joining ", so", ", but" (", and" may end a list).
    const joined = [...allMatches(/,\s+(?:so|but|thus|hence)\s+/gu, text.slice(0, cue.index))].pop();
    const clauseStart = Math.max(text.slice(0, cue.index).lastIndexOf(";") + 1, joined ? joined.index + joined[0].length : 0);
    const countries = taking(collect(clauseStart, cue.index));
    // "Because travel to Japan was restricted, …: practitioners followed recorded lectures and joined …":
    // the names must be the subject of the verb, not a clause or two before it.
    const lastEnd = Math.max(0, ...countries.map((name) => name.end));
    if (countries.length > 0 && wordsBetween(text.slice(lastEnd, cue.index)) <= 4) return { countries, start: clauseStart, end: cue.index + cue[0].length };
  }
  return undefined;
}

// "the Japan Federation of Bar Associations", "the Japan Fair Trade Commission": a country's name at the
// head of a body's capitalised name; "some 200 people from Japan and abroad": home and abroad, no list.
const BODY_NAME_AFTER = /^\s+(?!(?:SAR|PDR|and|or|as)\b)\p{Lu}\p{Ll}/u;
const HOME_AND_ABROAD = /^\s+and\s+(?:abroad|overseas|elsewhere|beyond|other\s+countries)\b/iu;

/** Whether a country's name, where it stands, names no country taking part. */
function namesNoCountry(text: string, name: { end: number }): boolean {
  const after = text.slice(name.end, name.end + 24);
  return BODY_NAME_AFTER.test(after) || HOME_AND_ABROAD.test(after);
}

// Words that join the names of one list: "…, and the Philippines", "… as well as from Timor-Leste".
const LIST_GLUE: ReadonlySet<string> = new Set(["and", "or", "the", "as", "well", "from", "also", "plus", "including", "namely", "together", "with", "of", "in", "total", "all", "following", "each", "other", "republic", "kingdom", "state", "states", "member", "members", "countries", "country", "nations", "economies", "jurisdictions"]);
const COUNT_WORD = new RegExp(`^(?:${CARDINAL_SOURCE})$`, "iu");

/** The words between two names of a list that are not its glue. */
function wordsBetween(gap: string): number {
  // What a bracket adds to a name ("Cambodia (two judges and one prosecutor), Laos …") is part of the list.
  return (gap.replace(/\([^()]*\)/gu, " ").match(/[\p{L}\p{N}-]+/gu) ?? []).filter((word) => !LIST_GLUE.has(word.toLowerCase()) && !COUNT_WORD.test(word) && !/^\p{Lu}{2,}$/u.test(word)).length;
}

const STAYED_AWAY = /^\s+(?:(?:was|were|having\s+been|being)\s+(?:unable|not\s+able)\s+to|could\s+not|couldn['’]t|did\s+not|didn['’]t|was\s+not\s+able\s+to)\s+(?:attend|take\s+part|participate|join|come|send\b)|^\s+(?:was|were)\s+absent\b/iu;
const EXCEPT = /\b(?:except(?:\s+for)?|excluding|other\s+than|but\s+not|with\s+the\s+exception\s+of|apart\s+from|save\s+for)\s+(?:the\s+)?$/i;

/**
 * Codes of the countries named right after "except", "excluding", "other than" (a list of them). An
 * exception attached to a group is the group's to read ("the ten ASEAN member states, except Myanmar,
 * and Timor-Leste" leaves out Myanmar only).
 */
function exceptedCountries(text: string, names: readonly CountryNameMatch[], groups: readonly GroupMatch[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    // "Brunei was unable to attend, and the other nine … each sent two": a country that stayed away.
    if (STAYED_AWAY.test(text.slice(name.end, name.end + 60))) {
      out.push(name.code);
      continue;
    }
    if (!EXCEPT.test(text.slice(Math.max(0, name.start - 40), name.start))) continue;
    const group = groups.find((g) => g.excluded.some((excluded) => excluded.start === name.start));
    const list = group ? group.excluded : readCountryList(text, name.start, names, true).list;
    out.push(...list.map((listed) => listed.code));
  }
  return out;
}
