import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allCountries, foldName, suggestCountries, type Country } from "../../src/knowledge/countries.js";

// The oracle: the plain definition (fold every name on every call, full edit distance), against which
// the precomputed, early-stopping suggestCountries must give the same list in the same order.
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

function plainSuggest(query: string, limit: number): Country[] {
  const wanted = foldName(query).slice(0, 60);
  if (wanted.length < 2) return [];
  const allowed = Math.max(1, Math.floor(wanted.length / 3));
  const scored: Array<{ country: Country; score: number }> = [];
  for (const country of allCountries()) {
    let score = Number.POSITIVE_INFINITY;
    for (const name of [country.name, ...country.aliases]) {
      const folded = foldName(name);
      if (folded === wanted) score = Math.min(score, 0);
      else if (folded.startsWith(wanted)) score = Math.min(score, name === country.name ? 0.5 : 0.6);
      else if (Math.abs(folded.length - wanted.length) <= allowed && editDistance(folded, wanted) <= allowed) score = Math.min(score, editDistance(folded, wanted));
    }
    if (Number.isFinite(score)) scored.push({ country, score });
  }
  return scored.sort((a, b) => a.score - b.score || a.country.name.localeCompare(b.country.name)).slice(0, limit).map((entry) => entry.country);
}

const codes = (query: string, limit: number): string[] => suggestCountries(query, limit).map((country) => country.code);
const oracle = (query: string, limit: number): string[] => plainSuggest(query, limit).map((country) => country.code);

describe("suggestCountries", () => {
  it.each([
    ["Cambodai", 3, ["KHM"]],
    ["Veitnam", 3, ["VNM"]],
    ["viet", 3, ["VNM"]],
    ["Japan", 1, ["JPN"]],
    ["x", 5, []],
    ["Fiobeachaibriomqdaifaith", 5, []],
  ])("%j (limit %i) → %j", (query, limit, expected) => {
    expect(codes(query, limit)).toEqual(expected);
  });

  it.each([
    ["", 5],
    ["Japan", 0],
    ["Japan", Number.NaN],
  ])("gives [] for %j with limit %d", (query, limit) => {
    expect(suggestCountries(query, limit)).toEqual([]);
  });

  it("gives what the plain definition gives for names, their misspellings and prefixes", () => {
    const names = allCountries().flatMap((country) => [country.name, ...country.aliases]);
    const misspell = (name: string, at: number, edit: number): string => {
      const i = at % Math.max(1, name.length);
      return [name.slice(0, i) + name.slice(i + 1), name.slice(0, i) + "x" + name.slice(i), name.slice(0, i) + "q" + name.slice(i + 1), name.slice(0, i) + (name[i + 1] ?? "") + (name[i] ?? "") + name.slice(i + 2), name.slice(0, i + 2)][edit % 5]!;
    };
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 30 }), (name, at, edit, limit) => {
        const query = misspell(name, at, edit);
        expect(codes(query, limit)).toEqual(oracle(query, limit));
      }),
      { numRuns: 150 },
    );
  });

  it("gives what the plain definition gives for any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 1, max: 30 }), (query, limit) => {
        expect(codes(query, limit)).toEqual(oracle(query, limit));
      }),
      { numRuns: 150 },
    );
  });
});
