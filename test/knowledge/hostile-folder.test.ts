// A knowledge folder an operator (or an attacker with write access) got badly wrong, all at once
// (issue 5): random bytes, truncated UTF-8, a real 50 MB file, front matter nested thousands deep, a
// YAML alias bomb, unclosed and malformed front matter, a 300 000-blank line, no paragraphs, duplicate
// slugs, a symlink loop. The loader never throws, names every problem with its file, still loads the
// good files, and check-knowledge exits 1 listing exactly those problems.
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueNotes } from "../../src/knowledge/check-catalogue.js";
import { extractCatalogue } from "../../src/knowledge/extract/index.js";
import { formatCheckReport } from "../../src/knowledge/check-report.js";
import { loadKnowledgeFiles, type LoadResult } from "../../src/knowledge/load.js";
import { SEED_TEXT } from "./seed.js";

/** Deterministic "random" bytes (a linear congruential generator), so the expected warning is exact. */
function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16) & 0xff);
}

const aliasBomb = [
  "---",
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...["b", "c", "d", "e", "f", "g"].map((key, i) => `${key}: &${key} [${Array.from({ length: 9 }, () => `*${"abcdefg"[i]}`).join(",")}]`),
  "title: *g",
  "---",
  "Text.",
  "",
].join("\n");

const FILES: Record<string, string | Uint8Array> = {
  "good.txt": SEED_TEXT,
  "good.md": "---\ntitle: WP 2014\nyear: 2014\n---\n## Governance\n\nThe 8th GG Seminar was held in 2014.\n",
  "random.txt": randomBytes(4096, 12345),
  "truncated.txt": new TextEncoder().encode("Title\n\nA paragraph about 汚職").slice(0, -1),
  "deep-flow.md": `---\ntitle: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n---\n# T\n\nText.\n`,
  "deep-block.md": `---\ntitle: Deep\nnested:\n${Array.from({ length: 1_000 }, (_, i) => `${"  ".repeat(i + 1)}k${i}:`).join("\n")}\n---\nText.\n`,
  "alias-bomb.md": aliasBomb,
  "unclosed.md": "---\ntitle: Never closed\n\nText.\n",
  "malformed.md": "---\n: : :\n\t- x\n---\n# T\n\nText.\n",
  "blanks.txt": `Title\n\n${" ".repeat(300_000)}x\n\nA paragraph.\n`,
  "no-paragraphs.txt": "Title\n\n(1) Heading\n",
  "a/b.md": "---\ntitle: Dup\n---\nText.\n",
  "a-b.txt": "Dup title\n\nText of a paragraph.\n",
};
const HUGE_BYTES = 50 * 1024 * 1024;

let dir: string;
let result: LoadResult;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "hostile-knowledge-"));
  for (const [name, content] of Object.entries(FILES)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), content);
  }
  // A real 50 MB file of paragraphs (not a sparse one), written here and never committed.
  const paragraph = "A paragraph of text about a training course.\n\n";
  await fs.writeFile(path.join(dir, "huge.txt"), paragraph.repeat(Math.ceil(HUGE_BYTES / paragraph.length)).slice(0, HUGE_BYTES));
  await fs.symlink(dir, path.join(dir, "loop"));
  result = await loadKnowledgeFiles(dir);
});
afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe("loadKnowledgeFiles on a hostile folder", () => {
  it("loads the good files (and what is only partly wrong)", () => {
    expect(result.documents.map((d) => [d.slug, d.file, d.title])).toEqual([
      ["a-b", "a/b.md", "Dup"],
      ["a-b-2", "a-b.txt", "Dup title"],
      ["blanks", "blanks.txt", "Title"],
      ["deep-flow", "deep-flow.md", "T"],
      ["good", "good.md", "WP 2014"],
      ["good-2", "good.txt", "White Paper on Development Cooperation 2021"],
      ["malformed", "malformed.md", "T"],
    ]);
  });

  it("names every problem with its file", () => {
    expect(result.warnings).toEqual([
      { file: "loop", message: "symlink loop (links to a folder that contains it); skipped" },
      { file: "a-b.txt", message: 'slug "a-b" is already used by a/b.md; loaded as "a-b-2" (rename one file to choose)' },
      // The yaml package refuses the alias bomb outright, and a mapping nested a thousand deep when its
      // parser runs out of stack (the line it reached depends on the stack size).
      { file: "alias-bomb.md", line: 2, message: "front matter is not valid YAML (Excessive alias count indicates a resource exhaustion attack); ignored" },
      { file: "alias-bomb.md", message: "no title: the document is skipped" },
      { file: "deep-block.md", line: expect.any(Number) as unknown, message: "front matter is not valid YAML (Maximum call stack size exceeded); ignored" },
      { file: "deep-block.md", message: "no title: the document is skipped" },
      { file: "deep-flow.md", line: 2, message: "front matter is not valid YAML (Maximum call stack size exceeded); ignored" },
      { file: "good.txt", message: 'slug "good" is already used by good.md; loaded as "good-2" (rename one file to choose)' },
      { file: "huge.txt", message: `larger than the 10 MB limit (${HUGE_BYTES} bytes); skipped` },
      {
        file: "malformed.md",
        line: 2,
        message: "front matter is not valid YAML (Nested mappings are not allowed in compact mappings); ignored",
      },
      { file: "no-paragraphs.txt", message: "no paragraphs: the document is skipped" },
      { file: "random.txt", line: 3, message: "binary file (contains NUL bytes), not text; skipped" },
      { file: "truncated.txt", line: 3, message: "not valid UTF-8 text (save the file as UTF-8); skipped" },
      { file: "unclosed.md", line: 1, message: "front matter is never closed by a --- line; read as text" },
      { file: "unclosed.md", message: "no title: the document is skipped" },
    ]);
  });
});

describe("npm run check-knowledge on a hostile folder", () => {
  it("exits 1 and lists exactly the loader's problems, then the catalogue's notes", async () => {
    const outcome = await promisify(execFile)("npx", ["tsx", "src/knowledge/check.ts", dir]).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    const notes = catalogueNotes(result.documents, extractCatalogue(result.documents));
    expect(outcome).toEqual({ code: 1, stderr: `${formatCheckReport(result, notes).lines.join("\n")}\n` });
  });
});
