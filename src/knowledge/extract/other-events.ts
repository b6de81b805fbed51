// Stretches of a sentence that tell of something other than the edition it is about, so that no fact
// of the edition is read from them:
// - a relative clause about another event: "the Kyoto Declaration, adopted at the 14th United Nations
//   Congress (the “Kyoto Congress”) that met in Kyoto in Reiwa 3" (Kyoto and 2021 are the Congress's);
// - when the venue came to be: "… the Complex, to which UNAFEI moved in 2017"; "We moved to Akishima in
//   the autumn of 2017, and …";
// - the series' history told in passing: "UNAFEI has run it for ten years, ever since it held the first
//   seminar in Thailand in 2007" (Thailand and 2007 are the first seminar's);
// - a date told from the writer's "now": "In May last year (Heisei 25) …", "next year";
// - a project launched, an agreement signed, a law adopted: "In December 2015 JICA launched the Project …";
// - a date of a person's life: "… passed away on 26 May";
// - the day of a talk given at the edition: "On 31 October 2024, four lawyers lectured at the 26th …";
// - an event held during an edition: "the programme took place on 19 and 20 September, during the 182nd …".
import { ORDINAL_SOURCE } from "../ordinals.js";
import { allMatches, GIVES_A_TALK, MONTH_SOURCE, type Span } from "./text.js";

// "This year the programme took place at UNAFEI on two days, 19 and 20 September, during the 182nd
// International Training Course": what happened during an edition is another event; its days and
// place, told before "during", are its own.
const EVENT_DURING_EDITION = new RegExp(`^[^.;]{0,200}?\\b(?:took\\s+place|was\\s+held|were\\s+held|ran|happened|was\\s+organi[sz]ed)\\b[^.;]{0,160}?(?=,?\\s+(?:during|in\\s+the\\s+course\\s+of|as\\s+part\\s+of|on\\s+the\\s+sidelines\\s+of)\\s+the\\s+(?:${ORDINAL_SOURCE})\\b)`, "iu");

const OTHER_EVENT_CLAUSE = /\b(?:Congress|Conference|Summit|Assembly|Declaration|Convention|Olympics|Expo|Session)\b(?:\s+(?:on|of|for|against)\s+[^,;.()]{3,120}?)?(?:\s*\([^()]*\))?\s*,?\s*(?:that|which|where|when)\s+(?:(?:was|were|had\s+been)\s+)?(?:met|held|took\s+place|convened|adopted|gathered)\b[^.;]*/gu;
const HISTORY_CLAUSE = /\b(?:ever\s+since|since)\s+(?:it|they|we|UNAFEI|the\s+(?:institute|ministry|series|programme))\s+(?:first\s+)?(?:held|hosted|organi[sz]ed|began|started|launched|ran|convened)\b[^.;]*/giu;

// "… the International Legal Affairs Complex, to which UNAFEI moved in the autumn of 2017": when the
// place came to be, not when the edition was held.
const PLACE_HISTORY_CLAUSE = /\b(?:(?:to|in|at|into)\s+which|where|which)\s+(?:[^,.;]{0,60}?\s)?(?:moved|relocated|opened|was\s+(?:founded|established|built|completed|opened|renovated))\b[^.;]*/gu;

// "We moved to Akishima in the autumn of 2017, and no GG Seminar had yet been held there": a body's move,
// in a clause of its own, dates the move.
const BODY_MOVED = /(?<=^|[;,]\s+(?:and\s+)?|\.\s+)(?:We|UNAFEI|[Tt]he\s+(?:Institute|institute|Ministry|ministry|Department|department|Secretariat|secretariat|Centre|centre|Center|center|office))\s+(?:had\s+|has\s+|have\s+)?(?:moved|relocated)\b[^.;,]*/gu;

// "In May last year (Heisei 25) the Basic Policy was revised", "last December": a date told from the
// writer's "now", of something before or after the edition, never the edition's own period.
const RELATIVE_DATE = new RegExp(`\\b(?:(?:in|on|from|since|until)\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(?:${MONTH_SOURCE})\\s+(?:of\\s+)?)?(?:last|next|the\\s+previous|the\\s+following|the\\s+coming)\\s+(?:year|month|(?:${MONTH_SOURCE}))\\b(?:\\s*\\([^()]*\\))?`, "giu");

// "Professor Morishima … passed away on 26 May of Reiwa 6": a date of a person's life, not of the edition.
const LIFE_EVENT = /\b(?:passed\s+away|died|was\s+born|retired|took\s+office|was\s+appointed)\b[^.;,]*/giu;

// "On 31 October 2024, four lawyers … lectured at the 26th … Training": the day of a talk given at the
// edition, not the edition's dates. Only the leading date is the talk's; the rest may well be the edition's.
const TALK_DATE = new RegExp(`^\\s*(?:On|In)\\s+[^,;.]{3,60}?,(?=\\s+[^.;]{0,240}?\\b${GIVES_A_TALK}\\s+(?:at|to|during|before|in)\\b)`, "u");

// "He instead lectured online to the International Senior Seminar on Friday 7 February at 3:00 p.m.":
// a date after the talk's verb in its clause is the talk's too.
const DATE_OF_TALK = new RegExp(`\\b${GIVES_A_TALK}\\b[^.;]{0,120}?\\s(on\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_SOURCE}|on\\s+${MONTH_SOURCE}\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b`, "gu");

// "In our last issue we wrote that the 15th … took place in November 2021. It was held in December 2021.":
// what a correction says was written before, and wrong, is not stated.
const RETRACTED = /\b(?:in\s+(?:our|the)\s+(?:last|previous|earlier)\s+(?:issue|edition|article|report|number),?\s+)(?:we|it)\s+(?:wrongly\s+|mistakenly\s+|incorrectly\s+)?(?:wrote|said|stated|reported|printed|was\s+(?:written|stated|reported))\s+that\b[^.;]*/giu;

// "…, which Japan had proposed at the ASEAN–G7 Justice Ministers' Interface in July 2023": what was
// done before the edition, in a clause of its own, dates that.
const EARLIER_DEED = /,\s+which\s+[^,;.]{0,60}?\bhad\s+(?:(?:first|earlier|already)\s+)?(?:proposed|suggested|agreed|decided|announced|launched|called\s+for|initiated)\b[^.;]*/giu;

// "5 Nov 2024 — Minister of Justice visits participants of the 26th UNCAC Training Programme": the day
// of a visit to the edition, told before the verb, dates the visit.
// "On 11 October the Senior Vice-Minister sat in on the course": the same, of a visit to the edition itself.
const VISIT_TO_EDITION = /\b(?:sat|sits)\s+in\s+on\s+(?:the\s+|a\s+)?(?:course|seminar|programme|program|training|session|lectures?|class(?:es)?)\b/iu;
// "Day 1 (Tuesday 27 November): opening ceremony …": a day of the edition's programme, not its period.
const PROGRAMME_DAY = /\bDay\s+\d{1,2}\s*\([^()]*\)/gu;
// "she hopes one day to visit the Complex in Akishima in person": a hope, not how or where it was held.
const HOPE = /\b(?:hopes?|hoping|wish(?:es)?|dreams?\s+of)\s+(?:one\s+day\s+|some\s+day\s+|someday\s+)?to\b[^.;]*/giu;
// "… with trainees of the 26th … during his visit to the Complex (5 November 2024)": the visit's day.
const DURING_A_VISIT = /\b(?:during|on|at)\s+(?:his|her|their|a|the|an)\s+(?:official\s+|recent\s+)?visit\b[^.;]*/giu;
// "In December of Heisei 27 (2015) JICA launched the Project on Intellectual Property Rights …": what was
// launched, signed or adopted in that clause is dated, not the edition.
const LAUNCHED = /\b(?:launched|started|began|signed|concluded|adopted|enacted|promulgated)\s+(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:[Pp]rojects?|[Aa]greements?|[Mm]emorand(?:um|a)|[Pp]lans?|[Ss]trateg(?:y|ies)|[Ll]aws?|[Cc]odes?|[Cc]onventions?|[Tt]reaty|[Tt]reaties)\b/u;

// "In October of Heisei 21 (2009) a new JICA technical cooperation project started in Kenya": the same,
// with what began as the subject.
const BEGAN_ITSELF = /\b(?:[Pp]roject|[Aa]greement|[Mm]emorandum|[Pp]lan|[Ss]trategy|[Ll]aw|[Cc]ode|[Cc]onvention|[Tt]reaty)\s+(?:(?:was|were)\s+)?(?:started|began|launched|signed|concluded|adopted|enacted|promulgated)\b/u;

// "It was under way on 5 November 2024, when the Minister … toured": a day it was running, not its dates.
const UNDER_WAY_ON = /\b(?:was|were|is|are)\s+(?:already\s+|still\s+)?(?:under\s*way|running|in\s+progress|in\s+session)\s+(?:on|in|by)\s+[^,;.]{3,60}/gu;

// "On Tuesday 5 November 2024 the Minister of Justice toured the complex, … and met the participants":
// a dignitary's visit, told in a sentence of its own, dates the visit throughout.
const DIGNITARY_VISIT = /^(?:(?:On|In)\s+[^,;.]{3,60}?,?\s+)?(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}?(?:Minister|Vice-Minister|Ambassador|Secretary|Director-General|President|Governor|Mayor|Prince|Princess|Speaker)\b[^.;]{0,80}?\b(?:toured|visited|inspected|called\s+on)\b[^.;]*/u;
const VISIT_TO_PARTICIPANTS = /\b(?:visits?|visited|meets|met\s+(?:with\s+)?|calls\s+on|called\s+on|sat\s+in\s+on|sits\s+in\s+on|toured|addresses|addressed)\s+(?:the\s+)?(?:participants|trainees|fellows|delegates)\s+(?:of|in|at|attending)\b/iu;

// "nominations must reach UNAFEI … by 15 December 2017": a deadline, not a day of the edition.
const DEADLINE = /\b(?:deadline|nominations?|applications?|apply|register(?:ed)?|registration|submit(?:ted)?)\b[^.;]{0,100}?\b(?:by|before|no\s+later\s+than)\s+[^.;,]{3,40}/giu;

const EVENT_HINT = /Congress|Conference|Summit|Assembly|Declaration|Convention|Olympics|Expo|Session|since|which|where|last|next|previous|following|coming|passed|died|born|retired|office|appointed|issue/iu;
const VISIT_HINT = /visit|meets|\bmet\b|call(?:s|ed)\s+on|s[ai]ts?\s+in\s+on|toured|address/iu;
const TALK_HINT = /lectur|spoke|presented|gave/iu;

/** Spans of `text` about another event or about the series' past, in order. */
export function otherEventSpans(text: string): Span[] {
  // Each family of patterns is read only where the words it cannot match without stand (this runs on
  // every sentence that names or continues an edition).
  const spans: Span[] = [];
  const add = (pattern: RegExp): void => {
    for (const match of allMatches(pattern, text)) spans.push({ start: match.index, end: match.index + match[0].length });
  };
  if (EVENT_HINT.test(text)) for (const pattern of [RETRACTED, EARLIER_DEED, OTHER_EVENT_CLAUSE, HISTORY_CLAUSE, PLACE_HISTORY_CLAUSE, RELATIVE_DATE, LIFE_EVENT]) add(pattern);
  if (/moved|relocated/u.test(text)) add(BODY_MOVED);
  if (/under\s*way|running|in\s+progress|in\s+session/u.test(text)) add(UNDER_WAY_ON);
  if (/\bDay\s+\d/u.test(text)) add(PROGRAMME_DAY);
  if (/during|course\s+of|part\s+of|sidelines/iu.test(text)) add(EVENT_DURING_EDITION);
  if (/hop(?:e|ing)|wish|dream/iu.test(text)) add(HOPE);
  if (/deadline|nominat|applica|apply|regist|submit/iu.test(text)) add(DEADLINE);
  if (/visit/iu.test(text)) add(DURING_A_VISIT);
  if (/toured|visited|inspected|called\s+on/u.test(text)) add(DIGNITARY_VISIT);
  const launched = /launched|started|began|signed|concluded|adopted|enacted|promulgated/u.test(text) ? (LAUNCHED.exec(text) ?? BEGAN_ITSELF.exec(text)) : null;
  if (launched) {
    const before = text.slice(0, launched.index);
    const start = Math.max(0, before.lastIndexOf(";") + 1);
    const after = text.slice(launched.index).search(/;|,\s+(?:and|while|but|whereas)\s/u);
    spans.push({ start, end: after < 0 ? text.length : launched.index + after });
  }
  // The visit's whole clause: its day may come before the verb or after it.
  const visit = VISIT_HINT.test(text) ? (VISIT_TO_PARTICIPANTS.exec(text) ?? VISIT_TO_EDITION.exec(text)) : null;
  if (visit) {
    const before = text.slice(0, visit.index);
    const start = Math.max(0, before.lastIndexOf(";") + 1, before.lastIndexOf(", and ") + 1);
    const after = text.slice(visit.index).search(/;|,\s+(?:and|while|but)\s/u);
    spans.push({ start, end: after < 0 ? text.length : visit.index + after });
  }
  if (!TALK_HINT.test(text)) return spans.sort((a, b) => a.start - b.start);
  const talk = TALK_DATE.exec(text);
  // The talk's year is the edition's too (it was given during it): only the day and month are set aside.
  if (talk) spans.push({ start: talk.index, end: talk.index + (/,?\s+(?:19|20)\d{2}\s*,$/u.exec(talk[0])?.index ?? talk[0].length) });
  for (const date of allMatches(DATE_OF_TALK, text)) {
    const start = date.index + date[0].length - date[1]!.length;
    spans.push({ start, end: date.index + date[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}
