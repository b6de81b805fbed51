// The Answer model: what every answer function returns and every renderer (Discord, terminal, JSON)
// consumes. It knows nothing of Discord; it is plain data so `--json` can print it as is.

/** A quoted, checkable source for a result. */
export interface Citation {
  passageId: string;
  documentTitle: string;
  /** Section path joined with " › ": "(2) Assistance for Governance … › ● Japan’s Efforts". */
  section: string;
  /** Paragraph number of the passage in its document (¶n). */
  paragraph: number;
  /** The page the passage starts on, for a paged source (PDF); `locator()` names it instead of ¶n. */
  page?: number;
  /** Source page opened at the quoted sentence (`#:~:text=`), when the document has a URL. */
  url?: string;
  /** The quoted text, trimmed around the sentence that matters ("…" where cut). */
  excerpt: string;
  /** Half-open [start, end) character ranges of `excerpt` to emphasise (matched words). */
  marks: Array<[number, number]>;
}

/** Where one fact is stated: the clause itself, with a link that opens the source page at it. */
export interface FactEvidence {
  passageId: string;
  /** Source page opened at the clause (`#:~:text=`); absent when the document has no URL. */
  url?: string;
  /** The clause that states the fact: `Passage.text.slice(start, end)`. */
  excerpt: string;
  /** Half-open [start, end) offsets of the clause in `Passage.text`. */
  start: number;
  end: number;
  /** 1-based number of the result's citation that quotes the sentence holding the clause (the `[n]`
   *  renderers print after the fact). */
  ref?: number;
}

/** `stated`: the clause says it of this edition or series; `inferred`: implied (a year taken from the
 *  document, say), and labelled so wherever it is shown. */
export type FactBasis = "stated" | "inferred";

/** One value of a fact with the clauses that state it. */
export interface FactValue {
  value: string;
  evidence: FactEvidence[];
}

/**
 * A line of a result. Every fact taken from the catalogue carries `basis` and at least one piece of
 * `evidence` (a fact without evidence is never shown); only facts about the knowledge itself (the
 * file and passage count of /sources, the examples of /help) have neither.
 */
export interface AnswerFact {
  label: string;
  /** The value (the first one stated, when sources disagree). */
  value: string;
  basis?: FactBasis;
  evidence?: FactEvidence[];
  /** Other values stated for the same slot by other clauses: shown beside `value`, never resolved. */
  conflicts?: FactValue[];
}

/** A fact from the catalogue: always with its basis and evidence. */
export interface EvidencedFact extends AnswerFact {
  basis: FactBasis;
  evidence: FactEvidence[];
}

/** Where else a merged result's text appears (the same paragraph in another year's document). */
export type SourceRef = Pick<Citation, "passageId" | "documentTitle" | "section" | "paragraph" | "page" | "url">;

export interface AnswerResult {
  /** Stable key of the thing shown (edition id, country code, passage id, document slug). */
  key: string;
  title: string;
  /** One line under the title, e.g. the series name or the match reason. */
  description?: string;
  facts: AnswerFact[];
  /** Numbered from 1 in this order: a fact's `evidence[].ref` points here. */
  citations: Citation[];
  /** Near-duplicate passages merged into this result (/ask, /theme): the same text in other sources. */
  alsoIn?: SourceRef[];
}

export interface Answer {
  /** The command answered (a name from the registry in commands/index.ts, which this layer does not know). */
  command: string;
  /** The query as the user gave it (trimmed). */
  query: string;
  found: boolean;
  /** A sentence for the reader when there is something to say beyond the results
   *  ("Myanmar is not listed in the knowledge", "Please give a course …"). */
  message?: string;
  /** Best first. */
  results: AnswerResult[];
  /** "Did you mean" candidates, as values the user can type back. */
  suggestions: string[];
}

/** An autocomplete choice: built with the snapshot's completion lists. */
export type { Choice } from "../snapshot/completions.js";
