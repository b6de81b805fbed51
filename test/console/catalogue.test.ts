// `npm run catalogue` as a process, on the bundled knowledge: text, JSON and exit codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CatalogueReport } from "../../src/answers/catalogue.js";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const ENV = { ...process.env, DISCORD_TOKEN: "", KNOWLEDGE_DIR: "", LOG_LEVEL: "silent", NO_COLOR: "1" };

function run(args: string[]) {
  const result = spawnSync(TSX, ["src/console/catalogue.ts", ...args], { cwd: ROOT, env: ENV, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run catalogue", () => {
  it("prints every series and edition of the bundled knowledge with its facts' clauses", () => {
    const { code, stdout, stderr } = run([]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout.split("\n")[0]).toBe("Catalogue: 3 series, 4 editions from 1 document (7 passages); 0 facts with conflicting values, 0 inferred.");
    expect(stdout.match(/^ {2}EDITION .*$/gm)).toEqual([
      "  EDITION 23rd UNCAC Training Programme [uncac-training-programme-23] (written “23rd”)",
      "  EDITION 15th GG Seminar [gg-seminar-15] (written “15th”)",
      "  EDITION 175th International Training Course [international-training-course-175] (written “175th”)",
      "  EDITION 176th International Training Course [international-training-course-176] (written “176th”)",
    ]);
    expect(stdout).toContain("    Participants: 18 criminal justice practitioners from 10 countries (stated)\n      000_c889310df7d76567.txt:16 ¶5 [000_c889310df7d76567#p5 365–550]\n        “15th GG Seminar on the theme of “Effective International Cooperation for Combating");
  });

  it("--json prints the report", () => {
    const { code, stdout } = run(["--json", "--knowledge", "knowledge"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as CatalogueReport;
    expect(report.series.map((series) => [series.id, series.editions.map((edition) => edition.id)])).toEqual([
      ["uncac-training-programme", ["uncac-training-programme-23"]],
      ["gg-seminar", ["gg-seminar-15"]],
      ["international-training-course", ["international-training-course-175", "international-training-course-176"]],
    ]);
    const theme = report.series[1]!.editions[0]!.facts.find((fact) => fact.label === "Theme")!;
    expect(theme).toMatchObject({ value: "Effective International Cooperation for Combating Corruption", basis: "stated", evidence: [{ passageId: "000_c889310df7d76567#p5", locator: "000_c889310df7d76567.txt:16 ¶5" }] });
  });

  it.each([
    [["--bogus"], 2, /^catalogue: .*--bogus[\s\S]*usage: npm run catalogue/],
    [["--knowledge", "no/such/folder"], 1, /^catalogue: knowledge folder no\/such\/folder does not exist\n$/],
    [["--knowledge", mkdtempSync(join(tmpdir(), "catalogue-empty-"))], 1, /^catalogue: knowledge folder .* has no loadable document/],
  ])("%j exits %i", (args, exit, stderr) => {
    const { code, stdout, stderr: err } = run(args);
    expect([code, stdout]).toEqual([exit, ""]);
    expect(err).toMatch(stderr);
  });
});
