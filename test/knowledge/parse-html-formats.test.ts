// The same facts as plain text, Markdown and an HTML page give the same documents, the same catalogue
// and the same /course answers, apart from the locators (file lines; for a table, passage ids,
// paragraph numbers and section paths, since a plain-text header row is a heading line and an HTML
// header row a passage).
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerCourse } from "../../src/answers/index.js";
import { loadSnapshot } from "../../src/snapshot/load.js";
import type { Snapshot } from "../../src/snapshot/snapshot.js";
import { SEED_TEXT } from "./seed.js";

const SEED_URL = "https://www.mofa.go.jp/policy/oda/white/2021/html/honbun/b2/s2_1_2.html";
const fixture = (name: string): URL => new URL(`../fixtures/html/${name}`, import.meta.url);

/** Each format in a folder of its own, under the same file stem, so slugs and passage ids can match. */
const FORMATS: Record<string, Record<string, Record<string, string | URL>>> = {
  seed: {
    txt: { "seed.txt": SEED_TEXT, "seed.meta.yml": `url: ${SEED_URL}\n` },
    md: { "seed.md": fixture("seed.md") },
    html: { "seed.html": fixture("seed.html") },
  },
  record: {
    txt: { "record.txt": fixture("record.txt") },
    html: { "record.html": fixture("record.html") },
  },
};

// "section" too: a plain-text header row is a heading line, so its rows' section path ends with it,
// while in HTML the header row is a passage and the rows sit under the page's own headings.
const LOCATORS = new Set(["line", "file", "passageId", "paragraph", "id", "section"]);
/** The value without its locators (keys that say where rather than what). */
function withoutLocators(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLocators);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !LOCATORS.has(key)).map(([key, inner]) => [key, withoutLocators(inner)]));
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

describe("the seed as .txt, .md and .html", () => {
  it.each(["md", "html"])("GIVEN the seed as .%s THEN the same document, passage for passage, ids included", (format) => {
    const strip = (k: Snapshot) => k.documents.map(({ file: _file, passages, ...document }) => ({ ...document, passages: passages.map(({ line: _line, ...passage }) => passage) }));
    expect(strip(snapshot("seed", format))).toEqual(strip(snapshot("seed", "txt")));
    expect(snapshot("seed", format).warnings).toEqual([]);
  });

  it.each(["md", "html"])("GIVEN the seed as .%s THEN the same catalogue", (format) => {
    expect(snapshot("seed", format).catalogue).toEqual(snapshot("seed", "txt").catalogue);
    expect(snapshot("seed", "txt").catalogue.editions.length).toBeGreaterThanOrEqual(4);
  });

  it.each(["md", "html"].flatMap((format) => ["23rd", "15th GG Seminar", "GG Seminar", "176th", "UNCAC"].map((query) => [format, query])))(
    "GIVEN the seed as .%s THEN /course %s answers as from .txt",
    (format, query) => {
      const expected = answerCourse(snapshot("seed", "txt"), query);
      expect(expected.found).toBe(true);
      expect(answerCourse(snapshot("seed", format), query)).toEqual(expected);
    },
  );
});

describe("a table of editions as .txt rows and as an HTML <table>", () => {
  it("GIVEN the HTML table THEN the header row is its own first passage, then one passage per row", () => {
    expect(snapshot("record", "html").documents[0]!.passages.map((passage) => passage.text.split(" | ")[0])).toEqual(["The institute has held the Regional Seminar on Open Justice for Pacific Countries (the OJ Seminar) every year since 2039. Each line gives the seminar, its dates, venue, participants and theme.", "Seminar", "2nd OJ Seminar", "3rd OJ Seminar", "4th OJ Seminar"]);
  });

  it("GIVEN both THEN the same catalogue apart from the locators", () => {
    const txt = snapshot("record", "txt").catalogue;
    expect(txt.editions.map((edition) => edition.ordinal)).toEqual([2, 3, 4]);
    expect(withoutLocators(snapshot("record", "html").catalogue)).toEqual(withoutLocators(txt));
  });

  it.each(["2nd", "3rd OJ Seminar", "OJ Seminar", "4th"])("GIVEN both THEN /course %s gives the same answer apart from the locators", (query) => {
    const expected = answerCourse(snapshot("record", "txt"), query);
    expect(expected.found).toBe(true);
    expect(withoutLocators(answerCourse(snapshot("record", "html"), query))).toEqual(withoutLocators(expected));
  });
});
