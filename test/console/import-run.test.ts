// runImport with injected arguments, output streams and clock, against files in a temporary folder and
// a local server on 127.0.0.1: the exact lines printed, the exit code, what is written (and that a
// failure writes nothing), and the round trip: the written .md loads as the same passages and the same
// catalogue as the original file.
import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FETCH_LIMITS } from "../../src/console/import-fetch.js";
import { documentToMarkdown } from "../../src/console/import-markdown.js";
import { runImport } from "../../src/console/import-run.js";
import { extractCatalogue } from "../../src/knowledge/extract/index.js";
import { loadKnowledgeFiles } from "../../src/knowledge/load.js";
import { parseHtmlDocument } from "../../src/knowledge/parse-html.js";
import type { KnowledgeDocument } from "../../src/knowledge/types.js";
import { redirect, startFixtureServer, streamed, type FixtureServer } from "../support/fixture-server.js";
import { layoutPdf, textToPdfBlocks } from "../support/pdf-layout.js";
import { writePdf } from "../support/pdf-writer.js";
import { SEED_TEXT } from "../knowledge/seed.js";

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url));
const SECTION = fixture("ministry-section.html");
const SECTION_NAME = "2030-3-support-for-justice-systems.md";
const SECTION_FOUND = "5 sections, 11 passages (10 paragraphs, 1 note), 1 series, 2 editions (190th International Training Course, 191st International Training Course)";
const SEED_PDF = layoutPdf(textToPdfBlocks(SEED_TEXT), "White Paper on Development Cooperation 2021", { compress: true });
const SEED_NAME = "2021-2-assistance-for-governance-including-anti-corruption.md";
const SEED_FOUND = "2 sections, 7 passages (6 paragraphs, 1 note), 3 series, 4 editions (23rd UNCAC Training Programme, 15th GG Seminar, 175th International Training Course, 176th International Training Course)";
const NOW = new Date("2031-04-01T09:30:00Z");

let server: FixtureServer;
let root: string;
let out: string;
let sources: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "import-run-"));
  server = await startFixtureServer({
    "/white/2030/s2_1_3.html": { headers: { "content-type": "text/html; charset=utf-8" }, body: SECTION },
    "/old/s2_1_3.html": redirect("/white/2030/s2_1_3.html", 301),
    "/chapter.pdf": { headers: { "content-type": "application/pdf" }, body: SEED_PDF },
    "/sitemap.html": { headers: { "content-type": "text/html" }, body: fixture("nav-only.html") },
    "/loop-a": redirect("/loop-b"),
    "/loop-b": redirect("/loop-a"),
    "/huge.html": streamed(FETCH_LIMITS.maxBytes + 1024 * 1024),
    "/logo.png": { headers: { "content-type": "image/png" }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  });
}, 30_000);
afterAll(async () => {
  await server.close();
  await fs.rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  out = await fs.mkdtemp(path.join(root, "out-"));
  await fs.rm(out, { recursive: true });
  sources = await fs.mkdtemp(path.join(root, "sources-"));
});

interface Outcome {
  code: number;
  stdout: string[];
  stderr: string[];
}

async function importing(...argv: string[]): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  const code = await runImport(argv, {
    defaultOutDir: out,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    now: () => NOW,
  });
  const lines = (text: string): string[] => text.split("\n").slice(0, -1);
  return { code, stdout: lines(stdout), stderr: lines(stderr) };
}

/** Every file under `dir` (dot-files too: a temporary file left behind would show). */
async function filesIn(dir: string): Promise<string[]> {
  return (await fs.readdir(dir).catch(() => [] as string[])).sort();
}

async function source(name: string, content: string | Uint8Array, modified = new Date("2030-12-24T12:00:00Z")): Promise<string> {
  const file = path.join(sources, name);
  await fs.writeFile(file, content);
  await fs.utimes(file, modified, modified);
  return file;
}

describe("npm run import: a URL", () => {
  it("GIVEN a section page THEN writes its Markdown, named after its year and section, dated today, and says what it found", async () => {
    const url = server.url("/white/2030/s2_1_3.html");
    const target = path.join(out, SECTION_NAME);
    expect(await importing(url)).toEqual({ code: 0, stdout: [`imported ${url} → ${target}: ${SECTION_FOUND}`], stderr: [] });
    const page = parseHtmlDocument(SECTION.toString("utf8"), { slug: "page", file: "page.html" }).document!;
    expect(await fs.readFile(target, "utf8")).toBe(documentToMarkdown(page, "2031-04-01").text);
    expect(await filesIn(out)).toEqual([SECTION_NAME]);
  });

  it("GIVEN a redirect THEN follows it; the page's own URL (og:url) stays the document's", async () => {
    const { code } = await importing(server.url("/old/s2_1_3.html"));
    expect(code).toBe(0);
    expect(await fs.readFile(path.join(out, SECTION_NAME), "utf8")).toContain("\nurl: https://example.org/policy/oda/white/2030/html/honbun/b2/s2_1_3.html\n");
  });

  it("GIVEN a PDF THEN writes it with the address it came from as its URL, and says that pages are not kept", async () => {
    const url = server.url("/chapter.pdf");
    const target = path.join(out, SEED_NAME);
    expect(await importing(url)).toEqual({
      code: 0,
      stdout: [`imported ${url} → ${target}: ${SEED_FOUND}`, `note: ${target} keeps no page numbers: its citations give ¶n, not p. n (keep the .pdf for page citations)`],
      stderr: [],
    });
    expect((await fs.readFile(target, "utf8")).split("\n").slice(0, 7)).toEqual([
      "---",
      "title: White Paper on Development Cooperation 2021",
      "year: 2021",
      "section: (2) Assistance for Governance Including Anti-Corruption",
      `url: ${url}`,
      "retrieved: 2031-04-01",
      "---",
    ]);
  });

  it.each([
    ["a 404", "/missing.html", "HTTP 404 Not Found"],
    ["a redirect loop", "/loop-a", `redirect loop: ${"{base}"}/loop-a → ${"{base}"}/loop-b → ${"{base}"}/loop-a`],
    ["a body past the 10 MB limit", "/huge.html", "the body is larger than the 10 MB limit; download stopped"],
    ["a page with no main content", "/sitemap.html", "no main content (no paragraphs outside navigation, headers and footers)"],
    ["an image", "/logo.png", "not an HTML page or a PDF (Content-Type image/png)"],
  ])("GIVEN %s THEN one line on stderr, exit 1, nothing written (not even the folder)", async (_name, route, reason) => {
    const url = server.url(route);
    expect(await importing(url)).toEqual({ code: 1, stdout: [], stderr: [`import: ${url}: ${reason.replaceAll("{base}", server.base)}; nothing written`] });
    await expect(fs.stat(out)).rejects.toMatchObject({ code: "ENOENT" });
  });
});

describe("npm run import: files", () => {
  it("GIVEN a saved page with a sidecar THEN the sidecar's URL, and the file's modification day as retrieved", async () => {
    const file = await source("s2_1_3.html", SECTION);
    await fs.writeFile(path.join(sources, "s2_1_3.meta.yml"), "url: https://example.org/corrected.html\n");
    const target = path.join(out, SECTION_NAME);
    expect(await importing(file)).toEqual({ code: 0, stdout: [`imported ${file} → ${target}: ${SECTION_FOUND}`], stderr: [] });
    const front = (await fs.readFile(target, "utf8")).split("\n").slice(4, 6);
    expect(front).toEqual(["url: https://example.org/corrected.html", "retrieved: 2030-12-24"]);
  });

  it("GIVEN a sidecar with a mistake THEN the warning names the sidecar", async () => {
    const file = await source("page.html", SECTION);
    const sidecar = path.join(sources, "page.meta.yml");
    await fs.writeFile(sidecar, "subtitle: ODA\n");
    expect((await importing(file)).stderr).toEqual([`warning: ${sidecar}:1: sidecar: unknown key "subtitle" (expected url, title, year, section)`]);
  });

  it("GIVEN --out THEN writes there, creating the folder", async () => {
    const file = await source("page.html", SECTION);
    const elsewhere = path.join(root, "elsewhere", "deep");
    expect((await importing(file, "--out", elsewhere)).code).toBe(0);
    expect(await filesIn(elsewhere)).toEqual([SECTION_NAME]);
    await fs.rm(path.join(root, "elsewhere"), { recursive: true });
  });

  it("GIVEN a Shift_JIS page THEN decodes it and names the file after the page's file (its title is Japanese)", async () => {
    const file = await source("gg31.html", fixture("shift-jis.html"));
    expect(await importing(file)).toEqual({ code: 0, stdout: [`imported ${file} → ${path.join(out, "gg31.md")}: 0 sections, 2 passages (2 paragraphs, 0 notes), 0 series, 0 editions`], stderr: [] });
    expect(await fs.readFile(path.join(out, "gg31.md"), "utf8")).toContain("\n第31回GGセミナーは、2037年12月に東京で開催されました。\n");
  });

  it("GIVEN a page already in the output folder THEN imports it and says the bot would load both", async () => {
    await fs.mkdir(out);
    const file = path.join(out, "page.html");
    await fs.writeFile(file, SECTION);
    expect((await importing(file)).stdout).toEqual([`imported ${file} → ${path.join(out, SECTION_NAME)}: ${SECTION_FOUND}`, `note: ${file} is in ${out} too: the bot loads both; remove one`]);
  });

  it("GIVEN loader warnings THEN they are printed with the input's name and the file is written", async () => {
    const file = await source("dangling.html", "<title>Report 2030</title><main><p>Text <a href=\"#fn9\">*9</a> here.</p></main>");
    expect(await importing(file)).toEqual({
      code: 0,
      stdout: [`imported ${file} → ${path.join(out, "report-2030.md")}: 0 sections, 1 passage (1 paragraph, 0 notes), 0 series, 0 editions`],
      stderr: [`warning: ${file}:1: refers to Note 9, which is not among the document's notes`],
    });
  });

  it("GIVEN a section path Markdown cannot write THEN writes the file and says what differs", async () => {
    // Text after a box that came before any heading is under no heading again: Markdown cannot say so.
    const file = await source("boxed.htm", '<title>Report 2030</title><main><div class="box"><p class="box-title">Column: Alumni</p><p>In the box.</p></div><p>After it.</p></main>');
    expect(await importing(file)).toEqual({
      code: 0,
      stdout: [`imported ${file} → ${path.join(out, "report-2030.md")}: 1 section, 2 passages (2 paragraphs, 0 notes), 0 series, 0 editions`],
      stderr: [`warning: ${file}: the Markdown cannot say this exactly: ¶2: section path reads back as “Column: Alumni” instead of (none)`],
    });
  });

  it.each([
    ["a missing file", "missing.html", undefined, "does not exist"],
    ["a file of another kind", "notes.txt", "Some text.", "not an HTML page or a PDF (.html, .htm or .pdf), nor an http(s) URL"],
    ["an HTML file that is really binary", "binary.html", new Uint8Array([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02]), "binary file (contains NUL bytes), not text"],
    ["an empty page", "empty.html", "", "empty file"],
    ["a saved page of navigation only", "sitemap.HTM", fixture("nav-only.html"), "no main content (no paragraphs outside navigation, headers and footers)"],
    ["a scanned PDF", "scan.pdf", writePdf([[], []]), "no text layer in its 2 pages (a scanned PDF? it needs OCR first)"],
    ["a truncated PDF", "cut.pdf", SEED_PDF.slice(0, 300), "is not a readable PDF (truncated or damaged)"],
  ])("GIVEN %s THEN one line, exit 1, nothing written", async (_name, name, content, reason) => {
    const file = content === undefined ? path.join(sources, name) : await source(name, content);
    const line = name === "binary.html" ? `${file}:1` : file;
    expect(await importing(file)).toEqual({ code: 1, stdout: [], stderr: [`import: ${line}: ${reason}; nothing written`] });
    await expect(fs.stat(out)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("GIVEN a folder THEN one line", async () => {
    const folder = path.join(sources, "saved.html");
    await fs.mkdir(folder);
    expect((await importing(folder)).stderr).toEqual([`import: ${folder}: is a folder, not a file; nothing written`]);
  });

  it("GIVEN an output folder that is a file THEN one line naming it", async () => {
    const file = await source("page.html", SECTION);
    await fs.writeFile(out, "in the way");
    expect(await importing(file)).toEqual({ code: 1, stdout: [], stderr: [`import: ${file}: cannot create the folder ${out}: a file is in the way of the folder; nothing written`] });
    await fs.rm(out);
  });
});

describe("npm run import: never replaces a file silently", () => {
  it("GIVEN the file exists THEN refuses with one line and leaves it; with --force replaces it", async () => {
    const file = await source("page.html", SECTION);
    const target = path.join(out, SECTION_NAME);
    await fs.mkdir(out);
    await fs.writeFile(target, "kept\n");
    expect(await importing(file)).toEqual({ code: 1, stdout: [], stderr: [`import: ${file}: ${target} already exists (use --force to replace it); nothing written`] });
    expect(await fs.readFile(target, "utf8")).toBe("kept\n");
    expect(await importing(file, "--force")).toEqual({ code: 0, stdout: [`imported ${file} → ${target}: ${SECTION_FOUND}`], stderr: [] });
    expect(await fs.readFile(target, "utf8")).toMatch(/^---\ntitle: White Paper on Development Cooperation 2030\n/);
    expect(await filesIn(out)).toEqual([SECTION_NAME]);
  });

  it("GIVEN two inputs that give the same name THEN the second is refused, even with --force", async () => {
    const first = await source("first.html", SECTION);
    const second = await source("second.html", SECTION);
    const target = path.join(out, SECTION_NAME);
    expect(await importing(first, second, "--force")).toEqual({
      code: 1,
      stdout: [`imported ${first} → ${target}: ${SECTION_FOUND}`],
      stderr: [`import: ${second}: ${target} was already written from ${first} in this run; nothing written`, "imported 1 of 2 inputs; 1 failed"],
    });
  });
});

describe("npm run import: several inputs", () => {
  it("GIVEN one bad input among good ones THEN imports the good ones, reports the bad one, counts them, exits 1", async () => {
    const file = await source("page.html", SECTION);
    const missing = server.url("/missing.html");
    const pdf = server.url("/chapter.pdf");
    expect(await importing(file, missing, pdf)).toEqual({
      code: 1,
      stdout: [`imported ${file} → ${path.join(out, SECTION_NAME)}: ${SECTION_FOUND}`, `imported ${pdf} → ${path.join(out, SEED_NAME)}: ${SEED_FOUND}`, `note: ${path.join(out, SEED_NAME)} keeps no page numbers: its citations give ¶n, not p. n (keep the .pdf for page citations)`],
      stderr: [`import: ${missing}: HTTP 404 Not Found; nothing written`, "imported 2 of 3 inputs; 1 failed"],
    });
    expect(await filesIn(out)).toEqual([SEED_NAME, SECTION_NAME].sort());
  });

  it("GIVEN only good inputs THEN a last line counts them on stdout, exit 0", async () => {
    const file = await source("page.html", SECTION);
    const { code, stdout, stderr } = await importing(file, server.url("/chapter.pdf"));
    expect([code, stdout.at(-1), stderr]).toEqual([0, "imported 2 of 2 inputs", []]);
  });
});

describe("npm run import: usage", () => {
  it.each([
    [[], ["import: nothing to import: give a file or a URL", "usage: npm run import -- <page.html | chapter.pdf | http(s) URL>… [--out DIR] [--force]"]],
    [["--help"], ["usage: npm run import -- <page.html | chapter.pdf | http(s) URL>… [--out DIR] [--force]"]],
  ])("GIVEN %j THEN exit 2 and the usage", async (argv, stderr) => {
    expect(await importing(...argv)).toEqual({ code: 2, stdout: [], stderr });
  });
});

describe("npm run import: the written file loads as the original does", () => {
  const LOCATORS = new Set(["passageId", "line", "page"]);
  const withoutLocators = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withoutLocators);
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => !LOCATORS.has(key)).map(([key, inner]) => [key, withoutLocators(inner)]));
  };
  const essentials = (document: KnowledgeDocument) => ({
    title: document.title,
    year: document.year,
    section: document.section,
    url: document.url,
    passages: document.passages.map(({ kind, text, headings, noteRefs, noteLabel, paragraph }) => ({ kind, text, headings, noteRefs, noteLabel, paragraph })),
  });

  it.each([
    ["ministry-section.html", fixture("ministry-section.html")],
    ["unafei-seminar.html", fixture("unafei-seminar.html")],
    ["seed.html", fixture("seed.html")],
    ["record.html", fixture("record.html")],
    ["shift-jis.html", fixture("shift-jis.html")],
    ["seed.pdf", SEED_PDF],
  ])("GIVEN %s THEN the same passages (text, section path, notes) and the same catalogue, apart from locators", async (name, content) => {
    const original = path.join(sources, "original");
    await fs.mkdir(original);
    await fs.writeFile(path.join(original, name), content);
    const { code, stderr } = await importing(path.join(original, name));
    expect([code, stderr]).toEqual([0, []]);
    const before = await loadKnowledgeFiles(original);
    const after = await loadKnowledgeFiles(out);
    expect([before.warnings, after.warnings]).toEqual([[], []]);
    expect(after.documents.map(essentials)).toEqual(before.documents.map(essentials));
    expect(after.documents[0]!.passages.length).toBeGreaterThan(0);
    expect(withoutLocators(extractCatalogue(after.documents))).toEqual(withoutLocators(extractCatalogue(before.documents)));
  });
});
