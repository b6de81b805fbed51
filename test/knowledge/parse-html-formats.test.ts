// The same facts as plain text, Markdown, an HTML page and a PDF give the same documents, the same
// catalogue and the same /course answers, apart from the locators (file lines; a PDF's pages and the
// #page= links citing them; for a table, passage ids, paragraph numbers and section paths, since a
// plain-text header row is a heading line and an HTML or PDF header row a passage). The PDFs are laid
// out from the plain text by test/support/pdf-layout.ts.
import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerCourse } from "../../src/answers/index.js";
import { loadSnapshot } from "../../src/snapshot/load.js";
import type { Snapshot } from "../../src/snapshot/snapshot.js";
import { layoutPdf, textToPdfBlocks } from "../support/pdf-layout.js";
import { SEED_TEXT } from "./seed.js";

const SEED_URL = "https://www.mofa.go.jp/policy/oda/white/2021/html/honbun/b2/s2_1_2.html";
const fixture = (name: string): URL => new URL(`../fixtures/html/${name}`, import.meta.url);
const RECORD_TEXT = readFileSync(fixture("record.txt"), "utf8");

/** Each format in a folder of its own, under the same file stem, so slugs and passage ids can match. */
const FORMATS: Record<string, Record<string, Record<string, string | URL | Uint8Array>>> = {
  seed: {
    txt: { "seed.txt": SEED_TEXT, "seed.meta.yml": `url: ${SEED_URL}\n` },
    md: { "seed.md": fixture("seed.md") },
    html: { "seed.html": fixture("seed.html") },
    // Two pages: the seed's last paragraphs and its note go over to the second.
    pdf: { "seed.pdf": layoutPdf(textToPdfBlocks(SEED_TEXT), "White Paper on Development Cooperation 2021", { compress: true }), "seed.meta.yml": `url: ${SEED_URL}\n` },
  },
  record: {
    txt: { "record.txt": fixture("record.txt") },
    html: { "record.html": fixture("record.html") },
    pdf: { "record.pdf": layoutPdf(textToPdfBlocks(RECORD_TEXT), "Record of Regional Seminars 2040-2042") },
  },
};

// "section" too: a plain-text header row is a heading line, so its rows' section path ends with it,
// while in HTML the header row is a passage and the rows sit under the page's own headings.
const LOCATORS = new Set(["line", "file", "passageId", "paragraph", "id", "section"]);
/** A PDF's passages have pages, and its citations link to them (`#page=1`) instead of to the text. */
const PAGE_LOCATORS = new Set(["page", "url"]);
/** The value without its locators (keys that say where rather than what). */
function withoutLocators(value: unknown, locators: ReadonlySet<string> = LOCATORS): unknown {
  if (Array.isArray(value)) return value.map((inner) => withoutLocators(inner, locators));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !locators.has(key)).map(([key, inner]) => [key, withoutLocators(inner, locators)]));
}

let root: string;
const snapshots = new Map<string, Snapshot>();

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "formats-"));
  for (const [facts, formats] of Object.entries(FORMATS)) {
    for (const [format, files] of Object.entries(formats)) {
      const dir = path.join(root, facts, format);
      await fs.mkdir(dir, { recursive: true });
      for (const [name, content] of Object.entries(files)) await fs.writeFile(path.join(dir, name), content instanceof URL ? await fs.readFile(content) : content);
      snapshots.set(`${facts}/${format}`, (await loadSnapshot(dir)).snapshot);
    }
  }
}, 60_000);

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const snapshot = (facts: string, format: string): Snapshot => snapshots.get(`${facts}/${format}`)!;

// Every form loads without a warning, or the comparisons below would be of a damaged document.
it.each(Object.entries(FORMATS).flatMap(([facts, formats]) => Object.keys(formats).map((format) => `${facts}/${format}`)))("GIVEN %s THEN no warnings", (key) => {
  expect(snapshots.get(key)!.warnings).toEqual([]);
});

describe("the seed as .txt, .md, .html and .pdf", () => {
  it.each(["md", "html"])("GIVEN the seed as .%s THEN the same document, passage for passage, ids included", (format) => {
    const strip = (k: Snapshot) => k.documents.map(({ file: _file, passages, ...document }) => ({ ...document, passages: passages.map(({ line: _line, ...passage }) => passage) }));
    expect(strip(snapshot("seed", format))).toEqual(strip(snapshot("seed", "txt")));
    expect(snapshot("seed", format).warnings).toEqual([]);
  });

  it("GIVEN the seed as .pdf THEN the same passages, ids included, each with its page; no subtitle (a PDF gives none)", () => {
    const strip = (k: Snapshot) => k.documents.map(({ file: _file, subtitle: _subtitle, passages, ...document }) => ({ ...document, passages: passages.map(({ line: _line, page: _page, ...passage }) => passage) }));
    expect(strip(snapshot("seed", "pdf"))).toEqual(strip(snapshot("seed", "txt")));
    expect(snapshot("seed", "pdf").documents[0]!.passages.map((passage) => passage.page)).toEqual([1, 1, 1, 1, 1, 2, 2]);
  });

  it.each(["md", "html", "pdf"])("GIVEN the seed as .%s THEN the same catalogue", (format) => {
    expect(snapshot("seed", format).catalogue).toEqual(snapshot("seed", "txt").catalogue);
    expect(snapshot("seed", "txt").catalogue.editions.length).toBeGreaterThanOrEqual(4);
  });

  it.each(["md", "html", "pdf"].flatMap((format) => ["23rd", "15th GG Seminar", "GG Seminar", "176th", "UNCAC"].map((query) => [format, query])))(
    "GIVEN the seed as .%s THEN /course %s answers as from .txt (a PDF's citing its pages)",
    (format, query) => {
      const expected = answerCourse(snapshot("seed", "txt"), query);
      expect(expected.found).toBe(true);
      const answer = answerCourse(snapshot("seed", format), query);
      if (format !== "pdf") expect(answer).toEqual(expected);
      else {
        expect(withoutLocators(answer, PAGE_LOCATORS)).toEqual(withoutLocators(expected, PAGE_LOCATORS));
        expect(answer.results[0]!.citations.map((citation) => citation.url)).toEqual(expected.results[0]!.citations.map((citation) => `${SEED_URL}#page=${citation.paragraph <= 5 ? 1 : 2}`));
      }
    },
  );
});

describe("a table of editions as .txt rows, an HTML <table> and PDF lines", () => {
  it("GIVEN the HTML table THEN the header row is its own first passage, then one passage per row", () => {
    expect(snapshot("record", "html").documents[0]!.passages.map((passage) => passage.text.split(" | ")[0])).toEqual(["The institute has held the Regional Seminar on Open Justice for Pacific Countries (the OJ Seminar) every year since 2039. Each line gives the seminar, its dates, venue, participants and theme.", "Seminar", "2nd OJ Seminar", "3rd OJ Seminar", "4th OJ Seminar"]);
  });

  it("GIVEN the PDF THEN the header row is its own passage too, as in HTML", () => {
    expect(snapshot("record", "pdf").documents[0]!.passages.map((passage) => passage.text)).toEqual(snapshot("record", "html").documents[0]!.passages.map((passage) => passage.text));
  });

  it.each(["html", "pdf"])("GIVEN the .%s THEN the same catalogue as the .txt apart from the locators", (format) => {
    const txt = snapshot("record", "txt").catalogue;
    expect(txt.editions.map((edition) => edition.ordinal)).toEqual([2, 3, 4]);
    expect(withoutLocators(snapshot("record", format).catalogue)).toEqual(withoutLocators(txt));
  });

  it.each(["html", "pdf"].flatMap((format) => ["2nd", "3rd OJ Seminar", "OJ Seminar", "4th"].map((query) => [format, query])))("GIVEN the .%s THEN /course %s gives the same answer as the .txt apart from the locators", (format, query) => {
    const expected = answerCourse(snapshot("record", "txt"), query);
    expect(expected.found).toBe(true);
    const locators = new Set([...LOCATORS, ...PAGE_LOCATORS]);
    expect(withoutLocators(answerCourse(snapshot("record", format), query), locators)).toEqual(withoutLocators(expected, locators));
  });
});
