// From parsed documents to the Knowledge bundle the answers read: catalogue, index, passages by id.
import { buildSearchIndex } from "../search/build.js";
import { extractCatalogue } from "./extract/index.js";
import type { Knowledge } from "./knowledge.js";
import type { KnowledgeDocument, KnowledgeWarning } from "./types.js";

export function buildKnowledge(documents: KnowledgeDocument[], warnings: KnowledgeWarning[]): Knowledge {
  const catalogue = extractCatalogue(documents);
  return {
    documents,
    passages: new Map(documents.flatMap((document) => document.passages.map((passage) => [passage.id, passage] as const))),
    catalogue,
    index: buildSearchIndex(documents, catalogue),
    warnings,
  };
}
