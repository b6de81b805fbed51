// /sources: the documents the knowledge comes from.
import type { Snapshot } from "../snapshot/snapshot.js";
import { foundAnswer, notFoundAnswer } from "./make.js";
import type { Answer, AnswerFact, AnswerResult } from "./types.js";

export function answerSources(k: Snapshot): Answer {
  const results = k.documents.map((document): AnswerResult => {
    const facts: AnswerFact[] = [];
    if (document.year !== undefined) facts.push({ label: "Year", value: String(document.year) });
    facts.push({ label: "Section", value: document.section });
    facts.push({ label: "Passages", value: String(document.passages.length) });
    if (document.url) facts.push({ label: "URL", value: document.url });
    facts.push({ label: "File", value: document.file });
    return { key: document.slug, title: document.title, ...(document.subtitle ? { description: document.subtitle } : {}), facts, citations: [] };
  });
  if (!results.length) return notFoundAnswer("sources", "", "The knowledge has no documents.", []);
  return foundAnswer("sources", "", results, `${results.length} ${results.length === 1 ? "document" : "documents"} in the knowledge.`);
}
