import { describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidUtf8 } from "../../src/knowledge/utf8.js";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...new TextEncoder().encode(part)] : part)));

describe("decodeUtf8", () => {
  it.each([
    ["ASCII", bytes("Title\nText"), { text: "Title\nText" }],
    ["curly quotes and CJK", bytes("“Japan’s” 日本"), { text: "“Japan’s” 日本" }],
    ["a NUL byte on line 2", bytes("Title\nab", [0], "c"), { problem: "binary file (contains NUL bytes), not text", line: 2 }],
    ["UTF-16 with a BOM", bytes([0xff, 0xfe, 0x54, 0x00]), { problem: "UTF-16 text: save the file as UTF-8" }],
    ["a Latin-1 byte on line 3", bytes("a\nb\ncaf", [0xe9], "\n"), { problem: "not valid UTF-8 text (save the file as UTF-8)", line: 3 }],
    ["a truncated sequence", bytes("x", [0xe2, 0x80]), { problem: "not valid UTF-8 text (save the file as UTF-8)", line: 1 }],
  ])("%s", (_name, input, expected) => {
    expect(decodeUtf8(input)).toEqual(expected);
  });
});

describe("firstInvalidUtf8", () => {
  it.each([
    [bytes("plain"), undefined],
    [bytes("é€😀"), undefined],
    [bytes("ab", [0x80]), 2],
    [bytes("a", [0xc0, 0x80]), 1],
    [bytes("a", [0xf0, 0x9f, 0x98]), 1],
    [bytes([0xff]), 0],
  ])("GIVEN %j THEN %j", (input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });
});
