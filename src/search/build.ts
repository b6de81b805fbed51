// Builds the MiniSearch index over passages and catalogue entities, and (de)serialises it for an
// on-disk cache. Passages carry the names of the entities they mention, so a query for an entity
// ("Vietnam", "GG Seminar") finds the passages about it even when the text spells it differently.
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import MiniSearch from "minisearch";
import type { Options, SearchResult } from "minisearch";
import type { Catalogue, KnowledgeDocument } from "../knowledge/types.js";
import { countryNames, editionTitle, seriesNames, unique } from "../knowledge/names.js";
import { MAX_QUERY_LENGTH, MINISEARCH_OPTIONS, processTerm, type IndexedEntry, type IndexedKind } from "./options.js";
import { postingsBuilder, type PostingsBuilder } from "./postings.js";
import { plannedSearchOptions, planQuery, planRareWords, type QueryPlan, type TermStats } from "./plan.js";
import type { EntityHit, PassageHit, SearchIndex } from "./types.js";

const DEFAULT_LIMIT = 10;
/** Bumped when the indexed entries or options change, so a stale cache is rebuilt, not misread. */
const INDEX_FORMAT = 3;

/** Catalogue entities are indexed twice: with the passages, in the one index whose statistics (how
 *  many entries, how long a field is on average) every passage score depends on, and in a small index
 *  of their own that entity searches use. An entity search (every autocomplete keystroke, every
 *  /theme) then walks a few thousand terms for its fuzzy and prefix matches instead of the whole
 *  passage vocabulary. Entities are named in two fields only. */
const ENTITY_OPTIONS: Options<IndexedEntry> = { ...MINISEARCH_OPTIONS, fields: ["names", "theme"] };

export interface SerialisedSearchIndex {
  format: number;
  /** Passages and entities. */
  minisearch: unknown;
  /** Entities only. */
  entities: unknown;
  /** Passages counted, and [term, passages holding it] (see plan.ts). */
  passages: number;
  terms: Array<[string, number]>;
}

export interface KnowledgeSearchIndex extends SearchIndex {
  searchEntities(
    query: string,
    options?: { kinds?: Array<EntityHit["kind"]>; fields?: Array<"names" | "theme">; limit?: number },
  ): EntityHit[];
  toJSON(): SerialisedSearchIndex;
}

interface Indexes {
  all: MiniSearch<IndexedEntry>;
  entities: MiniSearch<IndexedEntry>;
  stats: TermStats;
}

/** Adds entries to both indexes and counts, for each passage, the distinct terms the index gives it
 *  (the document frequencies plan.ts needs): one tokenisation serves both. */
function indexBuilder(): { add(entries: readonly IndexedEntry[]): void; stats(): TermStats; postings: PostingsBuilder; entities: MiniSearch<IndexedEntry> } {
  const postings = postingsBuilder(MINISEARCH_OPTIONS.fields, MINISEARCH_OPTIONS.tokenize, processTerm);
  const entities = new MiniSearch<IndexedEntry>(ENTITY_OPTIONS);
  let passages = 0;
  return {
    add(entries) {
      for (const entry of entries) {
        const passage = entry.kind === "passage";
        postings.add(entry, passage);
        if (passage) passages += 1;
        else entities.add(entry);
      }
    },
    // Terms met only in entities have no passage: left out.
    stats: () => ({ passages, df: postings.documentFrequencies() }),
    postings,
    entities,
  };
}

export function buildSearchIndex(documents: KnowledgeDocument[], catalogue: Catalogue): KnowledgeSearchIndex {
  const builder = indexBuilder();
  builder.add(indexedEntries(documents, catalogue));
  return wrap({ all: builder.postings.done(MINISEARCH_OPTIONS), entities: builder.entities, stats: builder.stats() });
}

/** Entries indexed per turn of the event loop by buildSearchIndexAsync. */
const ASYNC_CHUNK = 500;

/** As buildSearchIndex, but in chunks that yield to the event loop, so a rebuild in a running bot
 *  lets commands through (answered from the old index) instead of holding them for the whole build. */
export async function buildSearchIndexAsync(documents: KnowledgeDocument[], catalogue: Catalogue): Promise<KnowledgeSearchIndex> {
  const builder = indexBuilder();
  const entries = indexedEntries(documents, catalogue);
  for (let start = 0; start < entries.length; start += ASYNC_CHUNK) {
    builder.add(entries.slice(start, start + ASYNC_CHUNK));
    await yieldToEventLoop();
  }
  return wrap({ all: await builder.postings.doneAsync(MINISEARCH_OPTIONS), entities: builder.entities, stats: builder.stats() });
}

/** Reads back what `toJSON()` produced; undefined when it is not a usable index (old format, junk). */
export function loadSearchIndex(json: string | SerialisedSearchIndex): KnowledgeSearchIndex | undefined {
  try {
    const value = (typeof json === "string" ? JSON.parse(json) : json) as Partial<SerialisedSearchIndex>;
    if (value?.format !== INDEX_FORMAT || !isObject(value.minisearch) || !isObject(value.entities)) return undefined;
    if (typeof value.passages !== "number" || !Array.isArray(value.terms)) return undefined;
    // loadJS takes the parsed object: no second stringify + parse of a file that can be 100+ MB.
    type Serialised = Parameters<typeof MiniSearch.loadJS>[0];
    return wrap({
      all: MiniSearch.loadJS<IndexedEntry>(value.minisearch as Serialised, MINISEARCH_OPTIONS),
      entities: MiniSearch.loadJS<IndexedEntry>(value.entities as Serialised, ENTITY_OPTIONS),
      stats: { passages: value.passages, df: new Map(value.terms) },
    });
  } catch {
    return undefined;
  }
}

/** As loadSearchIndex, but rebuilding the term trees in chunks that yield to the event loop (MiniSearch's
 *  loadJSAsync), for a snapshot handed over by the build worker while the bot answers. */
export async function loadSearchIndexAsync(value: SerialisedSearchIndex): Promise<KnowledgeSearchIndex | undefined> {
  try {
    if (value?.format !== INDEX_FORMAT || !isObject(value.minisearch) || !isObject(value.entities)) return undefined;
    if (typeof value.passages !== "number" || !Array.isArray(value.terms)) return undefined;
    type Serialised = Parameters<typeof MiniSearch.loadJSAsync>[0];
    return wrap({
      all: await MiniSearch.loadJSAsync<IndexedEntry>(value.minisearch as Serialised, MINISEARCH_OPTIONS),
      entities: await MiniSearch.loadJSAsync<IndexedEntry>(value.entities as Serialised, ENTITY_OPTIONS),
      stats: { passages: value.passages, df: new Map(value.terms) },
    });
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

/** The query as searched: cut to MAX_QUERY_LENGTH, or undefined when blank. */
function searchable(query: string): string | undefined {
  const text = query.slice(0, MAX_QUERY_LENGTH);
  return text.trim() ? text : undefined;
}

/** The query's words themselves: no prefix or typo neighbours. */
const EXACT = { prefix: false, fuzzy: false } as const;

/** Only passages from the combined index. */
const passagesOnly = { filter: (result: SearchResult): boolean => result.kind === "passage" };

function wrap(indexes: Indexes): KnowledgeSearchIndex {
  return {
    searchPassages(query, options = {}): PassageHit[] {
      const text = searchable(query);
      if (!text) return [];
      const run = (plan: QueryPlan): SearchResult[] =>
        indexes.all.search(text, { ...plannedSearchOptions(plan), ...(plan.fields ? { fields: plan.fields } : {}), ...(options.exact ? EXACT : {}), ...passagesOnly });
      let plan: QueryPlan = options.maxWordPassages === undefined ? planQuery(text, indexes.stats) : planRareWords(text, indexes.stats, options.maxWordPassages);
      if (!plan.terms.size) return [];
      let results = run(plan);
      while (!results.length && plan.fallback) {
        plan = plan.fallback;
        results = run(plan);
      }
      return results
        .slice(0, options.limit ?? DEFAULT_LIMIT)
        .map((result) => ({ passageId: String(result.id), score: result.score, terms: result.terms }));
    },
    searchEntities(query, options = {}): EntityHit[] {
      const text = searchable(query);
      if (!text) return [];
      const kinds = new Set<IndexedKind>(options.kinds ?? ["edition", "series", "country"]);
      const filter = (result: SearchResult): boolean => kinds.has(result.kind as IndexedKind);
      return indexes.entities
        .search(text, options.fields ? { filter, fields: options.fields } : { filter })
        .slice(0, options.limit ?? DEFAULT_LIMIT)
        .map((result) => ({
          kind: result.kind as EntityHit["kind"],
          id: String(result.id).slice(String(result.kind).length + 1),
          score: result.score,
          terms: result.terms,
        }));
    },
    termRarity: (term) => ({ passages: indexes.stats.passages, holding: indexes.stats.df.get(term) ?? 0 }),
    toJSON: () => ({
      format: INDEX_FORMAT,
      minisearch: indexes.all.toJSON(),
      entities: indexes.entities.toJSON(),
      passages: indexes.stats.passages,
      terms: [...indexes.stats.df],
    }),
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
  // Spellings grouped in one pass, each once: a large knowledge has tens of thousands of mentions
  // (filtering them per country was quadratic, and spreading them all into one call overflowed the stack).
  const written = new Map<string, Set<string>>();
  for (const mention of catalogue.countries) {
    const spellings = written.get(mention.code) ?? new Set<string>();
    spellings.add(mention.asWritten);
    written.set(mention.code, spellings);
  }
  for (const [code, spellings] of written) entries.push(entity("country", code, countryNames(code, ...spellings)));
  return entries;
}

function entity(kind: Exclude<IndexedKind, "passage">, id: string, names: string[], theme = ""): IndexedEntry {
  return { id: `${kind}:${id}`, kind, names: unique(names).join(" · "), theme, headings: "", title: "", text: "" };
}
