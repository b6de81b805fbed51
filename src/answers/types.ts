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
  /** Source page opened at the quoted sentence (`#:~:text=`), when the document has a URL. */
  url?: string;
  /** The quoted text, trimmed around the sentence that matters ("…" where cut). */
  excerpt: string;
  /** Half-open [start, end) character ranges of `excerpt` to emphasise (matched words). */
  marks: Array<[number, number]>;
}

export interface AnswerFact {
  label: string;
  value: string;
}

export interface AnswerResult {
  /** Stable key of the thing shown (edition id, country code, passage id, document slug). */
  key: string;
  title: string;
  /** One line under the title, e.g. the series name or the match reason. */
  description?: string;
  facts: AnswerFact[];
  citations: Citation[];
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

/** An autocomplete choice (Discord: name and value at most 100 characters each). */
export interface Choice {
  name: string;
  value: string;
}
