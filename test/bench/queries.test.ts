import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate.js";
import { buildQueryMix, labelledQuestions, typo } from "../../bench/queries.js";
import { createRandom } from "../../bench/random.js";
import { parseTextDocument } from "../../src/knowledge/parse-text.js";
import { slugFromPath } from "../../src/knowledge/slug.js";
import type { KnowledgeDocument } from "../../src/knowledge/types.js";

const corpus = generateCorpus({ passages: 500, seed: 3 });
const documents = corpus.documents.flatMap((d) => parseTextDocument(d.text, { slug: slugFromPath(d.file), file: d.file }).document ?? []);

describe("typo", () => {
  it.each(["cooperation", "Cambodia", "governance"])("GIVEN %s THEN one edit away, never the word itself", (word) => {
    const random = createRandom(1);
    for (let i = 0; i < 50; i++) {
      const changed = typo(word, random);
      expect(changed).not.toBe(word);
      expect(Math.abs(changed.length - word.length)).toBeLessThanOrEqual(1);
    }
  });

  it.each(["GG", "the", "UN"])("GIVEN the short word %s THEN unchanged", (word) => {
    expect(typo(word, createRandom(1))).toBe(word);
  });
});

describe("buildQueryMix", () => {
  const options = { seed: 3, perCommand: 120, labelled: 60 };
  const mix = buildQueryMix(corpus, documents, options);

  it("GIVEN the same corpus and seed THEN the same queries", () => {
    expect(buildQueryMix(corpus, documents, options)).toEqual(mix);
  });

  it("GIVEN perCommand 120 THEN 120 queries per command and 120 autocomplete partials", () => {
    expect([mix.course.length, mix.country.length, mix.theme.length, mix.ask.length, mix.autocomplete.length]).toEqual([120, 120, 120, 120, 120]);
  });

  it("GIVEN the mix THEN the labelled questions open the /ask queries", () => {
    expect(mix.labelled.length).toBe(60);
    expect(mix.ask.slice(0, 60)).toEqual(mix.labelled.map((q) => q.question));
  });

  it("GIVEN the mix THEN it holds misses as well as hits", () => {
    expect(mix.country.filter((q) => corpus.countryNames.includes(q)).length).toBeGreaterThan(20);
    expect(mix.country.filter((q) => !corpus.countryNames.some((name) => name.toLowerCase().startsWith(q.toLowerCase().slice(0, 3)))).length).toBeGreaterThan(5);
  });
});

describe("labelledQuestions", () => {
  it("GIVEN parsed documents THEN every question points at a paragraph that exists", () => {
    const questions = labelledQuestions(documents, createRandom(9), 40);
    const paragraphs = new Set(documents.flatMap((d: KnowledgeDocument) => d.passages.filter((p) => p.kind === "paragraph").map((p) => p.id)));
    expect(questions.length).toBe(40);
    expect(questions.filter((q) => !paragraphs.has(q.passageId))).toEqual([]);
  });
});
