import { describe, expect, it } from "vitest";
import { ApplicationCommandOptionType } from "discord.js";
import type { CommandDefinition } from "../../commands/define.js";
import { commands } from "../../commands/index.js";
import { validateCommands } from "../../src/discord/validate.js";

const ja = (name: string) => ({ name_localizations: { ja: name }, description_localizations: { ja: "説明" } });

const command = (over: Partial<CommandDefinition["data"]> = {}, queryOption?: string): CommandDefinition => ({
  data: { name: "course", description: "A course", ...ja("コース"), options: [], ...over },
  ...(queryOption && { queryOption }),
  run: () => ({ command: "course", query: "", found: false, results: [], suggestions: [] }),
});

const string = (name: string, required: boolean, extra: Record<string, unknown> = {}) =>
  ({ type: ApplicationCommandOptionType.String, name, description: "x", required, ...ja(name), ...extra }) as never;

describe("validateCommands", () => {
  it("finds nothing wrong with the registry", () => {
    expect(validateCommands(commands)).toEqual([]);
  });

  it.each([
    ["an upper-case name", [command({ name: "Course" as "course" })], ["/Course: name “Course” is not a valid lower-case name of 1–32 characters"]],
    ["a long description", [command({ description: "d".repeat(101) })], [`/course: description “${"d".repeat(101)}” must be 1–100 characters`]],
    [
      "no Japanese",
      [command({ name_localizations: {}, description_localizations: {} })],
      ["/course: missing the Japanese (ja) name or description"],
    ],
    ["a duplicate", [command(), command()], ["/course: defined twice"]],
    ["required after optional", [command({ options: [string("a", false), string("b", true)] })], ["/course: required options must come before optional ones"]],
    ["a missing query option", [command({ options: [string("a", true)] }, "course")], ["/course: query option “course” is not among its options"]],
    [
      "autocomplete with choices",
      [command({ options: [string("a", true, { autocomplete: true, choices: [{ name: "x", value: "x" }] })] })],
      ["/course a: cannot have both autocomplete and fixed choices"],
    ],
  ])("GIVEN %s THEN reports it", (_case, defs, problems) => {
    expect(validateCommands(defs)).toEqual(problems);
  });
});
