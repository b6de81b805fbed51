// "Did you mean" for countries, as `suggestCountries` (knowledge/countries.ts) answers it, at the cost
// a keystroke can afford: the names are folded once (not on every call), and the edit distance stops
// as soon as it exceeds what is allowed (a 25-letter miss against ~1,000 names cost 30 ms before).
// The result is the same list, in the same order: test/answers/country-suggest.test.ts checks it
// against suggestCountries on random input.
import { allCountries, foldName, type Country } from "../knowledge/countries.js";

interface FoldedNames {
  country: Country;
  /** Display name first, then aliases, each folded. */
  folded: string[];
}

/** Built once from the static country data; never changed. */
const FOLDED: readonly FoldedNames[] = Object.freeze(allCountries().map((country) => ({ country, folded: [country.name, ...country.aliases].map(foldName) })));

/** Countries whose name or alias is close to the query, best first: exact, then a name starting with
 *  the query (display name before alias), then by edit distance (about one edit per three letters). */
export function closeCountries(query: string, limit: number): Country[] {
  if (typeof query !== "string" || !Number.isFinite(limit) || limit <= 0) return [];
  const wanted = foldName(query).slice(0, 60);
  if (wanted.length < 2) return [];
  const allowed = Math.max(1, Math.floor(wanted.length / 3));
  const scored: Array<{ country: Country; score: number }> = [];
  for (const { country, folded } of FOLDED) {
    let score = Number.POSITIVE_INFINITY;
    folded.forEach((name, i) => {
      if (score === 0) return;
      if (name === wanted) score = 0;
      else if (name.startsWith(wanted)) score = Math.min(score, i === 0 ? 0.5 : 0.6);
      else if (Math.abs(name.length - wanted.length) <= allowed) score = Math.min(score, boundedDistance(name, wanted, Math.min(allowed, score)));
    });
    if (score <= allowed) scored.push({ country, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.country.name.localeCompare(b.country.name))
    .slice(0, Math.floor(limit))
    .map((entry) => entry.country);
}

/** Edit distance (insertions, deletions, substitutions, adjacent transpositions) when it is at most
 *  `max`, else Infinity. A row's minimum never decreases further down, so once it passes `max` the
 *  distance will too. */
function boundedDistance(a: string, b: string, max: number): number {
  const cols = b.length + 1;
  let before = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  let current = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > max) return Number.POSITIVE_INFINITY;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[b.length]!;
  return distance <= max ? distance : Number.POSITIVE_INFINITY;
}
