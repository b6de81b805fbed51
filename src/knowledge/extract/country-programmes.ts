// "the 29th Training on Legal Technical Assistance for Viet Nam", "Training on the Judicial System for
// Tajikistan": a programme named for one country is held for that country's practitioners. When an
// edition of it states no participating country, the country its name gives is the one that took part,
// as `inferred` (the name says it; no sentence does), so /country finds it and answers label it.
import { findCountryNames, resolveCountry } from "../countries.js";
import type { Evidence } from "../types.js";
import type { DocumentRecords, EditionRecord } from "./records.js";

// The name ends in "for <Country>" (a country, not a region: "for Central Asia", "for Southeast Asian
// Countries", "for French-Speaking Africa" name none).
const FOR_ONE_COUNTRY = /\bfor\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}|Lao\s+PDR)$/u;

/** The code of the one country a programme's name is for, or undefined. */
export function countryOfProgramme(name: string): string | undefined {
  const match = FOR_ONE_COUNTRY.exec(name.trim());
  return match ? resolveCountry(match[1]!)?.code : undefined;
}

/** Gives each edition with no stated participating country the one its series' name is for. */
export function inferProgrammeCountries(out: DocumentRecords, clauseOf: (evidence: Evidence) => string): void {
  for (const edition of out.editions) {
    if (edition.countries) continue;
    const code = programmeCountry(edition);
    // Quoting the mention that names the country: a record whose clause does not (a page read as about
    // one edition, its first fact's clause) infers nothing; another record of the edition may.
    if (code && findCountryNames(clauseOf(edition.evidence)).some((name) => name.code === code)) edition.countries = { value: [code], evidence: edition.evidence, basis: "inferred" };
  }
}

/** The one country the names of an edition's series are for (names that disagree give none). */
function programmeCountry(edition: EditionRecord): string | undefined {
  const codes = new Set(edition.series.names.filter((name) => name.kind === "name" || name.kind === "phrase" || name.kind === "description").map((name) => countryOfProgramme(name.text)));
  codes.delete(undefined);
  return codes.size === 1 ? [...codes][0] : undefined;
}
