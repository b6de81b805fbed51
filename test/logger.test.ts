import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, formatLogLine, redactTokens } from "../src/logger.js";

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

// The error serializer (issue 9): interaction and webhook tokens never reach a log line.
describe("redactTokens", () => {
  it.each([
    ["https://discord.com/api/v10/interactions/123456789012345678/aW50ZXJhY3Rpb246MTIzOjQ1Ng/callback", "https://discord.com/api/v10/interactions/123456789012345678/[redacted]/callback"],
    ["/api/v10/webhooks/1234567890123456789/tok-en_1/messages/@original", "/api/v10/webhooks/1234567890123456789/[redacted]/messages/@original"],
    ["PATCH /webhooks/1234567890123456789/abc?wait=true", "PATCH /webhooks/1234567890123456789/[redacted]?wait=true"],
    ["token aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OmFiYw in text", "token [redacted] in text"],
    ["/api/v10/channels/123456789012345678/messages", "/api/v10/channels/123456789012345678/messages"],
  ])("GIVEN %s THEN %s", (text, redacted) => {
    expect(redactTokens(text)).toBe(redacted);
  });
});

describe("the err serializer", () => {
  it("GIVEN an error with a url, a request body and a nested cause THEN tokens and the body's content are gone", () => {
    const lines: string[] = [];
    const logger = createLogger("info", new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(String(chunk)), done()) }));
    const error = Object.assign(new Error("Unknown interaction"), {
      url: "http://127.0.0.1/api/v10/webhooks/1234567890123456789/interaction-token-9/messages/%40original",
      requestBody: { files: undefined, json: { content: "the user's question" } },
      cause: new Error("at /interactions/123456789012345678/interaction-token-9/callback"),
    });
    logger.error({ err: error }, "interaction failed");
    expect(lines.join("")).not.toContain("interaction-token-9");
    expect(lines.join("")).not.toContain("the user's question");
    expect(JSON.parse(lines[0]!)).toMatchObject({ err: { requestBody: { jsonBytes: 33 }, url: "http://127.0.0.1/api/v10/webhooks/1234567890123456789/[redacted]/messages/%40original" } });
  });
});
