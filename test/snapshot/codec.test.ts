import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteReader, ByteWriter, readStringTable, readStringTableAsync, StringTable, ValueDecoder, ValueEncoder, type EncodeHooks } from "../../src/snapshot/codec.js";

/** `value` encoded, then decoded (the string table written and read back like the cache does). */
function roundTrip(value: unknown, hooks: EncodeHooks = {}): unknown {
  const strings = new StringTable();
  const values = new ByteWriter();
  new ValueEncoder(values, strings, hooks).value(value);
  const table = new ByteWriter();
  strings.write(table);
  return new ValueDecoder(new ByteReader(Buffer.concat(values.finish())), readStringTable(Buffer.concat(table.finish()))).value();
}

async function roundTripAsync(value: unknown): Promise<unknown> {
  const strings = new StringTable();
  const values = new ByteWriter();
  new ValueEncoder(values, strings).value(value);
  const table = new ByteWriter();
  strings.write(table);
  let pauses = 0;
  const decoder = new ValueDecoder(new ByteReader(Buffer.concat(values.finish())), readStringTable(Buffer.concat(table.finish())));
  const decoded = await decoder.valueAsync(3, () => (++pauses % 2 ? Promise.resolve() : undefined));
  return { decoded, paused: pauses > 0 };
}

describe("ValueEncoder / ValueDecoder", () => {
  it.each<[string, unknown]>([
    ["zero", 0],
    ["negative zero", -0],
    ["a small integer", 7],
    ["a negative integer", -300],
    ["the largest safe integer", Number.MAX_SAFE_INTEGER],
    ["the smallest safe integer", Number.MIN_SAFE_INTEGER],
    ["an integer past 2^31", 2 ** 40 + 3],
    ["a fraction", 0.1],
    ["infinity", -Infinity],
    ["NaN", NaN],
    ["true", true],
    ["false", false],
    ["null", null],
    ["undefined", undefined],
    ["an empty string", ""],
    ["text beyond Latin-1 and the BMP", "Viet Nam “quoted” — 日本 🇯🇵"],
    ["a lone surrogate", "a\ud800b"],
    ["nested arrays", [[1, [2, [3]]], [], ["x"]]],
    ["an array holding undefined", [1, undefined, 3]],
    ["objects of one shape", [{ a: 1, b: "x" }, { a: 2, b: "y" }]],
    ["objects of two shapes", [{ a: 1 }, { b: 1, a: 2 }]],
    ["an empty object", {}],
    ["a dictionary of many keys", Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i]))],
    ["integer keys", { 0: "a", 17: "b", 100000: "c" }],
    ["a Map", new Map<unknown, unknown>([["a", 1], [2, [3]], [null, { x: 1 }]])],
    ["a Set", new Set(["a", 1, null])],
    ["an Int32Array", Int32Array.from([1, -2, 2 ** 31 - 1])],
    ["a Uint16Array", Uint16Array.from([0, 65535])],
    ["a Float64Array", Float64Array.from([0.5, -1e300])],
    ["a Uint8Array", Uint8Array.from([0, 255])],
  ])("round-trips %s", (_what, value) => {
    expect(roundTrip(value)).toStrictEqual(value);
  });

  it("leaves undefined properties out, as JSON does", () => {
    expect(roundTrip({ a: 1, b: undefined, c: "x" })).toStrictEqual({ a: 1, c: "x" });
  });

  it("reads a \"__proto__\" key back as a property, not as the object's prototype", () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const decoded = roundTrip([value, value]) as Array<Record<string, unknown>>;
    expect(Object.getPrototypeOf(decoded[0])).toBe(Object.prototype);
    expect(Object.keys(decoded[0]!)).toEqual(["__proto__", "a"]);
    expect(({} as Record<string, unknown>).polluted).toBe(undefined);
  });

  it("keeps shared objects shared and cycles whole", () => {
    const shared = { id: "e1" };
    const cyclic: Record<string, unknown> = { name: "loop" };
    cyclic.self = cyclic;
    const decoded = roundTrip({ a: shared, b: [shared], m: new Map([["k", shared]]), cyclic }) as {
      a: object;
      b: object[];
      m: Map<string, object>;
      cyclic: Record<string, unknown>;
    };
    expect(decoded.b[0]).toBe(decoded.a);
    expect(decoded.m.get("k")).toBe(decoded.a);
    expect(decoded.cyclic.self).toBe(decoded.cyclic);
  });

  it.each<[string, unknown, RegExp]>([
    ["a function", () => 1, /cannot encode a function/],
    ["a bigint", 1n, /cannot encode a bigint/],
    ["a class instance", new Date(0), /cannot encode a Date/],
    ["a symbol", Symbol("s"), /cannot encode a symbol/],
  ])("refuses %s", (_what, value, message) => {
    expect(() => roundTrip({ value })).toThrow(message);
  });

  it("writes a value a hook claims in its own form, and reads it back through the decoder's hook", () => {
    const strings = new StringTable();
    const values = new ByteWriter();
    const encoder = new ValueEncoder(values, strings, {
      special: (value) => ("point" in value ? { kind: 3, write: (into) => into.writer.varint((value as { point: number }).point * 2) } : undefined),
    });
    encoder.value([{ point: 21 }, { other: 1 }]);
    const table = new ByteWriter();
    strings.write(table);
    const decoder = new ValueDecoder(new ByteReader(Buffer.concat(values.finish())), readStringTable(Buffer.concat(table.finish())), {
      special: (kind, from) => ({ kind, doubled: from.reader.varint() }),
    });
    expect(decoder.value()).toEqual([{ kind: 3, doubled: 42 }, { other: 1 }]);
  });

  it("decodes the same value item by item, pausing between items", async () => {
    const value = { documents: Array.from({ length: 300 }, (_, i) => ({ i, text: `t${i % 7}` })), map: new Map([["a", [1, 2]]]), n: 5 };
    expect(await roundTripAsync(value)).toStrictEqual({ decoded: value, paused: true });
  });

  it("GIVEN objects whose keys join to the same text THEN reads each back with its own keys", () => {
    const value = [{}, { "": [] }, { "a\u0000": 1, b: 2 }, { a: 1, "\u0000b": 2 }];
    expect(roundTrip(value)).toStrictEqual(value);
  });

  it("GIVEN any JSON value THEN reads back the same value", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void expect(roundTrip(value)).toStrictEqual(value)));
  });

  it("GIVEN the bytes cut anywhere THEN reading throws a RangeError, never hangs or returns garbage silently past the end", () => {
    const strings = new StringTable();
    const values = new ByteWriter();
    new ValueEncoder(values, strings).value({ list: [1, "two", { three: [3.5] }], map: new Map([["k", new Set([1])]]), typed: Int32Array.from([1, 2]) });
    const bytes = Buffer.concat(values.finish());
    const table = new ByteWriter();
    strings.write(table);
    const known = readStringTable(Buffer.concat(table.finish()));
    for (let cut = 0; cut < bytes.length; cut++) {
      expect(() => new ValueDecoder(new ByteReader(bytes.subarray(0, cut)), known).value()).toThrow(RangeError);
    }
  });
});

describe("StringTable", () => {
  it("stores each string once, and a slice as offsets into its parent", () => {
    const parent = "The 8th GG Seminar was held in Bangkok. It gathered 24 participants.";
    const table = new StringTable();
    const whole = table.intern(parent);
    const again = table.intern(parent);
    const slice = table.internSlice("It gathered 24 participants.", parent, 40);
    expect([whole, again, slice, table.size]).toEqual([0, 0, 1, 2]);
    const written = new ByteWriter();
    table.write(written);
    const bytes = Buffer.concat(written.finish());
    expect(readStringTable(bytes)).toEqual([parent, "It gathered 24 participants."]);
    // The slice costs its offsets, not its characters.
    expect(bytes.length).toBeLessThan(parent.length + 12);
  });

  it("reads a large table back a thousand strings at a time, offering a pause between", async () => {
    const table = new StringTable();
    const texts = Array.from({ length: 5000 }, (_, i) => `passage ${i}`);
    for (const text of texts) table.intern(text);
    const written = new ByteWriter();
    table.write(written);
    let offered = 0;
    const strings = await readStringTableAsync(Buffer.concat(written.finish()), () => {
      offered += 1;
      return Promise.resolve();
    });
    expect(strings).toEqual(texts);
    // Every thousand entries read, then every thousand strings made.
    expect(offered).toBe(8);
  });

  it.each([1, 4, 7, 1000])("GIVEN Latin-1 and wider strings read back in runs of %i characters THEN each string as written", (runChars) => {
    const texts = ["Viet Nam", "", "Côte d’Ivoire", "ab", "Ünïcode ✓ 😀", "abcdefghij", "x", "\ud800 lone", "é"];
    const table = new StringTable();
    for (const text of texts) table.intern(text);
    table.internSlice("d’Ivoire", "Côte d’Ivoire", 5);
    const written = new ByteWriter();
    table.write(written);
    expect(readStringTable(Buffer.concat(written.finish()), runChars)).toEqual([...texts, "d’Ivoire"]);
  });

  it("stores a Latin-1 string one byte a character, a wider one two", () => {
    const size = (text: string): number => {
      const table = new StringTable();
      table.intern(text);
      const written = new ByteWriter();
      table.write(written);
      return Buffer.concat(written.finish()).length;
    };
    // count, kind, length, then the characters.
    expect([size("café au lait"), size("café ‘au’ lait")]).toEqual([3 + 12, 3 + 28]);
  });

  it("GIVEN a slice the same as its parent THEN the parent's number", () => {
    const table = new StringTable();
    expect(table.internSlice("abc", "abc", 0)).toBe(0);
    expect(table.size).toBe(1);
  });

  it.each<[string, number[]]>([
    ["an unknown kind", [1, 9]],
    ["a slice out of its parent", [2, 0, 1, 2, 0, 0, 5, 0x61]],
    ["a slice of a later string", [1, 2, 0, 0, 0]],
    ["a length past the blob", [1, 0, 10, 0x61]],
    ["more entries than bytes", [100, 0, 1]],
  ])("GIVEN %s THEN throws a RangeError", (_what, bytes) => {
    expect(() => readStringTable(Uint8Array.from(bytes))).toThrow(RangeError);
  });
});

describe("ByteWriter / ByteReader", () => {
  it("round-trips varints and floats across chunk boundaries", () => {
    const writer = new ByteWriter();
    // Over a megabyte: more than one chunk.
    const numbers = Array.from({ length: 110_000 }, (_, i) => i * 7919);
    for (const n of numbers) {
      writer.varint(n);
      writer.float(n / 3);
    }
    const chunks = writer.finish();
    expect(chunks.length).toBeGreaterThan(1);
    const reader = new ByteReader(Buffer.concat(chunks));
    const read = numbers.map(() => [reader.varint(), reader.float()]);
    expect(read).toEqual(numbers.map((n) => [n, n / 3]));
    expect(reader.atEnd).toBe(true);
  });

  it("GIVEN a varint that never ends THEN throws instead of reading on", () => {
    expect(() => new ByteReader(Uint8Array.from(Array.from({ length: 12 }, () => 0xff))).varint()).toThrow(RangeError);
  });
});
