// Lookups over one Knowledge, computed once per Knowledge object (a WeakMap: when a rebuilt Knowledge
// replaces the old one, the old view goes with it). Answers and autocomplete share it.
import type { Knowledge } from "../knowledge/knowledge.js";
import type { Edition, KnowledgeDocument, Series } from "../knowledge/types.js";
import { resolveCountry } from "../knowledge/countries.js";
import { countryName, editionTitle, unique } from "../search/names.js";

export interface EditionView {
  edition: Edition;
  series?: Series;
  /** "23rd UNCAC training programme": what results show and what autocomplete sends back. */
  title: string;
  year?: number;
}

export interface KnowledgeView {
  /** Catalogue order. */
  editions: EditionView[];
  editionById: ReadonlyMap<string, EditionView>;
  seriesById: ReadonlyMap<string, Series>;
  documentBySlug: ReadonlyMap<string, KnowledgeDocument>;
  /** Codes of the countries the knowledge names, in order of first mention. */
  countryCodes: string[];
  /** A country's name as the knowledge first writes it ("Viet Nam"), else the package's name. */
  countryName(code: string): string;
}

const views = new WeakMap<Knowledge, KnowledgeView>();

export function viewOf(k: Knowledge): KnowledgeView {
  let view = views.get(k);
  if (!view) {
    view = buildView(k);
    views.set(k, view);
  }
  return view;
}

function buildView(k: Knowledge): KnowledgeView {
  const seriesById = new Map(k.catalogue.series.map((series) => [series.id, series]));
  const editions = k.catalogue.editions.map((edition): EditionView => {
    const series = seriesById.get(edition.seriesId);
    const year = edition.year ?? edition.period?.value.year;
    return { edition, title: editionTitle(edition.ordinal, series), ...(series ? { series } : {}), ...(year ? { year } : {}) };
  });
  const written = new Map<string, string>();
  for (const mention of k.catalogue.countries) {
    // A member of a group ("all ten ASEAN countries") is "written" as the group: only a spelling that
    // names this very country may stand for it.
    const name = mention.asWritten.replace(/^the\s+/i, "");
    if (!written.has(mention.code) && resolveCountry(name)?.code === mention.code) written.set(mention.code, name);
  }
  return {
    editions,
    editionById: new Map(editions.map((view) => [view.edition.id, view])),
    seriesById,
    documentBySlug: new Map(k.documents.map((document) => [document.slug, document])),
    countryCodes: unique(k.catalogue.countries.map((mention) => mention.code)),
    countryName: (code) => written.get(code) ?? countryName(code),
  };
}
