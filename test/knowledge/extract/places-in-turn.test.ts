import { describe, expect, it } from "vitest";
import { findPlacesInTurn } from "../../../src/knowledge/extract/places-in-turn.js";

const placed = (text: string): Array<[number[], string]> => findPlacesInTurn(text).map((group) => [group.ordinals, group.place]);

describe("findPlacesInTurn", () => {
  it.each([
    ["The first two were held in Bangkok, Thailand; the third and fourth took place in Manila, the Philippines. This one was the first to be held in Japan.",
      [[[1, 2], "Bangkok, Thailand"], [[3, 4], "Manila, the Philippines"]]],
    ["Bangkok, Thailand, saw the First and Second Seminars. Manila, the Philippines, saw the Third and Fourth, and Tokyo the Fifth.",
      [[[1, 2], "Bangkok, Thailand"], [[3, 4], "Manila, the Philippines"], [[5], "Tokyo"]]],
    ["A. The first and second were held in Bangkok, Thailand. The third and fourth went to Manila, and the fifth was the first to be held in Japan.",
      [[[1, 2], "Bangkok, Thailand"], [[3, 4], "Manila"]]],
    ["Bangkok took the first two, Manila the third and fourth.", [[[1, 2], "Bangkok"], [[3, 4], "Manila"]]],
    ["The 1st and 2nd seminars were held in Bangkok.", [[[1, 2], "Bangkok"]]],
    // The next one with its verb left out, or with "also".
    ["The first session was held in Japan in February 2014 and the second, again in Japan, a year later.", [[[1], "Japan"], [[2], "Japan"]]],
    ["The inaugural session was held in Japan in February 2014, and the second also took place in Japan.", [[[1], "Japan"], [[2], "Japan"]]],
  ])("%j", (text, groups) => {
    expect(placed(text)).toEqual(groups);
  });

  it("keeps the ordinals as written", () => {
    expect(findPlacesInTurn("The first two were held in Bangkok; the Third and Fourth seminars took place in Manila.").map((group) => group.written)).toEqual(["first two", "Third and Fourth"]);
  });

  it.each([
    ["a rank", "The fifth was the first to be held in Japan."],
    ["one edition alone, which may be the first of anything", "The first was held in Bangkok in 2007."],
    ["ordinals with no place", "The first and second were held online."],
    ["a place in lower case", "The first two were held in the capital."],
    ["no ordinal", "Seminars were held in Bangkok and Manila."],
    ["an inaugural address", "The inaugural address was given in Tokyo."],
  ])("none for %s", (_why, text) => {
    expect(findPlacesInTurn(text)).toEqual([]);
  });
});
