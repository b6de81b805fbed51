// /course: one edition's facts with the sentences that state them; every candidate when ambiguous.
import type { Snapshot } from "../snapshot/snapshot.js";
import { formatOrdinal } from "../knowledge/ordinals.js";
import { seriesShortName } from "../knowledge/names.js";
import { searchTerms } from "../search/options.js";
import { closestCourses, findCourses, parseCourseQuery, type CourseTier } from "./course-match.js";
import { editionResult } from "./edition-result.js";
import { foundAnswer, knownCourses, MAX_SUGGESTIONS, notFoundAnswer } from "./make.js";
import { cleanQuery, quote } from "./query.js";
import type { Answer } from "./types.js";

/** Most candidates shown for an ambiguous query. */
export const MAX_COURSE_RESULTS = 10;

const TIER_NOTE: Record<CourseTier, string | undefined> = {
  "ordinal+series": undefined,
  ordinal: undefined,
  year: "held that year",
  series: undefined,
  theme: "theme matches",
  "full-text": "found in the text",
};

export function answerCourse(k: Snapshot, rawQuery: string): Answer {
  const query = cleanQuery(rawQuery);
  if (!query) return notFoundAnswer("course", query, courseHint(k), knownCourses(k));
  const matches = findCourses(k, query);
  if (!matches.length) {
    const closest = closestCourses(k, query, MAX_SUGGESTIONS).map((edition) => edition.title);
    const message = closest.length ? `No course matches ${quote(query)}. The closest known courses are suggested below.` : `No course matches ${quote(query)}, and the knowledge lists no courses.`;
    return notFoundAnswer("course", query, message, closest);
  }
  // The ordinal's digits too, so "twenty-third" marks "23rd" in the quote.
  const { ordinal } = parseCourseQuery(query);
  const terms = [...searchTerms(query), ...(ordinal === undefined ? [] : [String(ordinal)])];
  const results = matches.slice(0, MAX_COURSE_RESULTS).map(({ view, tier }) => {
    const note = TIER_NOTE[tier];
    return editionResult(k, view, terms, note && view.series ? `${view.series.name} (${note})` : undefined);
  });
  const message = matches.length > 1 ? `${matches.length} courses match ${quote(query)}, best first.` : undefined;
  return foundAnswer("course", query, results, message);
}

/** What to type, with examples taken from the knowledge. */
export function courseHint(k: Snapshot): string {
  const edition = k.catalogue.editions[0];
  const series = k.catalogue.series[0];
  const examples = [edition && `“${formatOrdinal(edition.ordinal)}”`, series && `“${seriesShortName(series)}”`].filter(Boolean);
  return `Type a course: an ordinal, a series name or words from its theme${examples.length ? ` (for example ${examples.join(" or ")})` : ""}.`;
}
