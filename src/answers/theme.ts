// /theme: the editions whose theme matches, then the passages that match.
import type { Knowledge } from "../knowledge/knowledge.js";
import { searchTerms } from "../search/options.js";
import { editionResult } from "./edition-result.js";
import { foundAnswer, knownThemes, notFoundAnswer } from "./make.js";
import { passageResult, strongHits } from "./passage-result.js";
import { cleanQuery, quote } from "./query.js";
import type { Answer, AnswerResult } from "./types.js";
import { viewOf } from "./view.js";

/** Passages shown after the matching editions. */
export const MAX_THEME_PASSAGES = 3;

export function answerTheme(k: Knowledge, rawQuery: string): Answer {
  const query = cleanQuery(rawQuery);
  if (!query) return notFoundAnswer("theme", query, themeHint(k), knownThemes(k));
  if (!searchTerms(query).length) return notFoundAnswer("theme", query, `${quote(query)} has no word to look for. ${themeHint(k)}`, knownThemes(k));
  const view = viewOf(k);
  const terms = searchTerms(query);
  const results: AnswerResult[] = [];
  const cited = new Set<string>();
  for (const hit of k.index.searchEntities?.(query, { kinds: ["edition"], fields: ["theme"] }) ?? []) {
    const edition = view.editionById.get(hit.id);
    if (!edition) continue;
    const result = editionResult(k, edition, [...terms, ...hit.terms], edition.edition.theme && `Theme: ${edition.edition.theme.value}`);
    for (const citation of result.citations) cited.add(citation.passageId);
    results.push(result);
  }
  let passages = 0;
  for (const hit of strongHits(k.index.searchPassages(query, { limit: MAX_THEME_PASSAGES + cited.size }))) {
    if (passages >= MAX_THEME_PASSAGES) break;
    if (cited.has(hit.passageId)) continue;
    const result = passageResult(k, hit.passageId, { terms: hit.terms });
    if (result) results.push(result);
    passages += 1;
  }
  if (!results.length) return notFoundAnswer("theme", query, `No theme or passage matches ${quote(query)}. Known themes are suggested below.`, knownThemes(k));
  return foundAnswer("theme", query, results);
}

export function themeHint(k: Knowledge): string {
  const theme = knownThemes(k)[0];
  const word = theme && searchTerms(theme).sort((a, b) => b.length - a.length)[0];
  return `Type words from a course theme${word ? `, for example “${word}”` : ""}.`;
}
