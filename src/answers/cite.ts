// Citations from evidence or search hits, looked up in the knowledge.
import type { Knowledge } from "../knowledge/knowledge.js";
import type { Evidence } from "../knowledge/types.js";
import { citationMemo, makeCitation, type CitationFocus, type CitationMemo } from "../search/excerpt.js";
import type { Citation } from "./types.js";
import { viewOf } from "./view.js";

/** The citation of a passage, or undefined when the passage (or its document) is not in the knowledge. */
export function citePassage(k: Knowledge, passageId: string, focus: CitationFocus = {}, memo: CitationMemo = citationMemo()): Citation | undefined {
  const passage = k.passages.get(passageId);
  const document = passage && viewOf(k).documentBySlug.get(passage.docSlug);
  return passage && document ? makeCitation(document, passage, focus, memo) : undefined;
}

/** Citations of evidence, one per distinct sentence, in the order given, at most `max` (a quote is
 *  made only for the citations kept). */
export function citeEvidence(k: Knowledge, evidence: Array<Evidence | undefined>, terms: string[] = [], max = Infinity, memo: CitationMemo = citationMemo()): Citation[] {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const item of evidence) {
    if (citations.length >= max) break;
    if (!item) continue;
    const key = `${item.passageId}\u0000${item.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const citation = citePassage(k, item.passageId, { sentence: item.sentence, terms }, memo);
    if (citation) citations.push(citation);
  }
  return citations;
}
