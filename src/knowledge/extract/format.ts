// How an edition was delivered: online, in person (with its place when stated) or hybrid.
import type { Format } from "../types.js";
import { findCountryNames } from "../countries.js";
import { ORDINAL_SOURCE } from "../ordinals.js";
import { findRegions } from "./regions.js";
import { allMatches, MONTH_SOURCE } from "./text.js";

export interface FormatMatch {
  format: Format;
  /** Where the deciding words are. */
  start: number;
  end: number;
}

// …and "combined attendance at the venue with online streaming": some there, the rest watching online.
const HYBRID = /\bhybrid\b|\bcombin(?:ed|ing)\s+(?:in[\s-]person\s+|on[\s-]site\s+)?(?:attendance|participation)\s+(?:at\s+the\s+(?:venue|site|hall)\s+|in\s+person\s+)?with\s+(?:online|live)\s+(?:streaming|participation|attendance|viewing)\b|\bboth\s+online\s+and\s+(?:in[\s-]person|face[\s-]to[\s-]face|on[\s-]site)|\b(?:in[\s-]person|face[\s-]to[\s-]face|on[\s-]site)\s+and\s+online\b|\bonline\s+and\s+(?:in[\s-]person|face[\s-]to[\s-]face|on[\s-]site)\b/i;
const ONLINE = /\b(?:online|virtually|in\s+a\s+(?:virtual|remote)\s+format|(?:virtual|remote)\s+format|remotely|web-based|webinars?|(?<!(?:linked|connected|joined)\s+)(?:via|by)\s+(?:video|web|online)[\s-]?conferenc\w*|via\s+(?:Zoom|Microsoft\s+Teams|Teams|Webex)|e-learning)\b/i;
// …"the lecture reached the group online", "Visiting expert's lecture (online)".
const TALK_BEFORE = /(?:\b(?:his|her|their|its|a|one|the)|[\p{L}-]+['’]s)\s+(?:(?:keynote|guest|special|online)\s+)?(?:lectures?|presentations?|speech|remarks|address|talk)\b[^;]*$/iu;
// A caption that opens with the talk: "Lecture by the overseas expert (online)".
const TALK_CAPTION = /^\s*[*_]*\s*(?:(?:Keynote|Guest|Special|Online)\s+)?(?:Lectures?|Presentations?|Speech|Talk|Remarks|Address)\s+(?:by|from|of)\b[^;.]*$/iu;
// …and "took part, some at the venue and some online": who joined how, not how the edition was held;
// "met in person again … after two years online": how the editions before were held.
const SOME_JOINED_BEFORE = /\b(?:a\s+few|some|several|others|a\s+handful|a\s+number|one|two|three|four|five)(?:\s+(?:of\s+them|of\s+the\s+participants|participants|delegates|practitioners|people|speakers))?\s+(?:also\s+)?(?:joined|participated|took\s+part|attended|followed(?:\s+it)?)\s*$|\b(?:and|while|with|but)\s+(?:some|others|the\s+others|the\s+rest|a\s+few|many)\s*$|\bafter\s+(?:[\p{L}-]+\s+){0,3}?(?:years?|editions?|seminars?|sessions?|courses?)\s*$/iu;
const RANK_BEFORE = new RegExp(`(?:\\b(?:was|is|were|became|becoming|being|as|marked|marks|making\\s+it)\\s+(?:also\\s+|only\\s+)?|[:;—–]\\s*|,\\s+)the\\s+(?:${ORDINAL_SOURCE})(?:\\s+(?:ever|time))?(?:\\s+(?!(?:was|were|is)\\b)[\\p{L}-]+){0,3}?\\s+(?:to\\s+(?:be\\s+)?|ever\\s+)?$`, "iu");
const PREPARING_BEFORE = /\b(?:preparations?|plans?|planning|arrangements|work|talks|discussions|negotiations)\s+(?:(?:are|is|were|was|have\s+been|has\s+been)\s+)?(?:now\s+|already\s+|well\s+)?$/iu;
const PLAN_BEFORE = /\b(?:prepar(?:ing|es|ed)|plans?|planning|planned|intends?|intending|aims?|aiming|hopes?|hoping|expects?|expecting)\s+to\b[^.;]*$/iu;
const IN_PERSON = /\b(?:in[\s-]person|face[\s-]to[\s-]face|on[\s-]site|physically)\b/i;

// A date between the verb and the place: "held from 12 May to 9 June 2022 at UNAFEI".
const DATE_WORD = `(?:\\d{1,2}(?:st|nd|rd|th)?|${MONTH_SOURCE}|(?:19|20)\\d{2}|FY\\s?(?:19|20)\\d{2}|to|and|until|through|early|mid|late|[-–])`;
// Also "for three days, from 17 to 19 December of Reiwa 1 (2019)": a length, an era year, a year in brackets.
const DATE_GAP = `(?:,?\\s+for\\s+[\\p{L}-]+\\s+(?:days|weeks|months))?(?:,?\\s+(?:(?:from|between|on|during|in|until|till|through)\\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?|${MONTH_SOURCE}|FY)(?:[\\s–-]*${DATE_WORD},?){0,8}(?:\\s+of\\s+(?:Reiwa|Heisei)\\s+\\d{1,2})?(?:\\s*\\((?:19|20)\\d{2}\\))?)?`;
// "held in Kuala Lumpur, Malaysia", "conducted at UNAFEI", "took place in Tokyo".
const CAPITALISED = "[\\p{Lu}][\\p{L}'’.-]*";
// "Main Conference Room of the Ministry of Justice": "of the" inside a name.
// …and "Research and Training Institute": "and" inside a body's name, before the word that makes it one.
const BODY_WORD = "(?:Institute|Department|Centre|Center|Office|Ministry|Agency|Division|Bureau|Hall|Building|Room|College|University|School|Academy|Commission|Court)";
const PLACE_RUN = `${CAPITALISED}(?:\\s+(?:${CAPITALISED}|d['’]${CAPITALISED}|de|of(?:\\s+the(?=\\s+[\\p{Lu}]))?|du|la|al|and(?=\\s+${CAPITALISED}\\s+${BODY_WORD}\\b)))*`;
// The kind of building a venue's name is followed by in lower case: "the Palm Club hotel in Cocody".
const VENUE_KIND = "(?:hotel|hall|centre|center|building|complex|campus)";
// "in the central Vietnamese city of Da Nang", "in the Indonesian capital, Jakarta": what kind of town it is, then its name.
const TOWN_OF = "(?:(?:[\\p{L}-]+\\s+){0,3}?(?:city|town|port|capital|province)(?:\\s+of|,)?\\s+(?=\\p{Lu}))?";
// …and "drew about 200 people in Japan and abroad": where the people were.
const PEOPLE_WHO_BEFORE = /\b(?:who|whose)\s+(?:[\p{L}'’-]+\s+){1,7}$|\b(?:people|participants|viewers|attendees|officials|practitioners|guests)\s+$/u;
const VENUE = new RegExp(
  // "The 5th came to Tokyo", "the third and fourth went to Manila".
  // "… spent three days at the JW Marriott Hotel in Jakarta".
  `\\b(?:(?:came|went|moved)(?=\\s+to\\s+\\p{Lu})|spent\\s+(?:[\\p{L}-]+\\s+)?(?:days|weeks|a\\s+week)|(?:were|was)\\s+(?:planned|scheduled)|[Hh]eld|[Cc]onducted|[Oo]rgani[sz]ed|[Hh]osted|[Cc]onvened|took\\s+place|(?:take|takes|taking)\\s+place|implemented|carried\\s+out|opened|took\\s+part|ran|met|was\\s+staged|came\\s+together|gathered|assembled|under\\s*way|(?:hosting|holding)\\s+it(?:\\s+here)?|(?:is|are|was|were)\\s+(?:now\\s+)?(?:holding|hosting|running))` +
  // "co-hosted it, again in Manila": the edition as the object, then the place.
  `(?:\\s+it(?=,?\\s+(?:again|also|in|at)\\b))?` +
  // "was hosted by UNAFEI in Akishima": who held it, then where.
  // (The body's name ends at a full stop: "co-hosted by the SPP. The Melia Hanoi Hotel in Hanoi …".)
  `(?:\\s+by\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}'’-]*(?:\\s+(?:[\\p{Lu}][\\p{L}'’-]*|of(?:\\s+the)?))*(?=\\s+(?:in|at)\\s+\\p{Lu}))?` +
  `(?:,?\\s+(?:in[\\s-]person|face[\\s-]to[\\s-]face|physically|jointly|successfully|again|also|online|on[\\s-]site|yesterday|today|(?:this|that|on\\s+the)\\s+(?:morning|afternoon|evening|week)))*` +
  // "at the Palm Club hotel in Cocody": a name, the kind of building in lower case, and its town.
  // "… in the complex's International Conference Hall": a lower-case owner before the name.
  `${DATE_GAP},?\\s+(?:in|at|(?<=(?:came|went|moved)\\s+)to)\\s+(?:the\\s+)?(?:\\p{Ll}+['’]s\\s+)?${TOWN_OF}(${PLACE_RUN}(?:,\\s+(?:the\\s+)?${PLACE_RUN})*(?:\\s+${VENUE_KIND}\\s+in\\s+${PLACE_RUN})?)`,
  "gu",
);
// "in Tokyo", "in Hanoi, Viet Nam": a place without a verb only right after the edition's name, or when
// a country ends it.
const BARE_IN = new RegExp(`(?<![\\p{L}])(in|at)\\s+(?:the\\s+)?${TOWN_OF}(${PLACE_RUN}(?:,\\s+(?:the\\s+)?${PLACE_RUN})*)`, "gu");
// …or when a date follows it at once: "in Tokyo from 10 January".
const DATE_FOLLOWS = new RegExp(`^,?\\s+(?:(?:from|between|on|during|in)\\s+(?:\\d|${MONTH_SOURCE})|\\d{1,2}\\s*[-–]|${MONTH_SOURCE})`, "u");

// "… Countries (the GG Seminar) in the Main Conference Room …": a parenthesis after the name too.
const LEAD_TO_VENUE = /^(?:[\s,]|\([^()]{1,160}\)|in[\s-]person|face[\s-]to[\s-]face|physically|on[\s-]site|at\s+(?:its|their|the)\s+(?:own\s+)?(?:premises|headquarters|facilities|facility|campus|offices?))*$/i;

const NOT_A_PLACE = new RegExp(`^(?:${MONTH_SOURCE}|FY|Fiscal|Japan's|The|This|That|Addition|Particular|Order|Total|Part|Response|Cooperation|Collaboration)\\b`, "u");

/** Trim a captured place at the first word that starts a date or a new clause. */
function cleanPlace(raw: string): string | undefined {
  const words = raw.split(/(?<=,)\s+|\s+/);
  const kept: string[] = [];
  for (const word of words) {
    if (new RegExp(`^${MONTH_SOURCE}`, "u").test(word) || /^(?:FY|From|Between|During|On|In)$/.test(word)) break;
    kept.push(word);
  }
  // A venue has three parts at most ("Main Conference Room, Ministry of Justice, Tokyo"), and no
  // organisation's letters: "in Tokyo, JICA, the Japan Fair Trade Commission, …" lists who came.
  const parts: string[] = [];
  for (const part of kept.join(" ").replace(/[,.;:]+$/, "").split(/,\s+/)) {
    if (parts.length === 3 || /^(?:the\s+)?[A-Z]{2,}(?:\s|$)/u.test(part) && parts.length > 0) break;
    parts.push(part);
  }
  const place = parts.join(", ").trim();
  if (!place || NOT_A_PLACE.test(place)) return undefined;
  // "at UNAFEI's new facility": the capitals stop at the owner; the place is what follows, in lower case.
  if (/['’]s$/u.test(place)) return undefined;
  // "took part in the GG Seminar": a programme is no place.
  if (/\b(?:Seminars?|Courses?|Programmes?|Programs?|Trainings?|Workshops?|Forums?|Symposi(?:um|a)|Meetings?|Sessions?|Lectures?)$/u.test(place)) return undefined;
  // A region is where participants come from, not a venue: "in Asia".
  const regions = findRegions(place);
  if (regions.length === 1 && regions[0]!.start === 0 && regions[0]!.end === place.length) return undefined;
  return place;
}

// A venue named as such: "X served as the main venue", "with X as the main venue", "the venue was X".
const AS_THE_VENUE = /(?:^|[,;]\s+|\bwith\s+)((?:the\s+)?[^,;.()]{3,120}?)\s+(?:served\s+|was\s+used\s+|acted\s+)?as\s+(?:the\s+)?(?:main\s+)?venue\b/iu;
const VENUE_WAS = /\b(?:the\s+)?(?:main\s+)?venue\s+(?:was|is)\s+(?:the\s+)?([^,;.()]{3,120})/iu;
// "Kuala Lumpur was the host city", "Manila was the venue", "The Melia Hanoi Hotel in Hanoi was the venue".
// …and with a description between commas: "Manila, the capital of the Philippines, was the venue".
const HOST_CITY = new RegExp(`(?:^|[,;]\\s+|\\.\\s+)((?:[Tt]he\\s+)?${PLACE_RUN}(?:,?\\s+in\\s+${PLACE_RUN})?)(?:,\\s+(?:the|a|an)\\s+[^,;()]{3,60},)?\\s+(?:was|is)\\s+(?:the|its)\\s+(?:host\\s+(?:city|town|venue)|venue)\\b`, "u");

// (The dates as a period: "on …", "from … to …"; not "a report dated 3 March 2023 at the Ministry".)
const DATES_THEN_AT = new RegExp(`\\b(?:on|from|between)\\s+\\d{1,2}(?:\\s*(?:and|to|–|-)\\s*\\d{1,2})?(?:\\s+${MONTH_SOURCE})?(?:\\s*(?:to|–|-)\\s*\\d{1,2})?\\s+${MONTH_SOURCE},?\\s+(?:19|20)\\d{2},?\\s+at\\s+(?:the\\s+)?(${PLACE_RUN}(?:\\s+in\\s+${PLACE_RUN})?)`, "u");

// "two days of lectures in Japan, at the International Cooperation Department in Osaka": where a
// training's days were spent, as its parts are written ("then six days in Cambodia").
const DAYS_AT = new RegExp(`\\b(?:days?|weeks?)\\s+of\\s+(?:lectures|classes|study|sessions|training)(?:\\s+in\\s+Japan)?,?\\s+at\\s+(?:the\\s+)?(${PLACE_RUN}(?:\\s+in\\s+${PLACE_RUN})?)`, "u");

// "Kuala Lumpur, Malaysia, hosted the eighth GG seminar": a place that ends with a country, as subject.
const PLACE_HOSTED = new RegExp(`(?:^|[,;]\\s+)(${PLACE_RUN}(?:,\\s+(?:the\\s+)?${PLACE_RUN})+),?\\s+(?:hosted|welcomed)\\b`, "gu");

// "From 24 to 26 November, the JW Marriott Hotel in Jakarta held the ninth …": a building named as the
// subject that held or hosted it (a body that hosted it is its organiser, not its venue).
const VENUE_KIND_NAME = "(?:Hotel|Hall|Centre|Center|Building|Complex|Room|Campus|Palace|Plaza|Resort|Auditorium)";
const BUILDING_HELD = new RegExp(`(?:^|[,;]\\s+)(?:[Tt]he\\s+)?((?:${CAPITALISED}\\s+){0,5}${VENUE_KIND_NAME}(?:\\s+in\\s+${PLACE_RUN}(?:,\\s+${PLACE_RUN})?)?),?\\s+(?:held|hosted|welcomed)\\s+(?:the|its|an?)\\b`, "u");

// "brought 29 trainees from 21 countries to the International Legal Affairs Complex in Akishima",
// "brought together twenty judges at the Melia Hanoi Hotel": where the edition brought its people.
const PEOPLE_NOUN = "(?:participants|trainees|practitioners|officials|delegates|judges|prosecutors|investigators|officers|lawyers|experts|people|members)";
const BROUGHT_TO = new RegExp(`\\bbrought\\s+(?:together\\s+)?(?:(?:some|about|around|nearly|over|more\\s+than)\\s+)?(?:\\d{1,4}|[\\p{Ll}-]+)\\s+(?:[\\p{L}-]+\\s+){0,3}?${PEOPLE_NOUN}(?:\\s+from\\s+(?:\\d{1,3}|[\\p{Ll}-]+)\\s+(?:countries|nations|jurisdictions|economies))?(?:\\s+together)?,?\\s+(?:to|at)\\s+(?:the\\s+)?(${PLACE_RUN}(?:,\\s+(?:the\\s+)?${PLACE_RUN})*)`, "u");

/**
 * Where an edition was held. `bare`: whether "in Tokyo" without a verb may be the venue, as it may
 * right by the edition's name; a later sentence must say "held in" ("… of prosecution practice in
 * Japan" is no venue).
 */
// "The Fifth Seminar (7 to 9 December 2011, Main Conference Room of the Ministry of Justice, Tokyo)":
// dates and venue in brackets right after the name.
const BRACKETED_VENUE = new RegExp(`^\\s*\\([^()]*?(?:19|20)\\d{2}\\s*[,;]\\s*(?:the\\s+)?(${PLACE_RUN}(?:,\\s+(?:the\\s+)?${PLACE_RUN})*)\\s*\\)`, "u");
// "In Hanoi, at the Melia Hanoi Hotel, eighteen practitioners met from …": a place fronted, then the
// verb of meeting in the main clause.
const FRONTED_PLACE = new RegExp(`^(?:In|At)\\s+(?:the\\s+)?(${PLACE_RUN}(?:,\\s+(?:at\\s+)?(?:the\\s+)?${PLACE_RUN})*)\\s*,(?=[^.;]*\\b(?:met|gathered|was\\s+held|were\\s+held|took\\s+place|convened)\\b)`, "u");

// "17 to 19 October of Heisei 29 (2017), at the Melia Hanoi Hotel in Hanoi, co-hosted by …": a line that
// opens with its dates and gives the place after them, with no verb (a list item, a dateline).
// …also after a title set off by a dash: "On the 13th GG Seminar — 17–19 December 2019 at the … Complex".
// (The title names a programme: "The report — Tokyo, 3 March 2020" is a dateline of something else.)
const PROGRAMME_TITLE = "[^—–.;:]{0,80}\\b(?:Seminars?|Courses?|Programmes?|Programs?|Trainings?|Forums?|Meetings?|Symposi(?:um|a)|Sessions?|Workshops?|GG\\d{1,2})\\b[^—–.;:]{0,40}";
// (A stretch read from the edition's name on starts at the dash.)
const TITLE_DASH = `(?:(?:${PROGRAMME_TITLE})?\\s*[—–]\\s+)?`;
const DATELINE_PLACE = new RegExp(`^\\s*${TITLE_DASH}(?:(?:From|On)\\s+)?\\d{1,2}(?:\\s*(?:to|–|-|and)\\s*\\d{1,2})?\\s+${MONTH_SOURCE}(?:\\s+of\\s+(?:Reiwa|Heisei|Showa)\\s+\\d{1,2})?(?:\\s*\\((?:19|20)\\d{2}\\))?(?:,?\\s+(?:19|20)\\d{2})?,?\\s+(?:at|in)\\s+(?:the\\s+)?(${PLACE_RUN}(?:(?:,\\s+|\\s+in\\s+)(?:the\\s+)?${PLACE_RUN})*)`, "u");

// "On the 11th GG Seminar — Melia Hanoi Hotel, Hanoi, 17 to 19 October 2017, co-hosted with …": a line
// that sums up a seminar after its title gives the place first, then the dates, with no verb.
const DASH_PLACE_THEN_DATES = new RegExp(`^(?:${PROGRAMME_TITLE})?\\s*[—–]\\s+(?:the\\s+)?(${PLACE_RUN}(?:,\\s+(?:the\\s+)?${PLACE_RUN})*(?:\\s+\\((?:the\\s+)?${PLACE_RUN}\\))?),\\s+\\d{1,2}(?:\\s*(?:to|–|-)\\s*\\d{1,2})?\\s+${MONTH_SOURCE}`, "u");

export function findPlace(text: string, bare = true): { place: string; start: number; end: number } | undefined {
  const found = placeAsWritten(text, bare);
  return found && withPlacesListed(text, found);
}

// "in Osaka, Viet Nam and Laos": the capitals of a place stop at "and"; a country after it, when the
// place already ends on one, goes on the list ("Osaka, Viet Nam" is no place).
const AND_COUNTRY = /^\s+and\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u;

/** Whether a place is one country's name and nothing more. */
function isCountry(place: string): boolean {
  const countries = findCountryNames(place);
  return countries.length === 1 && countries[0]!.start <= 4 && countries[0]!.end === place.length;
}

// The verb a bare "in Japan" follows; a verbed match starts at it, so only the bare one has it before.
const HOSTING_VERB_END = /(?:held|hosted|convened|organi[sz]ed|(?:take|taken|took)\s+place)\s+$/u;

/**
 * "…, was the first ever held in Japan", "the third GG Seminar to take place in Japan": a rank among the
 * host countries, not the venue ("the second to be held in Tokyo" still names the city).
 */
function ranksHostCountry(text: string, index: number, place: string): boolean {
  return isCountry(place) && RANK_BEFORE.test(text.slice(Math.max(0, index - 100), index).replace(HOSTING_VERB_END, ""));
}

function withPlacesListed(text: string, found: { place: string; start: number; end: number }): { place: string; start: number; end: number } {
  const more = AND_COUNTRY.exec(text.slice(found.end));
  if (!more || !found.place.includes(", ")) return found;
  const last = found.place.slice(found.place.lastIndexOf(", ") + 2);
  const end = found.end + more[0].length;
  // "… in Manila, the Philippines and Thailand sent …": the country after "and" starts a clause.
  if (!isCountry(more[1]!) || !isCountry(last) || !/^\s*(?:[.,;:)—–]|$|\s(?:in|on|from|between|during|for|respectively)\b)/u.test(text.slice(end))) return found;
  return { place: text.slice(found.start, end), start: found.start, end };
}

// "Venue: Kuala Lumpur, Malaysia", "**Place:** the Melia Hanoi Hotel, Hanoi": a line that labels its place.
const VENUE_LABEL = new RegExp(`^\\s*(?:[*_]{1,2})?(?:Venue|Place|Location)(?:[*_]{1,2})?\\s*:\\s*(?:[*_]{1,2}\\s*)?(?:the\\s+)?(${PLACE_RUN}(?:,\\s+(?:the\\s+)?${PLACE_RUN})*)`, "u");

function placeAsWritten(text: string, bare: boolean): { place: string; start: number; end: number } | undefined {
  const labelled = VENUE_LABEL.exec(text);
  const onLabel = labelled ? cleanPlace(labelled[1]!) : undefined;
  if (labelled && onLabel) {
    const start = labelled.index + labelled[0].length - labelled[1]!.length;
    return { place: onLabel, start, end: start + onLabel.length };
  }
  const dateline = DATELINE_PLACE.exec(text);
  const onLine = dateline ? cleanPlace(dateline[1]!) : undefined;
  if (dateline && onLine) {
    const start = dateline.index + dateline[0].length - dateline[1]!.length;
    return { place: onLine, start, end: start + onLine.length };
  }
  const summed = DASH_PLACE_THEN_DATES.exec(text);
  const onSummary = summed ? cleanPlace(summed[1]!) : undefined;
  if (summed && onSummary) {
    const start = summed.index + summed[0].indexOf(summed[1]!);
    return { place: onSummary, start, end: start + onSummary.length };
  }
  const bracketed = bare ? BRACKETED_VENUE.exec(text) : null;
  const inBrackets = bracketed ? cleanPlace(bracketed[1]!) : undefined;
  if (bracketed && inBrackets) {
    const start = bracketed.index + bracketed[0].indexOf(bracketed[1]!);
    return { place: inBrackets, start, end: start + inBrackets.length };
  }
  const fronted = FRONTED_PLACE.exec(text);
  if (fronted) {
    // "In Hanoi, at the Melia Hanoi Hotel": the venue, then the city it is in.
    const [where, venue] = fronted[1]!.split(/,\s+at\s+(?:the\s+)?/u);
    const written = venue ? `${venue}, ${where}` : where!;
    const place = cleanPlace(written);
    const start = fronted.index + fronted[0].indexOf(fronted[1]!);
    if (place === written) return { place, start, end: start + fronted[1]!.length };
  }
  const building = BUILDING_HELD.exec(text);
  if (building) {
    const start = building.index + building[0].indexOf(building[1]!);
    return { place: building[1]!, start, end: start + building[1]!.length };
  }
  for (const match of allMatches(PLACE_HOSTED, text)) {
    const place = cleanPlace(match[1]!);
    const countries = place ? findCountryNames(place) : [];
    if (place && countries.length > 0 && countries[countries.length - 1]!.end === place.length) {
      const start = match.index + match[0].indexOf(match[1]!);
      return { place, start, end: start + place.length };
    }
  }
  for (const match of allMatches(VENUE, text)) {
    // "Preparations are under way in the … Office": where the preparing is done, not the edition.
    if (PREPARING_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    const place = cleanPlace(match[1]!);
    if (place && ranksHostCountry(text, match.index, place)) continue;
    // "The 5th came to Tokyo": only right after the edition's name; "trainees came to Japan", "UNAFEI
    // moved to Akishima" tell where people or a body went.
    if (/^(?:came|went|moved)\s+to\b/u.test(match[0].slice(match[0].search(/\S/u))) && text.slice(0, match.index).trim() !== "") continue;
    if (place) {
      const start = match.index + match[0].length - match[1]!.length;
      return { place, start, end: start + place.length };
    }
  }
  const brought = BROUGHT_TO.exec(text);
  const broughtTo = brought ? cleanPlace(brought[1]!) : undefined;
  if (brought && broughtTo) {
    const start = brought.index + brought[0].length - brought[1]!.length;
    return { place: broughtTo, start, end: start + broughtTo.length };
  }
  const daysAt = DAYS_AT.exec(text);
  const spent = daysAt ? cleanPlace(daysAt[1]!) : undefined;
  if (daysAt && spent) {
    const start = daysAt.index + daysAt[0].length - daysAt[1]!.length;
    return { place: spent, start, end: start + spent.length };
  }
  // "The international conference room in Osaka served as the main venue", "with the International
  // Conference Room of the Department as the main venue", "the venue was the Melia Hanoi Hotel".
  const named = AS_THE_VENUE.exec(text) ?? VENUE_WAS.exec(text) ?? HOST_CITY.exec(text);
  const venue = named?.[1]?.replace(/^(?:with\s+)?the\s+/iu, "").trim();
  if (named && venue && /\p{Lu}/u.test(venue) && !NOT_A_PLACE.test(venue)) {
    const start = named.index + named[0].indexOf(venue);
    return { place: venue, start, end: start + venue.length };
  }
  // "… held its second forum on 13 and 14 February 2023 at the Westin Hotel Tokyo": after the dates of
  // a holding, "at" names the venue.
  const afterDates = DATES_THEN_AT.exec(text);
  const datedVenue = afterDates ? cleanPlace(afterDates[1]!) : undefined;
  if (afterDates && datedVenue) {
    const start = afterDates.index + afterDates[0].length - afterDates[1]!.length;
    return { place: datedVenue, start, end: start + datedVenue.length };
  }
  for (const match of bare ? allMatches(BARE_IN, text) : []) {
    const place = cleanPlace(match[2]!);
    if (!place) continue;
    // "… for fourteen judges who handle intellectual property cases in Indonesia": where the people work.
    if (PEOPLE_WHO_BEFORE.test(text.slice(Math.max(0, match.index - 80), match.index))) continue;
    if (ranksHostCountry(text, match.index, place)) continue;
    const start = match.index + match[0].length - match[2]!.length;
    const countries = findCountryNames(place);
    const last = countries[countries.length - 1];
    // Right after the edition's name ("the 10th GG Seminar in Tokyo", "… in person at its premises in
    // Akishima, Tokyo") the place is the venue.
    const atStart = LEAD_TO_VENUE.test(text.slice(0, match.index));
    // "…, the third on 24 and 25 June 2024, all of them in Tokyo": said of every edition listed.
    const ofAll = /\b(?:all|each|both)(?:\s+of\s+them)?\s*$/u.test(text.slice(Math.max(0, match.index - 20), match.index));
    // "at" names a venue only right after the edition's name ("the Ninth Seminar at the JW Marriott Hotel").
    if (match[1] === "at" && !atStart) continue;
    // "at UNAFEI in Tokyo": the town it is in.
    const town = match[1] === "at" ? new RegExp(`^\\s+in\\s+(?:the\\s+)?(${PLACE_RUN})`, "u").exec(text.slice(start + place.length)) : null;
    const inTown = town ? cleanPlace(town[1]!) : undefined;
    if (town && inTown) {
      const at = start + place.length + town[0].length - town[1]!.length;
      return { place: inTown, start: at, end: at + inTown.length };
    }
    if (atStart || ofAll || (last && last.end === place.length) || DATE_FOLLOWS.test(text.slice(start + place.length))) {
      return { place, start, end: start + place.length };
    }
  }
  return undefined;
}

/** The delivery format stated in a text, or undefined when it says nothing about it; `found` is the place already looked for, when known. */
export function findFormat(text: string, found: ReturnType<typeof findPlace> | null = findPlace(text)): FormatMatch | undefined {
  // `null`: the caller looked for a place and found none (undefined would look again, less strictly).
  const place = found ?? undefined;
  const hybrid = HYBRID.exec(text);
  if (hybrid) {
    return { format: place ? { mode: "hybrid", place: place.place } : { mode: "hybrid" }, start: hybrid.index, end: hybrid.index + hybrid[0].length };
  }
  const online = ONLINE.exec(text);
  // "her lecture was delivered online": a talk given online says nothing of how the edition was held;
  // nor does "a few joined online" of an edition held in person.
  // "… linked the Complex in Akishima with Osaka by video conference": venues joined, people there in person.
  const linksVenues = /conferenc/iu.test(online?.[0] ?? "") && /\b(?:linked|connected|joined)\b[^.;]{0,100}$/iu.test(text.slice(0, online!.index));
  if (online && !linksVenues && !SOME_JOINED_BEFORE.test(text.slice(Math.max(0, online.index - 60), online.index)) && !TALK_BEFORE.test(text.slice(Math.max(0, text.lastIndexOf(";", online.index) + 1, online.index - 60), online.index)) && !TALK_CAPTION.test(text.slice(0, online.index))) {
    return { format: { mode: "online" }, start: online.index, end: online.index + online[0].length };
  }
  if (place) return { format: { mode: "in person", place: place.place }, start: place.start, end: place.end };
  const inPerson = IN_PERSON.exec(text);
  // "It is now preparing to bring trainees back to Japan for face-to-face courses": a plan for later
  // courses, not how this one was held.
  if (inPerson && PLAN_BEFORE.test(text.slice(0, inPerson.index))) return undefined;
  if (inPerson) return { format: { mode: "in person" }, start: inPerson.index, end: inPerson.index + inPerson[0].length };
  return undefined;
}
