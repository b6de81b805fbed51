// `npm run import` as a process (src/console/import.ts through tsx), as an operator runs it: into the
// configured knowledge folder (KNOWLEDGE_DIR), from a local server on 127.0.0.1, one input failing.
import { execFile } from "node:child_process";
import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "../support/fixture-server.js";

const ROOT = path.join(import.meta.dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const run = promisify(execFile);

let server: FixtureServer;
let knowledge: string;
beforeAll(async () => {
  knowledge = await fs.mkdtemp(path.join(os.tmpdir(), "import-process-"));
  server = await startFixtureServer({
    "/s2_1_3.html": { headers: { "content-type": "text/html" }, body: readFileSync(new URL("../fixtures/html/ministry-section.html", import.meta.url)) },
  });
});
afterAll(async () => {
  await server.close();
  await fs.rm(knowledge, { recursive: true, force: true });
});

async function importing(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // Asynchronously: the server answering the child runs in this process.
  const env = { ...process.env, KNOWLEDGE_DIR: knowledge, DISCORD_TOKEN: "", LOG_LEVEL: "silent" };
  try {
    const { stdout, stderr } = await run(TSX, ["src/console/import.ts", ...args], { cwd: ROOT, env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run import (process)", () => {
  it("writes the good input into KNOWLEDGE_DIR, reports the 404 in one line, counts them and exits 1", async () => {
    const good = server.url("/s2_1_3.html");
    const missing = server.url("/s2_1_4.html");
    const target = path.join(knowledge, "2030-3-support-for-justice-systems.md");
    expect(await importing(good, missing)).toEqual({
      code: 1,
      stdout: `imported ${good} → ${target}: 5 sections, 11 passages (10 paragraphs, 1 note), 1 series, 2 editions (190th International Training Course, 191st International Training Course)\n`,
      stderr: `import: ${missing}: HTTP 404 Not Found; nothing written\nimported 1 of 2 inputs; 1 failed\n`,
    });
    expect(await fs.readdir(knowledge)).toEqual(["2030-3-support-for-justice-systems.md"]);
  }, 60_000);

  it("exits 2 with the usage for bad arguments", async () => {
    expect(await importing("--bogus")).toMatchObject({ code: 2, stdout: "", stderr: expect.stringMatching(/^import: .*--bogus.*\nusage: npm run import -- /) as unknown });
  }, 60_000);
});
