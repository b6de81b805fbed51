// A question's words in two kinds: those that name its subject ("the eighth GG seminar", "the Next Leaders
// Forum": words of a series the question names, and ordinals) and those that ask about it ("who chaired
// the sessions", "how many young officials took part"). The passage search finds the passages about the
// subject, and every passage naming the edition carries its name (build.ts), so the passage that only
// names the subject often outranks the one that answers, which calls it "the seminar". Among the
// passages found, those whose own text holds the asking words come first, each word weighing its
// rarity in the knowledge; the search score still orders passages that hold the same asking words.
import type { Snapshot } from "../snapshot/snapshot.js";
import { seriesNames } from "../knowledge/names.js";
import { foldText, processTerm, searchTerms, wordForm } from "../search/options.js";
import type { PassageHit } from "../search/types.js";
import { matchSeries, parseCourseQuery } from "./course-match.js";
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
  /** The other terms: what is asked about it. */
  asking: readonly string[];
}

/** The question's terms, split: the words of the series it names (as matchSeries finds them) and of its
 *  ordinal ("eighth", "twenty-third") are the subject; the rest ask. */
export function questionWords(k: Snapshot, query: string): QuestionWords {
  const terms = [...new Set(searchTerms(query))];
  const named = new Set(matchSeries(k, query).flatMap((series) => seriesNames(series).flatMap(searchTerms)));
  const { ordinal, rest } = parseCourseQuery(query);
  const outsideOrdinal = new Set(searchTerms(rest));
  // A four-digit number is a year the question asks about ("in 2005"), not an ordinal.
  const ordinalTerm = (term: string): boolean => ordinal !== undefined && !outsideOrdinal.has(term) && !/^\d{4}$/.test(term);
  const subject = new Set(terms.filter((term) => named.has(term) || ordinalTerm(term)));
  return { subject, asking: terms.filter((term) => !subject.has(term)) };
}

/** Finds words in texts without cutting the whole text into terms (a passage is read for a handful of
 *  words): each word is looked for as the start of a word in the folded text, and only the words found
 *  there are put through the term pipeline and compared, as they are, by inflection stem and by number. */
export interface WordFinder {
  /** The weights of the words the text holds, summed: a word found as it is, in either number ("drug",
   *  "drugs") or with another inflection counts once; an inflected form weighs its own rarity when that
   *  is less ("meeting" for "meet"). */
  weight(text: string): number;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function wordFinder(words: Iterable<string>, weigh: (term: string) => number): WordFinder {
  const wanted = [...new Set(words)].map((word) => {
    const stem = inflectionStem(word);
    const form = wordForm(word);
    // The longest start the word and each of its accepted forms share.
    let start = word;
    for (const other of [stem, form]) while (!other.startsWith(start)) start = start.slice(0, -1);
    // A final "y" or "e" changes in other forms ("country" → "countries", "organise" → "organising").
    if (start.length > MIN_STEM && /[ye]$/.test(start)) start = start.slice(0, -1);
    return { word, stem, form, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(start)}[\\p{L}\\p{N}'-]*`, "gu") };
  });
  return {
    weight(text) {
      const folded = foldText(text);
      let score = 0;
      for (const { word, stem, form, pattern } of wanted) {
        let best: number | undefined;
        for (const match of folded.matchAll(pattern)) {
          for (const term of processTerm(match[0]) ?? []) {
            if (term === word) best = weigh(word);
            else if (inflectionStem(term) === stem || wordForm(term) === form) best = Math.max(best ?? 0, Math.min(weigh(word), weigh(term)));
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

/** The hits re-ordered by what their passage holds of the question: the weight of the asking words in
 *  its own text, plus SUBJECT_SHARE of that of the subject's words in its text, headings and document
 *  title, the search score (as a share of the best, 1×–2×) refining the order; the passages holding no
 *  asking word follow, in search order. A hit under `floor` (a share of the best score: the noise
 *  floor of the search order) stays only if it holds more of the asking words than the best hit does:
 *  the answer passage that calls the subject "the seminar" scores little, and comes back this way.
 *  Undefined when the question has no asking word, or no passage holds one: the search order stands. */
export function rankByAskingWords(k: Snapshot, hits: readonly PassageHit[], words: QuestionWords, floor: number): PassageHit[] | undefined {
  if (!words.asking.length || hits.length < 2) return undefined;
  const weights = new Map(termWeights(k, [...words.asking, ...words.subject]) ?? []);
  const weigh = (term: string): number => {
    let weight = weights.get(term);
    if (weight === undefined) weights.set(term, (weight = termWeights(k, [term])?.get(term) ?? 1));
    return weight;
  };
  const titles = new Map<string, string>();
  const titleOf = (slug: string): string => {
    let title = titles.get(slug);
    if (title === undefined) titles.set(slug, (title = k.documents.find((document) => document.slug === slug)?.title ?? ""));
    return title;
  };
  const asking = wordFinder(words.asking, weigh);
  const subject = wordFinder(words.subject, weigh);
  const best = hits[0]!.score || 1;
  const scored = hits.filter((hit) => hit.score >= best * MIN_CANDIDATE_SCORE).map((hit, order) => {
    const passage = k.passages.get(hit.passageId);
    const held = asking.weight(passage?.text ?? "");
    const about = held > 0 && words.subject.size && passage ? subject.weight([passage.text, ...passage.headings, titleOf(passage.docSlug)].join(" \n ")) : 0;
    // A passage without an asking word follows those with one, in search order.
    return { hit, order, asking: held, rank: held > 0 ? (held + SUBJECT_SHARE * about) * (1 + hit.score / best) : 0 };
  });
  if (scored.every((entry) => entry.asking === 0)) return undefined;
  const topAsking = scored[0]!.asking;
  return scored
    .filter((entry) => entry.hit.score >= best * floor || entry.asking > topAsking)
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .map((entry) => entry.hit);
}
