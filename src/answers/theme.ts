// /theme: the editions whose theme matches, then the passages that match.
import type { Snapshot } from "../snapshot/snapshot.js";
import type { Fact } from "../knowledge/types.js";
import { citationMemo } from "../answers/excerpt.js";
import { searchTerms, wordForm } from "../search/options.js";
import { editionQuotedPassages, editionResult } from "./edition-result.js";
import { foundAnswer, knownThemes, notFoundAnswer } from "./make.js";
import { mergedPassageResults, strongHits } from "./passage-result.js";
import { cleanQuery, quote } from "./query.js";
import type { Answer, AnswerResult } from "./types.js";
import type { PassageHit } from "../search/types.js";

/** Editions listed, best first. */
export const MAX_THEME_EDITIONS = 10;
/** Passages shown after the matching editions. */
export const MAX_THEME_PASSAGES = 3;
/** The passage search looks for the query's words found in at most this many passages. */
export const MAX_THEME_WORD_PASSAGES = 500;

export function answerTheme(k: Snapshot, rawQuery: string): Answer {
  const query = cleanQuery(rawQuery);
  if (!query) return notFoundAnswer("theme", query, themeHint(k), knownThemes(k));
  const terms = searchTerms(query);
  if (!terms.length) return notFoundAnswer("theme", query, `${quote(query)} has no word to look for. ${themeHint(k)}`, knownThemes(k));
  const view = k.view;
  const memo = citationMemo();
  const results: AnswerResult[] = [];
  const shown = new Set<string>();
  // An edition whose theme shares one word of several ("society" of "civil society") is a weaker match
  // than a passage that holds them all (below).
  const hits = view.themeIndex.search(query, MAX_THEME_EDITIONS);
  // Any wording of the theme a source states counts ("also stated" ones are indexed too).
  const wordings = (theme: Fact<string> | undefined): string[] => (theme ? [theme.value, ...(theme.conflicts ?? []).map((other) => other.value)] : []);
  const whole = hits.some((hit) => wordings(view.editions[hit.at]!.edition.theme).some((wording) => holdsEveryWord(wording, terms)));
  for (const hit of hits) {
    const edition = view.editions[hit.at]!;
    const { theme } = edition.edition;
    // The sentence that states its theme is quoted first, then those of its other facts.
    const citing = { evidence: [theme?.evidence], memo };
    // The passages it quotes are not listed again as passages (its quotes are made when it is shown).
    for (const passageId of editionQuotedPassages(k, edition, citing)) shown.add(passageId);
    results.push(editionResult(k, edition, [...terms, ...hit.terms], theme && `Theme: ${theme.value}`, citing));
  }
  // Typo and prefix tolerance is the theme search's; the passages that follow are those holding the
  // query's less common words themselves. A word in most passages ("development") says nothing about
  // which passages matter, and scoring thousands of passages for it, or walking the whole passage
  // vocabulary for a typo or a three-letter prefix, is what made /theme slow in a large knowledge.
  // Near-duplicate passages (the same paragraph in several years' documents) are one result.
  const search = { limit: 2 * MAX_THEME_PASSAGES + shown.size, exact: true, maxWordPassages: MAX_THEME_WORD_PASSAGES };
  const passages = mergedPassageResults(k, quotedFirst(k, strongHits(k.index.searchPassages(query, search)), terms), MAX_THEME_PASSAGES, memo, shown);
  // No theme holds every word, and the best passage does: that passage says more than a theme that
  // shares one of the words.
  const passageFirst = !whole && passages[0] !== undefined && holdsEveryWord(k.passages.get(passages[0].key)?.text ?? "", terms);
  if (passageFirst) results.unshift(...passages);
  else results.push(...passages);
  if (!results.length) return notFoundAnswer("theme", query, `No theme or passage matches ${quote(query)}. Known themes are suggested below.`, knownThemes(k));
  return foundAnswer("theme", query, results);
}

export function themeHint(k: Snapshot): string {
  const theme = knownThemes(k)[0];
  const word = theme && searchTerms(theme).sort((a, b) => b.length - a.length)[0];
  return `Type words from a course theme${word ? `, for example “${word}”` : ""}.`;
}

/** Words of a theme may stand for a query word as they are, in the other number, or as a longer word the
 *  query word begins (a query word of at least this many letters: "digitali" → "digitalised"). */
const MIN_PREFIX_LENGTH = 3;

/** Whether `theme` (or a passage's text) holds every one of the query's terms (in either number, or a
 *  word it begins). A query of one term always matches: the search found it. */
export function holdsEveryWord(theme: string, terms: readonly string[]): boolean {
  return new Set(terms.map(wordForm)).size < 2 || holdsAll(theme, terms);
}

/** Whether `text` holds every one of `terms` (in either number, or a word it begins). */
function holdsAll(text: string, terms: readonly string[]): boolean {
  const held = searchTerms(text);
  const forms = new Set(held.map(wordForm));
  return terms.length > 0 && terms.map(wordForm).every((word) => forms.has(word) || (word.length >= MIN_PREFIX_LENGTH && held.some((term) => term.startsWith(word))));
}

/** A quoted span: a theme as passages write it ("on the theme of “…”", 'took as its theme "…"'). */
const QUOTED = /[“"‘]([^”"’]{3,300})[”"’]/g;

/** The hits whose passage quotes a span holding every query word (a theme stated there, of a course
 *  the catalogue has no edition for) first, the others after; search order within each. */
export function quotedFirst(k: Snapshot, hits: readonly PassageHit[], terms: readonly string[]): PassageHit[] {
  const quotes = (hit: PassageHit): boolean => [...(k.passages.get(hit.passageId)?.text ?? "").matchAll(QUOTED)].some((match) => holdsAll(match[1]!, terms));
  const quoting = hits.filter(quotes);
  return [...quoting, ...hits.filter((hit) => !quoting.includes(hit))];
}
