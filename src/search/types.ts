// The search index as the answer functions see it. The implementation (MiniSearch options, build,
// serialisation) lives beside this file.

export interface PassageHit {
  passageId: string;
  score: number;
  /** Query terms that matched, as they appear in the index (lower-case, normalised). */
  terms: string[];
}

/** A named entity of the catalogue found by a search (see `searchEntities`). */
export interface EntityHit {
  kind: "edition" | "series" | "country";
  /** Edition id, series id, or ISO 3166-1 alpha-3 country code. */
  id: string;
  score: number;
  terms: string[];
}

export interface SearchIndex {
  /** Full-text search over passages, best first; `[]` for an empty or unmatched query. `exact`: the
   *  query's words themselves only (no prefix or typo matching); `maxWordPassages`: only the words
   *  found in at most that many passages (a search whose cost is bounded). */
  searchPassages(query: string, options?: { limit?: number; exact?: boolean; maxWordPassages?: number }): PassageHit[];
  /** How rare a term is: the passages indexed, and how many of them hold the term (as the index
   *  holds it). Optional: hand-made test indexes need not implement it (every term then weighs alike). */
  termRarity?(term: string): { passages: number; holding: number };
  /** Search over catalogue entities (edition titles and themes, series names, countries), best first;
   *  `fields` restricts the match to some fields (e.g. ["theme"]). Optional so that hand-made test
   *  indexes need not implement it; answers treat a missing method as "no entity hits". */
  searchEntities?(
    query: string,
    options?: { kinds?: Array<EntityHit["kind"]>; fields?: Array<"names" | "theme">; limit?: number },
  ): EntityHit[];
}
