// /ask quotes the sentence that holds the answer (rare words weigh more than the subject's name), and
// merges near-duplicate passages (the same paragraph in several years' documents) into one result.
import { describe, expect, it } from "vitest";
import { answerAsk } from "../../src/answers/ask.js";
import { groupNearDuplicates } from "../../src/answers/passage-result.js";
import type { Snapshot } from "../../src/snapshot/snapshot.js";
import type { Catalogue, KnowledgeDocument } from "../../src/knowledge/types.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { assembleSnapshot } from "../../src/snapshot/build.js";

const ALUMNI = "Every year the Kestrel Forum invites its alumni to a network meeting where former participants share how they applied what they learned, and the institute publishes their reports on its website for practitioners in the region.";

function doc(slug: string, year: number, texts: string[]): KnowledgeDocument {
  return {
    slug,
    file: `${slug}.txt`,
    title: `Forum Report ${year}`,
    year,
    section: "Forum",
    url: `https://example.org/${slug}.html`,
    passages: texts.map((text, i) => ({ id: `${slug}#p${i + 1}`, docSlug: slug, paragraph: i + 1, kind: "paragraph", headings: ["Forum"], text, noteRefs: [], line: 1 + i })),
  };
}

const DOCUMENTS = [
  doc("r2020", 2020, [
    // The subject's name in every sentence; the answer word ("opened") in one that names it least.
    "The Kestrel Forum met in Osaka. The Kestrel Forum discussed prison reform with Kestrel Forum alumni. The forum was opened by the Vice-Minister of Justice. The Kestrel Forum closed with a report.",
    "The Kestrel Forum is held every year.",
    ALUMNI,
  ]),
  doc("r2021", 2021, ["The Kestrel Forum was held online.", ALUMNI.replace("Every year", "Each year")]),
];
const CATALOGUE: Catalogue = { series: [], editions: [], countries: [], regions: [] };
const k: Snapshot = assembleSnapshot(DOCUMENTS, CATALOGUE, buildSearchIndex(DOCUMENTS, CATALOGUE), []);

describe("answerAsk · the quoted sentence", () => {
  it("GIVEN the subject's name in many sentences and the answer word in one THEN that sentence is the one linked", () => {
    const first = answerAsk(k, "who opened the Kestrel Forum").results[0]!;
    expect(first.key).toBe("r2020#p1");
    expect(decodeURIComponent(first.citations[0]!.url!.split("#:~:text=")[1]!)).toBe("The forum was opened by the Vice-Minister of Justice.");
  });

  it("GIVEN a rarer word beside the subject’s name THEN the sentence holding it", () => {
    const first = answerAsk(k, "Kestrel Forum prison").results[0]!;
    expect(decodeURIComponent(first.citations[0]!.url!.split("#:~:text=")[1]!)).toBe("The Kestrel Forum discussed prison reform with Kestrel Forum alumni.");
  });
});

describe("answerAsk · near-duplicates", () => {
  it("GIVEN the same paragraph in two years' documents THEN one result, listing the other source", () => {
    const results = answerAsk(k, "alumni network meeting").results;
    const merged = results.filter((result) => result.alsoIn);
    expect(merged.map((result) => [result.key, result.alsoIn!.map((source) => [source.passageId, source.documentTitle, source.paragraph])])).toEqual([
      ["r2020#p3", [["r2021#p2", "Forum Report 2021", 2]]],
    ]);
    expect(results.map((result) => result.key)).not.toContain("r2021#p2");
  });

  it("groups hits by text, keeping different passages apart", () => {
    const hit = (passageId: string) => ({ passageId, score: 1, terms: [] });
    expect(groupNearDuplicates(k, [hit("r2020#p3"), hit("r2020#p2"), hit("r2021#p2"), hit("r2021#p1"), hit("missing#p1")]).map((group) => group.map((h) => h.passageId))).toEqual([
      ["r2020#p3", "r2021#p2"],
      ["r2020#p2"],
      ["r2021#p1"],
    ]);
  });

  it.each([
    [1, [["r2020#p3", "r2021#p2"]]],
    [2, [["r2020#p3", "r2021#p2"], ["r2020#p2"]]],
  ])("GIVEN at most %i groups THEN later hits join those or are left out: %j", (maxGroups, expected) => {
    const hit = (passageId: string) => ({ passageId, score: 1, terms: [] });
    expect(groupNearDuplicates(k, [hit("r2020#p3"), hit("r2020#p2"), hit("r2021#p2"), hit("r2021#p1")], maxGroups).map((group) => group.map((h) => h.passageId))).toEqual(expected);
  });
});
