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
    // After a colon, and the clauses that go on with their verb left out, one after another.
    ["The venue has moved around the region: Bangkok had the first two, Manila the third and fourth, and Tokyo the fifth.",
      [[[1, 2], "Bangkok"], [[3, 4], "Manila"], [[5], "Tokyo"]]],
    ["The first two were held in Bangkok, the third and fourth in Manila, the Philippines, and the fifth in Tokyo.",
      [[[1, 2], "Bangkok"], [[3, 4], "Manila, the Philippines"], [[5], "Tokyo"]]],
    ["The first two were held in Bangkok, the third in person.", [[[1, 2], "Bangkok"]]],
    // Places in a list, one each "respectively".
    ["The GG Seminar has been co-hosted by the SPP: the 11th and 12th seminars were held in Hanoi and Da Nang, in October 2017 and November 2018 respectively.",
      [[[11], "Hanoi"], [[12], "Da Nang"]]],
    // The next one with its verb left out, or with "also".
    ["The first session was held in Japan in February 2014 and the second, again in Japan, a year later.", [[[1], "Japan"], [[2], "Japan"]]],
    ["The inaugural session was held in Japan in February 2014, and the second also took place in Japan.", [[[1], "Japan"], [[2], "Japan"]]],
  ])("%j", (text, groups) => {
    expect(placed(text)).toEqual(groups);
  });

  it("keeps the noun the ordinals come with, and in a list each its own ordinal and the clause to 'respectively'", () => {
    const text = "The 11th and 12th seminars were held in Hanoi and Da Nang in 2017 and 2018 respectively. No more.";
    expect(findPlacesInTurn(text).map((group) => [group.written, group.noun, text.slice(group.clause.start, group.clause.end)])).toEqual([
      ["11th", "seminar", "The 11th and 12th seminars were held in Hanoi and Da Nang in 2017 and 2018 respectively"],
      ["12th", "seminar", "The 11th and 12th seminars were held in Hanoi and Da Nang in 2017 and 2018 respectively"],
    ]);
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
    ["places not told apart", "The first two were held in Bangkok and Manila."],
  ])("none for %s", (_why, text) => {
    expect(findPlacesInTurn(text)).toEqual([]);
  });
});
