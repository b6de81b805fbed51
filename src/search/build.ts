// Builds the search indexes over passages and catalogue entities, and (de)serialises them for an
// on-disk cache. Passages carry the names of the entities they mention, so a query for an entity
// ("GG Seminar", "the 13th seminar") finds the passages about it even when the text spells it
// differently; a country is carried by its display name only, and a query names it in any spelling
// (plan.ts), so its aliases live once, in its country entry, not on every passage that names it.
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import MiniSearch from "minisearch";
import type { Options, SearchResult } from "minisearch";
import type { Catalogue, KnowledgeDocument } from "../knowledge/types.js";
import { countryName, countryNames, editionTitle, seriesNames, unique } from "../knowledge/names.js";
import { executePlan } from "./execute.js";
import { passageIndex, type PassageIndex } from "./passage-index.js";
import { entityId, kindOfId, MAX_QUERY_LENGTH, MINISEARCH_OPTIONS, processTerm, type IndexedEntry, type IndexedKind } from "./options.js";
import { isPackedIndex, packedMiniSearch, packedMiniSearchAsync, type PackedIndex } from "./packed.js";
import { postingsBuilder, type PackedSearch, type PostingsBuilder } from "./postings.js";
import { planQuery, planRareWords, type QueryPlan, type TermStats } from "./plan.js";
import type { EntityHit, PassageHit, SearchIndex } from "./types.js";

const DEFAULT_LIMIT = 10;
/** Bumped when the indexed entries or options change, so a stale cache is rebuilt, not misread. */
const INDEX_FORMAT = 5;

/** Catalogue entities are indexed twice: with the passages, in the one index whose statistics (how
 *  many entries, how long a field is on average, how many hold a name) every passage score depends
 *  on, and in a small index of their own that entity searches use. An entity search (every
 *  autocomplete keystroke, every /theme) then walks a few thousand terms for its fuzzy and prefix
 *  matches instead of the whole passage vocabulary. Entities are named in two fields only. */
const ENTITY_OPTIONS: Options<IndexedEntry> = { ...MINISEARCH_OPTIONS, fields: ["names", "theme"] };

export interface SerialisedSearchIndex {
  format: number;
  /** Passages and entities, packed (packed.ts; each term's passage count is kept with its postings). */
  passageIndex: PackedIndex;
  /** Entities only (MiniSearch's own form). */
  entities: unknown;
  /** Passages counted (see plan.ts). */
  passages: number;
}

export interface KnowledgeSearchIndex extends SearchIndex {
  searchEntities(
    query: string,
    options?: { kinds?: Array<EntityHit["kind"]>; fields?: Array<"names" | "theme">; limit?: number },
  ): EntityHit[];
  toJSON(): SerialisedSearchIndex;
}

interface Indexes {
  passages: PassageIndex;
  /** The passage index's postings, as its MiniSearch reads them (and the cache stores them). */
  packed: PackedIndex;
  entities: MiniSearch<IndexedEntry>;
  stats: TermStats;
}

/** Adds entries to both indexes and counts, for each passage, the distinct terms the index gives it
 *  (the document frequencies plan.ts needs): one tokenisation serves both. */
function indexBuilder(): { add(entries: readonly IndexedEntry[]): void; passages(): number; postings: PostingsBuilder; entities: MiniSearch<IndexedEntry> } {
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
    passages: () => passages,
    postings,
    entities,
  };
}

export function buildSearchIndex(documents: KnowledgeDocument[], catalogue: Catalogue): KnowledgeSearchIndex {
  const builder = indexBuilder();
  builder.add(indexedEntries(documents, catalogue));
  return wrapPacked(builder.postings.done(MINISEARCH_OPTIONS), builder.entities, builder.passages());
}

/** Terms met only in entities have no passage count (packed.ts): plan.ts never reaches for them. */
function wrapPacked(built: PackedSearch, entities: MiniSearch<IndexedEntry>, passages: number): KnowledgeSearchIndex {
  const index = passageIndex(built.minisearch);
  return wrap({ passages: index, packed: built.packed, entities, stats: { passages, df: index.df } });
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
  return wrapPacked(await builder.postings.doneAsync(MINISEARCH_OPTIONS), builder.entities, builder.passages());
}

type Serialised = Parameters<typeof MiniSearch.loadJS>[0];

/** The parts of a serialised index, or undefined when it is not a usable one (old format, junk). */
function usable(value: Partial<SerialisedSearchIndex> | null | undefined): SerialisedSearchIndex | undefined {
  if (value?.format !== INDEX_FORMAT || !isPackedIndex(value.passageIndex, MINISEARCH_OPTIONS.fields) || !isObject(value.entities)) return undefined;
  if (typeof value.passages !== "number") return undefined;
  return value as SerialisedSearchIndex;
}

/** Reads back what `toJSON()` produced (the object: its postings are typed arrays, which a JSON text
 *  does not keep); undefined when it is not a usable index (old format, junk). */
export function loadSearchIndex(json: string | SerialisedSearchIndex): KnowledgeSearchIndex | undefined {
  try {
    const value = usable((typeof json === "string" ? JSON.parse(json) : json) as Partial<SerialisedSearchIndex>);
    if (!value) return undefined;
    const packed = value.passageIndex;
    const built = { minisearch: packedMiniSearch(packed, MINISEARCH_OPTIONS), packed };
    return wrapPacked(built, MiniSearch.loadJS<IndexedEntry>(value.entities as Serialised, ENTITY_OPTIONS), value.passages);
  } catch {
    return undefined;
  }
}

/** Milliseconds of work between two turns of the event loop in loadSearchIndexAsync. */
const SLICE_MS = 8;

/** As loadSearchIndex, but filling the term trees in slices that yield to the event loop, for a
 *  snapshot handed over by the build worker while the bot answers. */
export async function loadSearchIndexAsync(serialised: SerialisedSearchIndex): Promise<KnowledgeSearchIndex | undefined> {
  try {
    const value = usable(serialised);
    if (!value) return undefined;
    let last = performance.now();
    const pause = async (): Promise<void> => {
      if (performance.now() - last < SLICE_MS) return;
      await yieldToEventLoop();
      last = performance.now();
    };
    const packed = value.passageIndex;
    const built = { minisearch: await packedMiniSearchAsync(packed, MINISEARCH_OPTIONS, pause), packed };
    return wrapPacked(built, await MiniSearch.loadJSAsync<IndexedEntry>(value.entities as Serialised, ENTITY_OPTIONS), value.passages);
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

const kindOf = (result: SearchResult): IndexedKind => kindOfId(String(result.id));

function wrap(indexes: Indexes): KnowledgeSearchIndex {
  return {
    searchPassages(query, options = {}): PassageHit[] {
      const text = searchable(query);
      if (!text) return [];
      const limit = options.limit ?? DEFAULT_LIMIT;
      const exact = { exact: options.exact ?? false };
      const { stats, passages } = indexes;
      let plan: QueryPlan | undefined = options.maxWordPassages === undefined ? planQuery(text, stats, passages, exact) : planRareWords(text, stats, passages, options.maxWordPassages, exact);
      let hits: PassageHit[] = [];
      while (plan && !hits.length) {
        hits = executePlan(passages, stats, plan, limit);
        plan = plan.fallback;
      }
      return hits;
    },
    searchEntities(query, options = {}): EntityHit[] {
      const text = searchable(query);
      if (!text) return [];
      const kinds = new Set<IndexedKind>(options.kinds ?? ["edition", "series", "country"]);
      const filter = (result: SearchResult): boolean => kinds.has(kindOf(result));
      return indexes.entities
        .search(text, options.fields ? { filter, fields: options.fields } : { filter })
        .slice(0, options.limit ?? DEFAULT_LIMIT)
        .map((result) => ({
          kind: kindOf(result) as EntityHit["kind"],
          id: String(result.id).slice(kindOf(result).length + 1),
          score: result.score,
          terms: result.terms,
        }));
    },
    termRarity: (term) => ({ passages: indexes.stats.passages, holding: indexes.stats.df.get(term) ?? 0 }),
    toJSON: () => ({
      format: INDEX_FORMAT,
      passageIndex: indexes.packed,
      entities: indexes.entities.toJSON(),
      passages: indexes.stats.passages,
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
  // The display name only: its other spellings are the country entry's (a query in any of them is read
  // as the display name, plan.ts), and the spelling as written is in the text already.
  for (const mention of catalogue.countries) add(names, mention.evidence.passageId, countryName(mention.code));
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
  return { id: entityId(kind, id), kind, names: unique(names).join(" · "), theme, headings: "", title: "", text: "" };
}
