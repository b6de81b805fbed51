import { describe, expect, it } from "vitest";
import { helpEntry } from "../../commands/define.js";
import { commands } from "../../commands/index.js";
import { answerHelp } from "../../src/answers/help.js";
import { emptyKnowledge, tinyKnowledge } from "../support/tiny-knowledge.js";

const entries = commands.map(helpEntry);

describe("answerHelp", () => {
  it("lists every command with examples taken from the knowledge", () => {
    const answer = answerHelp(tinyKnowledge(), entries);
    expect(answer.found).toBe(true);
    expect(answer.results.map((result) => [result.key, result.title, result.facts])).toEqual([
      ["course", "/course <ordinal, series or theme words>", [{ label: "Example", value: "/course 13th" }]],
      ["country", "/country <name>", [{ label: "Example", value: "/country Cambodia" }]],
      ["theme", "/theme <words>", [{ label: "Example", value: "/theme cooperation" }]],
      ["ask", "/ask <question>", [{ label: "Example", value: "/ask when did the GG Seminar start" }]],
      ["sources", "/sources", [{ label: "Example", value: "/sources" }]],
      ["help", "/help", [{ label: "Example", value: "/help" }]],
    ]);
    expect(answer.results.every((result) => (result.description ?? "").length > 0)).toBe(true);
  });

  it("gives no invented example when the knowledge has nothing to take one from", () => {
    expect(answerHelp(emptyKnowledge(), entries).results.map((result) => result.facts)).toEqual([[], [], [], [], [{ label: "Example", value: "/sources" }], [{ label: "Example", value: "/help" }]]);
  });
});
