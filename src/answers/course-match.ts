// Finding the courses (editions) a /course query means. Pure lookup: answering is course.ts's job.
//
// A query is read as an optional ordinal ("23rd", "23", "twenty-third", "GG15") plus words naming a
// series ("UNCAC", "GG Seminar") and/or words from a theme ("women"). Candidates come in tiers:
//   1. the ordinal in a named series      ("GG 15", "15th GG Seminar")
//   2. the ordinal in any series          ("23rd", "twenty-third")
//   3. the editions of a named series     ("GG Seminar" → all its editions, latest first)
//   4. editions whose theme has the words ("women")
//   5. editions whose sentence the full-text search finds
// An ordinal is a hard constraint: tier 1 if it has candidates, else tier 2, else the editions of that
// year when the query is a bare four-digit year, else nothing (a course
// that does not exist is "not found", never a different course). Without an ordinal, tiers 3 and 4
// are merged in that order (tier 4 searching only the words the named series does not explain), and
// tier 5 is the fallback when both are empty.
import type { Snapshot } from "../snapshot/snapshot.js";
import { parseAbbreviatedEdition, parseOrdinal } from "../knowledge/ordinals.js";
import type { Series } from "../knowledge/types.js";
import { seriesNames } from "../knowledge/names.js";
import { foldText, searchTerms } from "../search/options.js";
import type { EditionView } from "../snapshot/view.js";

export type CourseTier = "ordinal+series" | "ordinal" | "year" | "series" | "theme" | "full-text";

export interface CourseMatch {
  view: EditionView;
  tier: CourseTier;
}

export interface ParsedCourseQuery {
  ordinal?: number;
  /** The query without its ordinal. */
  rest: string;
}

/** The letters of a fiscal year written like an abbreviated edition ("FY2022"). */
const FISCAL_YEAR_LETTERS = "FY";

/** Longest run of words tried as a spelled-out ordinal ("one hundred and seventy-fifth" is 5). */
const MAX_ORDINAL_WORDS = 6;

export function parseCourseQuery(query: string): ParsedCourseQuery {
  const whole = parseOrdinal(query);
  if (whole !== undefined) return { ordinal: whole, rest: "" };
  const words = query.split(/\s+/).filter(Boolean);
  for (const [i, word] of words.entries()) {
    // Upper-cased because the pattern wants capitals ("GG15"), and users type "gg15".
    const glued = parseAbbreviatedEdition(word.replace(/[.,;:!?]+$/, "").toUpperCase());
    // "FY2022" is a fiscal year, not the 2022nd edition of a series abbreviated "FY".
    if (glued && glued.letters !== FISCAL_YEAR_LETTERS) return { ordinal: glued.ordinal, rest: [...words.slice(0, i), glued.letters, ...words.slice(i + 1)].join(" ") };
  }
  for (let length = Math.min(MAX_ORDINAL_WORDS, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const ordinal = parseOrdinal(words.slice(start, start + length).join(" ").replace(/[.,;:!?]+$/, ""));
      if (ordinal !== undefined) return { ordinal, rest: [...words.slice(0, start), ...words.slice(start + length)].join(" ") };
    }
  }
  return { rest: query };
}

/** A series scored against a query's words: how many of the words one of its names holds, and what
 *  share of that name they cover. */
export interface SeriesScore {
  series: Series;
  hits: number;
  coverage: number;
}

/** Every series that shares a word with the query, or is named exactly, scored, best first (most query
 *  words found among a series' names, then the name those words cover best; catalogue order on ties).
 *  A whole name or the series id typed exactly scores highest. Only the series that share a word with
 *  the query, or are named exactly, are scored (the view's maps): the rest score nothing. */
export function scoreSeries(k: Snapshot, words: string): SeriesScore[] {
  const terms = searchTerms(words);
  if (!terms.length) return [];
  const view = k.view;
  const exact = new Set(view.seriesByExactName.get(foldText(words).trim()) ?? []);
  const candidates = new Set([...exact, ...terms.flatMap((term) => view.seriesByTerm.get(term) ?? [])]);
  return [...candidates]
    .sort((a, b) => a.order - b.order)
    .map((entry) => {
      let best = { hits: 0, coverage: 0 };
      if (exact.has(entry)) best = { hits: Infinity, coverage: 1 };
      else {
        for (const nameTerms of entry.nameTerms) {
          const hits = terms.filter((term) => nameTerms.has(term)).length;
          const coverage = nameTerms.size ? hits / nameTerms.size : 0;
          if (hits > best.hits || (hits === best.hits && coverage > best.coverage)) best = { hits, coverage };
        }
      }
      return { series: entry.series, ...best };
    })
    .filter((scored) => scored.hits > 0)
    .sort((a, b) => b.hits - a.hits || b.coverage - a.coverage);
}

/** The series the words name: the best scored by scoreSeries ("international training course" is that
 *  series, not the longer "international training course on the criminal justice response to
 *  corruption"), all of them when several score the same. */
export function matchSeries(k: Snapshot, words: string): Series[] {
  const scored = scoreSeries(k, words);
  const top = scored[0];
  return top ? scored.filter((s) => s.hits === top.hits && s.coverage === top.coverage).map((s) => s.series) : [];
}

/** An ordinal with series words whose best series has no such edition may still mean another series
 *  that the words name nearly as well: one of its names holds at least this share of the query's
 *  series words (and at least two of them). "26th anti-corruption criminal justice training" names
 *  the anti-corruption training course best, which has no 26th, and the programme whose name is
 *  "… training course on the criminal justice response to corruption" almost as well, which has. */
const MIN_OTHER_SERIES_SHARE = 0.6;
/** Words beside an ordinal that name no series by themselves ("the 23rd session", "the 9th seminar"), as search terms. */
const NAMES_NO_SERIES: ReadonlySet<string> = new Set(searchTerms(
  "the a an of on for in and no number edition session round seminar course programme program training meeting forum workshop conference symposium lecture international regional annual one",
));
const MIN_OTHER_SERIES_HITS = 2;

/** The editions a query names exactly: by id, by whole title, or by ordinal (in the named series, else
 *  in any series, else a bare four-digit year). Undefined when the query has none of these, so the
 *  caller goes on to series, theme and full-text matching. */
export function exactCourses(k: Snapshot, query: string): CourseMatch[] | undefined {
  const view = k.view;
  const byId = view.editionById.get(query);
  if (byId) return [{ view: byId, tier: "ordinal+series" }];
  const exactTitle = view.editionsByTitle.get(foldText(query)) ?? [];
  if (exactTitle.length) return exactTitle.map((edition) => ({ view: edition, tier: "ordinal+series" }));

  const { ordinal, rest } = parseCourseQuery(query);
  if (ordinal === undefined) return undefined;
  const series = new Set(matchSeries(k, rest).map((s) => s.id));
  const sameOrdinal = view.editionsByOrdinal.get(ordinal) ?? [];
  const inSeries = sameOrdinal.filter((edition) => series.has(edition.edition.seriesId));
  if (inSeries.length) return inSeries.map((edition) => ({ view: edition, tier: "ordinal+series" }));
  if (series.size) {
    // The words name a series that has no such edition: another series they name nearly as well and
    // that has one, else that course does not exist.
    const wanted = searchTerms(rest).length;
    const other = scoreSeries(k, rest).find(({ series: s, hits }) => hits >= MIN_OTHER_SERIES_HITS && hits >= wanted * MIN_OTHER_SERIES_SHARE && sameOrdinal.some((edition) => edition.edition.seriesId === s.id));
    return other ? sameOrdinal.filter((edition) => edition.edition.seriesId === other.series.id).map((edition) => ({ view: edition, tier: "ordinal+series" })) : [];
  }
  // "2nd Col-YF", "16th National Personnel Authority President's Award", "Treaty No. 4": words that
  // would name a series but name none known; an edition of another series is not what was asked for.
  if (searchTerms(rest).some((term) => !NAMES_NO_SERIES.has(term))) return [];
  if (sameOrdinal.length) return sameOrdinal.map((edition) => ({ view: edition, tier: "ordinal" }));
  // A bare four-digit number with no such edition is read as a year ("2021").
  if (/^\d{4}$/.test(query.trim())) return (view.editionsByYear.get(ordinal) ?? []).map((edition) => ({ view: edition, tier: "year" }));
  return [];
}

/** Editions matched by theme words. */
const MAX_THEME_MATCHES = 10;
/** The full-text tier looks for the query's words found in at most this many passages. */
const MAX_FULL_TEXT_WORD_PASSAGES = 500;

/** Every edition the query may mean, best first (see the tiers above). */
export function findCourses(k: Snapshot, query: string): CourseMatch[] {
  const exact = exactCourses(k, query);
  if (exact) return exact;
  const view = k.view;
  const matched = matchSeries(k, query);
  const matches: CourseMatch[] = [];
  const seen = new Set<string>();
  const push = (edition: EditionView | undefined, tier: CourseTier): void => {
    if (edition && !seen.has(edition.edition.id)) {
      seen.add(edition.edition.id);
      matches.push({ view: edition, tier });
    }
  };
  const latestFirst = seriesEditions(k, matched).sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || b.edition.ordinal - a.edition.ordinal);
  for (const edition of latestFirst) push(edition, "series");
  // Theme words are the words the named series does not explain ("GG Seminar cooperation" → cooperation).
  const seriesWords = new Set(matched.flatMap((s) => seriesNames(s).flatMap(searchTerms)));
  const themeWords = searchTerms(query).filter((term) => !seriesWords.has(term));
  if (themeWords.length) {
    for (const hit of view.themeIndex.search(themeWords.join(" "), MAX_THEME_MATCHES)) push(view.editions[hit.at], "theme");
  }
  if (matches.length) return matches;

  // Bounded like /theme's passage search: a word in thousands of passages (or one the index does not
  // know, which would be looked for by its typo neighbours over the whole vocabulary) is not searched.
  for (const hit of k.index.searchPassages(query, { maxWordPassages: MAX_FULL_TEXT_WORD_PASSAGES })) {
    const terms = new Set(hit.terms);
    for (const edition of view.editionsByPassage.get(hit.passageId) ?? []) {
      if (searchTerms(edition.edition.evidence.sentence).some((term) => terms.has(term))) push(edition, "full-text");
    }
  }
  return matches;
}

/** Known courses closest to a query that matched nothing: same series and nearest ordinal, else the
 *  nearest ordinals, else what the entity search finds, else every course. */
export function closestCourses(k: Snapshot, query: string, limit: number): EditionView[] {
  const view = k.view;
  const { ordinal, rest } = parseCourseQuery(query);
  const series = matchSeries(k, rest);
  // A series named that has no editions (a programme only described) suggests from all courses.
  let pool = series.length ? seriesEditions(k, series) : view.editions;
  if (!pool.length) pool = view.editions;
  if (ordinal !== undefined) return nearest(pool, limit, (edition) => Math.abs(edition.edition.ordinal - ordinal));
  if (!series.length) {
    const hits = (k.index.searchEntities?.(query, { kinds: ["edition"] }) ?? []).flatMap((hit) => view.editionById.get(hit.id) ?? []);
    if (hits.length) pool = hits;
  }
  return pool.slice(0, limit);
}

/** The `limit` items with the smallest distance, ties in pool order (a stable sort's first `limit`,
 *  without sorting the whole pool). */
function nearest<T>(pool: readonly T[], limit: number, distance: (item: T) => number): T[] {
  const best: Array<{ item: T; d: number }> = [];
  for (const item of pool) {
    const d = distance(item);
    if (best.length >= limit && d >= best[best.length - 1]!.d) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.d > d) at--;
    best.splice(at, 0, { item, d });
    if (best.length > limit) best.pop();
  }
  return best.map((entry) => entry.item);
}

/** The editions of these series, catalogue order. */
function seriesEditions(k: Snapshot, series: readonly Series[]): EditionView[] {
  const view = k.view;
  const editions = series.flatMap((s) => view.editionsBySeries.get(s.id) ?? []);
  return series.length > 1 ? editions.sort((a, b) => view.editionPosition.get(a.edition.id)! - view.editionPosition.get(b.edition.id)!) : [...editions];
}
