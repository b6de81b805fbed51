// The production build as a process, as it is deployed: `npm run build` bundles into a folder of its
// own (so the worktree's dist/ is left alone), then the bundles run with plain node (no tsx): the
// terminal front end answers, the code version was fixed at build time, and a sharded start forks the
// compiled shard.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { APPLICATION_ID, FAKE_TOKEN, GUILD_ID } from "./support/bot-harness.js";
import { startDiscordStandIn, type DiscordStandIn } from "./support/discord-stand-in.js";

const ROOT = join(import.meta.dirname, "..");
// Inside node_modules/, so the bundles find their packages the way dist/ does.
const OUT = join(ROOT, "node_modules", ".cache", `build-test-${process.pid}`);
const ENV = { ...process.env, DISCORD_TOKEN: "", KNOWLEDGE_DIR: "knowledge", LOG_LEVEL: "silent", NO_COLOR: "1" };

let cacheDir: string;
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), "build-cache-"));
  const built = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--outdir", OUT], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  expect(built.stderr).toBe("");
  expect(built.status).toBe(0);
}, 90_000);
afterAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
});

describe("npm run build", () => {
  it("writes one bundle per entry point, with source maps and the code version fixed in", async () => {
    const manifest = JSON.parse(await readFile(join(OUT, "package.json"), "utf8")) as { type: string; codeVersion: string };
    expect(manifest).toEqual({ type: "module", codeVersion: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown });
    for (const name of ["main", "shard", "snapshot-worker", "deploy-commands", "ask", "check-knowledge", "import"]) {
      const code = await readFile(join(OUT, `${name}.js`), "utf8");
      expect(code).toContain(`//# sourceMappingURL=${name}.js.map`);
      expect(code).not.toMatch(/^import .*"tsx|^import .*\.ts"/m);
    }
    // The processes that read the cache (main, its shards, ask) carry the version as a literal.
    for (const name of ["main", "shard", "ask"]) expect(await readFile(join(OUT, `${name}.js`), "utf8")).toContain(JSON.stringify(manifest.codeVersion));
  });

  it("runs the import command with node import.js", () => {
    const run = spawnSync(process.execPath, [join(OUT, "import.js"), "--help"], { cwd: ROOT, env: ENV, encoding: "utf8", timeout: 60_000 });
    expect([run.status, run.stdout, run.stderr]).toEqual([2, "", "usage: npm run import -- <page.html | chapter.pdf | http(s) URL>… [--out DIR] [--force]\n"]);
  });

  it("answers a piped /course 23rd with node main.js", () => {
    const run = spawnSync(process.execPath, ["--enable-source-maps", join(OUT, "main.js")], {
      cwd: ROOT,
      input: "/course 23rd\n",
      env: { ...ENV, KNOWLEDGE_CACHE_DIR: cacheDir },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("23rd UNCAC Training Programme");
  });
});

describe("a knowledge reload in the build", () => {
  it("runs in the compiled snapshot-worker.js and swaps the edit in", { timeout: 60_000 }, async () => {
    const knowledge = await mkdtemp(join(tmpdir(), "build-knowledge-"));
    try {
      await cp(join(ROOT, "knowledge"), knowledge, { recursive: true });
      const env = { ...ENV, KNOWLEDGE_DIR: knowledge, KNOWLEDGE_CACHE_DIR: cacheDir, LOG_LEVEL: "info" };
      const child = spawn(process.execPath, ["--enable-source-maps", join(OUT, "main.js")], { cwd: ROOT, env, stdio: ["pipe", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += String(chunk)));
      const exited = once(child, "exit");
      try {
        await vi.waitFor(() => expect(stderr).toContain("answering standard input"), { timeout: 30_000, interval: 100 });
        await writeFile(join(knowledge, "extra.md"), "---\ntitle: White Paper 2014\n---\n## Governance\n\nThe 8th GG Seminar was held in Manila in 2014.\n");
        await vi.waitFor(() => expect(stderr).toContain('"msg":"knowledge reloaded"'), { timeout: 30_000, interval: 100 });
        expect(stderr).toMatch(/"thread":"build worker","msg":"knowledge built"/);
      } finally {
        child.stdin.end();
        await exited;
      }
      expect(child.exitCode).toBe(0);
    } finally {
      await rm(knowledge, { recursive: true, force: true });
    }
  });
});

describe("a sharded start from the build", () => {
  let standIn: DiscordStandIn;
  beforeAll(async () => {
    standIn = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: GUILD_ID, shards: 2, maxConcurrency: 16 });
  });
  afterAll(async () => {
    await standIn?.close();
  });

  it("forks the compiled shard.js (no tsx) and stops cleanly", { timeout: 90_000 }, async () => {
    const env = { ...ENV, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: standIn.apiUrl, KNOWLEDGE_CACHE_DIR: cacheDir, LOG_LEVEL: "info", SHARD_COUNT: "2", SHARDS_PER_PROCESS: "1" };
    const child = spawn(process.execPath, ["--enable-source-maps", join(OUT, "main.js")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += String(chunk)));
    const exited = once(child, "exit");
    try {
      await vi.waitFor(() => expect(stderr).toContain('"msg":"all shards ready"'), { timeout: 60_000, interval: 200 });
      const pids = [...stderr.matchAll(/"pid":(\d+),"msg":"shard process spawned"/g)].map((m) => Number(m[1]));
      expect(pids).toHaveLength(2);
      for (const pid of pids) {
        const argv = (await readFile(`/proc/${pid}/cmdline`, "utf8")).split("\0");
        expect(argv).toContain(join(OUT, "shard.js"));
        expect(argv.join(" ")).not.toContain("tsx");
      }
    } finally {
      child.kill("SIGTERM");
      await exited;
    }
    expect(child.exitCode).toBe(0);
  });
});
