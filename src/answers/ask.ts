// /ask: the passages that best answer a free question, each quoted and cited.
import type { Snapshot } from "../snapshot/snapshot.js";
import { searchTerms } from "../search/options.js";
import { questionWords, rankByAskingWords } from "./answer-words.js";
import { foundAnswer, knownThemes, notFoundAnswer } from "./make.js";
import { mergedPassageResults, MIN_RELATIVE_SCORE, strongHits } from "./passage-result.js";
import { cleanQuery, quote } from "./query.js";
import type { Answer } from "./types.js";

/** Passages shown at most. */
export const MAX_ASK_RESULTS = 5;
/** Hits read per result shown, so that merged near-duplicates leave room for other passages. */
const ASK_HITS_PER_RESULT = 4;
/** Hits read for the asking words, per hit read otherwise: the answer passage of a subject many
 *  passages name (a seminar held sixteen times) can be the fiftieth hit. */
const ASK_CANDIDATE_FACTOR = 4;

export function answerAsk(k: Snapshot, rawQuery: string): Answer {
  const query = cleanQuery(rawQuery);
  if (!query) return notFoundAnswer("ask", query, askHint(k), askSuggestions(k));
  if (!searchTerms(query).length) return notFoundAnswer("ask", query, `${quote(query)} has no word to look for. ${askHint(k)}`, askSuggestions(k));
  // More hits than shown: near-duplicates (the same paragraph in several years' documents) merge
  // into one result that lists the other sources, and must not crowd out the rest. The passages whose
  // own text holds what is asked come before those that only name the subject, so four times as many are
  // read, down to a lower score (the answer passage calls the subject "the seminar" and scores
  // little; answer-words.ts); without an asking word the search order and its noise floor stand.
  const words = questionWords(k, query);
  const hits = k.index.searchPassages(query, { limit: MAX_ASK_RESULTS * ASK_HITS_PER_RESULT * ASK_CANDIDATE_FACTOR });
  const read = MAX_ASK_RESULTS * ASK_HITS_PER_RESULT;
  const ranked = rankByAskingWords(k, hits, words, MIN_RELATIVE_SCORE, read);
  const shown = (ranked ?? strongHits(hits)).slice(0, read);
  const results = mergedPassageResults(k, shown, MAX_ASK_RESULTS, undefined, undefined, words.subject);
  if (!results.length) return notFoundAnswer("ask", query, `No passage matches ${quote(query)}. Try other words, or one of the subjects below.`, askSuggestions(k));
  return foundAnswer("ask", query, results);
}

export function askHint(k: Snapshot): string {
  const series = k.catalogue.series[0];
  return `Ask a question in a few words${series ? `, for example “when did the ${series.abbreviation ?? series.name} start”` : ""}.`;
}

/** Subjects the knowledge covers: series names, then themes (read only as far as suggestions go). */
function* askSuggestions(k: Snapshot): Iterable<string> {
  for (const series of k.catalogue.series) yield series.abbreviation ?? series.name;
  yield* knownThemes(k);
}
