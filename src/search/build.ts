// Builds the MiniSearch index over passages and catalogue entities, and (de)serialises it for an
// on-disk cache. Passages carry the names of the entities they mention, so a query for an entity
// ("Vietnam", "GG Seminar") finds the passages about it even when the text spells it differently.
import MiniSearch from "minisearch";
import type { SearchResult } from "minisearch";
import type { Catalogue, KnowledgeDocument } from "../knowledge/types.js";
import { countryNames, editionTitle, seriesNames, unique } from "./names.js";
import { MAX_QUERY_LENGTH, MINISEARCH_OPTIONS, type IndexedEntry, type IndexedKind } from "./options.js";
import type { EntityHit, PassageHit, SearchIndex } from "./types.js";

const DEFAULT_LIMIT = 10;
/** Bumped when the indexed entries or options change, so a stale cache is rebuilt, not misread. */
const INDEX_FORMAT = 1;

export interface SerialisedSearchIndex {
  format: number;
  minisearch: unknown;
}

export interface KnowledgeSearchIndex extends SearchIndex {
  searchEntities(
    query: string,
    options?: { kinds?: Array<EntityHit["kind"]>; fields?: Array<"names" | "theme">; limit?: number },
  ): EntityHit[];
  toJSON(): SerialisedSearchIndex;
}

export function buildSearchIndex(documents: KnowledgeDocument[], catalogue: Catalogue): KnowledgeSearchIndex {
  const minisearch = new MiniSearch<IndexedEntry>(MINISEARCH_OPTIONS);
  minisearch.addAll(indexedEntries(documents, catalogue));
  return wrap(minisearch);
}

/** Entries indexed per turn of the event loop by buildSearchIndexAsync. */
const ASYNC_CHUNK = 500;

/** As buildSearchIndex, but in chunks that yield to the event loop, so a rebuild in a running bot
 *  lets commands through (answered from the old index) instead of holding them for the whole build. */
export async function buildSearchIndexAsync(documents: KnowledgeDocument[], catalogue: Catalogue): Promise<KnowledgeSearchIndex> {
  const minisearch = new MiniSearch<IndexedEntry>(MINISEARCH_OPTIONS);
  await minisearch.addAllAsync(indexedEntries(documents, catalogue), { chunkSize: ASYNC_CHUNK });
  return wrap(minisearch);
}

/** Reads back what `toJSON()` produced; undefined when it is not a usable index (old format, junk). */
export function loadSearchIndex(json: string | SerialisedSearchIndex): KnowledgeSearchIndex | undefined {
  try {
    const value = (typeof json === "string" ? JSON.parse(json) : json) as Partial<SerialisedSearchIndex>;
    if (value?.format !== INDEX_FORMAT || typeof value.minisearch !== "object" || !value.minisearch) return undefined;
    // loadJS takes the parsed object: no second stringify + parse of a file that can be 100+ MB.
    return wrap(MiniSearch.loadJS<IndexedEntry>(value.minisearch as Parameters<typeof MiniSearch.loadJS>[0], MINISEARCH_OPTIONS));
  } catch {
    return undefined;
  }
}

function wrap(minisearch: MiniSearch<IndexedEntry>): KnowledgeSearchIndex {
  const run = (query: string, kinds: ReadonlySet<IndexedKind>, fields?: string[]): SearchResult[] => {
    const text = query.slice(0, MAX_QUERY_LENGTH);
    if (!text.trim()) return [];
    const filter = (result: SearchResult): boolean => kinds.has(result.kind as IndexedKind);
    return minisearch.search(text, fields ? { filter, fields } : { filter });
  };
  return {
    searchPassages(query, options = {}): PassageHit[] {
      return run(query, new Set(["passage"]))
        .slice(0, options.limit ?? DEFAULT_LIMIT)
        .map((result) => ({ passageId: String(result.id), score: result.score, terms: result.terms }));
    },
    searchEntities(query, options = {}): EntityHit[] {
      const kinds = new Set<IndexedKind>(options.kinds ?? ["edition", "series", "country"]);
      return run(query, kinds, options.fields)
        .slice(0, options.limit ?? DEFAULT_LIMIT)
        .map((result) => ({
          kind: result.kind as EntityHit["kind"],
          id: String(result.id).slice(String(result.kind).length + 1),
          score: result.score,
          terms: result.terms,
        }));
    },
    toJSON: () => ({ format: INDEX_FORMAT, minisearch: minisearch.toJSON() }),
  };
}

/** One entry per passage, then one per edition, series and country of the catalogue. */
export function indexedEntries(documents: KnowledgeDocument[], catalogue: Catalogue): IndexedEntry[] {
  const seriesById = new Map(catalogue.series.map((series) => [series.id, series]));
  const names = new Map<string, string[]>();
  const themes = new Map<string, string[]>();
  const add = (into: Map<string, string[]>, passageId: string, ...values: string[]): void => {
    const list = into.get(passageId) ?? [];
    list.push(...values.filter(Boolean));
    into.set(passageId, list);
  };

  for (const series of catalogue.series) {
    for (const evidence of series.evidence) add(names, evidence.passageId, ...seriesNames(series));
  }
  for (const edition of catalogue.editions) {
    const series = seriesById.get(edition.seriesId);
    for (const mention of [edition.evidence, ...(edition.mentions ?? [])]) add(names, mention.passageId, editionTitle(edition.ordinal, series), edition.ordinalText);
    if (edition.theme) add(themes, edition.theme.evidence.passageId, edition.theme.value);
  }
  for (const mention of catalogue.countries) add(names, mention.evidence.passageId, ...countryNames(mention.code, mention.asWritten));
  for (const region of catalogue.regions) add(names, region.evidence.passageId, region.name);

  const entries: IndexedEntry[] = [];
  for (const document of documents) {
    for (const passage of document.passages) {
      entries.push({
        id: passage.id,
        kind: "passage",
        names: unique(names.get(passage.id) ?? []).join(" · "),
        theme: unique(themes.get(passage.id) ?? []).join(" · "),
        headings: passage.headings.join(" · "),
        title: [document.title, passage.noteLabel ?? ""].join(" · "),
        text: passage.text,
      });
    }
  }
  for (const edition of catalogue.editions) {
    const series = seriesById.get(edition.seriesId);
    entries.push(entity("edition", edition.id, [editionTitle(edition.ordinal, series), edition.ordinalText, ...(series ? seriesNames(series) : [])], edition.theme?.value));
  }
  for (const series of catalogue.series) entries.push(entity("series", series.id, seriesNames(series)));
  for (const code of unique(catalogue.countries.map((mention) => mention.code))) {
    const written = catalogue.countries.filter((mention) => mention.code === code).map((mention) => mention.asWritten);
    entries.push(entity("country", code, countryNames(code, ...written)));
  }
  return entries;
}

function entity(kind: Exclude<IndexedKind, "passage">, id: string, names: string[], theme = ""): IndexedEntry {
  return { id: `${kind}:${id}`, kind, names: unique(names).join(" · "), theme, headings: "", title: "", text: "" };
}
