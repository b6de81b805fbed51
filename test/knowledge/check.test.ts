// check-knowledge run as a process, the way CI runs it.
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writePdf } from "../support/pdf-writer.js";
import { SEED_TEXT } from "./seed.js";

const run = promisify(execFile);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function checkKnowledge(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "src/knowledge/check.ts", ...args], { env: { ...process.env, KNOWLEDGE_DIR: "knowledge" } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run check-knowledge", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "check-knowledge-"));
    await fs.mkdir(path.join(dir, "bad"));
    await fs.writeFile(path.join(dir, "bad", "good.txt"), SEED_TEXT);
    await fs.writeFile(path.join(dir, "bad", "empty.txt"), "");
    await fs.writeFile(path.join(dir, "bad", "front.md"), "---\ntitle: WP 2016\nurl: 5\n---\nText.\n");
    await fs.mkdir(path.join(dir, "none"));
    // PDFs the loader cannot read, beside a good one: reported as every other format's problems are.
    await fs.mkdir(path.join(dir, "pdf"));
    const chapter = writePdf([[{ text: "White Paper 2030", y: 700, size: 20 }, { text: "Japan trains prosecutors from partner countries.", y: 650 }]]);
    await fs.writeFile(path.join(dir, "pdf", "chapter.pdf"), chapter);
    await fs.writeFile(path.join(dir, "pdf", "scanned.pdf"), writePdf([[], [], []]));
    await fs.writeFile(path.join(dir, "pdf", "locked.pdf"), writePdf([[{ text: "Secret.", y: 700 }]], { encrypted: true }));
    await fs.writeFile(path.join(dir, "pdf", "truncated.pdf"), chapter.slice(0, 200));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("passes on the shipped knowledge folder (the default)", async () => {
    expect(await checkKnowledge()).toEqual({ code: 0, stdout: "1 document, 7 passages, 0 warnings\n", stderr: "" });
  });

  it("lists every problem of a bad folder and exits 1", async () => {
    expect(await checkKnowledge(path.join(dir, "bad"))).toEqual({
      code: 1,
      stdout: "",
      stderr: ["empty.txt: empty file", "front.md:3: front matter: url must be an http(s) URL, not number 5; ignored", "2 documents, 8 passages, 2 warnings", ""].join("\n"),
    });
  });

  it("lists a scanned, an encrypted and a truncated PDF by name, loads the good one, and exits 1", async () => {
    expect(await checkKnowledge(path.join(dir, "pdf"))).toEqual({
      code: 1,
      stdout: "",
      stderr: [
        "locked.pdf: is encrypted (it needs a password); skipped",
        "scanned.pdf: no text layer in its 3 pages (a scanned PDF? it needs OCR first); skipped",
        "truncated.pdf: is not a readable PDF (truncated or damaged); skipped",
        "1 document, 1 passage, 3 warnings",
        "",
      ].join("\n"),
    });
  });

  it.each([
    ["a missing folder", "missing", "does not exist"],
    ["an empty folder", "none", "has no loadable document (.txt, .md, .html, .htm or .pdf)"],
  ])("prints one error line for %s and exits 1", async (_name, name, reason) => {
    expect(await checkKnowledge(path.join(dir, name))).toEqual({ code: 1, stdout: "", stderr: `error: knowledge folder ${path.join(dir, name)} ${reason}\n` });
  });
});
