import { describe, expect, it } from "vitest";
import { documentOfPassage, slugFromPath } from "../../src/knowledge/slug.js";

describe("slugFromPath", () => {
  it.each([
    ["000_c889310df7d76567.txt", "000_c889310df7d76567"],
    ["2014/Governance.md", "2014-governance"],
    ["a/b/c.txt", "a-b-c"],
    ["a\\b.txt", "a-b"],
    ["White Paper (2021).TXT", "white-paper--2021-"],
    ["Café.md", "caf-"],
    ["no-extension", "no-extension"],
    ["v1.2/notes.md", "v1-2-notes"],
  ])("GIVEN %j THEN %j", (file, slug) => {
    expect(slugFromPath(file)).toBe(slug);
  });
});

describe("documentOfPassage", () => {
  it.each([["wp2021-governance#p12", "wp2021-governance"], ["moj-uncac23#p3", "moj-uncac23"], ["no-passage", "no-passage"]])("%s → %s", (id, slug) => {
    expect(documentOfPassage(id)).toBe(slug);
  });
});
