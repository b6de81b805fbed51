// /ask: the passages that best answer a free question, each quoted and cited.
import type { Snapshot } from "../snapshot/snapshot.js";
import { searchTerms } from "../search/options.js";
import { foundAnswer, knownThemes, notFoundAnswer } from "./make.js";
import { mergedPassageResults, strongHits } from "./passage-result.js";
import { cleanQuery, quote } from "./query.js";
import type { Answer } from "./types.js";

/** Passages shown at most. */
export const MAX_ASK_RESULTS = 5;
/** Hits read per result shown, so that merged near-duplicates leave room for other passages. */
const ASK_HITS_PER_RESULT = 4;

export function answerAsk(k: Snapshot, rawQuery: string): Answer {
  const query = cleanQuery(rawQuery);
  if (!query) return notFoundAnswer("ask", query, askHint(k), askSuggestions(k));
  if (!searchTerms(query).length) return notFoundAnswer("ask", query, `${quote(query)} has no word to look for. ${askHint(k)}`, askSuggestions(k));
  // More hits than shown: near-duplicates (the same paragraph in several years' documents) merge
  // into one result that lists the other sources, and must not crowd out the rest.
  const hits = k.index.searchPassages(query, { limit: MAX_ASK_RESULTS * ASK_HITS_PER_RESULT });
  const results = mergedPassageResults(k, strongHits(hits), MAX_ASK_RESULTS);
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
