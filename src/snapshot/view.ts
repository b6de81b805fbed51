// Lookups over one snapshot's catalogue, built with the snapshot (build.ts) before it is swapped in,
// so the first query after a start or a reload is as fast as any other. Answers and autocomplete
// share it. Everything an answer would otherwise find by scanning the catalogue (editions by ordinal,
// a country's mentions, the known themes…) is a map here, so a query costs the same at 100,000
// passages as at 100.
import type { Catalogue, CountryMention, Edition, Evidence, Fact, KnowledgeDocument, RegionMention, Series } from "../knowledge/types.js";
import { resolveCountry } from "../knowledge/countries.js";
import { countryName, editionTitle, seriesNames, unique } from "../knowledge/names.js";
import { foldText, searchTerms } from "../search/options.js";
import { buildThemeIndex, themeIndexFrom, type ThemeIndex, type ThemeIndexData } from "./theme-index.js";

export interface EditionView {
  edition: Edition;
  series?: Series;
  /** "23rd UNCAC training programme": what results show and what autocomplete sends back. */
  title: string;
  year?: number;
}

/** What the knowledge says about one country. */
export interface CountryView {
  /** Its mentions, catalogue order. */
  mentions: CountryMention[];
  /** The editions it took part in (a participant mention, or listed in the edition's countries), catalogue order. */
  editions: EditionView[];
  /** Edition id → the sentence stating that it took part: its participant mention there, else the
   *  edition's list of countries. */
  tookPart: ReadonlyMap<string, Evidence>;
  /** The search terms of the ways the text writes it, to mark in quotes. */
  terms: string[];
}

/** A series' names as matchSeries compares them with a query. */
export interface SeriesNames {
  series: Series;
  /** Catalogue position. */
  order: number;
  /** The search terms of each name. */
  nameTerms: Array<ReadonlySet<string>>;
}

export interface KnowledgeView {
  /** Catalogue order. */
  editions: EditionView[];
  editionById: ReadonlyMap<string, EditionView>;
  /** Folded title ("23rd uncac training programme") → editions, catalogue order. */
  editionsByTitle: ReadonlyMap<string, EditionView[]>;
  editionsByOrdinal: ReadonlyMap<number, EditionView[]>;
  editionsByYear: ReadonlyMap<number, EditionView[]>;
  /** Series id → its editions, catalogue order. */
  editionsBySeries: ReadonlyMap<string, EditionView[]>;
  /** Edition id → its position in the catalogue (the order `editions` has). */
  editionPosition: ReadonlyMap<string, number>;
  /** Passage id → the editions that passage introduces, catalogue order. */
  editionsByPassage: ReadonlyMap<string, EditionView[]>;
  seriesById: ReadonlyMap<string, Series>;
  /** Series names by search term, and by folded whole name or id (see matchSeries). */
  seriesByTerm: ReadonlyMap<string, SeriesNames[]>;
  seriesByExactName: ReadonlyMap<string, SeriesNames[]>;
  documentBySlug: ReadonlyMap<string, KnowledgeDocument>;
  /** Codes of the countries the knowledge names, in order of first mention. */
  countryCodes: string[];
  countryByCode: ReadonlyMap<string, CountryView>;
  /** Folded region name → its mentions, catalogue order. */
  regionsByName: ReadonlyMap<string, RegionMention[]>;
  /** Edition id → the country mentions attached to it in a role other than participant (experts,
   *  advisers, guests, observers, host, organiser…), catalogue order. */
  roleMentionsByEdition: ReadonlyMap<string, CountryMention[]>;
  /** A country's name as the knowledge first writes it ("Viet Nam"), else the package's name. */
  countryName(code: string): string;
  /** Country code → the name the knowledge first writes it by, when that names the country itself. */
  writtenNames: ReadonlyMap<string, string>;
  /** Course titles, catalogue order. */
  knownCourses: string[];
  /** Names of the countries the knowledge mentions, participants first. */
  knownCountries: string[];
  /** Edition themes, catalogue order. */
  knownThemes: string[];
  /** The editions' themes, searchable (positions in `editions`). */
  themeIndex: ThemeIndex;
}

/** A view as data (for the snapshot cache): its functions left out, the theme index as its data. */
export type ViewTables = Omit<KnowledgeView, "countryName" | "themeIndex"> & { themeIndex: ThemeIndexData };

export function viewTables(view: KnowledgeView): ViewTables {
  const { countryName: _countryName, themeIndex, ...tables } = view;
  return { ...tables, themeIndex: themeIndex.data };
}

/** The view over `tables` (read back from the cache): nothing is rebuilt but the theme word tree. */
export function viewFromTables(tables: ViewTables): KnowledgeView {
  const { writtenNames } = tables;
  return { ...tables, countryName: (code) => writtenNames.get(code) ?? countryName(code), themeIndex: themeIndexFrom(tables.themeIndex) };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildView(k: { catalogue: Catalogue; documents: readonly KnowledgeDocument[] }): KnowledgeView {
  const seriesById = new Map(k.catalogue.series.map((series) => [series.id, series]));
  const editions = k.catalogue.editions.map((edition): EditionView => {
    const series = seriesById.get(edition.seriesId);
    const year = edition.year ?? edition.period?.value.year;
    return { edition, title: editionTitle(edition.ordinal, series), ...(series ? { series } : {}), ...(year ? { year } : {}) };
  });
  const editionById = new Map(editions.map((view) => [view.edition.id, view]));
  const position = new Map(editions.map((view, i) => [view.edition.id, i]));

  const editionsByTitle = new Map<string, EditionView[]>();
  const editionsByOrdinal = new Map<number, EditionView[]>();
  const editionsByYear = new Map<number, EditionView[]>();
  const editionsBySeries = new Map<string, EditionView[]>();
  const editionsByPassage = new Map<string, EditionView[]>();
  for (const view of editions) {
    push(editionsByTitle, foldText(view.title), view);
    push(editionsByOrdinal, view.edition.ordinal, view);
    if (view.year !== undefined) push(editionsByYear, view.year, view);
    push(editionsBySeries, view.edition.seriesId, view);
    push(editionsByPassage, view.edition.evidence.passageId, view);
  }

  const seriesByTerm = new Map<string, SeriesNames[]>();
  const seriesByExactName = new Map<string, SeriesNames[]>();
  k.catalogue.series.forEach((series, order) => {
    const names = seriesNames(series);
    const entry: SeriesNames = { series, order, nameTerms: names.map((name) => new Set(searchTerms(name))) };
    for (const term of new Set(entry.nameTerms.flatMap((terms) => [...terms]))) push(seriesByTerm, term, entry);
    for (const exact of new Set([...names.map(foldText), series.id])) push(seriesByExactName, exact, entry);
  });

  const written = new Map<string, string>();
  const countries = new Map<string, CountryView>();
  for (const mention of k.catalogue.countries) {
    // A member of a group ("all ten ASEAN countries") is "written" as the group: only a spelling that
    // names this very country may stand for it.
    const name = mention.asWritten.replace(/^the\s+/i, "");
    if (!written.has(mention.code) && resolveCountry(name)?.code === mention.code) written.set(mention.code, name);
    const country: CountryView = countries.get(mention.code) ?? { mentions: [], editions: [], tookPart: new Map(), terms: [] };
    country.mentions.push(mention);
    countries.set(mention.code, country);
  }
  // The editions a country took part in, by catalogue position: its participant mentions, and the
  // editions that list it among their countries.
  const tookPart = new Map<string, Set<number>>();
  const statedBy = new Map<string, Map<string, Evidence>>();
  const addPart = (code: string, at: number | undefined, evidence: Evidence): void => {
    if (at === undefined) return;
    const set = tookPart.get(code) ?? new Set<number>();
    set.add(at);
    tookPart.set(code, set);
    const stated = statedBy.get(code) ?? new Map<string, Evidence>();
    const id = editions[at]!.edition.id;
    if (!stated.has(id)) stated.set(id, evidence);
    statedBy.set(code, stated);
  };
  for (const mention of k.catalogue.countries) if (mention.role === "participant" && mention.editionId) addPart(mention.code, position.get(mention.editionId), mention.evidence);
  editions.forEach((view, i) => view.edition.countries?.value.forEach((code) => addPart(code, i, view.edition.countries!.evidence)));
  for (const [code, country] of countries) {
    country.editions = [...(tookPart.get(code) ?? [])].sort((a, b) => a - b).map((i) => editions[i]!);
    country.tookPart = statedBy.get(code) ?? new Map();
    country.terms = unique(unique(country.mentions.map((mention) => mention.asWritten)).flatMap(searchTerms));
  }
  const roleMentionsByEdition = new Map<string, CountryMention[]>();
  for (const mention of k.catalogue.countries) if (mention.editionId && mention.role !== "participant") push(roleMentionsByEdition, mention.editionId, mention);
  const regionsByName = new Map<string, RegionMention[]>();
  for (const region of k.catalogue.regions) push(regionsByName, foldText(region.name), region);

  const countryCodes = [...countries.keys()];
  const nameOf = (code: string): string => written.get(code) ?? countryName(code);
  const participants = new Set(k.catalogue.countries.filter((mention) => mention.role === "participant").map((mention) => mention.code));
  return {
    editions,
    editionById,
    editionsByTitle,
    editionsByOrdinal,
    editionsByYear,
    editionsBySeries,
    editionPosition: position,
    editionsByPassage,
    seriesById,
    seriesByTerm,
    seriesByExactName,
    documentBySlug: new Map(k.documents.map((document) => [document.slug, document])),
    countryCodes,
    countryByCode: countries,
    regionsByName,
    roleMentionsByEdition,
    countryName: nameOf,
    writtenNames: written,
    knownCourses: unique(editions.map((edition) => edition.title)),
    knownCountries: [...countryCodes.filter((code) => participants.has(code)), ...countryCodes.filter((code) => !participants.has(code))].map(nameOf),
    knownThemes: unique(k.catalogue.editions.flatMap((edition) => (edition.theme ? [edition.theme.value] : []))),
    // An edition is found by each theme its sources state ("also stated" ones too: two documents may
    // word one theme differently, and either wording must find it).
    themeIndex: buildThemeIndex(editions.map((view) => themesOf(view.edition.theme))),
  };
}

/** Every wording of an edition's theme, as one text to index: the first, then those also stated. */
function themesOf(theme: Fact<string> | undefined): string | undefined {
  if (!theme) return undefined;
  return [theme.value, ...(theme.conflicts ?? []).map((other) => other.value)].join(" ");
}
