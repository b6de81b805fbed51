import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { decodePageId, encodePageId, fingerprint, recoverQuery, type PageRef } from "../../src/discord/paging.js";

const ref: PageRef = { command: "country", page: 2, askerId: "1111111111111111111", fingerprint: "abc123", query: "Viet Nam" };

describe("encodePageId / decodePageId", () => {
  it("round-trips a page reference", () => {
    expect(encodePageId(ref)).toBe("pg:country:2:1111111111111111111:abc123:Viet Nam");
    expect(decodePageId(encodePageId(ref), commands)).toEqual(ref);
  });

  it("keeps a query with colons intact", () => {
    expect(decodePageId(encodePageId({ ...ref, query: "a:b:c" }), commands)?.query).toBe("a:b:c");
  });

  it("cuts a long query so the id stays within 100 characters, and marks it cut", () => {
    const id = encodePageId({ ...ref, command: "ask", query: "q".repeat(300) });
    expect(id).toHaveLength(100);
    expect(decodePageId(id, commands)).toEqual({ ...ref, command: "ask", query: "q".repeat(100 - "pg:ask:2:1111111111111111111:abc123;".length), cut: true });
  });

  it("keeps a query that just fits whole (not cut)", () => {
    const room = 100 - "pg:ask:2:1111111111111111111:abc123:".length;
    expect(decodePageId(encodePageId({ ...ref, command: "ask", query: "q".repeat(room) }), commands)).toEqual({ ...ref, command: "ask", query: "q".repeat(room) });
  });
});

describe("recoverQuery", () => {
  it.each([
    ["Showing 1–10 of 25 for “a long question”", "a long", "a long question"],
    ["Showing 1–10 of 25 for “\\*bold\\* and snake\\_case: @\u200beveryone”", "*bold", "*bold* and snake_case: @everyone"],
    ["Showing 1–10 of 25 for “back\\\\slash”", "back", "back\\slash"],
    ["Showing 1–10 of 25 for “other question”", "a long", undefined],
    ["no such line", "a", undefined],
    [undefined, "a", undefined],
  ])("GIVEN content %j and kept %j THEN %j", (content, kept, query) => {
    expect(recoverQuery(content, kept)).toBe(query);
  });

  it.each([
    ["another prefix", "xx:country:2:1111111111111111111:abc123:q"],
    ["an unknown command", "pg:weather:2:1111111111111111111:abc123:q"],
    ["a non-numeric page", "pg:country:two:1111111111111111111:abc123:q"],
    ["a malformed user id", "pg:country:2:alice:abc123:q"],
    ["no query separator", "pg:country:2:1111111111111111111:abc123"],
    ["empty", ""],
  ])("GIVEN %s THEN undefined", (_case, id) => {
    expect(decodePageId(id, commands)).toBeUndefined();
  });
});

describe("fingerprint", () => {
  const results = (...keys: string[]) => ({ results: keys.map((key) => ({ key, title: key, facts: [], citations: [] })) });

  it("is stable for the same results and changes with their keys or order", () => {
    expect(fingerprint(results("a", "b"))).toBe(fingerprint(results("a", "b")));
    expect(fingerprint(results("a", "b"))).not.toBe(fingerprint(results("b", "a")));
    expect(fingerprint(results("a", "b"))).not.toBe(fingerprint(results("a", "c")));
    expect(fingerprint(results("a"))).toMatch(/^[0-9a-z]{1,7}$/);
  });
});
