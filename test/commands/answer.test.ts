import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answer, commands, type CommandName } from "../../commands/index.js";
import type { Answer } from "../../src/answers/types.js";
import { HOSTILE_QUERIES } from "../support/hostile-queries.js";
import { emptyKnowledge, tinyKnowledge } from "../support/tiny-knowledge.js";

const k = tinyKnowledge();
const COMMANDS: CommandName[] = commands.map((c) => c.data.name);

/** Well-formed: the model's fields, a message whenever nothing was found, strings everywhere. */
function expectWellFormed(result: Answer, command: string): void {
  expect(result.command).toBe(command);
  expect(typeof result.query).toBe("string");
  expect(result.query).toBe(result.query.trim());
  expect(Array.isArray(result.results)).toBe(true);
  expect(Array.isArray(result.suggestions)).toBe(true);
  if (!result.found) expect(result.message?.length).toBeGreaterThan(0);
  for (const item of result.results) {
    expect(item.key.length).toBeGreaterThan(0);
    expect(item.title.length).toBeGreaterThan(0);
    for (const citation of item.citations) {
      for (const [start, end] of citation.marks) expect(0 <= start && start < end && end <= citation.excerpt.length).toBe(true);
    }
  }
  expect(() => JSON.stringify(result)).not.toThrow();
}

describe("answer", () => {
  it("covers every command", () => {
    expect(COMMANDS).toEqual(["course", "country", "theme", "ask", "sources", "help"]);
  });

  it.each([
    ["course", "22nd", "uncac-training-programme-22"],
    ["country", "Vietnam", "gg-seminar-13"],
    ["theme", "women", "international-training-course-13"],
    ["ask", "graduates", "wp2019#p4"],
    ["sources", "", "wp2019"],
    ["help", "", "course"],
  ] as const)("/%s %j → first result %j", async (command, query, key) => {
    expect((await answer(k, command, query)).results[0]?.key).toBe(key);
  });

  it.each(["nope", "__proto__", "toString"])("answers an unknown command %j with the help list, not found", async (command) => {
    const result = await answer(k, command, "x");
    expect(result).toMatchObject({ command: "help", found: false, message: `“/${command}” is not a command. The commands are listed below.` });
    expect(result.results.map((item) => item.key)).toEqual(COMMANDS);
  });

  it("caps a 10,000-character query at 500 characters", async () => {
    expect((await answer(k, "ask", "graduates ".repeat(1_000))).query).toHaveLength(499);
  });

  describe.each(COMMANDS)("/%s on hostile input", (command) => {
    it.each(HOSTILE_QUERIES)("is well formed for query %#", async (query) => {
      expectWellFormed(await answer(k, command, query), command);
      expectWellFormed(await answer(emptyKnowledge(), command, query), command);
    });
  });

  it("never throws on any string, for any command", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...COMMANDS), fc.string({ unit: "grapheme", maxLength: 60 }), async (command, query) => {
        expectWellFormed(await answer(k, command, query), command);
      }),
      { numRuns: 300 },
    );
  });
});
