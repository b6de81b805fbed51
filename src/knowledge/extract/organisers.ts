// Who organised one edition, as its own scope says: "under the joint sponsorship of UNAFEI and the
// Malaysia Anti-Corruption Commission", "co-hosted with the Anti-Corruption Commission of
// Timor-Leste", "jointly organised by UNAFEI and the Ministry of Justice of Viet Nam", "in
// cooperation with the Supreme People's Procuracy", "UNAFEI held the 15th GG Seminar". Such a phrase
// belongs to the edition whose scope states it, never to every edition of the series.
import { resolveCountry } from "../countries.js";
import { allMatches, type Span } from "./text.js";

export interface OrganiserMatch extends Span {
  /** The organising bodies as written, joined as the text joins them: "UNAFEI and the Malaysia Anti-Corruption Commission". */
  value: string;
}

const CAP = "[\\p{Lu}][\\p{L}\\p{N}'’.-]*";
// Not "in": "co-hosted by Japan and Thailand in Bangkok" ends the bodies at the venue.
const CONNECT = "(?:of|for|and|the|on|against|to|de|du|&)";
// "Côte d'Ivoire's National Institute …": a lower-case "d'" inside a name.
// Its letters in brackets, or its name in the local language with them: "(KPK)", "(Komisi Pemberantasan Korupsi, KPK)".
const BODY = `(?:the\\s+)?${CAP}(?:\\s+(?:${CONNECT}\\s+)*(?:${CAP}|d['’]${CAP}))*(?:\\s*\\((?:[“"‘]?[\\p{Lu}][\\p{L}&.-]*[”"’]?)(?:\\s+[\\p{Lu}][\\p{L}&.-]*){0,6}(?:\\s*,\\s*[\\p{Lu}][\\p{L}&.-]*)?\\))?`;
// "the Malaysian Anti-Corruption Commission (MACC), Malaysia's anti-corruption agency, and …": a body
// may be followed by a short lower-case description of it between commas.
const APPOSITIVE = `(?:\\s*,\\s*(?:(?:the|a|an)\\s+)?(?:${CAP}['’]s\\s+)?\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,4}(?=\\s*,))?`;
const BODIES = `${BODY}${APPOSITIVE}(?:\\s*,\\s*${BODY}${APPOSITIVE})*(?:,?\\s+and\\s+${BODY})?`;

// A body by its full name: "the International Cooperation Department of the Research and Training
// Institute", "the Ministry of Justice".
export const FULL_NAME = `(?:the\\s+)?${CAP}(?:\\s+(?:${CONNECT}\\s+)*${CAP})*\\s+(?:Ministry|Institute|Commission|Office|Agency|Department|Procuracy|Court|Centre|Center|Foundation|Academy|University|Bureau|Council|Authority|Service)(?:\\s+(?:${CONNECT}\\s+)*${CAP})*|(?:the\\s+)?(?:Ministry|Institute|Commission|Office|Agency|Department|Procuracy)(?:\\s+(?:${CONNECT}\\s+)*${CAP})+`;

// A body named by its head noun alone: "During 2012 the Institute also hosted …", "the ministry
// organises it together with UNODC". Only the document can say which body it is (see bodies-by-head.ts),
// so these are resolved against the full names the document gives, or dropped.
export const BODY_BY_HEAD = "[Tt]he\\s+(?:[Mm]inistry|[Ii]nstitute|[Dd]epartment|Centre|Center|Commission|Academy|Secretariat)(?![\\p{L}])";

const BY_HEAD_ONLY = new RegExp(`^${BODY_BY_HEAD}$`, "u");

// A body as the subject of a passive verb: "(UNAFEI) is ", "the Institute, founded in 1962, is ".
const A_BODY_IS = /(?:\([A-Z][A-Za-z&]*[A-Z][A-Za-z&]*\)|\b(?:Institute|Ministry|Office|Centre|Center|Agency|Department|Commission|Foundation|University|Academy|Bureau|UNAFEI|JICA|UNODC|UNDP))\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:also|now|jointly)\s+)?$/u;

const A_BODY_BEFORE_WHICH = /(?:\([A-Z][A-Za-z&]*[A-Z][A-Za-z&]*\)|\b(?:Institute|Ministry|Office|Centre|Center|Agency|Department|Commission|Foundation|University|Academy|Bureau|[A-Z]{3,8}))\s*,\s*$/u;

const HELD_ANOTHER_EVENT = /^\s+(?:an?|another|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:gathering|reception|party|dinner|lunch|luncheon|event|visit|ceremony|tour|exchange|get-together|meeting)s?\b/u;

const CUES: readonly RegExp[] = [
  // Also a line of its own: "Hosted by UNAFEI".
  // …and a record's field: "Organised by: UNAFEI, with trainees invited by JICA", "Implementing organisation: UNAFEI".
  new RegExp(`\\b(?:[Cc]o-)?(?:organi[sz]ed|[Hh]osted|sponsored|convened|run|implemented|Organi[sz]ed)\\s+(?:jointly\\s+)?by\\s*:?\\s+(${BODIES})`, "gu"),
  new RegExp(`^\\s*(?:Organi[sz]ers?|Co-organi[sz]ers?|Co-hosts?|Implementing\\s+(?:organi[sz]ations?|agency|agencies|bod(?:y|ies))|Organi[sz]ing\\s+bod(?:y|ies))\\s*:\\s*(${BODIES})`, "gu"),
  // "the 26th UNCAC Training Programme that UNAFEI is now running", "…, which the SPP and UNAFEI co-hosted".
  // "… is an international conference that the Ministry of Justice and UNODC hold together".
  new RegExp(`\\b(?:which|that)\\s+(${BODIES})\\s+(?:(?:is|was|were|are|had|has|have)\\s+(?:been\\s+)?)?(?:now\\s+|jointly\\s+|also\\s+)?(?:running|holding|hosting|organi[sz]ing|conducting|co-hosted|co-organi[sz]ed|hosted|held|organi[sz]ed|ran|runs|holds|hosts|conducts|conducted|co-hosts?|(?:hold|host|run|organi[sz]e|conduct)(?=\\s+(?:together|jointly)\\b))\\b`, "gu"),
  // "UNAFEI's 151st International Training Course": the institute's own, right before the edition.
  new RegExp(`(?<![\\p{L}])([A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)['’]s\\s*$`, "gu"),
  // "… (2024) the Ministry of Justice held the First ASEAN–G7 Next Leaders Forum": a body by its full
  // name, right before the edition it held.
  new RegExp(`(?<![\\p{L}])(${FULL_NAME}|${BODY_BY_HEAD})\\s+(?:(?:has|have|had|also|jointly|successfully)\\s+)*(?:held|hosted|organi[sz]ed|convened|conducted|ran)\\s+(?:the\\s+|its\\s+)?$`, "gu"),
  new RegExp(`\\b(?:co-hosted|co-organi[sz]ed|co-sponsored|jointly\\s+(?:held|organi[sz]ed|hosted|conducted)?|held\\s+jointly)\\s+with\\s+(${BODIES})`, "gu"),
  // "held in cooperation with …", "put together in close collaboration with …": only after a verb of
  // holding; "The Department carries out this work in cooperation with JICA" names a partner.
  new RegExp(`\\b(?:held|organi[sz]ed|conducted|hosted|convened|implemented|run|staged|delivered|prepared|put\\s+together|took\\s+place)\\b[^.;]{0,60}?\\bin\\s+(?:close\\s+)?(?:cooperation|collaboration|partnership|conjunction)\\s+with\\s+(${BODIES})`, "gu"),
  new RegExp(`\\bunder\\s+the\\s+(?:joint\\s+)?(?:sponsorship|auspices|co-sponsorship)\\s+of\\s+(${BODIES})`, "gu"),
  new RegExp(`\\b(?:joint(?:ly)?\\s+(?:organi[sz]ed|hosted|sponsored)\\s+by|co-organi[sz]ers?\\s+(?:was|were)|co-hosts?\\s+(?:was|were))\\s+(${BODIES})`, "gu"),
];
// "UNAFEI held the 15th GG Seminar", "UNAFEI, together with the MACC, hosted …".
// …and what it held must be a programme, or the edition named right after ("UNAFEI held the | 15th …"):
// "UNAFEI held a reception" names no organiser of the seminar.
// Also the letters in brackets after a full name: "the United Nations Asia … Offenders (UNAFEI) will
// hold its anti-corruption training course for the nineteenth time".
const SUBJECT = /(?:^|[,;]\s*|\()((?:the\s+)?[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\)?(?:\s*,\s*together\s+with\s+([^,]{3,80}),|\s+and\s+((?:the\s+)?[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*))?\s+(?:(?:has|have|had|also|will|successfully|again|jointly)\s+)*(?:held|hold|holds|hosted|hosts|organi[sz]ed|organi[sz]es|conducted|conducts|convened|ran|runs|run)\b(?=[^.;]{0,80}?\b(?:[Ss]eminars?|[Cc]ourses?|[Pp]rogrammes?|[Pp]rograms?|[Tt]raining|[Ww]orkshops?|[Ss]ymposi(?:um|a)|[Ll]ectures?|GG\d*|[A-Z]{2,8}\d{1,3})\b|\s+(?:the\s+|its\s+)?$)/u;

// "UNAFEI, the JCPS and the ACPF have organised this annual event together since 1982", "UNAFEI organises
// it jointly with the SPP": bodies that hold what the sentence refers back to. Capitalised bodies, or a
// body by its head noun ("the ministry organises it"), which the document must name in full.
const HOLDS_IT = new RegExp(
  // (Not from the "and" inside a name: "Since January 2000 the Research and Training Institute … have co-hosted it".)
  `(?:^|[,;:]\\s*|(?<!\\p{Lu}[\\p{L}'’-]*\\s)\\band\\s+|(?:19|20)\\d{2}\\s+)(${BODIES}|${BODY_BY_HEAD})\\s+(?:(?:has|have|had|also|jointly|regularly|always)\\s+)*(?:organi[sz]e[sd]?|hold|holds|held|host|hosts|hosted|run|runs|ran|conduct|conducts|conducted|co-host(?:s|ed)?|co-organi[sz]e[sd]?)\\s+` +
    `(?:it|(?:this|the)\\s+(?:(?:annual|yearly|biennial|regular|popular|long-running)\\s+)?(?:event|seminar|course|forum|programme|program|lecture|training|workshop|symposium))\\b(?:\\s+(?:together|jointly))?(?:\\s+with\\s+(${BODIES}))?`,
  "u",
);

const SENTENCE_OPENING_FULL_NAME = new RegExp(`^The\\s+(?:${FULL_NAME})$`, "u");
const QUESTION_WORD = /^(?:Who|Whom|Whose|What|Which|Where|When|How|Why)\b/u;

/** The bodies a sentence says hold what it refers back to ("… have organised this annual event together"), or undefined. */
export function findHolderOfIt(text: string): OrganiserMatch | undefined {
  const match = HOLDS_IT.exec(text);
  if (!match) return undefined;
  let lead = clean(match[1]!);
  // "As a regional institute of the … Programme Network, UNAFEI holds this programme": what the body is,
  // fronted, is no body beside it.
  const fronted = /^\s*(?:As|Like|Being)\s+(?:a|an|the|one\s+of\s+the)\s/u.test(text) && text.slice(0, match.index + match[0].indexOf(match[1]!)).indexOf(",") < 0 ? lead.lastIndexOf(", ") : -1;
  if (fronted > 0) lead = lead.slice(fronted + 2);
  // "Who runs the seminar?": a question asks who holds it.
  // (…but "The Ministry of Justice holds this forum with UNODC" opens on a body's full name.)
  if ((/^(?:The|This|It|Its)\b/u.test(lead) && !BY_HEAD_ONLY.test(lead) && !SENTENCE_OPENING_FULL_NAME.test(lead)) || QUESTION_WORD.test(lead) || onlyCountry(lead)) return undefined;
  lead = lead.replace(/^The\s/u, "the ");
  const value = match[2] ? joinBodies(lead, clean(beforeProgramme(match[2]))) : lead;
  const start = match.index + match[0].indexOf(match[1]!) + (fronted > 0 ? match[1]!.lastIndexOf(", ") + 2 : 0);
  return { value, start, end: match.index + match[0].length };
}

// "The Ministry of Justice therefore decided to hold, on a regular basis and jointly with the United
// Nations Office on Drugs and Crime (UNODC), the Criminal Justice Forum …": a body by its full name (or
// its letters) that holds a programme, with the partner it holds it jointly with.
const DECIDED_TO_HOLD = new RegExp(
  `(?:^|[,;:]\\s*)(${FULL_NAME}|${BODY_BY_HEAD})\\s+(?:(?:therefore|thus|then|also|has|have|had|in\\s+\\d{4})\\s+)*(?:decided|agreed|began|started|resolved)\\s+to\\s+(?:hold|host|organi[sz]e|run|convene|launch)\\b([^.;]{0,160})`,
  "u",
);
const JOINTLY_WITH = new RegExp(`\\b(?:jointly|together)\\s+with\\s+(${BODIES})`, "u");

// A body list ends where the programme it holds is named: "jointly with UNODC, the … Forum (Crim-AP)".
const PROGRAMME_NAME = /\b(?:Forum|Seminar|Course|Programme|Program|Training|Workshop|Conference|Meeting|Dialogue|Symposium|Lecture)s?\b/u;

function beforeProgramme(bodies: string): string {
  const parts = bodies.split(/(?=,\s)/u);
  const cut = parts.findIndex((part) => PROGRAMME_NAME.test(part));
  return cut < 0 ? bodies : parts.slice(0, cut).join("");
}

/** "UNAFEI" and "the KPK and the AGO" as the text would list them: "UNAFEI, the KPK and the AGO". */
function joinBodies(lead: string, partners: string): string {
  // "… Office on Drugs and Crime" is one body: a list joins with "and the" or commas.
  return /,\s|\s(?:and|&)\s+the\s/u.test(partners) ? `${lead}, ${partners}` : `${lead} and ${partners}`;
}

// "… the International Cooperation Department of the Research and Training Institute ran its
// International Cooperation Human Resources Development Training": a body holding its own programme.
// "The International Cooperation Department (ICD) of the Research and Training Institute": a full name
// with its letters inside, and what it is part of.
const FULL_NAME_OF = `(?:${FULL_NAME})(?:\\s*\\([A-Z][A-Za-z&]*[A-Z][A-Za-z&]*\\))?(?:\\s+of\\s+(?:the\\s+)?(?:${FULL_NAME}))?`;
// …and a remark in brackets before the verb: "(the “International Cooperation Department” below)".
const REMARK = `(?:\\s*\\([^()]{1,80}\\))?`;
const HOLDS_ITS_OWN = new RegExp(`(?:^|[,;:]\\s*|\\d{4}\\s+)(${FULL_NAME_OF}|${BODY_BY_HEAD}|(?:the\\s+)?[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)${REMARK}\\s+(?:(?:has|have|had|also|again|successfully)\\s+)*(?:held|ran|conducted|organi[sz]ed|hosted|convened)\\s+(?:its|the)\\s+(?=\\p{Lu})`, "u");

/** The body `pattern` takes in its first group, cleaned, with the span from it to the match's end; none for a country. */
function bodyMatch(pattern: RegExp, text: string): OrganiserMatch | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const value = clean(match[1]!);
  if (onlyCountry(value)) return undefined;
  return { value, start: match.index + match[0].indexOf(match[1]!), end: match.index + match[0].length };
}

/** The body that held its own programme ("UNAFEI held its …"), or undefined. */
export function findOwnHolder(text: string): OrganiserMatch | undefined {
  return bodyMatch(HOLDS_ITS_OWN, text);
}

// "Every year the Research and Training Institute of the Ministry of Justice holds the Legal Technical
// Assistance Liaison Meeting", "Jointly with JICA, the Institute … holds the …": a body by its full
// name that holds a programme named right after it, with a partner named in front.
// …and with a partner after "and": "The Research and Training Institute of the Ministry of Justice and JICA hold the …".
const HOLDS_THE_NAMED = new RegExp(`(?:^|[,;:]\\s*|\\b(?:year|annually|regularly)\\s+)((?:${FULL_NAME_OF})(?:\\s+and\\s+(?:the\\s+)?(?:[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*|${FULL_NAME}))?)${REMARK}\\s+(?:(?:also|regularly|now|still|jointly)\\s+)?(?:holds?|hosts?|organi[sz]es?|runs?|convenes?|conducts?|co-hosts?|(?:has|have)\\s+(?:held|hosted|organi[sz]ed|run|convened|conducted))\\s+the\\s+(?=\\p{Lu})`, "u");
const JOINTLY_IN_FRONT = new RegExp(`^(?:Jointly|Together)\\s+with\\s+(${BODIES}),\\s*`, "u");

/** The body (and its partner named in front) that holds the programme named after it, or undefined. */
export function findFullNameHolder(text: string): OrganiserMatch | undefined {
  const holder = bodyMatch(HOLDS_THE_NAMED, text);
  const partner = holder && JOINTLY_IN_FRONT.exec(text);
  if (holder && partner && partner[0].length <= holder.start) return { value: joinBodies(holder.value, clean(partner[1]!)), start: 0, end: holder.end };
  return holder;
}

/** A body that decided to hold a programme, with its partner, or undefined. */
export function findDecidedHolder(text: string): OrganiserMatch | undefined {
  const match = DECIDED_TO_HOLD.exec(text);
  if (!match) return undefined;
  const lead = clean(match[1]!);
  if (onlyCountry(lead)) return undefined;
  const partner = JOINTLY_WITH.exec(match[2]!);
  const start = match.index + match[0].indexOf(match[1]!);
  if (!partner) return { value: lead, start, end: match.index + match[0].length - match[2]!.length };
  const partnerEnd = match.index + match[0].length - match[2]!.length + partner.index + partner[0].length;
  const partnerName = clean(beforeProgramme(partner[1]!));
  return { value: joinBodies(lead, partnerName), start, end: partnerEnd - (partner[1]!.length - partnerName.length) };
}

const TRAILING = /(?:\s+(?:and|the|of|for|on|in))+$/u;

/** Trim what the capitalised run took from the text after it: a month, a trailing connector. */
function clean(raw: string): string {
  // "A. UNAFEI and the … co-hosted it": the label of an answer is no part of the name.
  let value = raw.replace(/^[AQ]\.\s+/u, "").replace(/\s+(?:in|on|from)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/u, "");
  value = value.replace(/[.,;:]+$/u, "").replace(TRAILING, "").trim();
  // "the United Nations Office on Drugs and Crime, UNODC": its letters in apposition, one body, not two.
  value = value.replace(APPOSED_LETTERS, (whole, name: string, letters: string) => {
    // The shortest run of words before the letters that they abbreviate ("… and the United Nations Office
    // on Drugs and Crime, UNODC": not the Ministry of Justice's words too).
    const words = name.split(/\s+/u);
    for (let from = words.length - 1; from >= 0; from--) {
      const run = words.slice(from).join(" ");
      if (/^\p{Lu}/u.test(run) && initials(run) === letters) return `${words.slice(0, from).concat(`${run} (${letters})`).join(" ")}`;
    }
    return whole;
  });
  // "the Japan-based United Nations Asia and Far East Institute …": where a body sits is no part of its name.
  return value.replace(/^((?:the\s+)?)\p{L}+(?:-\p{L}+)*-based\s+(?=\p{Lu})/u, "$1");
}

const APPOSED_LETTERS = /(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|on|and|for|the|against|to|\p{Lu}[\p{L}'’-]*))+),\s+(\p{Lu}{2,8})(?=$|\s*,|\s+and\b)/gu;

/** The first letters of a name's capitalised words: "United Nations Office on Drugs and Crime" → "UNODC". */
function initials(name: string): string {
  return name.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join("");
}

/** True for names that are only countries or their governments ("Japan and Thailand"): hosts, not organisers. */
function onlyCountry(value: string): boolean {
  return value.split(/\s*,\s*|\s+and\s+/u).every((part) => {
    const bare = part.replace(/^the\s+/iu, "").replace(/^Governments?\s+of\s+(?:the\s+)?/u, "");
    return resolveCountry(bare) !== undefined;
  });
}

/** The first organiser phrase of a text, or undefined. */
export function findEditionOrganiser(text: string): OrganiserMatch | undefined {
  const found: OrganiserMatch[] = [];
  for (const cue of CUES) {
    for (const match of allMatches(cue, text)) {
      let value = clean(match[1]!);
      // "hosted jointly by UNAFEI, the Tokyo-based United Nations institute for …, the AGO …": a
      // description in apposition cut short by its lower-case noun is no body's name.
      if (/^\s+\p{Ll}/u.test(text.slice(match.index + match[0].length)) && /,\s+the\s+[^,]*$/u.test(value)) value = value.replace(/,\s+the\s+[^,]*$/u, "");
      if (!value || onlyCountry(value)) continue;
      // "The … Institute … (UNAFEI) is run by the Ministry of Justice": who runs a body, not an edition.
      if (cue === CUES[0] && A_BODY_IS.test(text.slice(Math.max(0, match.index - 80), match.index))) continue;
      // "UNAFEI, which the Ministry of Justice runs under an agreement with the UN, trains …": who runs a body.
      if (cue === CUES[2] && A_BODY_BEFORE_WHICH.test(text.slice(Math.max(0, match.index - 80), match.index))) continue;
      // "… reported that the Tokyo Minorukai had held a friendship gathering with the participants": what
      // the body held is another event, not the edition.
      if (cue === CUES[2] && HELD_ANOTHER_EVENT.test(text.slice(match.index + match[0].length))) continue;
      found.push({ value, start: match.index, end: match.index + match[0].length - (match[1]!.length - value.length) });
    }
  }
  const holder = findHolderOfIt(text) ?? findDecidedHolder(text) ?? findOwnHolder(text);
  if (holder) found.push(holder);
  const subject = SUBJECT.exec(text);
  if (subject) {
    const lead = subject[1]!.replace(/^the\s+/u, "");
    const partner = subject[2] ? clean(subject[2]) : subject[3];
    const value = partner ? `${lead} and ${partner}` : lead;
    const start = subject.index + subject[0].indexOf(subject[1]!);
    if (!onlyCountry(lead)) found.push({ value, start, end: subject.index + subject[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  return found.find((one) => !namesAPlace(one.value));
}

/**
 * "Manila (the Philippines) of the 3rd and 4th, and Tokyo of the 5th; …, Tokyo hosted the seminar": a
 * single capitalised word that is neither a body's head noun ("the Institute") nor a country (Japan, as
 * host) is a host city, not a body; bodies known by one word go by their letters (UNAFEI, JICA).
 */
function namesAPlace(value: string): boolean {
  const word = value.replace(/^the\s+/u, "");
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !LONE_BODY_WORD.test(word) && resolveCountry(word) === undefined;
}
const LONE_BODY_WORD = /^(?:Institute|Ministry|Department|Centre|Center|Commission|Academy|Secretariat|Agency|Office|Bureau|Procuracy|Court|Council|Government|Embassy|Interpol|Europol|Eurojust)$/u;

// "The Criminal Justice Forum for Asia and the Pacific (Crim-AP), which the Ministry of Justice holds
// with UNODC to follow up …": a relative clause right after a programme's name says, in the present,
// who holds the programme as such, with its partner. ("UNAFEI, which the Ministry of Justice runs …"
// says who runs an institute.)
const WHICH_BODY_HOLDS = new RegExp(
  `\\b(?:Forum|Seminar|Course|Programme|Program|Training|Workshop|Conference|Meeting|Dialogue|Symposium|Lecture)s?\\b[^,;()]{0,80}(?:\\s*\\([^()]{1,40}\\))?,\\s+which\\s+(${FULL_NAME_OF}|${BODY_BY_HEAD}|(?:the\\s+)?[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\\s+(?:(?:also|jointly|regularly|now|still)\\s+)*(?:holds|hosts|organi[sz]es|runs|convenes|conducts|co-hosts|co-organi[sz]es)\\b(?:\\s+(?:(?:together|jointly)\\s+)?with\\s+(${BODIES}))?`,
  "u",
);

/** The body (and partner) a ", which X holds with Y" clause names as a programme's holder, or undefined. */
export function findRelativeHolder(text: string): OrganiserMatch | undefined {
  const match = WHICH_BODY_HOLDS.exec(text);
  if (!match) return undefined;
  const lead = clean(match[1]!);
  if (onlyCountry(lead) || /^(?:The|This|It|Its)\b/u.test(lead)) return undefined;
  const start = match.index + match[0].indexOf(match[1]!);
  if (!match[2]) return { value: lead, start, end: start + match[1]!.length };
  const partner = clean(beforeProgramme(match[2]));
  return { value: joinBodies(lead, partner), start, end: match.index + match[0].length };
}
