// Building Answer values, so every answer function fills the model the same way.
import type { Knowledge } from "../knowledge/knowledge.js";
import { unique } from "../search/names.js";
import type { Answer, AnswerResult, CommandName } from "./types.js";
import { viewOf } from "./view.js";

/** Suggestions offered with a "not found" or an empty query. */
export const MAX_SUGGESTIONS = 10;

export function foundAnswer(command: CommandName, query: string, results: AnswerResult[], message?: string): Answer {
  return { command, query, found: true, ...(message ? { message } : {}), results, suggestions: [] };
}

export function notFoundAnswer(command: CommandName, query: string, message: string, suggestions: string[]): Answer {
  return { command, query, found: false, message, results: [], suggestions: unique(suggestions).slice(0, MAX_SUGGESTIONS) };
}

/** Course titles, catalogue order ("23rd UNCAC training programme"). */
export function knownCourses(k: Knowledge): string[] {
  return unique(viewOf(k).editions.map((edition) => edition.title));
}

/** Names of the countries the knowledge mentions, participants first. */
export function knownCountries(k: Knowledge): string[] {
  const participants = new Set(k.catalogue.countries.filter((mention) => mention.role === "participant").map((mention) => mention.code));
  const view = viewOf(k);
  const codes = view.countryCodes;
  return [...codes.filter((code) => participants.has(code)), ...codes.filter((code) => !participants.has(code))].map(view.countryName);
}

/** Edition themes, catalogue order. */
export function knownThemes(k: Knowledge): string[] {
  return unique(k.catalogue.editions.flatMap((edition) => (edition.theme ? [edition.theme.value] : [])));
}
