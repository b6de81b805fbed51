import { describe, expect, it } from "vitest";
import { generateCorpus, PARAGRAPH_WORDS } from "../../bench/generate.js";
import { parseTextDocument } from "../../src/knowledge/parse-text.js";
import { slugFromPath } from "../../src/knowledge/slug.js";

/** Distinct lower-case words, as the benchmark counts vocabulary. */
function distinctWords(texts: readonly string[]): number {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(word);
  return words.size;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

describe("generateCorpus", () => {
  const small = generateCorpus({ passages: 400, seed: 7 });
  const parsed = small.documents.map((d) => parseTextDocument(d.text, { slug: slugFromPath(d.file), file: d.file }));

  it("GIVEN the same seed THEN the same text, byte for byte", () => {
    expect(generateCorpus({ passages: 400, seed: 7 })).toEqual(small);
  });

  it("GIVEN another seed THEN other text", () => {
    expect(generateCorpus({ passages: 400, seed: 8 }).documents[0]!.text).not.toBe(small.documents[0]!.text);
  });

  it("GIVEN 400 passages THEN the real parser finds exactly 400, without warnings", () => {
    expect(small.passageCount).toBe(400);
    expect(parsed.flatMap((p) => p.warnings)).toEqual([]);
    expect(parsed.reduce((n, p) => n + (p.document?.passages.length ?? 0), 0)).toBe(400);
  });

  it("GIVEN any document THEN it is laid out like the seed: title with a year, subtitle, blank line, a (n) heading", () => {
    const layout = small.documents.filter((d) => !/^White Paper on Development Cooperation \d{4}\nJapan's International Cooperation\n\n\(\d\) \S/.test(d.text));
    expect(layout.map((d) => d.file)).toEqual([]);
    expect(parsed.map((p) => p.document?.year).every((year) => year !== undefined && year >= 1996 && year <= 2023)).toBe(true);
  });

  it("GIVEN the paragraphs THEN each has 60–200 words, with and without note markers", () => {
    const paragraphs = parsed.flatMap((p) => p.document?.passages.filter((passage) => passage.kind === "paragraph") ?? []);
    const outside = paragraphs.map((p) => wordCount(p.text)).filter((n) => n < 60 || n > 200);
    expect(outside).toEqual([]);
    // Raw paragraph lines (markers included): long lines that are not indented note lines.
    const raw = small.documents.flatMap((d) => d.text.split("\n").filter((line) => !line.startsWith(" ") && wordCount(line) > 30));
    expect(raw.map(wordCount).filter((n) => n < PARAGRAPH_WORDS.min || n > 200)).toEqual([]);
  });

  it("GIVEN notes THEN every note is referenced by a marker in the text", () => {
    const documents = parsed.flatMap((p) => (p.document ? [p.document] : []));
    const notes = documents.flatMap((d) => d.passages.filter((p) => p.kind === "note").map((p) => `${d.slug} ${p.noteLabel}`));
    const refs = new Set(documents.flatMap((d) => d.passages.flatMap((p) => p.noteRefs.map((ref) => `${d.slug} ${ref}`))));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((note) => !refs.has(note))).toEqual([]);
  });

  it("GIVEN editions THEN each is written in its document with its ordinal, series and quoted theme", () => {
    expect(small.editions.length).toBeGreaterThan(20);
    const bySlug = new Map(small.documents.map((d) => [d.slug, d.text]));
    const missing = small.editions.filter((e) => {
      const text = bySlug.get(e.docSlug) ?? "";
      return !text.includes(`${e.ordinalText} ${e.series.reference}`) || !text.includes(`“${e.theme}”`);
    });
    expect(missing).toEqual([]);
  });

  it("GIVEN 10k passages THEN more than 30,000 distinct words and 40 series", () => {
    const corpus = generateCorpus({ passages: 10_000, seed: 1 });
    expect(distinctWords(corpus.documents.map((d) => d.text))).toBeGreaterThan(30_000);
    expect(corpus.series.length).toBe(40);
  });
});
