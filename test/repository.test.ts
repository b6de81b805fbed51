// Secrets stay out of git (issue 5): `.env` is ignored and untracked, the example file carries no
// token, and dependencies are pinned by a tracked lockfile.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const git = (...args: string[]): string => execFileSync("git", args, { encoding: "utf8" });

describe("repository hygiene", () => {
  it.each([".env", "sub/.env", "bot.log"])("git ignores %s", (file) => {
    // check-ignore prints the path and exits 0 when it is ignored (and throws on exit 1 when it is not).
    expect(git("check-ignore", "--no-index", file).trim()).toBe(file);
  });

  it("tracks no .env file", () => {
    expect(git("ls-files", "--", ".env", "**/.env")).toBe("");
  });

  it("ships .env.example with an empty DISCORD_TOKEN", () => {
    const lines = readFileSync(".env.example", "utf8").split("\n");
    expect(lines.filter((l) => l.startsWith("DISCORD_TOKEN"))).toEqual(["DISCORD_TOKEN="]);
  });

  it("tracks package-lock.json (npm ci installs exactly what was audited)", () => {
    expect(git("ls-files", "--", "package-lock.json").trim()).toBe("package-lock.json");
  });
});
