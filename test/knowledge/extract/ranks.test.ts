import { describe, expect, it } from "vitest";
import { findEditionMentions } from "../../../src/knowledge/extract/editions.js";
import { isRank } from "../../../src/knowledge/extract/ranks.js";

/** Every mention of the sentence with whether it ranks, as [ordinal, rank]. */
function read(sentence: string, acronyms = new Set(["GG"])): Array<[number, boolean]> {
  const mentions = findEditionMentions(sentence, acronyms);
  return mentions.map((mention) => [mention.ordinal, isRank(sentence, mention, mentions.some((other) => other !== mention && other.end === mention.end))]);
}

describe("isRank: ranks are not editions (negative table)", () => {
  it.each([
    ["It was the country's first seminar of this kind.", 1],
    ["Bangkok hosted the third such seminar in the region.", 3],
    ["The 17th GG Seminar was the first GG Seminar to be held online.", 1],
    ["It was Japan's first training course for Pacific prosecutors.", 1],
    ["This was its second workshop on cybercrime.", 2],
    ["It was the first seminar held at the new complex since the move.", 1],
    ["The first-ever seminar on asset recovery took place in Manila.", 1],
    ["The first seminar ran out of time before the last session.", 1],
    ["UNAFEI held the first seminar in which Brunei took part.", 1],
    ["Japan held the first training course on the subject.", 1],
    ["Japan held its first seminar of this kind in 2019.", 1],
    ["UNAFEI held its first online course in 2020.", 1],
    ["The first seminar held in Thailand was a success.", 1],
    ["It was UNAFEI's first seminar on cybercrime.", 1],
    ["It was the first GG seminar Brunei and Singapore joined, and 17 judges took part.", 1],
    ["It was the first seminar they attended in person.", 1],
    ["The first GG Seminar Bangkok hosted was held in 2007.", 1],
    // A streak: how many in a row, not which one.
    ["It was held in the Main Conference Room, the second seminar in a row held in Tokyo.", 2],
    ["It was the third consecutive seminar held online.", 3],
    // Counted within a year.
    ["The second course of the year ran from 18 August to 18 September 2015.", 2],
    ["The third seminar this year met in Tokyo.", 3],
    ["It was in fact the first GG Seminar to meet at the International Legal Affairs Complex.", 1],
    ["This was the second course running to be held in Akishima.", 2],
    ["The first seminar was held online, a change the pandemic forced.", 1],
    ["The 13th GG Seminar met at the International Legal Affairs Complex, the first GG Seminar at the Complex.", 1],
    ["The first seminar met with approval in every capital.", 1],
    // Only a label standing alone numbers: "the first training" inside a sentence still ranks.
    ["It was the first training.", 1],
    ["The first training, and the last, for judges.", 1],
  ])("%j numbers no edition %i", (sentence, ordinal) => {
    expect(read(sentence).filter(([n, rank]) => n === ordinal && !rank)).toEqual([]);
  });
});

describe("isRank: edition numbers stay editions", () => {
  it.each([
    ["In 2021, the 23rd UNCAC training programme was held online.", [[23, false]]],
    ["The eighth GG seminar was held in Kuala Lumpur.", [[8, false]]],
    ["The first and second seminars were held in Bangkok, Thailand.", [[1, false], [2, false]]],
    ["Its most recent session, the third seminar, was held in Côte d'Ivoire.", [[3, false]]],
    ["At GG8, participants discussed asset recovery.", [[8, false]]],
    // A body counting its own meetings, the noun standing alone.
    ["The Institute held its 15th meeting on 24 January 2014.", [[15, false]]],
    ["Its 25th meeting was held on 6 December 2024.", [[25, false]]],
    ["The Seventh Seminar was held in Tokyo.", [[7, false]]],
    ["Readers who followed the 178th International Training Course of the year before will remember it.", [[178, false]]],
    ["Since the first seminar, held in Thailand in 2007, it has run every year.", [[1, false]]],
    ["UNAFEI held its first International Training Course in September 1962.", [[1, false]]],
    ["UNAFEI ran its first international training course in 1962.", [[1, false]]],
    ["Since its first International Training Course in September 1962, UNAFEI has held the course twice a year.", [[1, false]]],
    ["The first GG Seminar was held in Bangkok in 2007.", [[1, false]]],
    // A lower-case first as the subject of a verb of taking place: the first edition.
    ["The first seminar met in Thailand in 2007; since then the host has changed.", [[1, false]]],
    ["The first seminar ran from 17 to 21 December 2007 and was co-hosted by UNAFEI.", [[1, false]]],
    ["The first course was held in Tokyo in 1962.", [[1, false]]],
    // A timeline entry's label, a sentence of its own: it numbers.
    ["The first training.", [[1, false]]],
    ["The first seminar:", [[1, false]]],
    ["This volume collects the work of UNAFEI's 151st International Training Course.", [[151, false]]],
    // A time's possessive dates the edition: "the following year's twenty-sixth programme".
    ["The following year's twenty-sixth programme ran until 19 November 2024.", [[26, false]]],
    ["This year's 20th seminar was held online.", [[20, false]]],
    // A list of ordinals after "its" counts editions: the first of the list as the others.
    ["UNAFEI has run a training since 2014, and its fourth and fifth seminars were planned for 2017 and 2018.", [[4, false], [5, false]]],
  ] as Array<[string, Array<[number, boolean]>]>)("%j → %j", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
