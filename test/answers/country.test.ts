import type { AnswerResult } from "../../src/answers/types.js";
import { describe, expect, it } from "vitest";
import { answerCountry, MAX_COUNTRY_RESULTS } from "../../src/answers/country.js";
import { buildSnapshot } from "../../src/snapshot/build.js";
import { documentFromParagraphs } from "../support/documents.js";
import { HOSTILE_QUERIES } from "../support/hostile-queries.js";
import { emptyKnowledge, tinyKnowledge } from "../support/tiny-knowledge.js";

const k = tinyKnowledge();
const LISTED = ["Cambodia", "Lao PDR", "Viet Nam", "Japan", "Thailand", "Myanmar"];

describe("answerCountry", () => {
  it.each([
    ["Viet Nam", ["gg-seminar-13"]],
    ["Vietnam", ["gg-seminar-13"]],
    ["VNM", ["gg-seminar-13"]],
    ["viet nam", ["gg-seminar-13"]],
    ["Laos", ["gg-seminar-13"]],
    ["Lao PDR", ["gg-seminar-13"]],
    ["Lao People's Democratic Republic", ["gg-seminar-13"]],
    ["Cambodia", ["gg-seminar-13"]],
    ["Thailand", ["THA@wp2019#p1"]],
    ["Japan", ["JPN@wp2019#p1", "JPN@wp2019#p2"]],
    ["Myanmar", ["MMR@wp2019#p3"]],
    ["Burma", ["MMR@wp2019#p3"]],
  ])("%j → %j", (query, keys) => {
    const answer = answerCountry(k, query);
    expect(answer.found).toBe(true);
    expect(answer.results.map((result) => result.key)).toEqual(keys);
  });

  it("gives the edition a country took part in, with its role and the sentence naming it", () => {
    const result = answerCountry(k, "Vietnam").results[0]!;
    expect(result.title).toBe("13th GG Seminar");
    expect(result.description).toBe("Viet Nam took part");
    expect(result.facts[0]).toMatchObject({ label: "Role", value: "participant", basis: "stated", evidence: [{ passageId: "wp2019#p1", ref: 1 }] });
    // One citation: the sentence saying it took part, in a short passage quoted whole (with the series' sentence).
    expect(result.citations.map((citation) => decodeURIComponent(citation.url!.split("#:~:text=")[1]!).slice(0, 17))).toEqual(["In December 2019,"]);
    expect(result.facts.map((fact) => `${fact.label} ${fact.evidence?.map((e) => e.ref).join()}`)).toEqual([
      "Role 1", "Series 1", "Theme 1", "Period 1", "Format 1", "Participants 1", "Countries 1", "Held since 1", "Frequency 1",
    ]);
    const citation = result.citations[0]!;
    expect(citation.marks.map(([start, end]) => citation.excerpt.slice(start, end))).toEqual(["Viet", "Nam"]);
  });

  it("gives a passage that only mentions a country, with that role and never as a participation", () => {
    const answer = answerCountry(k, "Japan");
    const role = (result: AnswerResult) => result.facts.map((fact) => [fact.label, fact.value, fact.basis, fact.evidence?.map((e) => [e.excerpt.slice(0, 12), e.ref])]);
    expect(answer.results.map((result) => [result.title, result.description, role(result)])).toEqual([
      ["¶1 · ● Japan’s Efforts", "Japan: donor and organiser", [["Role", "donor and organiser", "stated", [["Japan has he", 1]]]]],
      ["¶2 · ● Japan’s Efforts", "Japan: donor and organiser", [["Role", "donor and organiser", "stated", [["Since 1998, ", 1]]]]],
    ]);
    expect(role(answerCountry(k, "Myanmar").results[0]!)).toEqual([["Role", "mentioned", "stated", [["Japan also s", 1]]]]);
  });

  it("says a real country the knowledge does not name is not listed, and names those listed", () => {
    expect(answerCountry(k, "Peru")).toEqual({
      command: "country",
      query: "Peru",
      found: false,
      message: `Peru is not listed in the knowledge: no passage names it, so nothing about it can be shown. Countries listed: ${LISTED.join(", ")}.`,
      results: [],
      suggestions: LISTED,
    });
  });

  it.each([
    ["Cambodai", "Cambodia"],
    ["Veitnam", "Viet Nam"],
    ["Malaysai", "Malaysia"],
  ])("suggests %j → %j (did you mean)", (query, first) => {
    const answer = answerCountry(k, query);
    expect(answer.found).toBe(false);
    expect(answer.message).toMatch(new RegExp(`^No country is called “${query}”\\. Did you mean ${first}`));
    expect(answer.suggestions[0]).toBe(first);
  });

  it("says a non-country string is not a country name", () => {
    expect(answerCountry(k, "hello world!")).toEqual({
      command: "country",
      query: "hello world!",
      found: false,
      message: "“hello world!” is not a country name. Type a country name, for example “Cambodia”; other spellings and ISO codes work too.",
      results: [],
      suggestions: LISTED,
    });
  });

  it("answers a region the knowledge names with its passages", () => {
    const answer = answerCountry(k, "Southeast Asia");
    expect(answer.found).toBe(true);
    expect(answer.message).toBe("Southeast Asia is a region, not a country; these passages name it.");
    expect(answer.results.map((result) => result.key)).toEqual(["region@wp2019#p1"]);
  });

  it("asks for a name on an empty query", () => {
    expect(answerCountry(k, " ")).toMatchObject({ found: false, query: "", message: "Type a country name, for example “Cambodia”; other spellings and ISO codes work too.", suggestions: LISTED });
  });

  it("says not listed on an empty knowledge", () => {
    expect(answerCountry(emptyKnowledge(), "Viet Nam")).toMatchObject({ found: false, message: "Vietnam is not listed in the knowledge: no passage names any country.", suggestions: [] });
  });

  it.each(HOSTILE_QUERIES)("returns a well-formed answer for hostile query %#", (query) => {
    const answer = answerCountry(k, query);
    expect(answer.command).toBe("country");
    expect(answer.found || answer.message !== undefined).toBe(true);
  });
});

const paragraphs = Array.from({ length: MAX_COUNTRY_RESULTS + 5 }, (_, i) => `Paragraph ${i + 1} says that Thailand hosted a meeting.`);
const many = await buildSnapshot([documentFromParagraphs("many", paragraphs, { title: "White Paper 2019", year: 2019 })], []);
const few = await buildSnapshot([documentFromParagraphs("few", paragraphs.slice(0, MAX_COUNTRY_RESULTS), { title: "White Paper 2019", year: 2019 })], []);

describe("answerCountry · a country named in more sentences than are shown", () => {

  it("shows the first MAX_COUNTRY_RESULTS, one quote each, and says how often it is named", () => {
    const answer = answerCountry(many, "Thailand");
    expect(answer.results.map((result) => result.key)).toEqual(Array.from({ length: MAX_COUNTRY_RESULTS }, (_, i) => `THA@many#p${i + 1}`));
    expect(answer.results.every((result) => result.citations.length === 1)).toBe(true);
    expect(answer.message).toBe(`Thailand is named ${MAX_COUNTRY_RESULTS + 5} times in the knowledge; the first ${MAX_COUNTRY_RESULTS} results are shown.`);
  });

  it("says nothing more when every sentence fits", () => {
    expect(answerCountry(few, "Thailand")).toMatchObject({ found: true, results: { length: MAX_COUNTRY_RESULTS } });
    expect(answerCountry(few, "Thailand").message).toBeUndefined();
  });
});
