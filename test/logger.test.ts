import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, formatLogLine } from "../src/logger.js";

const at = new Date(2024, 0, 2, 9, 5, 7).getTime();

describe("formatLogLine", () => {
  it.each([
    [{ level: 30, time: at, documents: 1, passages: 7, msg: "knowledge built" }, "09:05:07 INFO  knowledge built documents=1 passages=7\n"],
    [{ level: 40, time: at, file: "a.md", msg: "knowledge cache not used" }, "09:05:07 WARN  knowledge cache not used file=a.md\n"],
    [{ level: 50, time: at, err: { message: "boom", stack: "Error: boom\n    at x" }, msg: "failed" }, "09:05:07 ERROR failed error=boom\n"],
    [{ level: 20, time: at, err: { message: "boom", stack: "Error: boom\n    at x" }, msg: "failed" }, "09:05:07 DEBUG failed error=boom\nError: boom\n    at x\n"],
    [{ level: 30, time: at, shard: [0, 1], msg: "ready" }, "09:05:07 INFO  ready shard=[0,1]\n"],
  ])("GIVEN %j THEN %j", (entry, expected) => {
    expect(formatLogLine(`${JSON.stringify(entry)}\n`)).toBe(expected);
  });

  it("GIVEN a line that is not JSON THEN passes it through", () => {
    expect(formatLogLine("plain")).toBe("plain\n");
  });
});

describe("createLogger", () => {
  const capture = () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    return { lines, stream };
  };

  it("writes JSON by default and readable lines when asked, redacting the token in both", () => {
    const json = capture();
    createLogger("info", json.stream).info({ token: "SECRET" }, "hello");
    expect(JSON.parse(json.lines[0]!)).toMatchObject({ level: 30, msg: "hello", token: "[redacted]" });
    const readable = capture();
    createLogger("info", readable.stream, { readable: true }).info({ token: "SECRET" }, "hello");
    expect(readable.lines[0]).toMatch(/^\d\d:\d\d:\d\d INFO {2}hello token=\[redacted\]\n$/);
  });
});
