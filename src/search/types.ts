// The search index as the answer functions see it. The implementation (MiniSearch options, build,
// serialisation) lives beside this file.

export interface PassageHit {
  passageId: string;
  score: number;
  /** Query terms that matched, as they appear in the index (lower-case, normalised). */
  terms: string[];
}

export interface SearchIndex {
  /** Full-text search over passages, best first; `[]` for an empty or unmatched query. */
  searchPassages(query: string, options?: { limit?: number }): PassageHit[];
}
