import { describe, expect, it } from "vitest";
import { parseEvalArgs } from "../../src/eval/args.js";

const DEFAULTS = { corpus: "test/corpus/docs", gold: "test/corpus/gold", questions: "test/corpus/questions.yml", json: false, check: false };

describe("parseEvalArgs", () => {
  it.each([
    [[], DEFAULTS],
    [["--json"], { ...DEFAULTS, json: true }],
    [["--check", "--corpus", "c", "--gold", "g"], { ...DEFAULTS, check: true, corpus: "c", gold: "g" }],
    [["--corpus=c"], { ...DEFAULTS, corpus: "c" }],
  ])("eval %j", (argv, expected) => {
    expect(parseEvalArgs(argv, ["corpus", "gold", "json", "check"])).toEqual(expected);
  });

  it("takes --questions only where it is named", () => {
    expect(parseEvalArgs(["--questions", "q.yml"], ["corpus", "gold", "questions", "json"])).toEqual({ ...DEFAULTS, questions: "q.yml" });
    expect(() => parseEvalArgs(["--questions", "q.yml"], ["corpus", "gold", "json", "check"])).toThrow("Unknown option '--questions' (use --corpus DIR, --gold DIR, --json, --check)");
  });

  it.each([
    [["--corpus"], "Option '--corpus <value>' argument missing (use --corpus DIR, --gold DIR, --json, --check)"],
    [["--corpus", ""], "--corpus needs a path (use --corpus DIR, --gold DIR, --json, --check)"],
    [["--bogus"], "Unknown option '--bogus' (use --corpus DIR, --gold DIR, --json, --check)"],
    [["stray"], "Unexpected argument 'stray'. This command does not take positional arguments (use --corpus DIR, --gold DIR, --json, --check)"],
  ])("refuses %j", (argv, message) => {
    expect(() => parseEvalArgs(argv, ["corpus", "gold", "json", "check"])).toThrow(message);
  });
});
