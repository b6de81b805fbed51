// The knowledge folder is a boundary (issue 9): a symlink whose real path leaves the folder is refused
// with a warning (check-knowledge lists it); control characters and bidi controls in file names are
// escaped wherever a name is printed; bidi controls in documents are removed like zero-width
// characters; only regular files are opened, in the folder and at the cache path (a FIFO there used to
// hang start-up), and a cache path on procfs is a logged miss.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { cacheFilePath } from "../../src/snapshot/cache.js";
import { loadSnapshot } from "../../src/snapshot/load.js";
import { formatCheckReport } from "../../src/knowledge/check-report.js";
import { loadKnowledgeFiles } from "../../src/knowledge/load.js";
import { normaliseText } from "../../src/knowledge/normalise.js";
import { printable } from "../../src/knowledge/printable.js";
import { createLogger } from "../../src/logger.js";

const DOC = "---\ntitle: White Paper 2014\n---\n## Governance\n\nThe 8th GG Seminar on the theme of “Asset Recovery” was held in Bangkok from 18 to 20 November 2014.\n";

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

/** `root/knowledge` with `files`, and `root/outside.txt`, a document that is not part of the knowledge. */
async function project(files: Record<string, string>): Promise<{ root: string; dir: string }> {
  const root = await tempDir("knowledge-boundary-");
  const dir = path.join(root, "knowledge");
  await fs.mkdir(dir);
  for (const [name, content] of Object.entries(files)) await fs.writeFile(path.join(dir, name), content);
  await fs.writeFile(path.join(root, "outside.txt"), "Secret title\n\nA secret paragraph that must never be quoted.\n");
  await fs.mkdir(path.join(root, "elsewhere"));
  await fs.writeFile(path.join(root, "elsewhere", "other.md"), DOC);
  return { root, dir };
}

describe("symlinks leaving the knowledge folder", () => {
  it("GIVEN links to a file and to a folder outside THEN neither is read, each is a warning, and links inside still work", async () => {
    const { root, dir } = await project({ "good.md": DOC });
    await fs.symlink(path.join(root, "outside.txt"), path.join(dir, "leak.txt"));
    await fs.symlink("../outside.txt", path.join(dir, "relative-leak.txt"));
    await fs.symlink(path.join(root, "elsewhere"), path.join(dir, "linked-folder"));
    await fs.symlink("good.md", path.join(dir, "alias.md"));
    const result = await loadKnowledgeFiles(dir);
    expect(result.documents.map((d) => d.slug)).toEqual(["alias", "good"]);
    expect(JSON.stringify(result.documents)).not.toContain("secret");
    expect(result.warnings).toEqual([
      { file: "leak.txt", message: "links outside the knowledge folder; skipped" },
      { file: "linked-folder", message: "links outside the knowledge folder; skipped" },
      { file: "relative-leak.txt", message: "links outside the knowledge folder; skipped" },
    ]);
    expect(formatCheckReport(result).lines).toEqual([
      "leak.txt: links outside the knowledge folder; skipped",
      "linked-folder: links outside the knowledge folder; skipped",
      "relative-leak.txt: links outside the knowledge folder; skipped",
      "2 documents, 2 passages, 3 warnings",
    ]);
  });

  it("GIVEN the knowledge folder itself is a symlink THEN what it points to is the folder", async () => {
    const { root } = await project({});
    const link = path.join(root, "link-to-elsewhere");
    await fs.symlink(path.join(root, "elsewhere"), link);
    expect((await loadKnowledgeFiles(link)).documents.map((d) => d.slug)).toEqual(["other"]);
  });

  it("GIVEN check-knowledge on a folder with a link to a system file THEN it warns and exits 1", async () => {
    const { dir } = await project({ "good.md": DOC });
    await fs.symlink("/etc/passwd", path.join(dir, "passwd.txt"));
    const outcome = await promisify(execFile)("npx", ["tsx", "src/knowledge/check.ts", dir]).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(outcome).toEqual({ code: 1, stderr: "passwd.txt: links outside the knowledge folder; skipped\n1 document, 1 passage, 1 warning\n" });
  });
});

describe("file names with control and bidi characters", () => {
  const HOSTILE = ["esc\u001b[2J.txt", "bell\u0007.md", "new\nline.txt", "csi\u009b31m.md", "rlo\u202egnp.md"];

  it.each([
    ["esc\u001b[2J", "esc\\x1b[2J"],
    ["a\r\nb", "a\\x0d\\x0ab"],
    ["\u009b31m", "\\x9b31m"],
    ["rlo\u202etxt.exe", "rlo\\u202etxt.exe"],
    ["isolate\u2066x\u2069", "isolate\\u2066x\\u2069"],
    ["plain/名前 ok.txt", "plain/名前 ok.txt"],
  ])("GIVEN %j THEN printable gives %j (and is idempotent)", (name, shown) => {
    expect(printable(name)).toBe(shown);
    expect(printable(printable(name))).toBe(shown);
  });

  it("GIVEN such names in the folder THEN every warning, document file and report line is escaped", async () => {
    const { dir } = await project(Object.fromEntries(HOSTILE.map((name) => [name, name.endsWith(".md") ? DOC : ""])));
    const result = await loadKnowledgeFiles(dir);
    const printed = [...formatCheckReport(result).lines, ...result.documents.map((d) => d.file), ...result.warnings.map((w) => `${w.file} ${w.message}`)].join("\n");
    // eslint-disable-next-line no-control-regex -- the point
    expect(printed.split("\n").every((line) => !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(line))).toBe(true);
    expect(result.documents.map((d) => d.file).sort()).toEqual(["bell\\x07.md", "csi\\x9b31m.md", "rlo\\u202egnp.md"]);
    expect(result.warnings.map((w) => w.file).sort()).toEqual(["esc\\x1b[2J.txt", "new\\x0aline.txt"]);
  });
});

describe("bidi controls in documents", () => {
  it("GIVEN overrides, embeddings, isolates and marks THEN they are removed like zero-width characters", () => {
    expect(normaliseText("Paid \u202e0001\u202c USD; \u2067x\u2069 \u200fy\u200e \u061cz\u202a\u202b\u202d")).toBe("Paid 0001 USD; x y z");
  });
});

function recordingLogger(): { logger: ReturnType<typeof createLogger>; lines: { level: number; msg: string; reason?: string }[] } {
  const lines: { level: number; msg: string; reason?: string }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as { level: number; msg: string; reason?: string });
      done();
    },
  });
  return { logger: createLogger("info", stream), lines };
}

describe("odd files", () => {
  it("GIVEN a FIFO in the knowledge folder THEN it is skipped with a warning", async () => {
    const { dir } = await project({ "good.md": DOC });
    execFileSync("mkfifo", [path.join(dir, "pipe.txt")]);
    const result = await loadKnowledgeFiles(dir);
    expect(result.documents.map((d) => d.slug)).toEqual(["good"]);
    expect(result.warnings).toEqual([{ file: "pipe.txt", message: "not a regular file; skipped" }]);
  });

  it("GIVEN a FIFO at the cache path THEN start-up does not hang: a logged miss, the knowledge is built", async () => {
    const { root, dir } = await project({ "good.md": DOC });
    const cacheDir = path.join(root, "cache");
    await fs.mkdir(cacheDir);
    execFileSync("mkfifo", [cacheFilePath(cacheDir, dir)]);
    const { logger, lines } = recordingLogger();
    const loaded = await loadSnapshot(dir, { cacheDir, logger });
    expect(loaded.source).toBe("built");
    expect(lines.find((l) => l.msg === "knowledge cache not used; building")).toMatchObject({ level: 40, reason: "not a regular file" });
  });

  it.skipIf(!existsSync("/proc/self"))("GIVEN a cache folder on procfs THEN a logged miss, the knowledge is built, the write failure is logged", async () => {
    const { dir } = await project({ "good.md": DOC });
    const { logger, lines } = recordingLogger();
    const loaded = await loadSnapshot(dir, { cacheDir: "/proc/self", logger });
    expect(loaded.source).toBe("built");
    expect(lines.map((l) => l.msg)).toEqual(["knowledge cache not used; building", "knowledge built", "knowledge cache not written; the next start rebuilds"]);
  });
});
