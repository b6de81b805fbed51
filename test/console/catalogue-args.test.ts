import { describe, expect, it } from "vitest";
import { parseCatalogueArguments } from "../../src/console/catalogue-args.js";

describe("parseCatalogueArguments", () => {
  it.each([
    [[], { json: false }],
    [["--json"], { json: true }],
    [["--knowledge", "docs"], { knowledgeDir: "docs", json: false }],
    [["--knowledge=k", "--json"], { knowledgeDir: "k", json: true }],
  ])("GIVEN %j THEN %j", (argv, expected) => {
    expect(parseCatalogueArguments(argv)).toEqual(expected);
  });

  it.each([
    [["--help"], ""],
    [["--knowledge", " "], "--knowledge needs a folder"],
    [["extra"], 'unexpected argument "extra"'],
  ])("GIVEN %j THEN the usage error %j", (argv, error) => {
    expect(parseCatalogueArguments(argv)).toEqual({ error });
  });

  it("GIVEN an unknown flag THEN a usage error naming it", () => {
    expect(parseCatalogueArguments(["--verbose"])).toEqual({ error: expect.stringContaining("--verbose") as unknown });
  });
});
