// What one document yields before documents are merged into the catalogue: series and editions as
// found, still keyed by the names the text uses, not yet by catalogue ids.
import type { CountryRole, Edition, Evidence, Fact, RegionMention } from "../types.js";

export type NameKind =
  /** A proper name from a definition: "Regional Seminar on Good Governance for Southeast Asian Countries". */
  | "name"
  /** Given in parentheses: "GG Seminar". */
  | "abbreviation"
  /** Letters used for numbered editions: "GG" (from "GG Seminar", "GG8", "(GG16)"). */
  | "acronym"
  /** How an edition mention names its series: "UNCAC training programme". */
  | "phrase"
  /** An indefinite description: "international training course on the criminal justice response to corruption". */
  | "description";

export interface SeriesName {
  text: string;
  kind: NameKind;
}

export interface SeriesRecord {
  names: SeriesName[];
  organiser?: Fact<string>;
  sinceYear?: Fact<number>;
  frequency?: Fact<string>;
  evidence: Evidence[];
  /** Only weak mentions ("the first training course") name it: kept only if merged with a real series. */
  weak: boolean;
}

/** An edition as one document states it: the catalogue's Edition, still pointing at its series record. */
export interface EditionRecord extends Omit<Edition, "id" | "seriesId" | "mentions"> {
  series: SeriesRecord;
}

export interface CountryRecord {
  code: string;
  asWritten: string;
  role: CountryRole;
  edition?: EditionRecord;
  evidence: Evidence;
}

export interface DocumentRecords {
  series: SeriesRecord[];
  editions: EditionRecord[];
  countries: CountryRecord[];
  regions: RegionMention[];
}
