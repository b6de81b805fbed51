// How catalogue entities are named, for titles, the index and autocomplete alike.
import { countryByCode } from "./countries.js";
import { formatOrdinal } from "./ordinals.js";
import type { Series } from "./types.js";

/** "23rd UNCAC training programme": the ordinal plus the series' short name. */
export function editionTitle(ordinal: number, series: Series | undefined): string {
  return `${formatOrdinal(ordinal)} ${series ? seriesShortName(series) : "edition"}`;
}

/** The name a title uses: the abbreviation when there is one ("GG Seminar"), else the display name. */
export function seriesShortName(series: Series): string {
  return series.abbreviation ?? series.name;
}

/** Every name of a series: display name, abbreviation, aliases. */
export function seriesNames(series: Series): string[] {
  return unique([series.name, ...(series.abbreviation ? [series.abbreviation] : []), ...series.aliases]);
}

/** A country's display name, its aliases and the ways the text wrote it, then its code. */
export function countryNames(code: string, ...written: string[]): string[] {
  const country = countryByCode(code);
  return unique([...(country ? [country.name, ...country.aliases] : []), ...written, code]);
}

/** Display name of a country code ("VNM" → the package's common name), the code when unknown. */
export function countryName(code: string): string {
  return countryByCode(code)?.name ?? code;
}

export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set([...values].filter((value) => value !== "" && value !== undefined && value !== null))];
}
