// The data model of the knowledge: documents split into passages, and the programme catalogue
// extracted from them. Everything here is plain data (JSON-serialisable) so it can be cached on disk.

/** One knowledge file, parsed. */
export interface KnowledgeDocument {
  /** Unique, stable, URL-safe id derived from the file name, e.g. "000_c889310df7d76567". */
  slug: string;
  /** Path of the source file relative to the knowledge folder (for warnings and `/sources`). */
  file: string;
  /** "White Paper on Development Cooperation 2021". */
  title: string;
  /** "Japan's International Cooperation", when the document has one. */
  subtitle?: string;
  /** From front matter, else the first four-digit year in the title. */
  year?: number;
  /** The document's top heading, e.g. "(2) Assistance for Governance Including Anti-Corruption". */
  section: string;
  /** Public source page; citations link to it with a text fragment. */
  url?: string;
  passages: Passage[];
}

export type PassageKind = "paragraph" | "note";

/** One paragraph or note: the unit that is indexed, quoted and cited. */
export interface Passage {
  /** `<document-slug>#p<n>`, stable as long as the paragraphs before it do not change. */
  id: string;
  docSlug: string;
  /** 1-based position among the document's passages (paragraphs first, then notes). */
  paragraph: number;
  kind: PassageKind;
  /** Headings above this passage, outermost first: ["(2) Assistance …", "● Japan's Efforts"]. */
  headings: string[];
  /** Normalised text (NFC, straight spacing, curly quotes kept) with note markers removed. */
  text: string;
  /** For notes: the label as written, e.g. "Note 29". */
  noteLabel?: string;
  /** Labels of notes this paragraph refers to ("Note 29"); resolved against the document's notes. */
  noteRefs: string[];
  /** 1-based line in the source file where the passage starts (for warnings); for a PDF, its page. */
  line: number;
  /** 1-based page the passage starts on, for a paged source (PDF): citations name it ("p. 12") and
   *  link to it (`#page=12`). Absent for every other format. */
  page?: number;
}

/** Where a fact is stated: the passage, the sentence within it, and the clause that states it. */
export interface Evidence {
  passageId: string;
  /** The sentence (from `Passage.text`) that states the fact: what a citation quotes and links to. */
  sentence: string;
  /** Half-open [start, end) offsets into `Passage.text` of the clause that states the fact (inside the sentence). */
  start: number;
  end: number;
}

/**
 * `stated`: the evidence clause says it of this edition or series. `inferred`: the value is implied,
 * not written there (a year taken from the document's title, say); answers label it so.
 */
export type Basis = "stated" | "inferred";

/** Another value a different clause states for the same slot: conflicts are shown, never resolved silently. */
export interface ConflictingValue<T> {
  value: T;
  evidence: Evidence;
}

export interface Fact<T> {
  value: T;
  evidence: Evidence;
  basis: Basis;
  /** Other values stated elsewhere for the same slot, in the order found. */
  conflicts?: Array<ConflictingValue<T>>;
  /**
   * Further clauses that state the rest of the value: "Seventeen prosecutors took part." then
   * "Participants came from ten countries" make one participants value; each part keeps its clause.
   */
  support?: Evidence[];
}

/** A programme series, e.g. the UNCAC training programme or the GG Seminar. */
export interface Series {
  /** Stable slug, e.g. "uncac-training-programme". */
  id: string;
  /** Display name, the fullest form found: "Regional Seminar on Good Governance for Southeast Asian Countries". */
  name: string;
  /** Every other name it goes by in the text, abbreviations included ("GG Seminar", "GG"). */
  aliases: string[];
  /** Short form for titles, e.g. "GG Seminar"; absent when the name is already short. */
  abbreviation?: string;
  organiser?: Fact<string>;
  sinceYear?: Fact<number>;
  /** As written, normalised to a word: "annual", "every fiscal year", "biennial". */
  frequency?: Fact<string>;
  /** Every passage that defines or describes the series. */
  evidence: Evidence[];
}

export interface Period {
  /** As written: "from September to October", "in December 2021", "between October and December". */
  text: string;
  /** Normalised: the calendar year (from the text, else the sentence, else the document year). */
  year?: number;
  /** 1–12. */
  startMonth?: number;
  endMonth?: number;
  /** Day of month when stated ("from 18 to 20 November 2014"). */
  startDay?: number;
  endDay?: number;
}

export type DeliveryMode = "online" | "in person" | "hybrid";

export interface Format {
  mode: DeliveryMode;
  /** "Kuala Lumpur, Malaysia", when stated. */
  place?: string;
}

export interface Participants {
  /** Number of participants ("18 criminal justice practitioners" → 18). */
  count?: number;
  /** Who they were, as written ("criminal justice practitioners"). */
  description?: string;
  /** Number of countries as stated ("from 10 countries" → 10). */
  countryCount?: number;
}

/**
 * What a country is to the edition or passage that names it. Only participants are participants: the
 * others (visiting experts and lecturers, advisers, guest speakers, observers, the host, the
 * organiser, a donor) may be shown under their own label, never as taking part.
 */
export type CountryRole = "participant" | "expert" | "adviser" | "guest" | "observer" | "host" | "organiser" | "donor" | "mentioned";

/** One edition of a series: "the 23rd UNCAC training programme". */
export interface Edition {
  /** `<series id>-<ordinal>`, e.g. "gg-seminar-15". */
  id: string;
  seriesId: string;
  ordinal: number;
  /** As written: "23rd", "twenty-third", "GG8". */
  ordinalText: string;
  /** The sentence that introduces the edition. */
  evidence: Evidence;
  theme?: Fact<string>;
  period?: Fact<Period>;
  format?: Fact<Format>;
  participants?: Fact<Participants>;
  /** ISO 3166-1 alpha-3 codes of participating countries, in the order written. */
  countries?: Fact<string[]>;
  /** Who organised or co-hosted this edition, as this edition's own scope states it. */
  organiser?: Fact<string>;
  /** Year the edition was held (from its period, else its sentence, else the document). */
  year?: number;
  /** How the year is known: `stated` in the edition's scope, or `inferred` from the document. */
  yearBasis?: Basis;
  /** Every sentence that names this edition, `evidence` first (several when documents repeat it). */
  mentions?: Evidence[];
}

/** A country named in a passage, with its role there. */
export interface CountryMention {
  /** ISO 3166-1 alpha-3 code. */
  code: string;
  /** The name as written in the text ("Viet Nam"). */
  asWritten: string;
  role: CountryRole;
  /** The edition it took part in, for role "participant". */
  editionId?: string;
  evidence: Evidence;
}

/** A region named in a passage ("Asia and Africa", "Southeast Asian countries"). */
export interface RegionMention {
  name: string;
  evidence: Evidence;
}

export interface Catalogue {
  series: Series[];
  editions: Edition[];
  countries: CountryMention[];
  regions: RegionMention[];
}

/** A problem found while loading knowledge: never thrown, always reported with its place. */
export interface KnowledgeWarning {
  /** Path relative to the knowledge folder (or absolute when outside it). */
  file: string;
  line?: number;
  message: string;
}
