// One edition as an answer result: its facts, each from the catalogue, and the sentences that state them.
import type { Knowledge } from "../knowledge/knowledge.js";
import type { Evidence } from "../knowledge/types.js";
import { citationMemo, type CitationMemo } from "../search/excerpt.js";
import { citeEvidence } from "./cite.js";
import { formatFormat, formatParticipants, formatPeriod } from "./format.js";
import type { AnswerFact, AnswerResult } from "./types.js";
import { viewOf, type EditionView } from "./view.js";

/** Citations per result: the edition's sentence, the sentences of its other facts, the series' own. */
const MAX_EDITION_CITATIONS = 3;

export interface EditionCiting {
  /** The sentences to quote, best first; by default those of the edition's facts, then the series'
   *  defining sentence: a single edition's detail (/course). A list of editions (/country, /theme)
   *  quotes one sentence each: the one that states why the edition is listed. */
  evidence?: Array<Evidence | undefined>;
  /** How many distinct sentences are quoted (MAX_EDITION_CITATIONS by default). */
  max?: number;
  /** Shared by the citations of one answer. */
  memo?: CitationMemo;
}

export function editionResult(k: Knowledge, view: EditionView, terms: string[] = [], description?: string, citing: EditionCiting = {}): AnswerResult {
  const { edition, series } = view;
  const facts: AnswerFact[] = [];
  const fact = (label: string, value: string | undefined): void => {
    if (value) facts.push({ label, value });
  };
  fact("Series", series?.name);
  fact("Theme", edition.theme?.value);
  fact("Period", edition.period ? formatPeriod(edition.period.value) : view.year ? String(view.year) : undefined);
  fact("Format", edition.format && formatFormat(edition.format.value));
  fact("Participants", edition.participants && formatParticipants(edition.participants.value));
  fact("Countries", edition.countries?.value.map(viewOf(k).countryName).join(", "));
  fact("Organiser", series?.organiser?.value);
  fact("Held since", series?.sinceYear ? String(series.sinceYear.value) : undefined);
  fact("Frequency", series?.frequency?.value);

  const evidence = citing.evidence ?? [
    edition.evidence,
    edition.theme?.evidence,
    edition.period?.evidence,
    edition.format?.evidence,
    edition.participants?.evidence,
    edition.countries?.evidence,
    series?.sinceYear?.evidence ?? series?.evidence[0],
    series?.frequency?.evidence,
    series?.organiser?.evidence,
  ];
  const citations = citeEvidence(k, evidence, terms, citing.max ?? MAX_EDITION_CITATIONS, citing.memo ?? citationMemo());
  const line = description ?? series?.name;
  return { key: edition.id, title: view.title, ...(line ? { description: line } : {}), facts, citations };
}
