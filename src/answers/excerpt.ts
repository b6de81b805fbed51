// Citations: a quote trimmed around the sentence that matters, the matched words marked, and a link
// that opens the source page at that sentence (a URL text fragment).
import type { Citation } from "./types.js";
import { splitSentences, type Sentence } from "../knowledge/sentences.js";
import type { KnowledgeDocument, Passage } from "../knowledge/types.js";
import { foldText, searchTerms, wordSpans, type WordSpan } from "../search/options.js";

/** Longest excerpt, ellipses included. */
export const MAX_EXCERPT_LENGTH = 400;
/** A sentence up to this length is linked whole (`text=`); a longer one by its first and last words
 *  (`text=start,end`), which keeps URLs short and survives small differences in the middle. */
export const MAX_FRAGMENT_SENTENCE_LENGTH = 80;
/** Words quoted at each end of a `textStart,textEnd` fragment. */
const FRAGMENT_EDGE_WORDS = 4;
const ELLIPSIS = "…";

export interface CitationFocus {
  /** The evidence sentence (as split from the passage text); wins over `terms` for choosing. */
  sentence?: string;
  /** Search terms (as the index holds them) to mark, and to choose a sentence when none is given. */
  terms?: string[];
  /** How much each term says when choosing the sentence (its rarity in the knowledge, see
   *  `rarityWeight`); 1 for a term not listed. */
  weights?: ReadonlyMap<string, number>;
}

/** Inverse document frequency (BM25's form, always positive): a term in few of `count` units weighs
 *  much, one in all of them almost nothing. */
export function rarityWeight(count: number, holding: number): number {
  return Math.log(1 + (count - holding + 0.5) / (holding + 0.5));
}

/** Work the citations of one answer share: each passage is split into sentences once, and each set of
 *  terms works out each distinct word once, however many citations quote that passage or mark those
 *  terms (a /country answer marks the same country's words in 30 quotes). Made per answer call and
 *  dropped with it: it holds nothing between queries. */
export interface CitationMemo {
  sentences(passage: Passage): readonly Sentence[];
  matcher(terms: readonly string[]): TermMatcher;
}

export function citationMemo(): CitationMemo {
  const sentences = new Map<string, readonly Sentence[]>();
  const matchers = new Map<string, TermMatcher>();
  return {
    sentences: (passage) => {
      let split = sentences.get(passage.id);
      if (!split) {
        split = splitSentences(passage.text);
        sentences.set(passage.id, split);
      }
      return split;
    },
    matcher: (terms) => {
      const key = terms.join("\u0000");
      let matcher = matchers.get(key);
      if (!matcher) {
        matcher = termMatcher(new Set(terms));
        matchers.set(key, matcher);
      }
      return matcher;
    },
  };
}

export function makeCitation(doc: KnowledgeDocument, passage: Passage, focus: CitationFocus = {}, memo: CitationMemo = citationMemo()): Citation {
  const terms = memo.matcher(focus.terms ?? []);
  const text = passage.text;
  const sentences = memo.sentences(passage);
  const sentence = focusSentence(text, sentences, focus.sentence, terms, focus.weights);
  const [start, end] = excerptRange(text, sentences, sentence, terms, focus.weights);
  const excerpt = `${start > 0 ? `${ELLIPSIS} ` : ""}${text.slice(start, end)}${end < text.length ? ` ${ELLIPSIS}` : ""}`;
  const citation: Citation = {
    passageId: passage.id,
    documentTitle: doc.title,
    section: (passage.headings.length ? passage.headings : [doc.section]).join(" › "),
    paragraph: passage.paragraph,
    ...(passage.page !== undefined && { page: passage.page }),
    excerpt,
    marks: matchedWords(excerpt, terms).map((span) => [span.start, span.end]),
  };
  if (doc.url && sentence) citation.url = passageLink(doc.url, passage, sentence.text);
  return citation;
}

/** Where a citation points in its document: its page for a paged source ("p. 12"), else its
 *  paragraph ("¶4"). */
export function locator(place: { paragraph: number; page?: number }): string {
  return place.page !== undefined ? `p. ${place.page}` : `¶${place.paragraph}`;
}

/** The link to a quoted sentence: the source page at the sentence (a text fragment), or, for a paged
 *  source, its page (`#page=12`, which PDF viewers open; they ignore text fragments). */
export function passageLink(url: string, passage: Pick<Passage, "page">, sentence: string): string {
  if (passage.page === undefined) return withTextFragment(url, sentence);
  return `${url.replace(/#.*$/s, "")}#page=${passage.page}`;
}

/** The evidence sentence when it is in the passage; else the sentence whose matched words say most:
 *  each distinct query term it holds counts its weight (rarity in the knowledge) times its rarity
 *  among the passage's sentences, so the sentence with the answer word beats those that only repeat
 *  the subject's name; else the first. Ties go to the earlier sentence. */
function focusSentence(text: string, sentences: readonly Sentence[], wanted: string | undefined, terms: TermMatcher, weights?: ReadonlyMap<string, number>): Sentence | undefined {
  if (wanted) {
    const exact = sentences.find((sentence) => sentence.text === wanted.trim());
    if (exact) return exact;
    const at = wanted.trim() ? text.indexOf(wanted.trim()) : -1;
    if (at >= 0) return { text: wanted.trim(), start: at, end: at + wanted.trim().length };
  }
  if (!terms.size) return sentences[0];
  const held = sentences.map((sentence) => new Set(matchedWords(sentence.text, terms).flatMap((span) => terms.termsOf(span.word))));
  const inSentences = new Map<string, number>();
  for (const set of held) for (const term of set) inSentences.set(term, (inSentences.get(term) ?? 0) + 1);
  let best = sentences[0];
  let bestScore = 0;
  held.forEach((set, i) => {
    let score = 0;
    for (const term of set) score += (weights?.get(term) ?? 1) * rarityWeight(sentences.length, inSentences.get(term)!);
    if (score > bestScore) [best, bestScore] = [sentences[i], score];
  });
  return best;
}

/** [start, end) of the passage to quote: the focus sentence, widened by whole neighbouring sentences
 *  while they fit, or cut down around its first matched word when the sentence alone is too long. */
function excerptRange(text: string, sentences: readonly Sentence[], focus: Sentence | undefined, terms: TermMatcher, weights?: ReadonlyMap<string, number>): [number, number] {
  const budget = MAX_EXCERPT_LENGTH - 2 * (ELLIPSIS.length + 1);
  if (text.length <= MAX_EXCERPT_LENGTH) return [0, text.length];
  if (!focus) return cutAround(text, 0, text.length, 0, budget);
  if (focus.end - focus.start > budget) {
    // Cut around the rarest word asked for ("treaty" over "UNAFEI", which names the subject), the
    // first of them on a tie.
    const weightOf = (word: string): number => Math.max(0, ...terms.termsOf(word).map((term) => weights?.get(term) ?? 1));
    const anchor = matchedWords(focus.text, terms).reduce<{ start: number; word: string } | undefined>((best, span) => (!best || weightOf(span.word) > weightOf(best.word) ? span : best), undefined);
    return cutAround(text, focus.start, focus.end, focus.start + (anchor?.start ?? 0), budget);
  }
  let first = sentences.findIndex((sentence) => sentence.start === focus.start);
  if (first < 0) return [focus.start, focus.end];
  let last = first;
  for (let grew = true; grew; ) {
    grew = false;
    const previous = sentences[first - 1];
    if (previous && sentences[last]!.end - previous.start <= budget) [first, grew] = [first - 1, true];
    const next = sentences[last + 1];
    if (next && next.end - sentences[first]!.start <= budget) [last, grew] = [last + 1, true];
  }
  return [sentences[first]!.start, sentences[last]!.end];
}

/** A window of at most `budget` characters inside [from, to), starting a little before `anchor`,
 *  with both edges moved to word boundaries. */
function cutAround(text: string, from: number, to: number, anchor: number, budget: number): [number, number] {
  // A word early enough in the sentence is quoted from the sentence's start: what opens a sentence
  // ("On Saturday 29 June of Reiwa 1 (2019) the Department held …") is often what was asked.
  let start = anchor - from <= Math.floor(budget * 0.6) ? from : Math.max(from, Math.min(anchor - Math.floor(budget / 4), to - budget));
  if (start > from) {
    const space = text.indexOf(" ", start);
    start = space >= 0 && space < anchor ? space + 1 : start;
  }
  let end = Math.min(to, start + budget);
  if (end < to) {
    const space = text.lastIndexOf(" ", end);
    end = space > start ? space : end;
  }
  return [start, end];
}

/** Whether a word yields one of the terms; each distinct word is worked out once per citation (a
 *  passage is read for its best sentence, then its excerpt for marks). */
export interface TermMatcher {
  size: number;
  matches(word: string): boolean;
  /** The terms a word yields that are wanted ([] when it matches none). */
  termsOf(word: string): string[];
}

function termMatcher(terms: ReadonlySet<string>): TermMatcher {
  const known = new Map<string, boolean>();
  const yielded = new Map<string, string[]>();
  const wanted = [...terms];
  const matcher: TermMatcher = {
    size: terms.size,
    termsOf: (word) => {
      if (!matcher.matches(word)) return [];
      let list = yielded.get(word);
      if (!list) {
        list = [...new Set(searchTerms(word).filter((term) => terms.has(term)))];
        yielded.set(word, list);
      }
      return list;
    },
    matches: (word) => {
      let yes = known.get(word);
      if (yes === undefined) {
        // Every term a word yields is a piece of the folded word without its apostrophes and hyphens
        // (the word, its parts, an ordinal's number): a word that contains no wanted term as such a
        // piece cannot match, and most words are ruled out here without running the term pipeline.
        const letters = foldText(word).replace(APOSTROPHES_AND_HYPHENS, "");
        yes = wanted.some((term) => letters.includes(term)) && searchTerms(word).some((term) => terms.has(term));
        known.set(word, yes);
      }
      return yes;
    },
  };
  return matcher;
}

const APOSTROPHES_AND_HYPHENS = /['-]/g;

function matchedWords(text: string, terms: TermMatcher): WordSpan[] {
  if (!terms.size) return [];
  return wordSpans(text).filter((span) => terms.matches(span.word));
}

/** Half-open ranges of the excerpt's words that yield one of the terms. */
export function markTerms(excerpt: string, terms: ReadonlySet<string>): Array<[number, number]> {
  return matchedWords(excerpt, termMatcher(terms)).map((span) => [span.start, span.end]);
}

/** Text Fragments (https://wicg.github.io/scroll-to-text-fragment/): `&`, `-` and `,` are syntax in a
 *  fragment directive, so they are percent-encoded along with everything encodeURIComponent encodes. */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, "%2D");
}

/** `url#:~:text=…` for the sentence: whole when short, else `textStart,textEnd`. An existing fragment
 *  is kept (the directive follows it). */
export function withTextFragment(url: string, sentence: string): string {
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return url;
  const directive =
    sentence.length <= MAX_FRAGMENT_SENTENCE_LENGTH || words.length <= 2 * FRAGMENT_EDGE_WORDS
      ? encodeFragmentText(words.join(" "))
      : `${encodeFragmentText(words.slice(0, FRAGMENT_EDGE_WORDS).join(" "))},${encodeFragmentText(words.slice(-FRAGMENT_EDGE_WORDS).join(" "))}`;
  return `${url}${url.includes("#") ? "" : "#"}:~:text=${directive}`;
}
