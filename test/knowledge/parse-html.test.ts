// HTML knowledge files: the page's main content only, its headings as the section path, tables row by
// row, boxed columns, footnotes, metadata from the head, encodings, and hostile files. Fixtures in
// test/fixtures/html reproduce the structure of the ministry's section pages and the institute's
// activity pages in our own words (seed.html is the bundled seed's text as such a page).
import { readFileSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCheckReport } from "../../src/knowledge/check-report.js";
import { decodeHtml, declaredEncoding } from "../../src/knowledge/html-encoding.js";
import { loadKnowledgeFiles, MAX_FILE_BYTES } from "../../src/knowledge/load.js";
import { parseHtmlDocument, titleFromTitleElement } from "../../src/knowledge/parse-html.js";
import type { KnowledgeDocument } from "../../src/knowledge/types.js";

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url));
const text = (name: string): string => fixture(name).toString("utf8");
const parseFixture = (name: string): KnowledgeDocument => {
  const result = parseHtmlDocument(text(name), { slug: "page", file: name });
  expect(result.warnings).toEqual([]);
  return result.document!;
};
const rows = (document: KnowledgeDocument): Array<[string, string, string]> =>
  document.passages.map((passage) => [passage.noteLabel ?? passage.kind, passage.headings.join(" › "), passage.text]);

describe("parseHtmlDocument: a ministry section page", () => {
  const document = parseFixture("ministry-section.html");

  it("takes the title with the year from <title>, the year from it, the URL from og:url, the section from the first heading", () => {
    expect(document).toMatchObject({
      title: "White Paper on Development Cooperation 2030",
      year: 2030,
      url: "https://example.org/policy/oda/white/2030/html/honbun/b2/s2_1_3.html",
      section: "(3) Support for Justice Systems",
    });
  });

  it("reads heading paragraphs, list items, table rows (header row first), a boxed column and the notes block", () => {
    const top = "(3) Support for Justice Systems";
    const efforts = `${top} › ● Japan’s Efforts`;
    expect(rows(document)).toEqual([
      ["paragraph", top, "Courts and prosecutors that work well are the ground on which a fair society stands."],
      ["paragraph", efforts, "Through the training institute, Japan ran a course on juvenile justice for practitioners from Asia and Africa."],
      ["paragraph", efforts, "Ten lectures were given by visiting experts."],
      ["paragraph", efforts, "Site visits took participants to family courts."],
      ["paragraph", `${efforts} › Courses held`, "Course | Dates | Venue | Participants"],
      ["paragraph", `${efforts} › Courses held`, "190th International Training Course | 5-28 May 2030 | Akishima, Tokyo | 21 practitioners"],
      ["paragraph", `${efforts} › Courses held`, "191st International Training Course | 2-25 October 2030 | Online | 19 practitioners"],
      ["paragraph", `${efforts} › Column: A Day at the Institute`, "Mornings begin with a lecture; afternoons are spent in group work."],
      ["paragraph", `${efforts} › Column: A Day at the Institute › Evening`, "Participants cook dishes from their home countries for one another."],
      ["paragraph", efforts, "After the course, graduates keep in touch through an alumni network."],
      ["Note 31", efforts, "An institute of the Ministry of Justice, founded in 1962."],
    ]);
  });

  it("links the footnote to its note, and gives each passage its line in the file", () => {
    const cited = document.passages.find((passage) => passage.noteRefs.length > 0);
    expect(cited?.noteRefs).toEqual(["Note 31"]);
    expect(cited?.line).toBe(19);
    expect(document.passages.at(-1)?.line).toBe(42);
  });

  it("drops navigation, breadcrumbs, page-top links, scripts, styles and the footer", () => {
    const all = document.passages.map((passage) => passage.text).join("\n");
    for (const furniture of ["Home", "Foreign Policy", "ODA", "Page Top", "Copyright", "tracker", "border"]) expect(all).not.toContain(furniture);
  });
});

describe("parseHtmlDocument: an institute activity page", () => {
  const document = parseFixture("unafei-seminar.html");

  it("takes the longest part of <title> without a year, the canonical URL, and drops the heading that repeats the title with the site's headings above it", () => {
    expect(document).toMatchObject({
      title: "Thirtieth Regional Seminar on Good Governance for Southeast Asian Countries",
      url: "https://example.org/english/activities/GG_Seminar_30.html",
      section: "Thirtieth Regional Seminar on Good Governance for Southeast Asian Countries",
    });
    expect(document.year).toBeUndefined();
    expect(rows(document).map(([, headings, passage]) => [headings, passage.slice(0, 40)])).toEqual([
      ["", "UNAFEI has held the Regional Seminar on "],
      ["", "The 30th GG Seminar was held in Vientian"],
      ["Earlier seminars", "Seminar | Dates | Venue | Participants |"],
      ["Earlier seminars", "28th GG Seminar | 1-3 December 2034 | Ph"],
      ["Earlier seminars", "29th GG Seminar | 2-4 December 2035 | on"],
      ["Report", "Click here to read the Chair’s Summary."],
    ]);
  });
});

describe("parseHtmlDocument: truth table", () => {
  const page = (body: string, head = "<title>White Paper 2030</title>"): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
  const parsed = (html: string) => parseHtmlDocument(html, { slug: "t", file: "t.html" });

  it.each([
    ["an empty file", "", "empty file"],
    ["only navigation and a footer", page("<nav><p>Home</p></nav><footer><p>Contact us at the ministry.</p></footer>"), "no paragraphs: the document is skipped"],
    ["no <title> and no h1", "<p>Just a sentence.</p>", "no title: the document is skipped"],
  ])("GIVEN %s THEN no document and a warning", (_name, html, message) => {
    const result = parsed(html);
    expect(result.document).toBeUndefined();
    expect(result.warnings).toEqual([{ file: "t.html", message }]);
  });

  it.each([
    ["a <main> element", page("<p>Outside.</p><main><p>Inside.</p></main>"), ["Inside."]],
    ["role=main", page("<div>Sidebar text.</div><div role=main><p>Inside.</p></div>"), ["Inside."]],
    ["no main element: the body, less header, nav and footer", page("<header><p>Banner.</p></header><p>Body text.</p><footer><p>Foot.</p></footer>"), ["Body text."]],
    ["a hidden element and a breadcrumb list", page("<main><p hidden>Hidden.</p><ul class=pankuzu><li>Home</li></ul><p>Shown.</p></main>"), ["Shown."]],
    ["inline markup, entities and line breaks", page("<main><p>A <b>bold</b>&nbsp;claim,<br>then&amp; more.</p></main>"), ["A bold claim, then& more."]],
    ["a layout table holding paragraphs", page("<main><table><tr><td><p>First.</p><p>Second.</p></td></tr></table></main>"), ["First.", "Second."]],
    ["a reference-style footnote link in <sup>", page("<main><p>Claim<sup><a href='#n2'>2</a></sup> here.</p><ol class=notes><li id=n2>The source.</li></ol></main>"), ["Claim here.", "The source."]],
    ["a note with a backlink", page("<main><p>Claim <a href='#note4'>Note 4</a>.</p><div id=footnotes><p>Note 4: Source. <a href='#r4'>↩</a></p></div></main>"), ["Claim.", "Source."]],
  ])("GIVEN %s THEN the passages are the expected ones", (_name, html, expected) => {
    expect(parsed(html).document?.passages.map((passage) => passage.text)).toEqual(expected);
  });

  it("numbers notes by their id when the note does not say, and reports a footnote link to a missing note", () => {
    const result = parsed(page("<main><p>One <a href='#fn7'>*7</a> and <a href='#fn8'>*8</a>.</p><div class=notes><p id=fn7>Seven.</p></div></main>"));
    expect(result.document?.passages.map((passage) => [passage.noteLabel, passage.text])).toEqual([[undefined, "One and."], ["Note 7", "Seven."]]);
    expect(result.warnings).toEqual([{ file: "t.html", line: 1, message: "refers to Note 8, which is not among the document's notes" }]);
  });

  it("nests heading paragraphs under the HTML heading they appear under, and a new h2 ends them", () => {
    const html = page("<main><h2>Part A</h2><p>(1) Alpha</p><p>● Beta</p><p>Text one.</p><p>(2) Gamma</p><p>Text two.</p><h2>Part B</h2><p>Text three.</p></main>");
    expect(parsed(html).document?.passages.map((passage) => passage.headings)).toEqual([
      ["Part A", "(1) Alpha", "● Beta"],
      ["Part A", "(2) Gamma"],
      ["Part B"],
    ]);
  });

  it("reads a prose paragraph that starts with a marker-like number as prose", () => {
    const html = page("<main><p>2030 saw twelve courses held at the institute.</p><p>Short bold-free line</p></main>");
    expect(parsed(html).document?.passages.map((passage) => passage.text)).toEqual(["2030 saw twelve courses held at the institute.", "Short bold-free line"]);
  });

  it("GIVEN boxes nested 20,000 deep THEN the passage is read with a bounded section path", () => {
    const document = parsed(page(`<main>${"<div class=box><h4>Box</h4>".repeat(20_000)}<p>Deep text.</p></main>`)).document;
    expect(document?.passages.map((passage) => passage.text)).toEqual(["Deep text."]);
    expect(document?.passages[0]!.headings).toEqual(Array(8).fill("Box"));
  });

  it.each([
    ["Report | Ministry of Foreign Affairs", "Ministry of Foreign Affairs"],
    ["(2) Governance | White Paper on Development Cooperation 2021 | MOFA", "White Paper on Development Cooperation 2021"],
    ["第31回GGセミナーの開催について | 2037年", "第31回GGセミナーの開催について"],
    ["UNAFEI - Sixth Regional Seminar", "Sixth Regional Seminar"],
    ["Anti-Corruption Efforts", "Anti-Corruption Efforts"],
  ])("titleFromTitleElement(%j) = %j", (title, expected) => {
    expect(titleFromTitleElement(title)).toBe(expected);
  });
});

describe("decodeHtml", () => {
  it("decodes a Shift_JIS page from its <meta http-equiv> declaration", () => {
    const bytes = fixture("shift-jis.html");
    expect(declaredEncoding(bytes)).toBe("Shift_JIS");
    expect(new TextDecoder("shift_jis").decode(Uint8Array.from([0x93, 0xfa, 0x96, 0x7b]))).toBe("日本");
    const decoded = decodeHtml(bytes);
    expect("text" in decoded && decoded.text).toContain("第31回GGセミナーは、2037年12月に東京で開催されました。");
  });

  it.each([
    ["<meta charset>", `<meta charset="windows-1252"><p>caf\xe9</p>`, { text: `<meta charset="windows-1252"><p>café</p>` }],
    ["no declaration: UTF-8", "<p>plain</p>", { text: "<p>plain</p>" }],
    ["an unsupported encoding", `<meta charset="x-klingon"><p>x</p>`, { problem: 'declares the character encoding "x-klingon", which is not supported (save the page as UTF-8)' }],
    ["bytes that are not Shift_JIS", `<meta charset="shift_jis"><p>\x82</p>`, { problem: "not valid shift_jis text, the encoding the page declares" }],
    ["NUL bytes (binary)", `<meta charset="shift_jis">\0\0`, { problem: "binary file (contains NUL bytes), not text", line: 1 }],
  ])("GIVEN %s THEN the expected text or problem", (_name, latin1, expected) => {
    expect(decodeHtml(Buffer.from(latin1, "latin1"))).toEqual(expected);
  });
});

describe("HTML files in a knowledge folder", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "html-knowledge-"));
    await fs.copyFile(new URL("../fixtures/html/seed.html", import.meta.url), path.join(dir, "seed.html"));
    await fs.writeFile(path.join(dir, "seed.meta.yml"), "url: https://example.org/override.html\ntitle: Overridden Title 2099\n");
    await fs.copyFile(new URL("../fixtures/html/shift-jis.html", import.meta.url), path.join(dir, "sjis.htm"));
    // Hostile: a binary file named .html, a page over the size limit, a page nested 100,000 tags deep.
    await fs.writeFile(path.join(dir, "binary.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await fs.writeFile(path.join(dir, "huge.html"), Buffer.alloc(50 * 1024 * 1024, "<p>word</p>\n"));
    await fs.writeFile(path.join(dir, "deep.html"), `<title>Deep 2030</title><main>${"<div><b>".repeat(100_000)}<p>Still read.</p></main>`);
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("loads the pages, lets a sidecar override the page's title and URL, and warns by name about the hostile files", async () => {
    const result = await loadKnowledgeFiles(dir);
    expect(result.documents.map((document) => [document.file, document.title, document.url ?? null, document.passages.length])).toEqual([
      ["deep.html", "Deep 2030", null, 1],
      ["seed.html", "Overridden Title 2099", "https://example.org/override.html", 7],
      ["sjis.htm", "第31回GGセミナーの開催について", null, 2],
    ]);
    expect(result.warnings).toEqual([
      { file: "binary.html", line: 3, message: "binary file (contains NUL bytes), not text; skipped" },
      { file: "huge.html", message: `larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit (${50 * 1024 * 1024} bytes); skipped` },
    ]);
    expect(formatCheckReport(result, []).lines).toEqual([
      "binary.html:3: binary file (contains NUL bytes), not text; skipped",
      `huge.html: larger than the 10 MB limit (${50 * 1024 * 1024} bytes); skipped`,
      "3 documents, 10 passages, 2 warnings",
    ]);
  }, 30_000);
});
