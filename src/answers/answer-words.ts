// A question's words in two kinds: those that name its subject ("the eighth GG seminar", "the Next Leaders
// Forum": words of a series the question names, and ordinals) and those that ask about it ("who chaired
// the sessions", "how many young officials took part"). The passage search finds the passages about the
// subject, and every passage naming the edition carries its name (build.ts), so the passage that only
// names the subject often outranks the one that answers, which calls it "the seminar". Among the
// passages found, those whose own text holds the asking words come first, each word weighing its
// rarity in the knowledge; the search score still orders passages that hold the same asking words.
import type { Snapshot } from "../snapshot/snapshot.js";
import { seriesNames } from "../knowledge/names.js";
import { splitSentences } from "../knowledge/sentences.js";
import { foldText, processTerm, searchTerms, tokenize, wordForm } from "../search/options.js";
import type { PassageHit } from "../search/types.js";
import type { Passage } from "../knowledge/types.js";
import { holdsAnswer, questionFrame, statesPlan, type QuestionFrame } from "./answer-kinds.js";
import { exactCourses, matchSeries, parseCourseQuery } from "./course-match.js";
import { termWeights } from "./passage-result.js";

/** Inflectional endings set aside when an asking word is compared with the text's words ("organises"
 *  and "organised", "sign" and "signed", "meet" and "meeting"), as long as MIN_STEM letters remain. */
const INFLECTION = /(?:ing|ed|es|s|d)$/;
const MIN_STEM = 4;
/** A subject word found in a passage counts this much of its weight (an asking word counts whole). */
export const SUBJECT_SHARE = 0.5;

/** The word without an inflectional ending or a final "e": "organises", "organised" → "organis". */
export function inflectionStem(term: string): string {
  if (/\d/.test(term)) return term;
  const bare = term.replace(INFLECTION, "");
  const stem = bare.length >= MIN_STEM ? bare : term;
  return stem.length > MIN_STEM && stem.endsWith("e") ? stem.slice(0, -1) : stem;
}

export interface QuestionWords {
  /** Terms (as the index holds them) naming the subject. */
  subject: ReadonlySet<string>;
  /** The other terms: what is asked about it (the question phrase's own words, "long" in "how long",
   *  left out: they say what kind of answer is wanted, `frame`). */
  asking: readonly string[];
  /** The kind of answer the question phrase asks for (answer-kinds.ts). */
  frame: QuestionFrame;
  /** Passages that speak of the edition the question names ("the 23rd UNCAC training programme"), each
   *  with its share of it (editionScope): those that name it and the ones after them in the same
   *  section, which call it "the course". */
  scope: ReadonlyMap<string, number>;
  /** Passages that name other editions of the named edition's series and not it ("the 20th meeting"
   *  for a question about the 16th): what they hold is of another edition, so they weigh less. */
  elsewhere: ReadonlySet<string>;
  /** Pairs of neighbouring question words, at least one of them an asking word, as phrases to find
   *  in a sentence ("took part", "set up", "be held", "visiting experts"). */
  phrases: ReadonlyArray<readonly [string, string]>;
}

/** A year that says which edition of the named series is meant when it stands right before the
 *  series' name ("the FY2022 Criminal Justice Training", "the 2019 GG Seminar"); "fiscal" before it too. */
const YEAR_TOKEN = /^(?:fy)?(?:19|20)\d{2}$|^fy\d{2}$/;

/** A question asking who did something to a thing it names: "who co-organised the workshop on …",
 *  "who opened the seminar". Not "who were the trainees" (no verb but a stop word: the trainees are asked). */
const WHO_VERB_OBJECT = /^(?:who|whom)\s+(?!(?:was|were|is|are|has|have|had|did|does|do|will|would|could|can|should)\s)[\p{L}\p{N}'-]+\s+(?:the|a|an)\s+\S/u;

/** The question's terms, split: the words of the series it names (as matchSeries finds them), of its
 *  ordinal ("eighth", "twenty-third") and a year standing right before the series' name are the
 *  subject, and so is the object of "who <verb> the …"; the rest ask. The terms one word gives ("fy2022", "fy", "2022") go together. */
export function questionWords(k: Snapshot, query: string): QuestionWords {
  const named = new Set(matchSeries(k, query).flatMap((series) => seriesNames(series).flatMap(searchTerms)));
  const { ordinal, rest } = parseCourseQuery(query);
  const outsideOrdinal = new Set(searchTerms(rest));
  // A four-digit number is a year the question asks about ("in 2005"), not an ordinal.
  const ordinalTerm = (term: string): boolean => ordinal !== undefined && !outsideOrdinal.has(term) && !/^\d{4}$/.test(term);
  const tokens = tokenize(query).map((token) => ({ token, terms: processTerm(token) ?? [] })).filter((entry) => entry.terms.length);
  const isSubject = tokens.map(({ terms }) => terms.some((term) => named.has(term) || ordinalTerm(term)));
  for (let i = tokens.length - 2; i >= 0; i--) {
    const qualifies = YEAR_TOKEN.test(tokens[i]!.token) || (tokens[i]!.token === "fiscal" && YEAR_TOKEN.test(tokens[i + 1]!.token));
    if (qualifies && isSubject[i + 1] && !isSubject[i]) isSubject[i] = true;
  }
  // "who <verb> the <noun phrase>": the verb is asked, the noun phrase is what it is asked of.
  if (WHO_VERB_OBJECT.test(foldText(query).trim()) && tokens.length > 1) for (let i = 1; i < tokens.length; i++) isSubject[i] = true;
  const subject = new Set(tokens.flatMap(({ terms }, i) => (isSubject[i] ? terms : [])));
  const frame = questionFrame(query);
  const terms = [...new Set(tokens.flatMap(({ terms }) => terms))];
  const asking = terms.filter((term) => !subject.has(term) && !frame.frameTerms.has(term));
  const scope = editionScope(k, query);
  return { subject, asking, frame, scope, elsewhere: otherEditionPassages(k, query, scope), phrases: questionPhrases(query, new Set(asking)) };
}

/** Neighbouring words of the question (stop words included: "set up", "to be held") of which one at
 *  least gives an asking term; each word as phraseKey reads it. */
export function questionPhrases(query: string, asking: ReadonlySet<string>): Array<readonly [string, string]> {
  const tokens = tokenize(query);
  const asks = tokens.map((token) => (processTerm(token) ?? []).some((term) => asking.has(term)));
  const phrases: Array<readonly [string, string]> = [];
  const seen = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!asks[i] && !asks[i + 1]) continue;
    const pair = [phraseKey(tokens[i]!), phraseKey(tokens[i + 1]!)] as const;
    if (!seen.has(pair.join(" "))) phrases.push(pair);
    seen.add(pair.join(" "));
  }
  return phrases;
}

/** A word as phrases compare it: its first term's inflection stem and verb base ("took", "taking" →
 *  "take"), or the word itself for a stop word. */
export function phraseKey(token: string): string {
  const term = processTerm(token)?.[0];
  return term === undefined ? token : inflectionStem(verbBase(term));
}

/** Editions named by ordinal and series that the scope is read for at most (an ordinal with a word
 *  many series share, "the second training", names several). */
const MAX_SCOPE_EDITIONS = 3;
/** Passages read after one naming the edition, in the same section, at most. */
const MAX_SCOPE_FOLLOWING = 3;

/** The passages that speak of the editions the question names by ordinal and series, each with the
 *  share of it that is theirs: a passage naming the edition (its evidence and mentions) has 1/N when it
 *  names N editions of that series ("at GG11 …; at GG12 …; at GG13 …" is a third about the 13th); the
 *  passages after a passage naming it, under the same headings and naming no edition themselves,
 *  have its share. Empty when the question names no edition. */
export function editionScope(k: Snapshot, query: string): ReadonlyMap<string, number> {
  const named = (exactCourses(k, query) ?? []).filter((match) => match.tier === "ordinal+series");
  const scope = new Map<string, number>();
  if (!named.length || named.length > MAX_SCOPE_EDITIONS) return scope;
  // Which editions of the named series each passage names (bounded by those series' editions).
  const namedIn = new Map<string, Set<string>>();
  for (const seriesId of new Set(named.map((match) => match.view.edition.seriesId))) {
    for (const { edition } of k.view.editionsBySeries.get(seriesId) ?? []) {
      for (const evidence of [edition.evidence, ...(edition.mentions ?? [])]) {
        const editions = namedIn.get(evidence.passageId) ?? new Set<string>();
        namedIn.set(evidence.passageId, editions.add(edition.id));
      }
    }
  }
  const give = (passageId: string, share: number): void => {
    scope.set(passageId, Math.max(scope.get(passageId) ?? 0, share));
  };
  for (const { view } of named) {
    for (const evidence of [view.edition.evidence, ...(view.edition.mentions ?? [])]) {
      const passage = k.passages.get(evidence.passageId);
      const document = passage && k.view.documentBySlug.get(passage.docSlug);
      if (!passage || !document) continue;
      const share = 1 / (namedIn.get(passage.id)?.size ?? 1);
      give(passage.id, share);
      const at = document.passages.findIndex((other) => other.id === passage.id);
      for (const next of document.passages.slice(at + 1, at + 1 + MAX_SCOPE_FOLLOWING)) {
        const sameSection = next.headings.length === passage.headings.length && next.headings.every((heading, i) => heading === passage.headings[i]);
        if (!sameSection || namedIn.has(next.id) || k.view.editionsByPassage.has(next.id)) break;
        give(next.id, share);
      }
    }
  }
  return scope;
}

/** Share of its rank a passage keeps when it names other editions of the asked edition's series, not it. */
const ELSEWHERE_SHARE = 0.5;

/** The passages naming editions of the series of the edition a question names, other than that one and outside its scope. */
export function otherEditionPassages(k: Snapshot, query: string, scope: ReadonlyMap<string, number>): ReadonlySet<string> {
  const named = (exactCourses(k, query) ?? []).filter((match) => match.tier === "ordinal+series");
  const out = new Set<string>();
  if (!named.length || named.length > MAX_SCOPE_EDITIONS) return out;
  const asked = new Set(named.map((match) => match.view.edition.id));
  for (const seriesId of new Set(named.map((match) => match.view.edition.seriesId))) {
    for (const { edition } of k.view.editionsBySeries.get(seriesId) ?? []) {
      if (asked.has(edition.id)) continue;
      for (const evidence of [edition.evidence, ...(edition.mentions ?? [])]) if (!scope.has(evidence.passageId)) out.add(evidence.passageId);
    }
  }
  return out;
}

/** Finds words in texts without cutting the whole text into terms (a passage is read for a handful of
 *  words): each word is looked for as the start of a word in the folded text, and only the words found
 *  there are put through the term pipeline and compared, as they are, by inflection stem and by number. */
export interface WordFinder {
  /** The weights of the words the text holds, summed: a word found as it is, in either number ("drug",
   *  "drugs") or with another inflection counts once; an inflected form weighs its own rarity when that
   *  is less ("meeting" for "meet"). */
  weight(text: string): number;
  /** Where each word is found in a text already folded (foldText): per word, the offset and weight of
   *  each occurrence that counts for it (as `weight` counts them). */
  occurrences(folded: string): Array<Array<[number, number]>>;
}

/** A character of a word in folded text (lower-case, so no capitals): ASCII letters and digits and
 *  every non-ASCII character but the punctuation blocks (curly quotes, dashes, CJK punctuation). A
 *  plain class, not \\p{L}: the patterns are made per question, and a Unicode property class costs
 *  about half a millisecond to compile each time. */
const WORD_CHARACTER = "a-z0-9\\u00c0-\\u1fff\\u2070-\\u2fff\\u3040-\\uffff";

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Irregular verbs of report prose, each form → its base ("met" → "meet", "took" → "take"), so that
 *  "where did it meet" finds "met in Rangoon" and "took part" finds "take part". Forms that are also
 *  other words ("found", "left", "rose") are not listed. */
const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(
  `begin began begun|bring brought|build built|choose chose chosen|come came|draw drew drawn|give gave given|go went gone
  |hold held|know knew known|lead led|make made|meet met|run ran|see saw seen|send sent|sit sat|speak spoke spoken
  |take took taken|teach taught|tell told|win won|write wrote written|become became|grow grew grown|seek sought
  |spend spent|stand stood|undertake undertook undertaken|hear heard|keep kept|lose lost|pay paid|put|read|set`
    .split("|")
    .flatMap((entry) => {
      const [base, ...forms] = entry.trim().split(/\s+/);
      return [base!, ...forms].map((form): [string, string] => [form, base!]);
    }),
);

/** The base of an irregular verb form, or the word itself. */
export function verbBase(term: string): string {
  return IRREGULAR_VERBS.get(term) ?? term;
}

/** Each irregular verb's forms, by base. */
const VERB_FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const forms = new Map<string, string[]>();
  for (const [form, base] of IRREGULAR_VERBS) forms.set(base, [...(forms.get(base) ?? []), form]);
  return forms;
})();

/** The other forms of an irregular verb ("meet" → ["met"]), [] for any other word. */
function irregularForms(term: string): string[] {
  const base = IRREGULAR_VERBS.get(term);
  return base === undefined ? [] : (VERB_FORMS.get(base) ?? []).filter((form) => form !== term);
}

export function wordFinder(words: Iterable<string>, weigh: (term: string) => number): WordFinder {
  const wanted = [...new Set(words)].map((word) => {
    const stem = inflectionStem(word);
    const form = wordForm(word);
    // The longest start the word and each of its accepted forms share.
    let start = word;
    for (const other of [stem, form]) while (!other.startsWith(start)) start = start.slice(0, -1);
    // A final "y" or "e" changes in other forms ("country" → "countries", "organise" → "organising").
    if (start.length > MIN_STEM && /[ye]$/.test(start)) start = start.slice(0, -1);
    const starts = [start, ...irregularForms(word)].map(escapeRegExp).join("|");
    return { word, stem, form, base: verbBase(word), seen: new Map<string, number | undefined>(), pattern: new RegExp(`(?<![${WORD_CHARACTER}])(?:${starts})[${WORD_CHARACTER}'-]*`, "g") };
  });
  return {
    occurrences(folded) {
      return wanted.map(({ word, stem, form, base, pattern, seen }) => {
        const found: Array<[number, number]> = [];
        for (const match of folded.matchAll(pattern)) {
          // A word recurs in a passage ("Japan"): each distinct match is put through the pipeline once.
          let best = seen.get(match[0]);
          if (!seen.has(match[0])) {
            for (const term of processTerm(match[0]) ?? []) {
              if (term === word) best = weigh(word);
              else if (inflectionStem(term) === stem || wordForm(term) === form || verbBase(term) === base) best = Math.max(best ?? 0, Math.min(weigh(word), weigh(term)));
            }
            seen.set(match[0], best);
          }
          if (best !== undefined) found.push([match.index, best]);
        }
        return found;
      });
    },
    weight(text) {
      const folded = foldText(text);
      let score = 0;
      for (const { word, stem, form, base, pattern } of wanted) {
        let best: number | undefined;
        for (const match of folded.matchAll(pattern)) {
          for (const term of processTerm(match[0]) ?? []) {
            if (term === word) best = weigh(word);
            else if (inflectionStem(term) === stem || wordForm(term) === form || verbBase(term) === base) best = Math.max(best ?? 0, Math.min(weigh(word), weigh(term)));
          }
          if (best === weigh(word)) break;
        }
        score += best ?? 0;
      }
      return score;
    },
  };
}

/** The weights of the `words` a text holds, summed (see WordFinder). */
export function heldWeight(text: string, words: Iterable<string>, weigh: (term: string) => number): number {
  return wordFinder(words, weigh).weight(text);
}

/** A hit scoring below this share of the best is not read for the asking words at all. */
export const MIN_CANDIDATE_SCORE = 0.02;
/** Hits read whatever the search matched in them; those after are read only when the search matched
 *  the rarest asking word in them (the answer passage of a subject many passages name, "the seminar
 *  … opened" under a heading that names it, can be the fiftieth hit). */
export const CANDIDATES_READ_IN_FULL = 40;
/** A sentence holding an answer of the kind the question phrase asks for (a duration for "how long",
 *  a place for "where") counts as much as a question word of this rarity (about that of a word in one
 *  passage in twenty). */
export const ANSWER_KIND_WEIGHT = 3;

/** Verbs that only say an event took place ("meet", "hold", "last", "run", "convene"): in a question
 *  about when, where, how long or how often (the answer kind says what is wanted) an answer sentence
 *  says it in any of them ("met", "came together", "was held"), so there they weigh no more than a
 *  common word, whatever their rarity in the knowledge. "who opened" asks about the opening itself. */
const EVENT_VERBS: ReadonlySet<string> = new Set(["meet", "hold", "last", "run", "convene", "gather", "happen", "occur", "begin", "start", "end", "close", "open"]);
export const EVENT_VERB_WEIGHT = 1;

/** Whether an asking term is an event verb (in any inflection: "held", "lasted", "meeting"). */
export function isEventVerb(term: string): boolean {
  const base = verbBase(term);
  return EVENT_VERBS.has(base) || EVENT_VERBS.has(inflectionStem(base)) || EVENT_VERBS.has(`${inflectionStem(base)}e`);
}

/** The search score refines the order by at most this share: it mostly measures how strongly the
 *  passage names the subject (names and headings weigh most), which the subject's cover counts already. */
export const SEARCH_SHARE = 0.5;

/** Asking words a passage holds outside its answer sentence count this share of their weight: the
 *  sentence that holds the question's words together answers it ("when was X set up" wants the
 *  year in the sentence that names X), the rest of the passage only supports it. */
export const SPREAD_SHARE = 0.5;

/** Each phrase of the question (questionPhrases) found in a sentence counts this much, as a common
 *  word would: the words in the question's order say a little more than the same words apart. */
export const PHRASE_WEIGHT = 1;

/** A hit with the sentence of its passage that holds what is asked (the one to quote). */
export interface AnsweredHit extends PassageHit {
  sentence?: string;
}

/** The hits re-ordered by what their passages hold of the question, read sentence by sentence.
 *  - A sentence holds the weight of the asking words in it (an event verb, "meet", "held", "last",
 *    weighing as a common word in a question about when, where, how long or how often), PHRASE_WEIGHT per question phrase in it ("took part", "be held"),
 *    ANSWER_KIND_WEIGHT when it holds an answer of the kind the question phrase asks for (a duration
 *    for "how long", a place for "where"; only when the sentence touches the question: an asking or
 *    subject word, or the scope of the edition the question names), and ANSWER_KIND_WEIGHT again when
 *    the question asks about a plan and the sentence states one ("is to be held in April 2020").
 *  - The sentence holding most (subject words in it adding SUBJECT_SHARE of theirs) is the passage's
 *    answer sentence, the one quoted. The passage holds what it holds, plus SPREAD_SHARE of the asking
 *    words in its other sentences.
 *  - The subject adds its cover (the share of its weight named in the answer sentence, headings and
 *    document title; the passage's share of the edition when it is in the edition's scope) times what
 *    the passage holds, or times the subject's weight when that is less: a question's words asked
 *    lead, the subject's name can at most double them, and a subject of one common word adds little.
 *  - The search score, as a share of the best (at least the scope share: a passage in the scope
 *    speaks of the edition as much as the best hit), adds at most SEARCH_SHARE more.
 *  The passages holding nothing asked follow, in search order. A hit under `floor` (a share of the
 *  best score: the noise floor of the search order) stays only if it holds more of what is asked than
 *  the best hit does, or is in the edition's scope: the answer passage that calls the subject "the
 *  seminar" scores little, and comes back this way. Passages in the scope that the search did not find
 *  are read too. Undefined when the question asks nothing beyond its subject, or no passage holds what
 *  it asks: the search order stands. Only the first `keep` are ranked exactly (scoreCandidates). */
export function rankByAskingWords(k: Snapshot, hits: readonly PassageHit[], words: QuestionWords, floor: number, keep = Infinity): AnsweredHit[] | undefined {
  const scored = scoreCandidates(k, hits, words, keep);
  if (!scored || scored.length < 2 || scored.every((entry) => entry.held === 0)) return undefined;
  const best = hits[0]?.score || 1;
  const topHeld = scored[0]!.held;
  return scored
    .filter((entry) => entry.hit.score >= best * floor || entry.held > topHeld || (entry.scopeShare > 0 && entry.held > 0))
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .map((entry) => entry.hit);
}

/** A candidate passage as rankByAskingWords weighs it. */
export interface ScoredCandidate {
  hit: AnsweredHit;
  /** Its place among the candidates (search order, then the scope passages the search did not find). */
  order: number;
  /** What its answer sentence holds of what is asked (asking words, phrases, answer kind). */
  held: number;
  /** Its share of the named edition (0 outside the scope). */
  scopeShare: number;
  rank: number;
}

/** A pair of words next to each other in folded text, each as phraseKey reads it. */
function phrasePattern([first, second]: readonly [string, string]): RegExp {
  const start = (key: string): string => [key, ...irregularForms(key)].map(escapeRegExp).join("|");
  return new RegExp(`(?<![${WORD_CHARACTER}])(?:${start(first)})[${WORD_CHARACTER}'-]*[\\s,;:()"“”‘’]+(?:${start(second)})`, "g");
}

/** The weight a span [start, end) of a text holds: per word, its best occurrence inside, summed. */
function heldIn(occurrences: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, start: number, end: number): number {
  let sum = 0;
  for (const found of occurrences) {
    let best = 0;
    for (const [at, weight] of found) if (at >= start && at < end && weight > best) best = weight;
    sum += best;
  }
  return sum;
}

/** The candidates (hits above MIN_CANDIDATE_SCORE, then the scope passages the search did not find),
 *  each weighed as rankByAskingWords describes, in candidate order; undefined when the question asks
 *  nothing beyond its subject. Exact for the `keep` best (and the first hit); a passage that cannot be
 *  among them gets its lowest possible rank and no answer sentence. Each passage is read once per question word (the words' offsets then
 *  say which sentence holds them), and cut into sentences only when it holds something asked. */
export function scoreCandidates(k: Snapshot, hits: readonly PassageHit[], words: QuestionWords, keep = Infinity): ScoredCandidate[] | undefined {
  const kind = words.frame.kind;
  const planned = words.frame.planned === true;
  const scope = words.scope;
  if (!words.asking.length && !kind) return undefined;
  const best = hits[0]?.score || 1;
  const questionTerms = [...words.asking, ...words.subject];
  const weights = new Map(termWeights(k, questionTerms) ?? []);
  const weigh = (term: string): number => {
    let weight = weights.get(term);
    if (weight === undefined) weights.set(term, (weight = termWeights(k, [term])?.get(term) ?? 1));
    return weight;
  };
  const rarest = words.asking.reduce<string | undefined>((most, term) => (most === undefined || weigh(term) > weigh(most) ? term : most), undefined);
  const candidates = hits.filter((hit, i) => hit.score >= best * MIN_CANDIDATE_SCORE && (i < CANDIDATES_READ_IN_FULL || (rarest !== undefined && hit.terms.includes(rarest))));
  const found = new Set(candidates.map((hit) => hit.passageId));
  for (const passageId of scope.keys()) if (!found.has(passageId)) candidates.push({ passageId, score: 0, terms: questionTerms });
  // In a question about when, where, how long or how often something happened, its event verb only
  // says that it happened.
  const eventKind = kind === "time" || kind === "place" || kind === "duration" || kind === "frequency";
  const asking = wordFinder(words.asking, (term) => (eventKind && isEventVerb(term) ? Math.min(EVENT_VERB_WEIGHT, weigh(term)) : weigh(term)));
  const subject = wordFinder(words.subject, weigh);
  const asked = new Set(questionTerms);
  const subjectWeight = [...words.subject].reduce((sum, term) => sum + weigh(term), 0);
  const phrases = words.phrases.map(phrasePattern);
  // The subject's words in a passage's headings and document title, per distinct context (passages of
  // a section share theirs).
  const contexts = new Map<string, Array<Array<[number, number]>>>();
  const contextAt = (passage: Passage): Array<Array<[number, number]>> => {
    const text = foldText([...passage.headings, k.view.documentBySlug.get(passage.docSlug)?.title ?? ""].join(" \n "));
    let found = contexts.get(text);
    if (!found) contexts.set(text, (found = subject.occurrences(text)));
    return found;
  };
  // First what each passage holds of the asking words at all (one read per word), which bounds its
  // rank: it holds at least SPREAD_SHARE of that, at most that and every phrase and answer kind, and
  // the subject at most doubles it. Only the passages that can still be among the first `keep` are
  // read sentence by sentence; the others keep their lowest rank (they come after those anyway).
  const read = candidates.map((hit) => {
    const passage = k.passages.get(hit.passageId);
    const scopeShare = scope.get(hit.passageId) ?? 0;
    const folded = passage ? foldText(passage.text) : "";
    const askingAt = asking.occurrences(folded);
    const whole = heldIn(askingAt, 0, folded.length);
    const search = 1 + SEARCH_SHARE * Math.max(hit.score / best, scopeShare);
    const most = whole + PHRASE_WEIGHT * phrases.length + (kind ? ANSWER_KIND_WEIGHT : 0) + (planned ? ANSWER_KIND_WEIGHT : 0);
    return { hit, passage, scopeShare, folded, askingAt, whole, search, lowest: SPREAD_SHARE * whole * search, highest: whole > 0 || kind ? (most + Math.min(most, subjectWeight)) * search : 0 };
  });
  const lows = read.map((entry) => entry.lowest).sort((a, b) => b - a);
  const threshold = keep < lows.length ? lows[keep - 1]! : 0;
  return read.map(({ hit, passage, scopeShare, folded, askingAt, whole, search, lowest, highest }, order) => {
    if (order > 0 && highest < threshold) return { hit, order, held: whole, scopeShare, rank: lowest };
    const answer = passage ? answerSentence(passage, folded, askingAt, whole, scopeShare > 0) : undefined;
    const held = answer?.held ?? 0;
    // How much of the subject the passage names where it answers (a share): its share of the named
    // edition when it is in its scope, else the subject's words in the answer sentence, headings and
    // title. It adds that share of what is held, or of the subject's weight when that is less (a
    // subject of one common word adds little).
    const cover = !answer || !subjectWeight ? 0 : scopeShare || Math.min(1, answer.named / subjectWeight);
    // A passage holding nothing asked follows those that do, in search order.
    const rank = (held + cover * Math.min(held, subjectWeight)) * search * (words.elsewhere.has(hit.passageId) ? ELSEWHERE_SHARE : 1);
    return { hit: answer ? { ...hit, sentence: answer.text } : hit, order, held, scopeShare, rank };
  });

  function answerSentence(passage: Passage, folded: string, askingAt: Array<Array<[number, number]>>, whole: number, inScope: boolean): { text: string; held: number; named: number } | undefined {
    const text = passage.text;
    if (whole === 0 && kind === undefined) return undefined;
    const subjectAt = words.subject.size ? subject.occurrences(folded) : [];
    const kindHere = kind !== undefined && (whole > 0 || inScope || subjectAt.some((found) => found.length > 0)) && holdsAnswer(kind, text, asked);
    if (whole === 0 && !kindHere) return undefined;
    // Offsets into the folded text are offsets into the text when folding kept its length (all but a
    // few non-ASCII texts); otherwise each sentence is read on its own.
    const aligned = folded.length === text.length;
    const phraseAt = whole > 0 ? phrases.flatMap((phrase) => [...folded.matchAll(phrase)].map((match) => match.index)) : [];
    let answer: { text: string; start: number; end: number; own: number; extra: number; score: number } | undefined;
    for (const sentence of splitSentences(text)) {
      const own = aligned ? heldIn(askingAt, sentence.start, sentence.end) : asking.weight(sentence.text);
      const named = !words.subject.size ? 0 : aligned ? heldIn(subjectAt, sentence.start, sentence.end) : subject.weight(sentence.text);
      if (own === 0 && named === 0 && !inScope) continue;
      let extra = 0;
      if (own > 0) for (const at of aligned ? phraseAt : []) if (at >= sentence.start && at < sentence.end) extra += PHRASE_WEIGHT;
      if (kindHere && holdsAnswer(kind, sentence.text, asked)) extra += ANSWER_KIND_WEIGHT;
      if (planned && own > 0 && statesPlan(sentence.text)) extra += ANSWER_KIND_WEIGHT;
      const score = own + extra + SUBJECT_SHARE * named;
      if (own + extra > 0 && (!answer || score > answer.score)) answer = { text: sentence.text, start: sentence.start, end: sentence.end, own, extra, score };
    }
    if (!answer) return undefined;
    // The subject's words in the answer sentence, its headings and its document title, each once.
    const context = contextAt(passage);
    let named = 0;
    if (words.subject.size) {
      const inSentence = aligned ? subjectAt.map((found) => found.filter(([at]) => at >= answer!.start && at < answer!.end)) : subject.occurrences(foldText(answer.text));
      inSentence.forEach((found, i) => {
        named += Math.max(0, ...found.map(([, weight]) => weight), ...context[i]!.map(([, weight]) => weight));
      });
    }
    return { text: answer.text, held: answer.own + answer.extra + SPREAD_SHARE * (whole - answer.own), named };
  }
}
