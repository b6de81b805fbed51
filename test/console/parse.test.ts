import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { commandCompleter, parseCommandLine } from "../../src/console/parse.js";

describe("parseCommandLine", () => {
  it.each([
    ["/course 23rd", { ok: true, command: "course", query: "23rd" }],
    ["  /COURSE   GG 15  ", { ok: true, command: "course", query: "GG 15" }],
    ["country Viet Nam", { ok: true, command: "country", query: "Viet Nam" }],
    ["/ask how many graduates?", { ok: true, command: "ask", query: "how many graduates?" }],
    ["/theme", { ok: true, command: "theme", query: "" }],
    ["/help me please", { ok: true, command: "help", query: "" }],
    ["/sources", { ok: true, command: "sources", query: "" }],
  ])("GIVEN %j THEN %j", (line, expected) => {
    expect(parseCommandLine(line, commands)).toEqual(expected);
  });

  it("GIVEN an empty line THEN says what to type", () => {
    expect(parseCommandLine("   ", commands)).toEqual({ ok: false, error: "Type a command, for example /course 23rd, or /help." });
  });

  it("GIVEN an unknown command THEN lists the commands", () => {
    expect(parseCommandLine("/weather tokyo", commands)).toEqual({
      ok: false,
      error: 'Unknown command "/weather". Commands: /course, /country, /theme, /ask, /sources, /help.',
    });
  });

  it("GIVEN a 10,000-character unknown word THEN the error quotes only its start", () => {
    const result = parseCommandLine(`/${"x".repeat(10_000)}`, commands);
    expect(result).toEqual({ ok: false, error: `Unknown command "/${"x".repeat(40)}…". Commands: /course, /country, /theme, /ask, /sources, /help.` });
  });
});

describe("commandCompleter", () => {
  it.each([
    ["/c", ["/course ", "/country "]],
    ["co", ["/course ", "/country "]],
    ["/s", ["/sources "]],
    ["", ["/course ", "/country ", "/theme ", "/ask ", "/sources ", "/help "]],
    ["/course 2", []],
    ["/x", []],
  ])("GIVEN %j THEN offers %j", (line, expected) => {
    expect(commandCompleter(commands)(line)).toEqual([expected, line]);
  });
});
