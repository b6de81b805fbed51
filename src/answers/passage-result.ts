// A passage as an answer result (for /country mentions, /theme and /ask hits).
import type { Knowledge } from "../knowledge/knowledge.js";
import { citationMemo, type CitationFocus, type CitationMemo } from "../search/excerpt.js";
import type { PassageHit } from "../search/types.js";
import { citePassage } from "./cite.js";
import type { AnswerFact, AnswerResult } from "./types.js";

/** A result titled by its place ("¶7 · ● Japan’s Efforts", "Note 29"), or undefined for an unknown id. */
export function passageResult(
  k: Knowledge,
  passageId: string,
  focus: CitationFocus,
  extra: { key?: string; description?: string; facts?: AnswerFact[] } = {},
  memo: CitationMemo = citationMemo(),
): AnswerResult | undefined {
  const passage = k.passages.get(passageId);
  const citation = citePassage(k, passageId, focus, memo);
  if (!passage || !citation) return undefined;
  const heading = passage.headings.at(-1);
  const title = passage.kind === "note" && passage.noteLabel ? passage.noteLabel : `¶${passage.paragraph}${heading ? ` · ${heading}` : ""}`;
  const description = extra.description ?? citation.documentTitle;
  return { key: extra.key ?? passageId, title, description, facts: extra.facts ?? [], citations: [citation] };
}

/** A passage scoring below this fraction of the best hit is noise next to it, and is left out. */
export const MIN_RELATIVE_SCORE = 0.2;

/** The hits that score at least MIN_RELATIVE_SCORE of the best one, in order. */
export function strongHits(hits: PassageHit[]): PassageHit[] {
  const best = hits[0]?.score ?? 0;
  return hits.filter((hit) => hit.score >= best * MIN_RELATIVE_SCORE);
}
