// Joining wrapped lines: a hyphen the layout put inside a word goes, a compound's hyphen stays, and the
// document's own words decide which is which.
import { describe, expect, it } from "vitest";
import { joinLines, wrapVocabulary } from "../../src/knowledge/blocks.js";

describe("joinLines", () => {
  it("joins lines with a space and keeps every line-end hyphen without a vocabulary", () => {
    expect(joinLines(["Towards Con-", "fiscation and", "Asset Recovery"])).toBe("Towards Con-fiscation and Asset Recovery");
  });

  const document = [
    "The main theme was Towards Con-",
    "fiscation and Asset Recovery. Anti-",
    "Corruption agencies sent a follow-",
    "up team, and whistle-blowers were heard; the insti-",
    "tutions of criminal justice and anti-",
    "corruption work; the follow-up and the corruption of officials.",
    "Cooperation between agencies; co-",
    "operation was praised.",
  ];
  const vocabulary = wrapVocabulary(document);

  it.each([
    // [line end, next line, joined]
    ["Towards Con-", "fiscation and", "Towards Confiscation and"],
    ["the insti-", "tutions of", "the institutions of"],
    ["a regional semi-", "nar on", "a regional seminar on"],
    // closed up because the document writes the word whole ("Cooperation")
    ["between agencies; co-", "operation was", "between agencies; cooperation was"],
  ])("closes up a word broken by the layout: %s + %s", (end, next, joined) => {
    expect(joinLines([end, next], vocabulary)).toBe(joined);
  });

  it.each([
    // the next part starts in capitals
    ["Anti-", "Corruption agencies", "Anti-Corruption agencies"],
    // the document writes the hyphenated word inside a line
    ["sent a follow-", "up team", "sent a follow-up team"],
    ["and whistle-", "blowers were", "and whistle-blowers were"],
    // the next part is a word of the document's own, and the two are never written closed up
    ["justice and anti-", "corruption work", "justice and anti-corruption work"],
  ])("keeps a compound's hyphen: %s + %s", (end, next, joined) => {
    expect(joinLines([end, next], vocabulary)).toBe(joined);
  });

  it("does not count the pieces around a line-end hyphen as words of the document", () => {
    const pieces = wrapVocabulary(["the Con-", "fiscation"]);
    expect([...pieces.words]).toEqual(["the"]);
    expect([...pieces.hyphenated]).toEqual([]);
  });
});
