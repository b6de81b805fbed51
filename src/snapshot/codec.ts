// A compact binary encoding of the plain data a snapshot is made of (src/snapshot/snapshot-file.ts
// lays the snapshot out in it), for the on-disk cache and for the hand-over from the build worker.
// Compared with JSON it keeps what JSON loses and drops what JSON repeats:
// - every string is written once, in a string table (Latin-1 or UTF-16, two blobs), and values refer to it by
//   number: a passage id, a heading or a country code repeated a million times costs a few bytes each
//   and is one string in memory once read back; a string that is a part of another (an evidence
//   sentence of its passage's text) is stored as offsets into it and read back as a slice of it;
// - an object's keys are written once per shape (the same keys in the same order), and objects read
//   back with the same shape share V8's hidden class;
// - an object met again is a back-reference, so what the snapshot shares (an edition its views point
//   to, an evidence both a fact and a mention hold) is shared once read back, not copied;
// - Maps, Sets and typed arrays are values (the lookup views are made of them);
// - numbers are variable-length integers where they are integers.
// Undefined object properties are left out, as JSON leaves them out. Anything else (a function, a
// class instance, a bigint) is refused with a TypeError: the snapshot is plain data.
// The reader checks every length against the bytes it has: damaged bytes throw, never loop or
// allocate without bound (the cache checks a checksum first anyway).

/** Bytes per chunk of a ByteWriter. */
const CHUNK_BYTES = 1 << 20;

/** Appends bytes in chunks of CHUNK_BYTES (each its own ArrayBuffer, so chunks can be transferred to
 *  another thread or written out as they fill, and no single buffer has to hold everything). */
export class ByteWriter {
  private readonly done: Buffer[] = [];
  private buffer: Buffer = Buffer.allocUnsafeSlow(CHUNK_BYTES);
  private at = 0;
  private flushed = 0;

  /** Bytes written so far. */
  get length(): number {
    return this.flushed + this.at;
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    this.cut();
    this.buffer = Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, bytes));
  }

  private cut(): void {
    if (this.at === 0) return;
    this.done.push(this.buffer.subarray(0, this.at));
    this.flushed += this.at;
    this.at = 0;
  }

  byte(value: number): void {
    this.room(1);
    this.buffer[this.at++] = value;
  }

  /** A non-negative safe integer, 7 bits a byte (LEB128). */
  varint(value: number): void {
    this.room(8);
    const buffer = this.buffer;
    let at = this.at;
    if (value < 0x80000000) {
      while (value > 0x7f) {
        buffer[at++] = (value & 0x7f) | 0x80;
        value >>>= 7;
      }
    } else {
      while (value > 0x7f) {
        buffer[at++] = (value % 0x80) | 0x80;
        value = Math.floor(value / 0x80);
      }
    }
    buffer[at++] = value;
    this.at = at;
  }

  float(value: number): void {
    this.room(8);
    this.buffer.writeDoubleLE(value, this.at);
    this.at += 8;
  }

  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** Writes `text` as Latin-1 (one byte a character: the caller has checked that every character
   *  fits) or UTF-16. */
  text(text: string, encoding: "latin1" | "utf16le"): void {
    const byteLength = encoding === "latin1" ? text.length : 2 * text.length;
    this.room(byteLength);
    this.at += this.buffer.write(text, this.at, byteLength, encoding);
  }

  /** The chunks filled since the last call, for writing out as they come (the writer goes on). */
  drain(): Buffer[] {
    return this.done.splice(0);
  }

  /** Every chunk not yet drained, the last one included; the writer is finished. */
  finish(): Buffer[] {
    this.cut();
    return this.drain();
  }
}

/** Reads what a ByteWriter wrote; throws a RangeError on bytes that end early or do not parse. */
export class ByteReader {
  at = 0;
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get atEnd(): boolean {
    return this.at >= this.bytes.length;
  }

  byte(): number {
    const value = this.bytes[this.at++];
    if (value === undefined) throw new RangeError("snapshot bytes end early");
    return value;
  }

  varint(): number {
    const bytes = this.bytes;
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[this.at++];
      if (byte === undefined) throw new RangeError("snapshot bytes end early");
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
      if (scale > 2 ** 53) throw new RangeError("snapshot bytes hold an integer too large");
    }
  }

  /** A varint that counts items still to come, each at least `minBytes` long: bounded by what is left. */
  count(minBytes = 1): number {
    const count = this.varint();
    if (count * minBytes > this.bytes.length - this.at) throw new RangeError("snapshot bytes end early");
    return count;
  }

  float(): number {
    if (this.at + 8 > this.bytes.length) throw new RangeError("snapshot bytes end early");
    const value = this.view.getFloat64(this.at, true);
    this.at += 8;
    return value;
  }

  /** The next `length` bytes, as a view (no copy). */
  take(length: number): Uint8Array {
    if (length > this.bytes.length - this.at) throw new RangeError("snapshot bytes end early");
    const bytes = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return bytes;
  }
}

// ---------------------------------------------------------------------------------------------------
// The string table.

/** A string of Latin-1 characters only (most: ASCII text, ids, terms), one byte a character. */
const STRING_LATIN1 = 0;
/** Any other string, as UTF-16 (lone surrogates included). */
const STRING_UTF16 = 1;
/** A part of an earlier string: its number, the start and the length in UTF-16 code units. */
const STRING_SLICE = 2;

const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/** The Latin-1 strings' characters are read back as runs of at most this many, each one string, and
 *  every string as a slice of its run (likewise the UTF-16 ones): a few large strings instead of a
 *  million small ones made one by one. Node makes a string this large an external one: its
 *  characters live outside the V8 heap (process.memoryUsage().external counts them, heapUsed does
 *  not), where the garbage collector neither copies nor marks them. A string longer than this is a
 *  run of its own. */
export const STRING_RUN_CHARS = 1 << 24;

type TableEntry = string | { parent: number; start: number; length: number };

/** The strings values refer to, numbered in the order first met. */
export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly entries: TableEntry[] = [];

  intern(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.entries.length;
      this.ids.set(text, id);
      this.entries.push(text);
    }
    return id;
  }

  /** `text`, which is `parent.slice(start, start + text.length)`, stored as those offsets (read back
   *  as a slice of the parent, sharing its characters). */
  internSlice(text: string, parent: string, start: number): number {
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    // The parent first, so that reading back meets it before its slices.
    const parentId = this.intern(parent);
    if (parent === text) return parentId;
    const id = this.entries.length;
    this.ids.set(text, id);
    this.entries.push({ parent: parentId, start, length: text.length });
    return id;
  }

  get size(): number {
    return this.entries.length;
  }

  /** The table: how many, each entry's kind and length in characters (or slice offsets), then the
   *  Latin-1 strings' bytes, then the UTF-16 strings' bytes. */
  write(writer: ByteWriter): void {
    writer.varint(this.entries.length);
    const wide = new Uint8Array(this.entries.length);
    this.entries.forEach((entry, i) => {
      if (typeof entry !== "string") {
        writer.byte(STRING_SLICE);
        writer.varint(entry.parent);
        writer.varint(entry.start);
        writer.varint(entry.length);
        return;
      }
      wide[i] = BEYOND_LATIN1.test(entry) ? 1 : 0;
      writer.byte(wide[i] ? STRING_UTF16 : STRING_LATIN1);
      writer.varint(entry.length);
    });
    for (const utf16 of [0, 1]) {
      this.entries.forEach((entry, i) => {
        if (typeof entry === "string" && wide[i] === utf16) writer.text(entry, utf16 ? "utf16le" : "latin1");
      });
    }
  }
}

/** Strings made between two pauses of readStringTableAsync. */
const STRINGS_PER_STEP = 1024;

/** Reads a string table back (slices share their parent's characters). */
export function readStringTable(bytes: Uint8Array, runChars = STRING_RUN_CHARS): string[] {
  const steps = stringTableSteps(bytes, runChars);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** As readStringTable, awaiting `pause()` (when it returns a promise) every thousand strings. */
export async function readStringTableAsync(bytes: Uint8Array, pause: () => Promise<void> | undefined): Promise<string[]> {
  const steps = stringTableSteps(bytes);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    const waiting = pause();
    if (waiting) await waiting;
  }
}

/** The table read a thousand strings at a time (a yield between), returning them all. */
function* stringTableSteps(bytes: Uint8Array, runMax = STRING_RUN_CHARS): Generator<void, string[]> {
  const reader = new ByteReader(bytes);
  const count = reader.count(2);
  const kinds = new Uint8Array(count);
  const a = new Float64Array(count);
  const b = new Float64Array(count);
  const c = new Float64Array(count);
  // Bytes of each region (Latin-1, UTF-16).
  const regionBytes = [0, 0];
  for (let i = 0; i < count; i++) {
    if (i % STRINGS_PER_STEP === STRINGS_PER_STEP - 1) yield;
    const kind = reader.byte();
    kinds[i] = kind;
    if (kind === STRING_SLICE) {
      a[i] = reader.varint();
      b[i] = reader.varint();
      c[i] = reader.varint();
    } else if (kind === STRING_LATIN1 || kind === STRING_UTF16) {
      a[i] = reader.varint();
      regionBytes[kind] = regionBytes[kind]! + (kind === STRING_UTF16 ? 2 * a[i]! : a[i]!);
    } else {
      throw new RangeError(`snapshot string table: unknown kind ${kind}`);
    }
  }
  if (regionBytes[0]! + regionBytes[1]! > bytes.length - reader.at) throw new RangeError("snapshot string table ends early");
  const blob = Buffer.from(bytes.buffer, bytes.byteOffset + reader.at, bytes.length - reader.at);
  // Each string's run (b) and its start in it (c), run by run in the order of the entries.
  const runs: string[] = [];
  for (const kind of [STRING_LATIN1, STRING_UTF16]) {
    const unit = kind === STRING_UTF16 ? 2 : 1;
    let runStart = kind === STRING_UTF16 ? regionBytes[0]! : 0;
    let runChars = 0;
    const close = (): void => {
      if (runChars > 0) runs.push(blob.toString(kind === STRING_UTF16 ? "utf16le" : "latin1", runStart, runStart + runChars * unit));
      runStart += runChars * unit;
      runChars = 0;
    };
    for (let i = 0; i < count; i++) {
      if (kinds[i] !== kind) continue;
      const length = a[i]!;
      if (runChars > 0 && runChars + length > runMax) close();
      b[i] = runs.length;
      c[i] = runChars;
      runChars += length;
    }
    close();
  }
  const strings: string[] = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    if (i % STRINGS_PER_STEP === STRINGS_PER_STEP - 1) yield;
    const kind = kinds[i];
    if (kind === STRING_SLICE) {
      const parent = strings[a[i]!];
      if (parent === undefined || a[i]! >= i || b[i]! + c[i]! > parent.length) throw new RangeError("snapshot string table: a slice out of its parent");
      strings[i] = parent.slice(b[i], b[i]! + c[i]!);
      continue;
    }
    const run = a[i] ? runs[b[i]!]! : "";
    strings[i] = run.length === a[i] ? run : run.slice(c[i], c[i]! + a[i]!);
  }
  return strings;
}

// ---------------------------------------------------------------------------------------------------
// Values.

const enum Tag {
  Undefined = 0,
  Null = 1,
  False = 2,
  True = 3,
  Uint = 4,
  NegativeInt = 5,
  Float = 6,
  String = 7,
  Array = 8,
  /** An object whose keys are new: how many, the key strings, then the values. */
  NewShape = 9,
  /** An object shaped like an earlier one: the shape's number, then the values. */
  Shape = 10,
  /** An object with many keys (a dictionary): how many, then key string and value pairs. */
  Dictionary = 11,
  Reference = 12,
  Map = 13,
  Set = 14,
  TypedArray = 15,
  /** A value a hook wrote (see EncodeHooks.special). */
  Special = 16,
}

/** An object with more keys than this is written as a dictionary, not given a shape of its own. */
const MAX_SHAPE_KEYS = 32;

const TYPED_ARRAYS = [Uint8Array, Int8Array, Uint16Array, Int16Array, Uint32Array, Int32Array, Float32Array, Float64Array] as const;
type TypedArray = InstanceType<(typeof TYPED_ARRAYS)[number]>;

export interface EncodeHooks {
  /** A string property `key` of `owner` that is part of a longer string: that string and where the
   *  part starts in it (see StringTable.internSlice); undefined to store it as it is. */
  sliceOf?(owner: Record<string, unknown>, key: string, value: string): { parent: string; start: number } | undefined;
  /** A plain object to write in a form of its own: its kind (a small integer, given back to
   *  DecodeHooks.special) and how to write it; undefined to leave it to the generic encoding. */
  special?(value: object): { kind: number; write(encoder: ValueEncoder): void } | undefined;
}

export class ValueEncoder {
  private readonly refs = new Map<object, number>();
  private readonly shapes = new Map<string, number>();

  constructor(
    readonly writer: ByteWriter,
    readonly strings: StringTable,
    private readonly hooks: EncodeHooks = {},
  ) {}

  value(value: unknown): void {
    const w = this.writer;
    switch (typeof value) {
      case "string":
        w.byte(Tag.String);
        w.varint(this.strings.intern(value));
        return;
      case "number":
        if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
          w.byte(value >= 0 ? Tag.Uint : Tag.NegativeInt);
          w.varint(Math.abs(value));
        } else {
          w.byte(Tag.Float);
          w.float(value);
        }
        return;
      case "boolean":
        w.byte(value ? Tag.True : Tag.False);
        return;
      case "undefined":
        w.byte(Tag.Undefined);
        return;
      case "object":
        if (value === null) w.byte(Tag.Null);
        else this.object(value);
        return;
      default:
        throw new TypeError(`snapshot codec: cannot encode a ${typeof value}`);
    }
  }

  private object(value: object): void {
    const w = this.writer;
    const ref = this.refs.get(value);
    if (ref !== undefined) {
      w.byte(Tag.Reference);
      w.varint(ref);
      return;
    }
    this.refs.set(value, this.refs.size);
    if (Array.isArray(value)) {
      w.byte(Tag.Array);
      w.varint(value.length);
      for (const item of value) this.value(item);
      return;
    }
    if (value instanceof Map) {
      w.byte(Tag.Map);
      w.varint(value.size);
      for (const [key, item] of value) {
        this.value(key);
        this.value(item);
      }
      return;
    }
    if (value instanceof Set) {
      w.byte(Tag.Set);
      w.varint(value.size);
      for (const item of value) this.value(item);
      return;
    }
    if (ArrayBuffer.isView(value)) {
      const kind = TYPED_ARRAYS.findIndex((type) => value instanceof type);
      if (kind < 0) throw new TypeError(`snapshot codec: cannot encode a ${value.constructor.name}`);
      w.byte(Tag.TypedArray);
      w.byte(kind);
      w.varint(value.byteLength);
      w.bytes(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      return;
    }
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) throw new TypeError(`snapshot codec: cannot encode a ${(value as { constructor?: { name?: string } }).constructor?.name ?? "object"}`);
    const special = this.hooks.special?.(value);
    if (special) {
      w.byte(Tag.Special);
      w.varint(special.kind);
      special.write(this);
      return;
    }
    this.plainObject(value as Record<string, unknown>);
  }

  private plainObject(value: Record<string, unknown>): void {
    const w = this.writer;
    const keys = Object.keys(value).filter((key) => value[key] !== undefined);
    if (keys.length > MAX_SHAPE_KEYS) {
      w.byte(Tag.Dictionary);
      w.varint(keys.length);
      for (const key of keys) {
        w.varint(this.strings.intern(key));
        this.property(value, key);
      }
      return;
    }
    // Each key with its length: joined bare, {} and {"": …} (or ["a\u0000", "b"] and ["a", "\u0000b"]) would share a shape.
    const signature = keys.map((key) => `${key.length}:${key}`).join("");
    const shape = this.shapes.get(signature);
    if (shape === undefined) {
      this.shapes.set(signature, this.shapes.size);
      w.byte(Tag.NewShape);
      w.varint(keys.length);
      for (const key of keys) w.varint(this.strings.intern(key));
    } else {
      w.byte(Tag.Shape);
      w.varint(shape);
    }
    for (const key of keys) this.property(value, key);
  }

  private property(owner: Record<string, unknown>, key: string): void {
    const item = owner[key];
    if (typeof item === "string" && this.hooks.sliceOf) {
      const slice = this.hooks.sliceOf(owner, key, item);
      if (slice) {
        this.writer.byte(Tag.String);
        this.writer.varint(this.strings.internSlice(item, slice.parent, slice.start));
        return;
      }
    }
    this.value(item);
  }
}

/** A maker of empty plain objects for one shape: a constructor of its own, whose prototype is
 *  Object.prototype (what it makes is a plain object, as `{}` is). V8 sizes a constructor's objects
 *  to the properties its first few got (in-object slack tracking), so objects of a shape hold all of
 *  theirs in the object itself; made as `{}`, an object has room for four, and a fifth puts the rest
 *  in an array of their own: a second allocation per object, for a million catalogue entries. */
function plainMaker(): () => Record<string, unknown> {
  const Plain = function (): void {} as unknown as { new (): Record<string, unknown>; prototype: object };
  Plain.prototype = Object.prototype;
  return () => new Plain();
}

/** `object[key] = value`, except that a "__proto__" key becomes a property, as JSON.parse makes it,
 *  not the object's prototype. */
function assign(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

export interface DecodeHooks {
  /** Reads back what EncodeHooks.special wrote as `kind`. */
  special?(kind: number, decoder: ValueDecoder): unknown;
}

export class ValueDecoder {
  private readonly refs: unknown[] = [];
  private readonly shapes: string[][] = [];
  /** Per shape, what makes its objects (see plainMaker). */
  private readonly makers: Array<() => Record<string, unknown>> = [];

  constructor(
    readonly reader: ByteReader,
    readonly strings: readonly string[],
    private readonly hooks: DecodeHooks = {},
  ) {}

  /** A string by its number in the table. */
  string(id: number): string {
    const text = this.strings[id];
    if (text === undefined) throw new RangeError(`snapshot bytes refer to string ${id}, which the table lacks`);
    return text;
  }

  value(): unknown {
    const r = this.reader;
    const tag = r.byte();
    switch (tag) {
      case Tag.Undefined:
        return undefined;
      case Tag.Null:
        return null;
      case Tag.False:
        return false;
      case Tag.True:
        return true;
      case Tag.Uint:
        return r.varint();
      case Tag.NegativeInt:
        return -r.varint();
      case Tag.Float:
        return r.float();
      case Tag.String:
        return this.string(r.varint());
      case Tag.Array: {
        const length = r.count();
        const array: unknown[] = [];
        this.refs.push(array);
        for (let i = 0; i < length; i++) array.push(this.value());
        return array;
      }
      case Tag.NewShape:
        this.newShape();
        return this.shaped(this.shapes.length - 1);
      case Tag.Shape: {
        const shape = r.varint();
        if (shape >= this.shapes.length) throw new RangeError("snapshot bytes refer to an unknown shape");
        return this.shaped(shape);
      }
      case Tag.Dictionary: {
        const length = r.count(2);
        const object: Record<string, unknown> = {};
        this.refs.push(object);
        for (let i = 0; i < length; i++) assign(object, this.string(r.varint()), this.value());
        return object;
      }
      case Tag.Reference: {
        const id = r.varint();
        if (id >= this.refs.length) throw new RangeError("snapshot bytes refer to an object not yet read");
        return this.refs[id];
      }
      case Tag.Map: {
        const size = r.count(2);
        const map = new Map<unknown, unknown>();
        this.refs.push(map);
        for (let i = 0; i < size; i++) {
          const key = this.value();
          map.set(key, this.value());
        }
        return map;
      }
      case Tag.Set: {
        const size = r.count();
        const set = new Set<unknown>();
        this.refs.push(set);
        for (let i = 0; i < size; i++) set.add(this.value());
        return set;
      }
      case Tag.TypedArray: {
        const type = TYPED_ARRAYS[r.byte()];
        if (!type) throw new RangeError("snapshot bytes hold an unknown typed array");
        const bytes = r.take(r.varint());
        if (bytes.length % type.BYTES_PER_ELEMENT) throw new RangeError("snapshot bytes hold a typed array of a partial length");
        // Copied: into memory of its own, aligned for its element type.
        const array: TypedArray = new type(bytes.length / type.BYTES_PER_ELEMENT);
        new Uint8Array(array.buffer).set(bytes);
        this.refs.push(array);
        return array;
      }
      case Tag.Special: {
        if (!this.hooks.special) throw new RangeError("snapshot bytes hold a special value and no reader for it");
        const at = this.refs.length;
        this.refs.push(undefined);
        const value = this.hooks.special(r.varint(), this);
        this.refs[at] = value;
        return value;
      }
      default:
        throw new RangeError(`snapshot bytes hold an unknown tag ${tag}`);
    }
  }

  /**
   * As value(), but the arrays, objects and Maps of the first `depth` levels are filled one item at a
   * time, awaiting `pause()` whenever it returns a promise (a turn of the event loop): a large value
   * read on a thread that answers commands holds it for one item at a time, not for the whole value.
   */
  async valueAsync(depth: number, pause: () => Promise<void> | undefined): Promise<unknown> {
    const r = this.reader;
    const tag = r.bytes[r.at];
    if (depth <= 0 || (tag !== Tag.Array && tag !== Tag.NewShape && tag !== Tag.Shape && tag !== Tag.Map)) return this.value();
    r.at++;
    const child = async (): Promise<unknown> => {
      const waiting = pause();
      if (waiting) await waiting;
      return depth > 1 ? this.valueAsync(depth - 1, pause) : this.value();
    };
    if (tag === Tag.Array) {
      const length = r.count();
      const array: unknown[] = [];
      this.refs.push(array);
      for (let i = 0; i < length; i++) array.push(await child());
      return array;
    }
    if (tag === Tag.Map) {
      const size = r.count(2);
      const map = new Map<unknown, unknown>();
      this.refs.push(map);
      for (let i = 0; i < size; i++) {
        const key = this.value();
        map.set(key, await child());
      }
      return map;
    }
    const shape = tag === Tag.NewShape ? (this.newShape(), this.shapes.length - 1) : r.varint();
    const keys = this.shapes[shape];
    if (!keys) throw new RangeError("snapshot bytes refer to an unknown shape");
    const object = this.makers[shape]!();
    this.refs.push(object);
    for (const key of keys) assign(object, key, await child());
    return object;
  }

  private newShape(): string[] {
    const length = this.reader.count();
    const keys: string[] = [];
    for (let i = 0; i < length; i++) keys.push(this.string(this.reader.varint()));
    this.shapes.push(keys);
    this.makers.push(plainMaker());
    return keys;
  }

  private shaped(shape: number): Record<string, unknown> {
    const keys = this.shapes[shape]!;
    const object = this.makers[shape]!();
    this.refs.push(object);
    for (const key of keys) assign(object, key, this.value());
    return object;
  }
}
