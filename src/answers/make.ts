// Building Answer values, so every answer function fills the model the same way.
import type { Snapshot } from "../snapshot/snapshot.js";
import type { Answer, AnswerResult } from "./types.js";

/** Suggestions offered with a "not found" or an empty query. */
export const MAX_SUGGESTIONS = 10;

export function foundAnswer(command: string, query: string, results: AnswerResult[], message?: string): Answer {
  return { command, query, found: true, ...(message ? { message } : {}), results, suggestions: [] };
}

export function notFoundAnswer(command: string, query: string, message: string, suggestions: Iterable<string>): Answer {
  return { command, query, found: false, message, results: [], suggestions: firstUnique(suggestions, MAX_SUGGESTIONS) };
}

/** The first `count` distinct non-empty values: what `unique(values).slice(0, count)` gives, without
 *  reading the rest of a long list (every theme of a 100,000-passage knowledge). */
function firstUnique(values: Iterable<string>, count: number): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.size >= count) break;
    if (value) seen.add(value);
  }
  return [...seen];
}

/** Course titles, catalogue order ("23rd UNCAC training programme"). */
export function knownCourses(k: Snapshot): string[] {
  return k.view.knownCourses;
}

/** Names of the countries the knowledge mentions, participants first. */
export function knownCountries(k: Snapshot): string[] {
  return k.view.knownCountries;
}

/** Edition themes, catalogue order. */
export function knownThemes(k: Snapshot): string[] {
  return k.view.knownThemes;
}
