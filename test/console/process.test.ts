// The terminal front end and `npm run ask` as processes, as a user runs them: real knowledge folder,
// real stdin/stdout, exit codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
// An empty DISCORD_TOKEN stops dotenv from filling one in from a developer's .env.
const ENV = { ...process.env, DISCORD_TOKEN: "", KNOWLEDGE_DIR: "", LOG_LEVEL: "silent", NO_COLOR: "1" };

function run(script: string, args: string[], input = "", env: NodeJS.ProcessEnv = ENV) {
  const result = spawnSync(TSX, [script, ...args], { cwd: ROOT, input, env, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonAnswer {
  command: string;
  query: string;
  found: boolean;
  results: Array<{ title: string; facts: Array<{ label: string; value: string }>; citations: Array<{ paragraph: number; url?: string; excerpt: string }> }>;
  suggestions: string[];
}

function fact(answer: JsonAnswer, label: string): string | undefined {
  return answer.results[0]?.facts.find((f) => f.label === label)?.value;
}

describe("npm start without a token (piped)", () => {
  it("answers each input line and exits at the end of input", () => {
    const { code, stdout, stderr } = run("src/main.ts", [], "/course 23rd\n\n/country Vietnam\n");
    expect(code).toBe(0);
    expect(stderr).toBe("No DISCORD_TOKEN set: answering standard input from knowledge/.\n");
    const answers = stdout.split("\n\n1. ");
    expect(answers).toHaveLength(2);
    expect(stdout.startsWith("1. 23rd UNCAC Training Programme\n")).toBe(true);
    expect(stdout).toContain("Theme: Tackling Emerging Threats of Corruption in the Borderless and Digitalized World");
    expect(answers[1]?.startsWith("15th GG Seminar\n")).toBe(true);
  });

  it("exits 1 with one line naming KNOWLEDGE_DIR (not its value) when the knowledge folder is missing", () => {
    const { code, stdout, stderr } = run("src/main.ts", [], "", { ...ENV, KNOWLEDGE_DIR: "no/such/folder" });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("Cannot start: KNOWLEDGE_DIR: the knowledge folder does not exist\n");
  });

  it("exits 1 with one line naming KNOWLEDGE_DIR (not its value) when it points at a file", () => {
    const { code, stdout, stderr } = run("src/main.ts", [], "", { ...ENV, KNOWLEDGE_DIR: "package.json" });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("Cannot start: KNOWLEDGE_DIR: the knowledge folder is not a folder\n");
  });

  it("exits 1 naming the variable when the token is malformed, without echoing it", () => {
    const { code, stderr } = run("src/main.ts", [], "", { ...ENV, DISCORD_TOKEN: "SECRET-not-a-token" });
    expect(code).toBe(1);
    expect(stderr).toBe("Cannot start: DISCORD_TOKEN: is not a bot token (expected three dot-separated parts, as shown in the developer portal)\n");
  });
});

describe("npm run ask", () => {
  it("prints one JSON answer with facts and citations", () => {
    const { code, stdout } = run("src/console/ask.ts", ["--json", "/course", "15th"]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as JsonAnswer;
    expect([answer.command, answer.query, answer.found]).toEqual(["course", "15th", true]);
    expect(answer.results[0]?.title).toBe("15th GG Seminar");
    expect(fact(answer, "Theme")).toBe("Effective International Cooperation for Combating Corruption");
    expect(fact(answer, "Period")).toBe("December 2021");
    expect(fact(answer, "Format")).toBe("Online");
    expect(fact(answer, "Participants")).toBe("18 criminal justice practitioners from 10 countries");
    expect(fact(answer, "Countries")).toBe("Brunei, Cambodia, Indonesia, Laos, Malaysia, Philippines, Singapore, Thailand, Viet Nam, Timor-Leste");
    expect(answer.results[0]?.citations[0]?.paragraph).toBe(5);
    expect(answer.results[0]?.citations[0]?.url).toMatch(/^https:\/\/www\.mofa\.go\.jp\/policy\/oda\/white\/2021\/html\/honbun\/b2\/s2_1_2\.html#:~:text=In%20December%202021/);
  });

  it("answers --batch lines as JSON lines, a bad line included", () => {
    const { code, stdout } = run("src/console/ask.ts", ["--batch"], "/theme inclusive\n/ask UNAFEI established\n/nope\n");
    expect(code).toBe(0);
    const answers = stdout.trim().split("\n").map((line) => JSON.parse(line) as JsonAnswer);
    expect(answers.map((a) => [a.command, a.found])).toEqual([
      ["theme", true],
      ["ask", true],
      ["help", false],
    ]);
    expect(answers[0]?.results[0]?.title).toBe("176th International Training Course");
    expect(answers[1]?.results[0]?.citations[0]?.excerpt).toMatch(/^Established in 1962/);
  });

  it("takes the folder from --knowledge and from KNOWLEDGE_DIR", () => {
    const dir = mkdtempSync(join(tmpdir(), "ask-knowledge-"));
    writeFileSync(join(dir, "doc.md"), "---\ntitle: Test Paper 2019\nsection: Tests\n---\n\nIn 2019, the 3rd Pacific Seminar on “Island Justice” was held in Suva, Fiji.\n");
    const viaFlag = JSON.parse(run("src/console/ask.ts", ["--knowledge", dir, "--json", "/sources"]).stdout) as JsonAnswer;
    const viaEnv = JSON.parse(run("src/console/ask.ts", ["--json", "/sources"], "", { ...ENV, KNOWLEDGE_DIR: dir }).stdout) as JsonAnswer;
    expect(viaFlag.results.map((r) => r.title)).toEqual(["Test Paper 2019"]);
    expect(viaEnv).toEqual(viaFlag);
  });

  it("exits 0 with found:false for an unknown course", () => {
    const { code, stdout } = run("src/console/ask.ts", ["--json", "/course", "99th"]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as JsonAnswer).found).toBe(false);
  });

  it("exits 2 with a usage line for bad usage", () => {
    const { code, stdout, stderr } = run("src/console/ask.ts", ["--frobnicate"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("usage: npm run ask --");
  });

  it("exits 1 with one line for an empty knowledge folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "ask-empty-"));
    const { code, stderr } = run("src/console/ask.ts", ["--knowledge", dir, "/help"]);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^ask: /);
  });

  it("writes the knowledge cache on its first run and answers from it on the next", () => {
    const env = { ...ENV, KNOWLEDGE_CACHE_DIR: mkdtempSync(join(tmpdir(), "ask-cache-")), LOG_LEVEL: "info" };
    const messages = (stderr: string): string[] => stderr.trim().split("\n").map((line) => (JSON.parse(line) as { msg: string }).msg);
    const first = run("src/console/ask.ts", ["--json", "/course", "23rd"], "", env);
    expect(messages(first.stderr)).toEqual(["knowledge cache not used; building", "knowledge built", "knowledge cache written"]);
    const second = run("src/console/ask.ts", ["--json", "/course", "23rd"], "", env);
    expect(messages(second.stderr)).toEqual(["knowledge loaded from cache"]);
    expect(second.stdout).toBe(first.stdout);
  });
});
