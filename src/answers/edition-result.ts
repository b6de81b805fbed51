// One edition as an answer result: its facts, each from the catalogue with the clause that states it,
// and the sentences holding those clauses quoted as numbered citations (a fact's `ref`).
import type { Snapshot } from "../snapshot/snapshot.js";
import type { Evidence } from "../knowledge/types.js";
import { citationMemo, type CitationMemo } from "../answers/excerpt.js";
import { answerFact, citeEvidenceNumbered } from "./cite.js";
import { editionFacts, type SourcedFact } from "./facts.js";
import { lazyResult } from "./lazy-result.js";
import type { AnswerResult, EvidencedFact } from "./types.js";
import type { EditionView } from "../snapshot/view.js";

export interface EditionCiting {
  /** The sentences quoted first: by default the edition's own, then those of its facts in order and
   *  the series' last. A list of editions (/country, /theme) puts first the sentence that states why
   *  the edition is listed. Every fact's sentence is cited after these, so every fact has its ref. */
  evidence?: Array<Evidence | undefined>;
  /** Facts shown before the edition's own (/country's "Role"). */
  lead?: SourcedFact[];
  /** Shared by the citations of one answer. */
  memo?: CitationMemo;
}

export function editionResult(k: Snapshot, view: EditionView, terms: string[] = [], description?: string, citing: EditionCiting = {}): AnswerResult {
  const { edition, series } = view;
  const line = description ?? series?.name;
  const memo = citing.memo ?? citationMemo();
  // The quotes are made when the result is shown (its page), not for every result of a long list.
  return lazyResult({ key: edition.id, title: view.title, ...(line ? { description: line } : {}) }, () => {
    const { sourced, cited } = editionEvidence(k, view, citing);
    const { citations, refOf } = citeEvidenceNumbered(k, cited, terms, Infinity, memo);
    const facts = sourced.flatMap((fact): EvidencedFact[] => { const shown = answerFact(k, fact, refOf); return shown ? [shown] : []; });
    return { facts, citations };
  });
}

/** The edition's facts, and the evidence its citations quote in order. */
function editionEvidence(k: Snapshot, view: EditionView, citing: EditionCiting): { sourced: SourcedFact[]; cited: Array<Evidence | undefined> } {
  const { edition } = view;
  const sourced = [...(citing.lead ?? []), ...editionFacts(k.view, view)];
  // Edition facts' sentences before the series': the edition's sentence is what the result is about.
  const ofEdition = sourced.filter((fact) => !fact.ofSeries);
  const ofSeries = sourced.filter((fact) => fact.ofSeries);
  const evidenceOf = (facts: SourcedFact[]): Evidence[] => facts.flatMap((fact) => fact.values.flatMap((value) => value.evidence));
  const held = ofSeries.find((fact) => fact.label === "Held since");
  const cited = [...(citing.evidence ?? []), edition.evidence, ...evidenceOf(ofEdition), ...evidenceOf(held ? [held] : []), ...evidenceOf(ofSeries)];
  return { sourced, cited };
}

/** The passages editionResult's citations quote (their `passageId`s), without making the quotes: every
 *  cited sentence whose passage and document are in the knowledge is quoted. */
export function editionQuotedPassages(k: Snapshot, view: EditionView, citing: EditionCiting = {}): string[] {
  const ids = new Set<string>();
  for (const item of editionEvidence(k, view, citing).cited) {
    const passage = item && k.passages.get(item.passageId);
    if (passage && k.view.documentBySlug.has(passage.docSlug)) ids.add(passage.id);
  }
  return [...ids];
}
