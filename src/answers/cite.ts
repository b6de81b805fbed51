// Citations from evidence or search hits, looked up in the knowledge; facts tied to them.
import type { Snapshot } from "../snapshot/snapshot.js";
import type { Evidence } from "../knowledge/types.js";
import { citationMemo, makeCitation, passageLink, type CitationFocus, type CitationMemo } from "../answers/excerpt.js";
import type { SourcedFact } from "./facts.js";
import type { Citation, EvidencedFact, FactEvidence, FactValue } from "./types.js";

/** The citation of a passage, or undefined when the passage (or its document) is not in the knowledge. */
export function citePassage(k: Snapshot, passageId: string, focus: CitationFocus = {}, memo: CitationMemo = citationMemo()): Citation | undefined {
  const passage = k.passages.get(passageId);
  const document = passage && k.view.documentBySlug.get(passage.docSlug);
  return passage && document ? makeCitation(document, passage, focus, memo) : undefined;
}

/** What makes two pieces of evidence one citation: the same sentence of the same passage. */
export function citationKey(evidence: Evidence): string {
  return `${evidence.passageId}\u0000${evidence.sentence}`;
}

/** Citations numbered from 1, with the number each cited sentence got. */
export interface NumberedCitations {
  citations: Citation[];
  /** 1-based number of the citation quoting the sentence of `evidence`; undefined when not cited. */
  refOf(evidence: Evidence): number | undefined;
}

/** Citations of evidence, one per distinct quote (a sentence, or a short passage quoted whole), in
 *  the order given, at most `max` (a quote is made only for the citations kept). */
export function citeEvidenceNumbered(k: Snapshot, evidence: Array<Evidence | undefined>, terms: string[] = [], max = Infinity, memo: CitationMemo = citationMemo()): NumberedCitations {
  const numbers = new Map<string, number | undefined>();
  const citations: Citation[] = [];
  for (const item of evidence) {
    if (citations.length >= max) break;
    if (!item) continue;
    const key = citationKey(item);
    if (numbers.has(key)) continue;
    const citation = citePassage(k, item.passageId, { sentence: item.sentence, terms }, memo);
    // Two sentences of a short passage quote it whole alike: one citation serves both.
    const same = citation && citations.findIndex((known) => known.passageId === citation.passageId && known.excerpt === citation.excerpt);
    if (citation && same === -1) citations.push(citation);
    numbers.set(key, citation ? (same === -1 || same === undefined ? citations.length : same + 1) : undefined);
  }
  return { citations, refOf: (item) => numbers.get(citationKey(item)) };
}

export function citeEvidence(k: Snapshot, evidence: Array<Evidence | undefined>, terms: string[] = [], max = Infinity, memo: CitationMemo = citationMemo()): Citation[] {
  return citeEvidenceNumbered(k, evidence, terms, max, memo).citations;
}

/** [start, end) of the clause in the passage: the evidence's offsets when they lie inside the text,
 *  else its sentence found in the text; undefined when neither is there (stale evidence). */
export function clauseRange(text: string, evidence: Evidence): [number, number] | undefined {
  const { start, end } = evidence;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length) return [start, end];
  const sentence = evidence.sentence.trim();
  const at = sentence ? text.indexOf(sentence) : -1;
  return at >= 0 ? [at, at + sentence.length] : undefined;
}

/** The clause as a fact's evidence: its text, offsets and a link opening the source page at it. */
export function factEvidence(k: Snapshot, evidence: Evidence, ref?: number): FactEvidence | undefined {
  const passage = k.passages.get(evidence.passageId);
  const document = passage && k.view.documentBySlug.get(passage.docSlug);
  const range = passage && clauseRange(passage.text, evidence);
  if (!passage || !document || !range) return undefined;
  const excerpt = passage.text.slice(...range);
  const url = document.url && excerpt.trim() ? passageLink(document.url, passage, excerpt) : undefined;
  return { passageId: passage.id, ...(url ? { url } : {}), excerpt, start: range[0], end: range[1], ...(ref !== undefined ? { ref } : {}) };
}

/** A sourced fact as the Answer shows it: each value's clauses with their citation numbers. A value
 *  none of whose clauses can be quoted is dropped, and a fact left without values is not shown. */
export function answerFact(k: Snapshot, fact: SourcedFact, refOf: (evidence: Evidence) => number | undefined = () => undefined): EvidencedFact | undefined {
  const values: FactValue[] = fact.values.flatMap(({ value, evidence }) => {
    const quoted = evidence.flatMap((item) => factEvidence(k, item, refOf(item)) ?? []);
    return quoted.length ? [{ value, evidence: quoted }] : [];
  });
  const [first, ...others] = values;
  if (!first) return undefined;
  return { label: fact.label, value: first.value, basis: fact.basis, evidence: first.evidence, ...(others.length ? { conflicts: others } : {}) };
}
