// A small hand-built Snapshot (documents, catalogue and index written out here, not extracted), so
// the search and answer tests can state their expected hits exactly and do not depend on the loader
// or the extractor. Deliberately not the seed: other years' phrasing, an ordinal shared by two series.
import type { Snapshot } from "../../src/snapshot/snapshot.js";
import { splitSentences } from "../../src/knowledge/sentences.js";
import type { Catalogue, Evidence, KnowledgeDocument, Passage } from "../../src/knowledge/types.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { assembleSnapshot } from "../../src/snapshot/build.js";

export const TINY_URL = "https://example.org/wp2019.html";

const PARAGRAPHS: Array<Pick<Passage, "kind" | "headings" | "text"> & { noteLabel?: string }> = [
  {
    kind: "paragraph",
    headings: ["(2) Governance", "● Japan’s Efforts"],
    text: "Japan has held the Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar) every year since 2007. In December 2019, the 13th GG Seminar on the theme of “Regional Cooperation against Corruption” was held in Bangkok, Thailand, with 20 participants from Cambodia, Lao PDR and Viet Nam.",
  },
  {
    kind: "paragraph",
    headings: ["(2) Governance", "● Japan’s Efforts"],
    text: "Since 1998, Japan has annually held the UNCAC training programme. In 2019, the 22nd UNCAC training programme on the theme of “Corruption in Public Procurement” was held in Tokyo from September to October.",
  },
  {
    kind: "paragraph",
    headings: ["(2) Governance", "● Other Programmes"],
    text: "The 13th international training course on “Women in Criminal Justice” was held online in 2020. Japan also supports Myanmar through other programmes.",
  },
  { kind: "note", headings: ["(2) Governance"], noteLabel: "Note 3", text: "UNAFEI was established in 1962 and has over 6,100 graduates." },
];

export const TINY_DOCUMENT: KnowledgeDocument = {
  slug: "wp2019",
  file: "wp2019.txt",
  title: "White Paper on Development Cooperation 2019",
  year: 2019,
  section: "(2) Governance",
  url: TINY_URL,
  passages: PARAGRAPHS.map((p, i) => ({ id: `wp2019#p${i + 1}`, docSlug: "wp2019", paragraph: i + 1, noteRefs: [], line: 4 + 2 * i, ...p })),
};

/** Evidence: the n-th sentence (0-based) of paragraph p (1-based), exactly as the splitter gives it. */
export function sentence(p: number, n: number): Evidence {
  const passage = TINY_DOCUMENT.passages[p - 1]!;
  const split = splitSentences(passage.text)[n]!;
  return { passageId: passage.id, sentence: split.text, start: split.start, end: split.end };
}

export const TINY_CATALOGUE: Catalogue = {
  series: [
    {
      id: "gg-seminar",
      name: "Regional Seminar on Good Governance for Southeast Asian Countries",
      abbreviation: "GG Seminar",
      aliases: ["GG Seminar", "GG"],
      sinceYear: { value: 2007, evidence: sentence(1, 0), basis: "stated" },
      frequency: { value: "annual", evidence: sentence(1, 0), basis: "stated" },
      evidence: [sentence(1, 0)],
    },
    {
      id: "uncac-training-programme",
      name: "UNCAC training programme",
      aliases: [],
      sinceYear: { value: 1998, evidence: sentence(2, 0), basis: "stated" },
      frequency: { value: "annual", evidence: sentence(2, 0), basis: "stated" },
      evidence: [sentence(2, 0)],
    },
    { id: "international-training-course", name: "international training course", aliases: [], evidence: [sentence(3, 0)] },
  ],
  editions: [
    {
      id: "gg-seminar-13",
      seriesId: "gg-seminar",
      ordinal: 13,
      ordinalText: "13th",
      evidence: sentence(1, 1),
      theme: { value: "Regional Cooperation against Corruption", evidence: sentence(1, 1), basis: "stated" },
      period: { value: { text: "In December 2019", year: 2019, startMonth: 12, endMonth: 12 }, evidence: sentence(1, 1), basis: "stated" },
      format: { value: { mode: "in person", place: "Bangkok, Thailand" }, evidence: sentence(1, 1), basis: "stated" },
      participants: { value: { count: 20 }, evidence: sentence(1, 1), basis: "stated" },
      countries: { value: ["KHM", "LAO", "VNM"], evidence: sentence(1, 1), basis: "stated" },
      year: 2019,
    },
    {
      id: "uncac-training-programme-22",
      seriesId: "uncac-training-programme",
      ordinal: 22,
      ordinalText: "22nd",
      evidence: sentence(2, 1),
      theme: { value: "Corruption in Public Procurement", evidence: sentence(2, 1), basis: "stated" },
      period: { value: { text: "from September to October", year: 2019, startMonth: 9, endMonth: 10 }, evidence: sentence(2, 1), basis: "stated" },
      format: { value: { mode: "in person", place: "Tokyo" }, evidence: sentence(2, 1), basis: "stated" },
      year: 2019,
    },
    {
      id: "international-training-course-13",
      seriesId: "international-training-course",
      ordinal: 13,
      ordinalText: "13th",
      evidence: sentence(3, 0),
      theme: { value: "Women in Criminal Justice", evidence: sentence(3, 0), basis: "stated" },
      period: { value: { text: "in 2020", year: 2020 }, evidence: sentence(3, 0), basis: "stated" },
      format: { value: { mode: "online" }, evidence: sentence(3, 0), basis: "stated" },
      year: 2020,
    },
  ],
  countries: [
    { code: "JPN", asWritten: "Japan", role: "donor", evidence: sentence(1, 0) },
    { code: "THA", asWritten: "Thailand", role: "mentioned", evidence: sentence(1, 1) },
    { code: "KHM", asWritten: "Cambodia", role: "participant", editionId: "gg-seminar-13", evidence: sentence(1, 1) },
    { code: "LAO", asWritten: "Lao PDR", role: "participant", editionId: "gg-seminar-13", evidence: sentence(1, 1) },
    { code: "VNM", asWritten: "Viet Nam", role: "participant", editionId: "gg-seminar-13", evidence: sentence(1, 1) },
    { code: "JPN", asWritten: "Japan", role: "donor", evidence: sentence(2, 0) },
    { code: "MMR", asWritten: "Myanmar", role: "mentioned", evidence: sentence(3, 1) },
  ],
  regions: [{ name: "Southeast Asia", evidence: sentence(1, 0) }],
};

/** The whole bundle; `index` is the real MiniSearch index over the documents and catalogue above. */
export function tinyKnowledge(): Snapshot {
  return assembleSnapshot([TINY_DOCUMENT], TINY_CATALOGUE, buildSearchIndex([TINY_DOCUMENT], TINY_CATALOGUE), []);
}

/** A Snapshot with nothing in it (what answers must still handle without throwing). */
export function emptyKnowledge(): Snapshot {
  const catalogue: Catalogue = { series: [], editions: [], countries: [], regions: [] };
  return assembleSnapshot([], catalogue, buildSearchIndex([], catalogue), []);
}
