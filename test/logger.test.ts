// The error serializer (issue 9): interaction and webhook tokens never reach a log line.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, redactTokens } from "../src/logger.js";

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
