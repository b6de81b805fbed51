import { describe, expect, it } from "vitest";
import { escapeText, sliceWhole, truncate } from "../../src/render/discord-text.js";

describe("truncate", () => {
  it.each([
    ["short text", 20, "short text"],
    ["exactly ten", 11, "exactly ten"],
    ["the quick brown fox jumps", 16, "the quick brown…"],
    ["the quick brown, fox", 17, "the quick brown…"],
    ["supercalifragilistic", 10, "supercali…"],
    ["anything", 1, "…"],
    ["anything", 0, ""],
    // Never half an emoji (a lone surrogate): the cut moves back by one code unit.
    ["abcdefgh🙂🙂", 10, "abcdefgh…"],
  ])("GIVEN %j cut to %i THEN %j", (text, max, expected) => {
    const out = truncate(text, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });
});

describe("escapeText", () => {
  it.each([
    ["@everyone and @here", "@\u200beveryone and @\u200bhere"],
    ["<@123456789012345678> <@!123456789012345678>", "\\<\u200b@123456789012345678> \\<\u200b@!123456789012345678>"],
    ["<@&123456789012345678> <#123456789012345678>", "\\<\u200b@&123456789012345678> \\<\u200b#123456789012345678>"],
    ["*bold* _it_ ~~s~~ `code` ||spoiler|| [link](x)", "\\*bold\\* \\_it\\_ \\~\\~s\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| \\[link\\](x)"],
    ["# heading\n- item\n> quote", "\\# heading\n\\- item\n\\> quote"],
    ["Timor-Leste, 2 > 1 # not a heading", "Timor-Leste, 2 > 1 # not a heading"],
    ["back\\slash", "back\\\\slash"],
    ["see https://a.example/s2_1_2.html#:~:text=a*b and _this_", "see https://a.example/s2_1_2.html#:~:text=a*b and \\_this\\_"],
    ["/course <ordinal> <t:1700000000> <:emoji:123>", "/course <ordinal> \\<t:1700000000> \\<:emoji:123>"],
    ["https://x.example/@everyone?a=@here", "https://x.example/%40everyone?a=%40here"],
    ["@everyonehttps://x.example/@everyone", "@\u200beveryonehttps://x.example/%40everyone"],
  ])("GIVEN %j", (text, expected) => {
    expect(escapeText(text)).toBe(expected);
  });
});

describe("sliceWhole", () => {
  it.each([
    ["abc", 5, "abc"],
    ["abc", 2, "ab"],
    ["a🙂", 2, "a"],
    ["a🙂", 3, "a🙂"],
    ["🙂", 0, ""],
    ["ab", -1, ""],
  ])("GIVEN %j cut to %i units THEN %j", (text, max, expected) => {
    expect(sliceWhole(text, max)).toBe(expected);
  });
});
