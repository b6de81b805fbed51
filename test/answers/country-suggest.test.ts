import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closeCountries } from "../../src/answers/country-suggest.js";
import { allCountries, suggestCountries } from "../../src/knowledge/countries.js";

const codes = (query: string, limit: number): string[] => closeCountries(query, limit).map((country) => country.code);
const oracle = (query: string, limit: number): string[] => suggestCountries(query, limit).map((country) => country.code);

describe("closeCountries", () => {
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
    expect(closeCountries(query, limit)).toEqual([]);
  });

  it("gives what suggestCountries gives for names, their misspellings and prefixes", () => {
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

  it("gives what suggestCountries gives for any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 1, max: 30 }), (query, limit) => {
        expect(codes(query, limit)).toEqual(oracle(query, limit));
      }),
      { numRuns: 150 },
    );
  });
});
