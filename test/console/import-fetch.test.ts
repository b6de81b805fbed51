// fetchSource against a local server on 127.0.0.1: what a page or a PDF comes back as, and each way a
// download fails as one line. sniffKind and applyCharset, the pure parts, by table.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyCharset, FETCH_LIMITS, fetchSource, httpUrl, sniffKind, type FetchLimits, type FetchResult } from "../../src/console/import-fetch.js";
import { redirect, stalled, startFixtureServer, streamed, type FixtureServer } from "../support/fixture-server.js";
import { writePdf } from "../support/pdf-writer.js";

const page = readFileSync(new URL("../fixtures/html/ministry-section.html", import.meta.url));
const sjisPage = readFileSync(new URL("../fixtures/html/shift-jis.html", import.meta.url));
/** The Shift_JIS page without its <meta> declaration: only the server's header names the encoding. */
const sjisUndeclared = Buffer.from(sjisPage.toString("latin1").replace(/<meta http-equiv[^>]*>\n/, ""), "latin1");
const pdf = writePdf([[{ text: "A Chapter 2030", y: 700, size: 20 }, { text: "Some text.", y: 650 }]]);
const LIMITS: FetchLimits = { maxBytes: 256 * 1024, timeoutMs: 2_000, maxRedirects: 3 };

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({
    "/section.html": { headers: { "content-type": "text/html; charset=utf-8" }, body: page },
    "/chapter.pdf": { headers: { "content-type": "application/pdf" }, body: pdf },
    "/download?id=7": { headers: { "content-type": "application/octet-stream" }, body: pdf },
    "/untyped": { body: page },
    "/moved": redirect("/hop1", 301),
    "/hop1": redirect("hop2", 307),
    "/hop2": redirect("/section.html"),
    "/far0": redirect("/far1"),
    "/far1": redirect("/far2"),
    "/far2": redirect("/far3"),
    "/far3": redirect("/far4"),
    "/far4": redirect("/section.html"),
    "/loop-a": redirect("/loop-b"),
    "/loop-b": redirect("/loop-a"),
    "/self": redirect("/self"),
    "/nowhere": { status: 302 },
    "/to-ftp": redirect("ftp://127.0.0.1/file"),
    "/broken": { status: 500, body: "oops" },
    "/gone": { status: 410, body: "" },
    // The header says too much is coming; the server sends a little and waits, as a slow huge download would.
    "/declared-big": { handle: (_request, response) => void response.writeHead(200, { "content-type": "text/html", "content-length": String(LIMITS.maxBytes + 1) }).write("<html>") },
    "/streamed-big": streamed(LIMITS.maxBytes * 4),
    "/exactly-the-limit": { headers: { "content-type": "text/html" }, body: Buffer.alloc(LIMITS.maxBytes, "a") },
    "/slow": stalled,
    "/image.png": { headers: { "content-type": "image/png" }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    "/plain.txt": { headers: { "content-type": "text/plain" }, body: page },
    "/sjis-header": { headers: { "content-type": "text/html; charset=Shift_JIS" }, body: sjisUndeclared },
    "/sjis-meta": { headers: { "content-type": "text/html" }, body: sjisPage },
    "/sjis-wrong": { headers: { "content-type": "text/html; charset=Shift_JIS" }, body: Buffer.from([0x3c, 0x70, 0x3e, 0x82, 0xff, 0x81]) },
    "/klingon": { headers: { "content-type": "text/html; charset=x-klingon" }, body: page },
  });
}, 30_000);
afterAll(async () => {
  await server.close();
});

const get = (path: string, limits: FetchLimits = LIMITS): Promise<FetchResult> => fetchSource(new URL(server.url(path)), limits);
const problem = async (path: string, limits?: FetchLimits): Promise<string> => {
  const result = await get(path, limits);
  return "problem" in result ? result.problem : `no problem: ${result.kind}`;
};

describe("fetchSource: what comes back", () => {
  it("GIVEN an HTML page with a charset THEN its bytes re-encoded as UTF-8 after a byte-order mark", async () => {
    expect(await get("/section.html")).toEqual({ url: server.url("/section.html"), kind: "html", bytes: new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), page])) });
  });

  it("GIVEN a PDF THEN its bytes as sent", async () => {
    expect(await get("/chapter.pdf")).toEqual({ url: server.url("/chapter.pdf"), kind: "pdf", bytes: pdf });
  });

  it.each([
    ["a PDF sent as application/octet-stream", "/download?id=7", "pdf"],
    ["a page with no Content-Type", "/untyped", "html"],
  ])("GIVEN %s THEN its first bytes tell: %s", async (_name, path, kind) => {
    expect(await get(path)).toMatchObject({ kind });
  });

  it("GIVEN redirects THEN follows them (relative locations too) and gives the last address", async () => {
    expect(await get("/moved")).toMatchObject({ url: server.url("/section.html"), kind: "html" });
  });

  it("GIVEN a body of exactly the limit THEN it is read", async () => {
    const result = await get("/exactly-the-limit");
    expect("bytes" in result && result.bytes.length).toBe(LIMITS.maxBytes);
  });

  it("GIVEN a Shift_JIS page named so by the header only THEN the header's charset decodes it", async () => {
    const result = await get("/sjis-header");
    expect("bytes" in result && Buffer.from(result.bytes).toString("utf8")).toContain("<h1>第31回GGセミナーの開催について</h1>");
  });

  it("GIVEN a Shift_JIS page that declares itself in <meta> THEN its bytes as sent, for the HTML loader to decode", async () => {
    expect(await get("/sjis-meta")).toMatchObject({ kind: "html", bytes: new Uint8Array(sjisPage) });
  });
});

describe("fetchSource: one line for each way a download fails", () => {
  it.each([
    ["a 404", "/missing", "HTTP 404 Not Found"],
    ["a 500", "/broken", "HTTP 500 Internal Server Error"],
    ["a 410", "/gone", "HTTP 410 Gone"],
    ["a redirect without a Location", "/nowhere", "HTTP 302 redirect without a Location"],
    ["a redirect to another scheme", "/to-ftp", "redirected to ftp: (only http and https are followed)"],
    ["more redirects than the limit", "/far0", "more than 3 redirects"],
    ["a body declared larger than the limit", "/declared-big", "the body is larger than the 0.3 MB limit (Content-Length 262145); not downloaded"],
    ["a body that streams past the limit", "/streamed-big", "the body is larger than the 0.3 MB limit; download stopped"],
    ["an image", "/image.png", "not an HTML page or a PDF (Content-Type image/png)"],
    ["a text file, even with markup in it", "/plain.txt", "not an HTML page or a PDF (Content-Type text/plain)"],
    ["bytes not valid in the charset the server names", "/sjis-wrong", "not valid shift_jis text, the encoding the server declares"],
    ["a charset nobody knows", "/klingon", 'the server declares the character encoding "x-klingon", which is not supported'],
  ])("GIVEN %s THEN %j", async (_name, path, expected) => {
    expect(await problem(path)).toBe(expected);
  });

  it("GIVEN a redirect loop THEN names it", async () => {
    expect(await problem("/loop-a")).toBe(`redirect loop: ${server.url("/loop-a")} → ${server.url("/loop-b")} → ${server.url("/loop-a")}`);
    expect(await problem("/self")).toBe(`redirect loop: ${server.url("/self")} → ${server.url("/self")}`);
  });

  it("GIVEN a server that stops answering THEN the deadline ends the download", async () => {
    expect(await problem("/slow", { ...LIMITS, timeoutMs: 300 })).toBe("no complete answer within 0.3 s (timed out)");
  });

  it("GIVEN a port nobody listens on THEN connection refused", async () => {
    const closed = await startFixtureServer({});
    const url = closed.url("/page.html");
    await closed.close();
    expect(await fetchSource(new URL(url), LIMITS)).toEqual({ problem: "cannot download: connection refused (ECONNREFUSED)" });
  });

  it("has the loader's size limit and a 30 s deadline by default", () => {
    expect(FETCH_LIMITS).toEqual({ maxBytes: 10 * 1024 * 1024, timeoutMs: 30_000, maxRedirects: 5 });
  });
});

describe("httpUrl", () => {
  it.each([
    ["https://www.mofa.go.jp/a.html", "https://www.mofa.go.jp/a.html"],
    ["HTTP://127.0.0.1:8080/x", "http://127.0.0.1:8080/x"],
  ])("GIVEN %s THEN a URL", (input, href) => {
    expect(httpUrl(input)?.href).toBe(href);
  });

  it.each(["page.html", "./https/page.html", "ftp://example.org/a.pdf", "file:///tmp/a.html", "https://"])("GIVEN %s THEN not a URL (a file path, or nothing to fetch)", (input) => {
    expect(httpUrl(input)).toBeUndefined();
  });
});

describe("sniffKind", () => {
  const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "latin1"));
  it.each([
    ["%PDF-1.7 …", "text/html", "pdf"],
    ["anything", "application/pdf", "pdf"],
    ["anything", "text/html", "html"],
    ["<x/>", "application/xhtml+xml", "html"],
    ["\xef\xbb\xbf  <!DOCTYPE html><title>x</title>", "", "html"],
    ["<html lang=en>", "application/octet-stream", "html"],
    ["<!-- saved page --><html>", "", "html"],
  ])("GIVEN %j as %j THEN %s", (body, type, kind) => {
    expect(sniffKind(bytes(body), type)).toBe(kind);
  });

  it.each([
    ["<html>", "text/plain"],
    ["<html>", "image/png"],
    ["plain words", ""],
    ["<htmlish>", "application/octet-stream"],
    ["{\"json\": true}", "application/json"],
  ])("GIVEN %j as %j THEN neither", (body, type) => {
    expect(sniffKind(bytes(body), type)).toBeUndefined();
  });
});

describe("applyCharset", () => {
  it("keeps a body that starts with a byte-order mark: the mark outranks the header", () => {
    const body = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]);
    expect(applyCharset(body, "shift_jis")).toBe(body);
  });

  it("decodes EUC-JP and re-encodes it as UTF-8 after a byte-order mark", () => {
    expect(Buffer.from(applyCharset(new Uint8Array([0xc6, 0xfc, 0xcb, 0xdc]), "EUC-JP") as Uint8Array).toString("utf8")).toBe("\uFEFF日本");
  });
});
