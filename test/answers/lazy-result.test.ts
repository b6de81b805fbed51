import { describe, expect, it } from "vitest";
import { lazyResult } from "../../src/answers/lazy-result.js";
import type { Citation } from "../../src/answers/types.js";

const CITATION: Citation = { passageId: "wp#p1", documentTitle: "White Paper", section: "Aid", paragraph: 1, excerpt: "A quote.", marks: [] };

function counted(): { made: () => number; result: ReturnType<typeof lazyResult> } {
  let calls = 0;
  const result = lazyResult({ key: "k", title: "T", description: "D" }, () => {
    calls += 1;
    return { facts: [{ label: "Role", value: "host" }], citations: [CITATION] };
  });
  return { made: () => calls, result };
}

describe("lazyResult", () => {
  it("GIVEN a result not read THEN its body is not made", () => {
    const { made, result } = counted();
    expect(result.key).toBe("k");
    expect(result.title).toBe("T");
    expect(made()).toBe(0);
  });

  it("GIVEN its citations read twice and its facts once THEN the body is made once", () => {
    const { made, result } = counted();
    expect(result.citations).toEqual([CITATION]);
    expect(result.citations).toBe(result.citations);
    expect(result.facts).toEqual([{ label: "Role", value: "host" }]);
    expect(made()).toBe(1);
  });

  it("reads as the plain result: keys in order, JSON, spread, equality", () => {
    const { result } = counted();
    const plain = { key: "k", title: "T", description: "D", facts: [{ label: "Role", value: "host" }], citations: [CITATION] };
    expect(Object.keys(result)).toEqual(["key", "title", "description", "facts", "citations"]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(plain);
    expect({ ...counted().result }).toEqual(plain);
    expect(result).toEqual(plain);
  });

  it("GIVEN its citations replaced before they were read THEN the new ones are kept and the facts still made", () => {
    const { made, result } = counted();
    result.citations = [];
    expect(result.citations).toEqual([]);
    expect(result.facts).toEqual([{ label: "Role", value: "host" }]);
    expect(made()).toBe(1);
  });
});
