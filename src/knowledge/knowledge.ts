import type { SearchIndex } from "../search/types.js";
import type { Catalogue, KnowledgeDocument, KnowledgeWarning, Passage } from "./types.js";

/** Everything the answer functions need, built once from a knowledge folder and then read-only. */
export interface Knowledge {
  documents: KnowledgeDocument[];
  /** Every passage of every document, by id. */
  passages: ReadonlyMap<string, Passage>;
  catalogue: Catalogue;
  index: SearchIndex;
  warnings: KnowledgeWarning[];
}
