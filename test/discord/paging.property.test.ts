// Any custom id on a button (random, truncated, from an older version) decodes to nothing or to a
// well-formed page reference, so the router can always give a clear answer; and what this version
// writes decodes back to itself.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { decodePageId, encodePageId, type PageRef } from "../../src/discord/paging.js";
import { LIMITS as DISCORD_LIMITS } from "../support/discord-limits.js";

const COMMANDS: string[] = commands.map((c) => c.data.name);

const pageRef: fc.Arbitrary<PageRef> = fc.record({
  command: fc.constantFrom(...COMMANDS),
  page: fc.integer({ min: 0, max: 9999 }),
  askerId: fc.stringMatching(/^[1-9]\d{16,19}$/),
  fingerprint: fc.stringMatching(/^[0-9a-z]{1,8}$/),
  query: fc.string({ unit: "grapheme", maxLength: 200 }),
});

/** Custom ids as they might arrive: random text, ids of this version cut short, and older formats. */
const customId = fc.oneof(
  fc.string({ unit: "binary", maxLength: DISCORD_LIMITS.customId }),
  pageRef.chain((ref) => fc.nat({ max: DISCORD_LIMITS.customId }).map((n) => encodePageId(ref).slice(0, n))),
  fc.tuple(fc.constantFrom("pg", "page", "pg:v1", "course", "next"), fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 })).map(([head, parts]) => [head, ...parts].join(":")),
);

describe("decodePageId on any custom id", () => {
  it("returns undefined or a well-formed page reference, never throws", () => {
    fc.assert(
      fc.property(customId, (id) => {
        const ref = decodePageId(id, commands);
        if (ref === undefined) return;
        expect(COMMANDS).toContain(ref.command);
        expect(Number.isInteger(ref.page) && ref.page >= 0).toBe(true);
        expect(ref.askerId).toMatch(/^\d{17,20}$/);
        expect(ref.fingerprint).toMatch(/^[0-9a-z]{1,8}$/);
        expect(id.endsWith(ref.query)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("encodePageId", () => {
  it("fits a custom id and decodes back to the same reference (the query cut to fit)", () => {
    fc.assert(
      fc.property(pageRef, (ref) => {
        const id = encodePageId(ref);
        expect(id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
        const decoded = decodePageId(id, commands);
        expect(decoded).toEqual({ ...ref, query: decoded?.query, ...(decoded?.cut && { cut: true }) });
        expect(ref.query.startsWith(decoded!.query)).toBe(true);
        expect(decoded!.cut === true).toBe(decoded!.query !== ref.query);
      }),
      { numRuns: 500 },
    );
  });
});
