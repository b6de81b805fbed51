// The built knowledge every answer reads: documents, catalogue, search index, and every lookup view
// over them. Built once per knowledge version by build.ts (or read back from the cache and completed
// there), never mutated after, and swapped whole on reload (store.ts).
import type { Catalogue, KnowledgeDocument, KnowledgeWarning, Passage } from "../knowledge/types.js";
import type { KnowledgeSearchIndex } from "../search/build.js";
import type { SearchIndex } from "../search/types.js";
import type { Completions } from "./completions.js";
import type { KnowledgeView } from "./view.js";

export interface Snapshot {
  readonly documents: readonly KnowledgeDocument[];
  /** Every passage of every document, by id. */
  readonly passages: ReadonlyMap<string, Passage>;
  readonly catalogue: Catalogue;
  readonly index: SearchIndex;
  readonly warnings: readonly KnowledgeWarning[];
  /** Lookups over the catalogue (editions by ordinal, a country's mentions, the known themes…). */
  readonly view: KnowledgeView;
  /** The autocomplete candidate lists of /course, /country and /theme, indexed for a keystroke. */
  readonly completions: Completions;
}

/** A Snapshot whose index can be serialised (for the on-disk cache). */
export interface BuiltSnapshot extends Snapshot {
  readonly index: KnowledgeSearchIndex;
}
