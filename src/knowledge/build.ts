// From parsed documents to the Knowledge bundle the answers read: catalogue, index, passages by id.
import { buildSearchIndex, type KnowledgeSearchIndex } from "../search/build.js";
import { extractCatalogue } from "./extract/index.js";
import type { Knowledge } from "./knowledge.js";
import type { Catalogue, KnowledgeDocument, KnowledgeWarning } from "./types.js";

/** A Knowledge whose index can be serialised (for the on-disk cache). */
export interface BuiltKnowledge extends Knowledge {
  index: KnowledgeSearchIndex;
}

export function buildKnowledge(documents: KnowledgeDocument[], warnings: KnowledgeWarning[]): BuiltKnowledge {
  const catalogue = extractCatalogue(documents);
  return assembleKnowledge(documents, catalogue, buildSearchIndex(documents, catalogue), warnings);
}

/** The bundle from its parts, built now or read back from the cache. */
export function assembleKnowledge(
  documents: KnowledgeDocument[],
  catalogue: Catalogue,
  index: KnowledgeSearchIndex,
  warnings: KnowledgeWarning[],
): BuiltKnowledge {
  return {
    documents,
    passages: new Map(documents.flatMap((document) => document.passages.map((passage) => [passage.id, passage] as const))),
    catalogue,
    index,
    warnings,
  };
}
