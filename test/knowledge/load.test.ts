import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { KnowledgeDirError, loadKnowledgeFiles, MAX_FILE_BYTES, nodeFileSystem, type FileSystem } from "../../src/knowledge/load.js";
import { SEED_FILE, SEED_SLUG, SEED_TEXT } from "./seed.js";

const SEED_URL = "https://www.mofa.go.jp/policy/oda/white/2021/html/honbun/b2/s2_1_2.html";
const GOOD_MD = "---\ntitle: WP 2014\n---\n## Governance\n\nThe 8th GG Seminar was held in 2014.\n";

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

/** A temporary knowledge folder holding `files` (paths relative to it). */
async function folder(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "knowledge-"));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), content);
  }
  return dir;
}

async function loadError(dir: string, fileSystem?: FileSystem): Promise<KnowledgeDirError> {
  const error: unknown = await loadKnowledgeFiles(dir, fileSystem).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(KnowledgeDirError);
  return error as KnowledgeDirError;
}

describe("loadKnowledgeFiles", () => {
  it("loads the shipped knowledge folder without a warning, with the sidecar's URL", async () => {
    const { documents, warnings } = await loadKnowledgeFiles(path.resolve("knowledge"));
    expect(warnings).toEqual([]);
    expect(documents.map((d) => [d.slug, d.file, d.url, d.passages.length])).toEqual([[SEED_SLUG, SEED_FILE, SEED_URL, 7]]);
  });

  it("reads .txt and .md recursively in sorted order, skipping dot-files, with folder slugs", async () => {
    const dir = await folder({
      "b.txt": SEED_TEXT,
      "a/2014 Governance.md": GOOD_MD,
      "a/.draft.md": GOOD_MD,
      ".git/x.txt": SEED_TEXT,
      "Z.TXT": SEED_TEXT,
    });
    const { documents, warnings } = await loadKnowledgeFiles(dir);
    expect(warnings).toEqual([]);
    expect(documents.map((d) => [d.slug, d.file, d.passages[0]!.id])).toEqual([
      ["z", "Z.TXT", "z#p1"],
      ["a-2014-governance", "a/2014 Governance.md", "a-2014-governance#p1"],
      ["b", "b.txt", "b#p1"],
    ]);
  });

  it("applies a sidecar's url, title, year and section to its .txt", async () => {
    const dir = await folder({ "s.txt": SEED_TEXT, "s.meta.yml": "url: https://example.org/s\ntitle: WP\nyear: 2020\nsection: Gov\n" });
    const { documents, warnings } = await loadKnowledgeFiles(dir);
    expect(warnings).toEqual([]);
    expect(documents[0]).toMatchObject({ url: "https://example.org/s", title: "WP", year: 2020, section: "Gov" });
  });

  it("warns about each bad file, naming it (and the line where it applies), and loads the rest", async () => {
    const dir = await folder({
      "0-good.txt": SEED_TEXT,
      "1-empty.txt": "",
      "2-blank.txt": "\n  \n",
      "3-binary.txt": Uint8Array.from([0x54, 0x0a, 0x00, 0x01]),
      "4-latin1.txt": Uint8Array.from([...new TextEncoder().encode("Title\n\ncaf"), 0xe9, 0x0a]),
      "5-headings.txt": "Title\n\n(1) Heading\n",
      "6-front.md": "---\ntitle: WP 2016\nyear: soon\n---\nText.\n",
      "7-bad-yaml.md": "---\ntitle: [x\n---\n# WP 2017\n\nText.\n",
      "8-notitle.md": "Text only.\n",
      "9-sidecar.txt": SEED_TEXT,
      "9-sidecar.meta.yml": "url: 5\n",
      "orphan.meta.yml": "url: https://example.org\n",
      "report.docx": "PK",
    });
    const { documents, warnings } = await loadKnowledgeFiles(dir);
    expect(documents.map((d) => d.slug)).toEqual(["0-good", "6-front", "7-bad-yaml", "9-sidecar"]);
    expect(warnings).toEqual([
      { file: "1-empty.txt", message: "empty file" },
      { file: "2-blank.txt", message: "empty file" },
      { file: "3-binary.txt", line: 2, message: "binary file (contains NUL bytes), not text; skipped" },
      { file: "4-latin1.txt", line: 3, message: "not valid UTF-8 text (save the file as UTF-8); skipped" },
      { file: "5-headings.txt", message: "no paragraphs: the document is skipped" },
      { file: "6-front.md", line: 3, message: 'front matter: year must be a four-digit year, not "soon"; ignored' },
      { file: "7-bad-yaml.md", line: 2, message: "front matter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]); ignored" },
      { file: "8-notitle.md", message: "no title: the document is skipped" },
      { file: "9-sidecar.meta.yml", line: 1, message: "sidecar: url must be an http(s) URL, not number 5; ignored" },
      { file: "orphan.meta.yml", message: "sidecar without a matching .txt, .html, .htm, .pdf file; ignored" },
      { file: "report.docx", message: "not a knowledge file (.txt, .md, .html, .htm or .pdf); ignored" },
    ]);
  });

  it("skips a file over the size limit", async () => {
    const dir = await folder({ "good.txt": SEED_TEXT, "huge.txt": "" });
    await fs.truncate(path.join(dir, "huge.txt"), MAX_FILE_BYTES + 1);
    const { documents, warnings } = await loadKnowledgeFiles(dir);
    expect(documents.map((d) => d.slug)).toEqual(["good"]);
    expect(warnings).toEqual([{ file: "huge.txt", message: `larger than the 10 MB limit (${MAX_FILE_BYTES + 1} bytes); skipped` }]);
  });

  it("reports symlink loops, a link to a folder already read and a broken link, and does not follow them", async () => {
    const dir = await folder({ "good.txt": SEED_TEXT, "sub/inner.md": GOOD_MD });
    await fs.symlink(dir, path.join(dir, "sub", "up"));
    await fs.symlink("self", path.join(dir, "self"));
    await fs.symlink(path.join(dir, "sub"), path.join(dir, "twin"));
    await fs.symlink("missing.txt", path.join(dir, "dangling.txt"));
    await fs.symlink("good.txt", path.join(dir, "alias.txt"));
    const { documents, warnings } = await loadKnowledgeFiles(dir);
    expect(documents.map((d) => d.slug)).toEqual(["alias", "good", "sub-inner"]);
    expect(warnings).toEqual([
      { file: "dangling.txt", message: "broken symlink (its target does not exist); skipped" },
      { file: "self", message: "symlink loop; skipped" },
      { file: "sub/up", message: "symlink loop (links to a folder that contains it); skipped" },
      { file: "twin", message: "same folder as sub (a symlink); skipped" },
    ]);
  });

  it("warns about an unreadable file and loads the rest", async () => {
    const dir = await folder({ "a.txt": SEED_TEXT, "b.txt": SEED_TEXT });
    // Tests may run as root, for whom chmod 000 changes nothing: the failure is injected instead.
    const denied: FileSystem = {
      ...nodeFileSystem,
      readFile: (file) =>
        file.endsWith("b.txt") ? Promise.reject(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" })) : nodeFileSystem.readFile(file),
    };
    const { documents, warnings } = await loadKnowledgeFiles(dir, denied);
    expect(documents.map((d) => d.slug)).toEqual(["a"]);
    expect(warnings).toEqual([{ file: "b.txt", message: "cannot be read: permission denied" }]);
  });

  it("gives a duplicate slug a numbered suffix and says so", async () => {
    const dir = await folder({ "a/b.md": GOOD_MD, "a-b.txt": SEED_TEXT, "A-B.md": GOOD_MD });
    const { documents, warnings } = await loadKnowledgeFiles(dir);
    expect(documents.map((d) => [d.slug, d.file, d.passages[0]!.id])).toEqual([
      ["a-b", "A-B.md", "a-b#p1"],
      ["a-b-2", "a/b.md", "a-b-2#p1"],
      ["a-b-3", "a-b.txt", "a-b-3#p1"],
    ]);
    expect(warnings).toEqual([
      { file: "a/b.md", message: 'slug "a-b" is already used by A-B.md; loaded as "a-b-2" (rename one file to choose)' },
      { file: "a-b.txt", message: 'slug "a-b" is already used by A-B.md; loaded as "a-b-3" (rename one file to choose)' },
    ]);
  });

  it("lets a later file take the slug of one that failed to load", async () => {
    const dir = await folder({ "a/b.md": "", "a-b.txt": SEED_TEXT });
    const { documents, warnings } = await loadKnowledgeFiles(dir);
    expect(documents.map((d) => d.slug)).toEqual(["a-b"]);
    expect(warnings).toEqual([{ file: "a/b.md", message: "empty file" }]);
  });
});

describe("loadKnowledgeFiles: folder errors", () => {
  it("throws for a missing folder", async () => {
    const dir = path.join(await folder(), "nope");
    expect((await loadError(dir)).message).toBe(`knowledge folder ${dir} does not exist`);
  });

  it("throws for a file instead of a folder", async () => {
    const dir = await folder({ "f.txt": SEED_TEXT });
    const file = path.join(dir, "f.txt");
    expect((await loadError(file)).message).toBe(`knowledge folder ${file} is not a folder`);
  });

  it("throws for an empty folder, and for one with only dot-files", async () => {
    const empty = await folder();
    expect((await loadError(empty)).message).toBe(`knowledge folder ${empty} has no loadable document (.txt, .md, .html, .htm or .pdf)`);
    const hidden = await folder({ ".hidden.txt": SEED_TEXT });
    expect((await loadError(hidden)).message).toBe(`knowledge folder ${hidden} has no loadable document (.txt, .md, .html, .htm or .pdf)`);
  });

  it("throws for a folder whose every file is bad, and carries the file warnings", async () => {
    const dir = await folder({ "a.txt": "", "b.md": "no title\n" });
    const error = await loadError(dir);
    expect(error.message).toBe(`knowledge folder ${dir} has no loadable document (.txt, .md, .html, .htm or .pdf) (2 file problems; run npm run check-knowledge to list them)`);
    expect(error.warnings).toEqual([
      { file: "a.txt", message: "empty file" },
      { file: "b.md", message: "no title: the document is skipped" },
    ]);
  });

  it("throws for an unreadable folder", async () => {
    const dir = await folder({ "a.txt": SEED_TEXT });
    const denied: FileSystem = { ...nodeFileSystem, readdir: () => Promise.reject(Object.assign(new Error("EACCES"), { code: "EACCES" })) };
    expect((await loadError(dir, denied)).message).toBe(`knowledge folder ${dir} cannot be read: permission denied`);
  });
});
