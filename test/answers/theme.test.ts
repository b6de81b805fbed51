import { describe, expect, it } from "vitest";
import { answerTheme, holdsEveryWord } from "../../src/answers/theme.js";
import { searchTerms } from "../../src/search/options.js";
import type { Catalogue, KnowledgeDocument } from "../../src/knowledge/types.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { assembleSnapshot } from "../../src/snapshot/build.js";
import { HOSTILE_QUERIES } from "../support/hostile-queries.js";
import { emptyKnowledge, tinyKnowledge } from "../support/tiny-knowledge.js";

const k = tinyKnowledge();
const THEMES = ["Regional Cooperation against Corruption", "Corruption in Public Procurement", "Women in Criminal Justice"];

describe("answerTheme", () => {
  it.each([
    ["women", ["international-training-course-13"]],
    ["Women Offenders", ["international-training-course-13"]],
    ["procurement", ["uncac-training-programme-22"]],
    ["procurment", ["uncac-training-programme-22"]],
    ["corruption", ["gg-seminar-13", "uncac-training-programme-22"]],
    ["graduates", ["wp2019#p4"]],
  ])("%j → %j (editions by theme, then other passages)", (query, keys) => {
    expect(answerTheme(k, query).results.map((result) => result.key)).toEqual(keys);
  });

  it("describes a matching edition by its theme and marks the theme words", () => {
    const result = answerTheme(k, "women").results[0]!;
    expect(result.title).toBe("13th international training course");
    expect(result.description).toBe("Theme: Women in Criminal Justice");
    const citation = result.citations[0]!;
    expect(citation.marks.map(([start, end]) => citation.excerpt.slice(start, end))).toEqual(["Women"]);
  });

  it("quotes first the sentence that states each edition's theme (then its other facts', here in the same short passage)", () => {
    const results = answerTheme(k, "corruption").results;
    expect(results.map((result) => result.citations.map((citation) => citation.passageId))).toEqual([["wp2019#p1"], ["wp2019#p2"]]);
    expect(results.map((result) => result.facts.find((fact) => fact.label === "Theme")?.evidence?.[0]?.ref)).toEqual([1, 1]);
    expect(results.map((result) => result.citations[0]!.excerpt)).toEqual([
      expect.stringContaining("Regional Cooperation against Corruption"),
      expect.stringContaining("Corruption in Public Procurement"),
    ]);
  });

  it("does not repeat a passage already cited by an edition", () => {
    const keys = answerTheme(k, "Bangkok corruption").results.map((result) => result.key);
    expect(keys).toEqual(["gg-seminar-13", "uncac-training-programme-22"]);
  });

  it.each([
    ["zzzqqq", "No theme or passage matches “zzzqqq”. Known themes are suggested below."],
    ["", "Type words from a course theme, for example “cooperation”."],
    ["the of", "“the of” has no word to look for. Type words from a course theme, for example “cooperation”."],
  ])("is not found for %j", (query, message) => {
    expect(answerTheme(k, query)).toEqual({ command: "theme", query, found: false, message, results: [], suggestions: THEMES });
  });

  it("answers an empty knowledge", () => {
    expect(answerTheme(emptyKnowledge(), "women")).toMatchObject({ found: false, suggestions: [] });
  });

  it.each(HOSTILE_QUERIES)("returns a well-formed answer for hostile query %#", (query) => {
    const answer = answerTheme(k, query);
    expect(answer.command).toBe("theme");
    expect(answer.found || answer.message !== undefined).toBe(true);
  });
});

describe("holdsEveryWord", () => {
  it.each([
    ["Collaboration with Civil Society", "civil society"],
    ["Treatment of Drug Offenders", "drugs offender"],
    ["Effective Measures in a Digitalised World", "digitali world"],
    ["Women in Criminal Justice", "women"],
    // One word: the search found it, whatever form it matched.
    ["Women in Criminal Justice", "womn"],
  ])("%j holds every word of %j", (theme, query) => {
    expect(holdsEveryWord(theme, searchTerms(query))).toBe(true);
  });

  it.each([
    ["new threats in a highly digitalised, globalised society", "civil society"],
    ["Corruption in Public Procurement", "public procurement fraud"],
    // A word inside another is not a word it begins.
    ["Regional Cooperation", "operation regional"],
  ])("%j does not hold every word of %j", (theme, query) => {
    expect(holdsEveryWord(theme, searchTerms(query))).toBe(false);
  });
});

describe("answerTheme · every word before some", () => {
  // Two editions whose themes share one word of "civil society"; a passage on an unnumbered course
  // holds both.
  const texts = [
    "The 3rd Egret Course took up the theme of “Society and Crime”.",
    "The 4th Egret Course took up the theme of “Civil Society and Crime Prevention”.",
    "An unnumbered course held last year dealt with “Partnership with Civil Society”.",
    "The 5th Egret Course took up the theme of “A Safer Society”.",
  ];
  const doc: KnowledgeDocument = {
    slug: "egret", file: "egret.txt", title: "Egret Courses", year: 2020, section: "Egret", url: "https://example.org/egret.html",
    passages: texts.map((text, i) => ({ id: `egret#p${i + 1}`, docSlug: "egret", paragraph: i + 1, kind: "paragraph" as const, headings: ["Egret"], text, noteRefs: [], line: 1 + i })),
  };
  const evidence = (n: number) => ({ passageId: `egret#p${n}`, sentence: texts[n - 1]!, start: 0, end: texts[n - 1]!.length });
  const edition = (n: number, ordinal: number) => ({ id: `egret-${ordinal}`, seriesId: "egret", ordinal, ordinalText: `${ordinal}th`, evidence: evidence(n), theme: { value: /“(.*)”/.exec(texts[n - 1]!)![1]!, evidence: evidence(n), basis: "stated" as const } });
  const catalogue = (editions: Catalogue["editions"]): Catalogue => ({ series: [{ id: "egret", name: "Egret Course", aliases: [], evidence: [evidence(1)] }], editions, countries: [], regions: [] });
  const knowledge = (editions: Catalogue["editions"]) => assembleSnapshot([doc], catalogue(editions), buildSearchIndex([doc], catalogue(editions)), []);

  it("GIVEN an edition whose theme holds every word THEN the editions first, the passage after them", () => {
    const keys = answerTheme(knowledge([edition(1, 3), edition(2, 4)]), "civil society").results.map((result) => result.key);
    expect(keys).toEqual(["egret-4", "egret-3", "egret#p3"]);
  });

  it("GIVEN no theme with every word and a passage with all of them THEN the passage first, then the partial themes", () => {
    const keys = answerTheme(knowledge([edition(1, 3), edition(4, 5)]), "civil society").results.map((result) => result.key);
    expect(keys).toEqual(["egret#p3", "egret#p2", "egret-3", "egret-5"]);
  });

  it("GIVEN an edition whose theme another source words differently THEN either wording finds it, before the passage", () => {
    const worded = { ...edition(1, 3), theme: { ...edition(1, 3).theme, conflicts: [{ value: "Civil Society and Crime", evidence: evidence(2) }] } };
    const keys = answerTheme(knowledge([worded, edition(4, 5)]), "civil society").results.map((result) => result.key);
    expect(keys[0]).toBe("egret-3");
    expect(keys).toContain("egret#p3");
  });

  it("GIVEN one word THEN the editions first, as the theme search orders them", () => {
    const keys = answerTheme(knowledge([edition(1, 3), edition(4, 5)]), "society").results.map((result) => result.key);
    expect(keys.slice(0, 2)).toEqual(["egret-3", "egret-5"]);
  });
});

describe("answerTheme · a quoted theme before a passage that only uses the words", () => {
  const texts = [
    "Terrorism and organised crime cross borders; organised crime and terrorism grow together, and terrorism funds crime.",
    "This year the course takes as its main theme “responses to organised crime and terrorism”.",
    "Another course took up “organised crime” alone.",
  ];
  const doc: KnowledgeDocument = {
    slug: "heron", file: "heron.txt", title: "Heron Courses", year: 2020, section: "Heron",
    passages: texts.map((text, i) => ({ id: `heron#p${i + 1}`, docSlug: "heron", paragraph: i + 1, kind: "paragraph" as const, headings: [], text, noteRefs: [], line: 1 + i })),
  };
  const empty: Catalogue = { series: [], editions: [], countries: [], regions: [] };
  const k2 = assembleSnapshot([doc], empty, buildSearchIndex([doc], empty), []);
  const keys = (query: string): string[] => answerTheme(k2, query).results.map((result) => result.key);

  it("GIVEN a quote holding every word THEN that passage first", () => {
    expect(keys("organised crime and terrorism")[0]).toBe("heron#p2");
  });

  it("GIVEN quotes that hold only some of the words THEN the passage that holds them all stays first", () => {
    expect(keys("organised crime terrorism borders")[0]).toBe("heron#p1");
  });
});
