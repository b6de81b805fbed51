import { describe, expect, it } from "vitest";
import { parseImportArguments } from "../../src/console/import-args.js";

describe("parseImportArguments", () => {
  it.each([
    [["page.html"], { inputs: ["page.html"], force: false }],
    [["a.html", "https://example.org/b.pdf", "c.htm"], { inputs: ["a.html", "https://example.org/b.pdf", "c.htm"], force: false }],
    [["--out", "docs", "page.html"], { inputs: ["page.html"], outDir: "docs", force: false }],
    [["page.html", "--out=docs", "--force"], { inputs: ["page.html"], outDir: "docs", force: true }],
  ])("GIVEN %j THEN %j", (argv, expected) => {
    expect(parseImportArguments(argv)).toEqual(expected);
  });

  it.each([
    [[], "nothing to import: give a file or a URL"],
    [[" "], "nothing to import: give a file or a URL"],
    [["--out", " ", "page.html"], "--out needs a folder"],
    [["--help"], ""],
    [["-h", "page.html"], ""],
  ])("GIVEN %j THEN the usage error %j", (argv, error) => {
    expect(parseImportArguments(argv)).toEqual({ error });
  });

  it.each([["--bogus"], ["--out"]])("GIVEN %s THEN a usage error naming it", (flag) => {
    expect(parseImportArguments([flag])).toEqual({ error: expect.stringContaining(flag) as unknown });
  });
});
