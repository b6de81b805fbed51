import { describe, expect, it } from "vitest";
import { answerCourse, courseHint } from "../../src/answers/course.js";
import { closestCourses, findCourses, matchSeries, parseCourseQuery } from "../../src/answers/course-match.js";
import { HOSTILE_QUERIES } from "../support/hostile-queries.js";
import { TINY_URL, emptyKnowledge, tinyKnowledge } from "../support/tiny-knowledge.js";
import type { Catalogue, KnowledgeDocument } from "../../src/knowledge/types.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { assembleSnapshot } from "../../src/snapshot/build.js";

const k = tinyKnowledge();
const keys = (query: string): string[] => answerCourse(k, query).results.map((result) => result.key);

describe("parseCourseQuery", () => {
  it.each([
    ["23rd", { ordinal: 23, rest: "" }],
    ["23", { ordinal: 23, rest: "" }],
    ["twenty-third", { ordinal: 23, rest: "" }],
    ["the Eighth", { ordinal: 8, rest: "" }],
    ["UNCAC 23", { ordinal: 23, rest: "UNCAC" }],
    ["GG 15", { ordinal: 15, rest: "GG" }],
    ["GG15", { ordinal: 15, rest: "GG" }],
    ["gg15", { ordinal: 15, rest: "GG" }],
    ["15th GG Seminar", { ordinal: 15, rest: "GG Seminar" }],
    ["one hundred and seventy-fifth international training course", { ordinal: 175, rest: "international training course" }],
    ["GG Seminar", { rest: "GG Seminar" }],
    ["women", { rest: "women" }],
    // A fiscal year is not an abbreviated edition.
    ["FY2022 Criminal Justice Training", { rest: "FY2022 Criminal Justice Training" }],
    ["fy2019 GG Seminar", { rest: "fy2019 GG Seminar" }],
    ["the 3rd FY2022 training", { ordinal: 3, rest: "FY2022 training" }],
  ])("%j → %j", (query, expected) => {
    expect(parseCourseQuery(query)).toEqual(expected);
  });
});

describe("matchSeries", () => {
  it.each([
    ["GG", ["gg-seminar"]],
    ["GG Seminar", ["gg-seminar"]],
    ["Seminar on Good Governance", ["gg-seminar"]],
    ["UNCAC", ["uncac-training-programme"]],
    ["international training course", ["international-training-course"]],
    ["training", ["uncac-training-programme", "international-training-course"]],
    ["women", []],
    ["", []],
  ])("%j → %j", (words, expected) => {
    expect(matchSeries(k, words).map((series) => series.id)).toEqual(expected);
  });
});

describe("findCourses", () => {
  it.each([
    ["GG 13", [["gg-seminar-13", "ordinal+series"]]],
    ["13th", [["gg-seminar-13", "ordinal"], ["international-training-course-13", "ordinal"]]],
    ["GG Seminar", [["gg-seminar-13", "series"]]],
    ["women", [["international-training-course-13", "theme"]]],
    ["Bangkok", [["gg-seminar-13", "full-text"]]],
    ["2019", [["gg-seminar-13", "year"], ["uncac-training-programme-22", "year"]]],
    ["GG 22", []],
  ])("%j → %j", (query, expected) => {
    expect(findCourses(k, query).map((match) => [match.view.edition.id, match.tier])).toEqual(expected);
  });
});

describe("closestCourses", () => {
  it.each([
    ["GG 99", ["13th GG Seminar"]],
    ["20th", ["22nd UNCAC training programme", "13th GG Seminar", "13th international training course"]],
  ])("%j → %j", (query, expected) => {
    expect(closestCourses(k, query, 5).map((edition) => edition.title)).toEqual(expected);
  });
});

describe("answerCourse", () => {
  it.each([
    ["22nd", ["uncac-training-programme-22"]],
    ["22", ["uncac-training-programme-22"]],
    ["twenty-second", ["uncac-training-programme-22"]],
    ["Twenty Second", ["uncac-training-programme-22"]],
    ["UNCAC 22", ["uncac-training-programme-22"]],
    ["22nd UNCAC training programme", ["uncac-training-programme-22"]],
    ["GG 13", ["gg-seminar-13"]],
    ["GG13", ["gg-seminar-13"]],
    ["13th GG Seminar", ["gg-seminar-13"]],
    ["thirteenth Regional Seminar on Good Governance", ["gg-seminar-13"]],
    ["GG Seminar", ["gg-seminar-13"]],
    ["13th", ["gg-seminar-13", "international-training-course-13"]],
    ["13th international training course", ["international-training-course-13"]],
    ["women", ["international-training-course-13"]],
    ["procurement", ["uncac-training-programme-22"]],
    ["training", ["international-training-course-13", "uncac-training-programme-22"]],
    ["uncac-training-programme-22", ["uncac-training-programme-22"]],
  ])("%j → %j", (query, expected) => {
    expect(keys(query)).toEqual(expected);
  });

  it("gives the edition's facts, each with its clause and the number of the citation quoting it", () => {
    const answer = answerCourse(k, "  22nd  ");
    expect(answer.query).toBe("22nd");
    expect(answer.found).toBe(true);
    expect(answer.message).toBeUndefined();
    const result = answer.results[0]!;
    expect(result.title).toBe("22nd UNCAC training programme");
    expect(result.description).toBe("UNCAC training programme");
    // Each fact: its value, basis, and the number of the citation quoting the sentence of its clause.
    expect(result.facts.map((fact) => [fact.label, fact.value, fact.basis, fact.evidence?.map((e) => e.ref)])).toEqual([
      ["Series", "UNCAC training programme", "stated", [1]],
      ["Theme", "Corruption in Public Procurement", "stated", [1]],
      ["Period", "September to October 2019", "stated", [1]],
      ["Format", "In person, Tokyo", "stated", [1]],
      ["Held since", "1998", "stated", [1]],
      ["Frequency", "annual", "stated", [1]],
    ]);
    // The series' sentence is in the same short passage, quoted whole once; its fact links to it.
    expect(result.facts[4]!.evidence![0]!.url).toBe(`${TINY_URL}#:~:text=Since%201998%2C%20Japan%20has%20annually%20held%20the%20UNCAC%20training%20programme.`);
    // The evidence is the clause itself (here the whole sentence, as the tiny catalogue's offsets say),
    // linked at it.
    const second = "In 2019, the 22nd UNCAC training programme on the theme of “Corruption in Public Procurement” was held in Tokyo from September to October.";
    expect(result.facts[1]!.evidence).toEqual([
      { passageId: "wp2019#p2", url: `${TINY_URL}#:~:text=In%202019%2C%20the%2022nd,from%20September%20to%20October.`, excerpt: second, start: 66, end: 66 + second.length, ref: 1 },
    ]);
    expect(result.citations.map((citation) => citation.url)).toEqual([`${TINY_URL}#:~:text=In%202019%2C%20the%2022nd,from%20September%20to%20October.`]);
    const citation = result.citations[0]!;
    expect(citation.marks.map(([start, end]) => citation.excerpt.slice(start, end))).toEqual(["22nd"]);
  });

  it("lists participants and countries as the text gives them", () => {
    const facts = answerCourse(k, "GG 13").results[0]!.facts;
    expect(facts.find((fact) => fact.label === "Participants")).toMatchObject({ label: "Participants", value: "20 participants", basis: "stated" });
    expect(facts.find((fact) => fact.label === "Countries")).toMatchObject({ label: "Countries", value: "Cambodia, Lao PDR, Viet Nam", basis: "stated" });
    expect(facts.find((fact) => fact.label === "Format")).toMatchObject({ label: "Format", value: "In person, Bangkok, Thailand", basis: "stated" });
  });

  it("says how many candidates an ambiguous query has", () => {
    expect(answerCourse(k, "13th").message).toBe("2 courses match “13th”, best first.");
  });

  it.each([
    ["99th", ["22nd UNCAC training programme", "13th GG Seminar", "13th international training course"]],
    ["GG 99", ["13th GG Seminar"]],
    ["GG 22", ["13th GG Seminar"]],
    // Words that would name a series, but name none known: not another series' edition of that number.
    ["13th Col-YF", ["13th GG Seminar", "13th international training course", "22nd UNCAC training programme"]],
    ["Treaty No. 13", ["13th GG Seminar", "13th international training course", "22nd UNCAC training programme"]],
  ])("does not find %j and suggests the closest courses %j", (query, suggestions) => {
    const answer = answerCourse(k, query);
    expect(answer).toEqual({ command: "course", query, found: false, message: `No course matches “${query}”. The closest known courses are suggested below.`, results: [], suggestions });
  });

  it.each(["", "   "])("asks what to type for %j, with the known courses", (query) => {
    expect(answerCourse(k, query)).toEqual({
      command: "course",
      query: "",
      found: false,
      message: "Type a course: an ordinal, a series name or words from its theme (for example “13th” or “GG Seminar”).",
      results: [],
      suggestions: ["13th GG Seminar", "22nd UNCAC training programme", "13th international training course"],
    });
  });

  it("answers an empty knowledge without examples", () => {
    expect(courseHint(emptyKnowledge())).toBe("Type a course: an ordinal, a series name or words from its theme.");
    expect(answerCourse(emptyKnowledge(), "23rd")).toMatchObject({ found: false, message: "No course matches “23rd”, and the knowledge lists no courses.", suggestions: [] });
  });

  it.each(HOSTILE_QUERIES)("returns a well-formed answer for hostile query %#", (query) => {
    const answer = answerCourse(k, query);
    expect(answer.command).toBe("course");
    expect(answer.query.length).toBeLessThanOrEqual(500);
    expect(answer.found || answer.message !== undefined).toBe(true);
  });
});

describe("findCourses · an ordinal the best-named series lacks", () => {
  // One programme under two names that the catalogue did not merge: its 19th edition under one, its
  // 26th under the other.
  const texts = [
    "The anti-corruption training course was held for the nineteenth time.",
    "The 26th training course on the criminal justice response to corruption opened in October.",
  ];
  const doc: KnowledgeDocument = {
    slug: "ac", file: "ac.txt", title: "Courses", year: 2024, section: "Courses",
    passages: texts.map((text, i) => ({ id: `ac#p${i + 1}`, docSlug: "ac", paragraph: i + 1, kind: "paragraph" as const, headings: [], text, noteRefs: [], line: 1 + i })),
  };
  const evidence = (n: number) => ({ passageId: `ac#p${n}`, sentence: texts[n - 1]!, start: 0, end: texts[n - 1]!.length });
  const catalogue: Catalogue = {
    series: [
      { id: "anti-corruption-training-course", name: "anti-corruption training course", aliases: [], evidence: [evidence(1)] },
      { id: "criminal-justice-response", name: "training course on the criminal justice response to corruption", aliases: [], evidence: [evidence(2)] },
    ],
    editions: [
      { id: "anti-corruption-training-course-19", seriesId: "anti-corruption-training-course", ordinal: 19, ordinalText: "nineteenth", evidence: evidence(1) },
      { id: "criminal-justice-response-26", seriesId: "criminal-justice-response", ordinal: 26, ordinalText: "26th", evidence: evidence(2) },
    ],
    countries: [],
    regions: [],
  };
  const two = assembleSnapshot([doc], catalogue, buildSearchIndex([doc], catalogue), []);

  it.each([
    // Best named: the anti-corruption course (no 26th); the other name holds 5 of the 7 words and has one.
    ["26th anti-corruption criminal justice training course", [["criminal-justice-response-26", "ordinal+series"]]],
    ["19th anti-corruption training course", [["anti-corruption-training-course-19", "ordinal+series"]]],
    // The other name holds too few of the words ("corruption", "course": 2 of 4): not that course.
    ["26th anti-corruption course", []],
    // No series has a 30th.
    ["30th anti-corruption criminal justice training course", []],
  ])("%j → %j", (query, expected) => {
    expect(findCourses(two, query).map((match) => [match.view.edition.id, match.tier])).toEqual(expected);
  });
});
