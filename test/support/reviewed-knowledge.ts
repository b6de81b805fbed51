// A hand-built Snapshot whose evidence is clause-level (offsets narrower than the sentence, as the
// rewritten extractor gives them) and whose catalogue has what a review must show: conflicting
// values, an inferred year, an edition's own organiser beside the series' standing one, and
// countries in another role than participant.
import type { Snapshot } from "../../src/snapshot/snapshot.js";
import { splitSentences } from "../../src/knowledge/sentences.js";
import type { Catalogue, Evidence, KnowledgeDocument } from "../../src/knowledge/types.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { assembleSnapshot } from "../../src/snapshot/build.js";

export const REVIEWED_URL = "https://example.org/drug-seminar.html";

const TEXTS = [
  "The Drug Seminar is organised every year by UNAFEI.",
  "The 9th Drug Seminar on “Treatment of Drug Offenders” was co-hosted with the Ministry of Justice of Nepal. It gathered 24 participants from Nepal and Sri Lanka, and lecturers from Thailand gave talks.",
  "A later report states that the 9th Drug Seminar had 25 participants.",
];

export const REVIEWED_DOCUMENT: KnowledgeDocument = {
  slug: "drugs",
  file: "drugs.txt",
  title: "Drug Seminar Report 2019",
  year: 2019,
  section: "Seminars",
  url: REVIEWED_URL,
  passages: TEXTS.map((text, i) => ({ id: `drugs#p${i + 1}`, docSlug: "drugs", paragraph: i + 1, kind: "paragraph", headings: ["Seminars"], text, noteRefs: [], line: 3 + 2 * i })),
};

/** Evidence for the clause `words` of paragraph p (1-based): its offsets, and the sentence holding it. */
export function clause(p: number, words: string): Evidence {
  const passage = REVIEWED_DOCUMENT.passages[p - 1]!;
  const start = passage.text.indexOf(words);
  if (start < 0) throw new Error(`no “${words}” in ¶${p}`);
  const sentence = splitSentences(passage.text).find((s) => s.start <= start && start < s.end)!;
  return { passageId: passage.id, sentence: sentence.text, start, end: start + words.length };
}

const INTRO = clause(2, "The 9th Drug Seminar on “Treatment of Drug Offenders”");

export const REVIEWED_CATALOGUE: Catalogue = {
  series: [
    {
      id: "drug-seminar",
      name: "Drug Seminar",
      aliases: [],
      organiser: { value: "UNAFEI", evidence: clause(1, "organised every year by UNAFEI"), basis: "stated" },
      frequency: { value: "annual", evidence: clause(1, "organised every year"), basis: "stated" },
      evidence: [clause(1, "The Drug Seminar is organised every year")],
    },
  ],
  editions: [
    {
      id: "drug-seminar-9",
      seriesId: "drug-seminar",
      ordinal: 9,
      ordinalText: "9th",
      evidence: INTRO,
      theme: { value: "Treatment of Drug Offenders", evidence: INTRO, basis: "stated" },
      participants: {
        value: { count: 24 },
        evidence: clause(2, "It gathered 24 participants from Nepal and Sri Lanka"),
        basis: "stated",
        conflicts: [{ value: { count: 25 }, evidence: clause(3, "the 9th Drug Seminar had 25 participants") }],
      },
      countries: { value: ["NPL", "LKA"], evidence: clause(2, "It gathered 24 participants from Nepal and Sri Lanka"), basis: "stated" },
      organiser: { value: "Ministry of Justice of Nepal", evidence: clause(2, "was co-hosted with the Ministry of Justice of Nepal"), basis: "stated" },
      // No period and no year in the text: the year is the document's.
      year: 2019,
      yearBasis: "inferred",
      mentions: [INTRO, clause(3, "the 9th Drug Seminar")],
    },
  ],
  countries: [
    { code: "NPL", asWritten: "Nepal", role: "participant", editionId: "drug-seminar-9", evidence: clause(2, "It gathered 24 participants from Nepal and Sri Lanka") },
    { code: "LKA", asWritten: "Sri Lanka", role: "participant", editionId: "drug-seminar-9", evidence: clause(2, "It gathered 24 participants from Nepal and Sri Lanka") },
    { code: "THA", asWritten: "Thailand", role: "expert", editionId: "drug-seminar-9", evidence: clause(2, "lecturers from Thailand gave talks") },
  ],
  regions: [],
};

export function reviewedKnowledge(): Snapshot {
  return assembleSnapshot([REVIEWED_DOCUMENT], REVIEWED_CATALOGUE, buildSearchIndex([REVIEWED_DOCUMENT], REVIEWED_CATALOGUE), []);
}
