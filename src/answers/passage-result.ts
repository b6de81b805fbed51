// A passage as an answer result (for /country mentions, /theme and /ask hits).
import type { Snapshot } from "../snapshot/snapshot.js";
import { citationMemo, locator, rarityWeight, type CitationFocus, type CitationMemo } from "../answers/excerpt.js";
import { tokenize, wordForm } from "../search/options.js";
import type { PassageHit } from "../search/types.js";
import { citePassage } from "./cite.js";
import { lazyResult } from "./lazy-result.js";
import type { AnswerFact, AnswerResult, Citation, SourceRef } from "./types.js";

/** A result titled by its place ("¶7 · ● Japan’s Efforts", "Note 29"), or undefined for an unknown id. */
export function passageResult(
  k: Snapshot,
  passageId: string,
  focus: CitationFocus,
  extra: { key?: string; description?: string; facts?: AnswerFact[] } = {},
  memo: CitationMemo = citationMemo(),
): AnswerResult | undefined {
  const passage = k.passages.get(passageId);
  const document = passage && k.view.documentBySlug.get(passage.docSlug);
  if (!passage || !document) return undefined;
  const heading = passage.headings.at(-1);
  const title = passage.kind === "note" && passage.noteLabel ? passage.noteLabel : `${locator(passage)}${heading ? ` · ${heading}` : ""}`;
  const description = extra.description ?? document.title;
  // Quoted when shown (citePassage finds the passage and document found here).
  return lazyResult({ key: extra.key ?? passageId, title, description }, () => ({ facts: extra.facts ?? [], citations: [citePassage(k, passageId, focus, memo)!] }));
}

/** A passage scoring below this fraction of the best hit is noise next to it, and is left out. */
export const MIN_RELATIVE_SCORE = 0.2;

/** The hits that score at least MIN_RELATIVE_SCORE of the best one, in order. */
export function strongHits(hits: PassageHit[]): PassageHit[] {
  const best = hits[0]?.score ?? 0;
  return hits.filter((hit) => hit.score >= best * MIN_RELATIVE_SCORE);
}

/** The rarity of each term in the knowledge's passages, for choosing the sentence to quote (see
 *  CitationFocus.weights); none when the index cannot say (every term then weighs alike). */
export function termWeights(k: Snapshot, terms: readonly string[]): ReadonlyMap<string, number> | undefined {
  const rarity = k.index.termRarity;
  if (!rarity) return undefined;
  return new Map(terms.map((term) => {
    const { passages, holding } = rarity(term);
    return [term, rarityWeight(Math.max(passages, holding), holding)];
  }));
}

/** Two passages whose word triples overlap at least this much (Jaccard) are the same text: the same
 *  paragraph repeated in several years' documents, say, with a year or a number changed. */
export const NEAR_DUPLICATE_SIMILARITY = 0.7;

/** The hits grouped by near-duplicate text, best first: each group's first hit stands for it, the
 *  others are where else the same text appears. With `maxGroups`, only the groups up to the
 *  `maxGroups`-th one whose first passage can be shown (its document is known) are made: later hits
 *  join those or are left out, as the later groups would not be shown. */
export function groupNearDuplicates(k: Snapshot, hits: readonly PassageHit[], maxGroups = Infinity): PassageHit[][] {
  const groups: Array<{ shingles: ReadonlySet<string>; hits: PassageHit[] }> = [];
  let showable = 0;
  for (const hit of hits) {
    const passage = k.passages.get(hit.passageId);
    if (!passage) continue;
    const shingles = wordTriples(passage.text);
    const same = groups.find((group) => similarity(group.shingles, shingles) >= NEAR_DUPLICATE_SIMILARITY);
    if (same) same.hits.push(hit);
    else if (showable < maxGroups) {
      groups.push({ shingles, hits: [hit] });
      if (k.view.documentBySlug.has(passage.docSlug)) showable += 1;
    }
  }
  return groups.map((group) => group.hits);
}

/** The passage's runs of three consecutive words (folded, as the index reads them); a passage of
 *  fewer words is its words joined. */
function wordTriples(text: string): ReadonlySet<string> {
  const words = tokenize(text);
  if (words.length < 3) return new Set([words.join(" ")]);
  const triples = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) triples.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return triples;
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  const union = a.size + b.size - shared;
  return union ? shared / union : 1;
}

/** Where a passage is, as a merged result lists it: document, section, paragraph, link. */
export function sourceRef(citation: Citation): SourceRef {
  const { passageId, documentTitle, section, paragraph, page, url } = citation;
  return { passageId, documentTitle, section, paragraph, ...(page !== undefined ? { page } : {}), ...(url ? { url } : {}) };
}

/** A term naming the question's subject weighs this much of its rarity when the sentence to quote is
 *  chosen: the sentence that holds what is asked beats the one that repeats the subject's name. */
export const SUBJECT_TERM_WEIGHT = 0.25;

/** One result per group of near-duplicate hits: the first hit quoted, the others listed in `alsoIn`.
 *  `subject`: terms naming the question's subject (answer-words.ts), weighed less in choosing the quote.
 *  A hit that carries its answer sentence (answer-words.ts) is quoted at that sentence. */
export function mergedPassageResults(
  k: Snapshot,
  hits: ReadonlyArray<PassageHit & { sentence?: string }>,
  max: number,
  memo: CitationMemo = citationMemo(),
  skip: ReadonlySet<string> = new Set(),
  subject: ReadonlySet<string> = new Set(),
): AnswerResult[] {
  const results: AnswerResult[] = [];
  const subjectForms = new Set([...subject].map(wordForm));
  const weigh = (terms: readonly string[]): ReadonlyMap<string, number> | undefined => {
    const weights = termWeights(k, terms);
    if (!weights || !subjectForms.size) return weights;
    return new Map([...weights].map(([term, weight]) => [term, subjectForms.has(wordForm(term)) ? weight * SUBJECT_TERM_WEIGHT : weight]));
  };
  for (const group of groupNearDuplicates(k, hits.filter((hit) => !skip.has(hit.passageId)), max)) {
    if (results.length >= max) break;
    const [first, ...others] = group;
    const focus = (hit: PassageHit & { sentence?: string }) => ({ terms: hit.terms, ...withWeights(weigh(hit.terms)), ...(hit.sentence ? { sentence: hit.sentence } : {}) });
    const result = passageResult(k, first!.passageId, focus(first!), {}, memo);
    if (!result) continue;
    const alsoIn = others.flatMap((hit) => {
      const citation = citePassage(k, hit.passageId, focus(hit), memo);
      return citation ? [sourceRef(citation)] : [];
    });
    results.push(alsoIn.length ? { ...result, alsoIn } : result);
  }
  return results;
}

function withWeights(weights: ReadonlyMap<string, number> | undefined): { weights?: ReadonlyMap<string, number> } {
  return weights ? { weights } : {};
}
