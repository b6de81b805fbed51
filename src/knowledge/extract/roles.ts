// Who else an edition names: visiting experts and lecturers, advisers, guest speakers, observers and
// host agencies come from countries too, and are not participants ("two visiting experts from Hong
// Kong and the Republic of Korea lectured", "guest speakers from Thailand's audit board", "advisers
// from the organising ministry"). Each role cue opens a span that runs to the end of its list; a
// country inside it has that role, and the participant finder leaves it out.
import type { CountryRole } from "../types.js";
import type { Span } from "./text.js";

export interface RoleSpan extends Span {
  role: Exclude<CountryRole, "participant" | "mentioned" | "donor">;
}

const DIGNITARY = /\b(?:Ambassadors?|Embass(?:y|ies)|Chief\s+of\s+Mission|Ministers?|Prosecutors?\s+General|Attorneys?\s+General|Secretar(?:y|ies)[\s-]General|Governors?)\b/gu;
const ROLE_CUES: ReadonlyArray<readonly [RoleSpan["role"], RegExp]> = [
  ["guest", /\b(?:guest\s+(?:speakers?|lecturers?|presenters?)|guests|keynote\s+speakers?|speakers?|panell?ists?|presenters?)\b/giu],
  // Dignitaries at a ceremony: "the Ambassador of Japan to Viet Nam", "the Embassy of Japan in Viet Nam attended the opening ceremony".
  ["guest", DIGNITARY],
  ["adviser", /\b(?:advis[eo]rs?|consultants?|mentors?)\b/giu],
  ["observer", /\bobservers?\b/giu],
  ["expert", /\b(?:(?:visiting|foreign|overseas|international|outside)\s+)?(?:experts?|lecturers?|professors?|instructors?|trainers?|resource\s+persons?|facilitators?|moderators?)\b|\blectured\b|\bdelivered\s+(?:a\s+)?(?:lectures?|presentations?|keynote)\b/giu],
  ["host", /\b(?:hosted|co-hosted|sponsored|co-sponsored|co-organi[sz]ed|organi[sz]ed)\s+(?:jointly\s+)?(?:by|with)\b|\b(?:co-hosted|jointly)\s+with\b|\bin\s+(?:cooperation|collaboration|partnership)\s+with\b|\b(?:joint\s+)?(?:sponsorship|auspices)\s+of\b|\bhost\s+(?:country|agency|institution|government)\b/giu],
];

// Where a role's list ends: a new clause, or a cue that people took part;
// "lectured at the 26th … Training, now under way at the … Complex": the edition's own venue clause ends it too.
const LIST_END = /[;.]|,\s+(?:and|but|while)\s|,\s+(?:now\s+)?(?:under\s*way|(?:being\s+)?held|taking\s+place|which\s+(?:was|is|were)\s+(?:being\s+)?held)\s+(?:at|in)\s|\b(?:while|whereas|together\s+with|along\s+with|alongside|with\s+(?:the\s+)?participation|participation\s+(?:of|by|from)|and\s+(?:the\s+)?(?:participants?|practitioners|officials|delegates)|(?:participants?|practitioners|officials|delegates|trainees)\s+(?:came\s+)?from|participated|took\s+part|attended|joined)\b/iu;
// A count right before where a list ends ("… with 22 practitioners from"): the next people's.
const COUNT_BEFORE = /(?<![\p{L}\p{N}])(?:(?:some|about|around|over|nearly|almost|a\s+total\s+of)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\p{L}+)?)\s+$/iu;
// Role words that describe a participant's own job, not a role: "prosecutors and judges from", "an
// expert group meeting". A cue is read only when "from"/"of"/"by"/"with" or a country list follows it closely.
const TIES = /^[^;.]{0,60}?\b(?:from|of|by|with|representing|at)\b/iu;

// Stems every cue above holds (in any case): a sentence with none has no role span, and the
// long patterns need not run over it (they are most of the cost of reading a sentence otherwise).
const ROLE_HINT = /expert|lectur|professor|instructor|trainer|resource|facilitator|moderator|advis|consultant|mentor|observer|guest|speaker|panel|presenter|keynote|delivered|host|sponsor|organi[sz]ed|jointly|cooperation|collaboration|partnership|auspices|ambassador|embass|chief|minister|general|governor/iu;

// What each cue above needs in the text to match at all, tested with the cue's own flags: most
// sentences that pass ROLE_HINT hold one common stem only ("development cooperation"), and the cues
// without theirs need not run.
// The host cue's "in cooperation with" is looked for from its rarer middle word.
const HOST_STEMS = /host|sponsor|organi[sz]ed|jointly|auspices/iu;
const IN_PARTNERSHIP = /(?<=\bin\s+)(?:cooperation|collaboration|partnership)(?=\s+with\b)/iu;
const CUE_HINTS: ReadonlyMap<RegExp, (text: string) => boolean> = new Map([
  [ROLE_CUES[0]![1], (text: string) => /guest|speaker|panel|presenter/iu.test(text)],
  [DIGNITARY, (text: string) => /Ambassador|Embass|Chief|Minister|General|Governor/u.test(text)],
  [ROLE_CUES[2]![1], (text: string) => /advis|consultant|mentor/iu.test(text)],
  [ROLE_CUES[3]![1], (text: string) => /observer/iu.test(text)],
  [ROLE_CUES[4]![1], (text: string) => /expert|lectur|professor|instructor|trainer|resource|facilitator|moderator|delivered/iu.test(text)],
  [ROLE_CUES[5]![1], (text: string) => HOST_STEMS.test(text) || IN_PARTNERSHIP.test(text)],
]);

/** Spans of the text whose countries have another role than participant, in order. */
export function findRoleSpans(text: string): RoleSpan[] {
  const spans: RoleSpan[] = [];
  if (!ROLE_HINT.test(text)) return spans;
  for (const [role, cue] of ROLE_CUES) {
    if (CUE_HINTS.get(cue)?.(text) === false) continue;
    cue.lastIndex = 0;
    for (let match = cue.exec(text); match; match = cue.exec(text)) {
      const from = match.index;
      const after = text.slice(from + match[0].length);
      if (role !== "host" && !TIES.test(after) && !/^\s*(?:lectured|presented|spoke)\b/iu.test(after) && !/lectured|delivered/iu.test(match[0])) continue;
      // A dignitary's country is the one of their office: "the Ambassador of Japan to Viet Nam", "the
      // Embassy of Japan in Indonesia". "Deputy Secretary-General Soeprapto, who had spoken at the
      // opening, welcomed her to Japan" gives Japan no role.
      if (cue === DIGNITARY && !/^\s+(?:of|to|from|for|in)\s/u.test(after)) continue;
      // "with the host country changing every two years: the Philippines, Japan, …": the series' past
      // hosts, not this edition's.
      if (role === "host" && /^\s+(?:(?:has|have|had|was|is)\s+)?(?:chang|rotat|alternat|mov|switch)\w*/iu.test(after)) continue;
      if (spans.some((span) => from >= span.start && from < span.end)) continue;
      // "Two visiting experts attended, one from Hong Kong and one from …": the experts' own verb
      // right after them does not end their list.
      const ownVerb = /^\s+(?:also\s+)?(?:participated|took\s+part|attended|joined)\b,?/iu.exec(after);
      const skip = ownVerb ? ownVerb[0].length : 0;
      const rest = LIST_END.exec(after.slice(skip));
      const stop = rest ? { index: rest.index + skip } : null;
      // "… co-hosted with the Department of Justice, took up … with 22 practitioners from": the count
      // belongs to the people the list ends at, not to the role.
      const listEnd = from + match[0].length + (stop ? stop.index : after.length);
      const end = stop ? listEnd - (COUNT_BEFORE.exec(text.slice(0, listEnd))?.[0].length ?? 0) : listEnd;
      // "experts from Hong Kong and the Republic of Korea lectured": the list before the verb.
      const start = /lectured|delivered/iu.test(match[0]) ? Math.max(0, text.slice(0, from).search(/[^;,.]*$/u)) : from;
      spans.push({ role, start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The role a country named at `at` has by the spans, or undefined (then participation decides). */
export function roleAt(spans: readonly RoleSpan[], at: number): RoleSpan["role"] | undefined {
  for (const span of spans) if (at >= span.start && at < span.end) return span.role;
  return undefined;
}
