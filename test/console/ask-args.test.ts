import { describe, expect, it } from "vitest";
import { parseAskArguments } from "../../src/console/ask-args.js";

describe("parseAskArguments", () => {
  it.each([
    [["/course", "23rd"], { json: false, batch: false, line: "/course 23rd" }],
    [["--json", "/course 23rd"], { json: true, batch: false, line: "/course 23rd" }],
    [["--knowledge", "docs", "/country", "Viet", "Nam"], { knowledgeDir: "docs", json: false, batch: false, line: "/country Viet Nam" }],
    [["--batch"], { json: true, batch: true, line: "" }],
    [["--batch", "--knowledge=k"], { knowledgeDir: "k", json: true, batch: true, line: "" }],
  ])("GIVEN %j THEN %j", (argv, expected) => {
    expect(parseAskArguments(argv)).toEqual(expected);
  });

  it.each([
    [[], "give a command such as /course 23rd, or --batch"],
    [["--batch", "/course 23rd"], "--batch reads commands from standard input; give none on the command line"],
    [["--knowledge", " ", "/help"], "--knowledge needs a folder"],
    [["--help"], ""],
  ])("GIVEN %j THEN the usage error %j", (argv, error) => {
    expect(parseAskArguments(argv)).toEqual({ error });
  });

  it("GIVEN an unknown flag THEN a usage error naming it", () => {
    expect(parseAskArguments(["--verbose", "/help"])).toEqual({ error: expect.stringContaining("--verbose") as unknown });
  });
});
