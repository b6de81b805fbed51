// The gold loader's errors name the file and the field; every corpus document has a valid gold file.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GoldError, goldKeyFor, loadGoldDir, parseGold } from "../../src/eval/gold.js";

const minimal = { file: "d.md", series: [{ name: "GG Seminar" }], editions: [{ series: "GG Seminar", ordinal: 8 }] };
const withEdition = (edition: Record<string, unknown>) => JSON.stringify({ ...minimal, editions: [{ series: "GG Seminar", ordinal: 8, ...edition }] });
const error = (text: string): string => {
  try {
    parseGold(text, "d.json");
  } catch (e) {
    expect(e).toBeInstanceOf(GoldError);
    return (e as Error).message;
  }
  throw new Error("no error");
};

describe("parseGold", () => {
  it("reads a minimal file, turning single strings into lists of acceptable forms", () => {
    const gold = parseGold(withEdition({ theme: "A theme", place: ["Tokyo", "Tokyo, Japan"] }), "d.json");
    expect(gold.editions[0]).toEqual({ series: "GG Seminar", ordinal: 8, theme: ["A theme"], place: ["Tokyo", "Tokyo, Japan"] });
    expect(gold.series[0]).toEqual({ name: "GG Seminar", aliases: [] });
  });

  it.each([
    ["{", /^d\.json: is not valid JSON/],
    [JSON.stringify({ series: [], editions: [] }), /^d\.json: file: is required$/],
    [JSON.stringify({ ...minimal, extra: 1 }), /^d\.json: extra: unknown key/],
    [withEdition({ period: { startMonth: 13 } }), /^d\.json: editions\[0\]\.period\.startMonth: must be an integer from 1 to 12$/],
    [withEdition({ period: {} }), /editions\[0\]\.period: must state at least one field/],
    [withEdition({ period: { startDay: 3 } }), /editions\[0\]\.period\.startDay: needs startMonth/],
    [withEdition({ mode: "virtual" }), /editions\[0\]\.mode: must be one of "online", "in person", "hybrid"/],
    [withEdition({ countries: ["kh"] }), /editions\[0\]\.countries\[0\]: must be an upper-case ISO 3166-1 alpha-3 code/],
    [withEdition({ countries: ["KHM", "KHM"] }), /countries\[1\]: KHM is listed twice/],
    [withEdition({ theme: "" }), /editions\[0\]\.theme: must be a non-empty string/],
    [withEdition({ participants: 0 }), /editions\[0\]\.participants: must be an integer/],
    [withEdition({ organizer: "UNAFEI" }), /editions\[0\]\.organizer: unknown key/],
    [JSON.stringify({ ...minimal, editions: [{ series: "UNCAC", ordinal: 1 }] }), /editions\[0\]\.series: names no series of this file/],
    [JSON.stringify({ ...minimal, series: [{ name: "GG Seminar", frequency: "yearly" }] }), /series\[0\]\.frequency: must be one of "annual"/],
    [JSON.stringify({ ...minimal, editions: [minimal.editions[0], minimal.editions[0]] }), /editions\[1\]: edition 8 of "GG Seminar" is listed twice/],
  ])("rejects %s", (text, message) => {
    expect(error(text)).toMatch(message);
  });
});

describe("the development corpus", () => {
  const docs = path.join("test", "corpus", "docs");
  const goldDir = path.join("test", "corpus", "gold");
  const documents = readdirSync(docs).filter((f) => /\.(md|txt)$/.test(f));

  it("has at least 24 documents", () => {
    expect(documents.length).toBeGreaterThanOrEqual(24);
  });

  it("gives every document a gold file, and every gold file parses and names an existing document", async () => {
    const golds = await loadGoldDir(goldDir);
    for (const document of documents) expect(golds.has(goldKeyFor(document)), `gold for ${document}`).toBe(true);
    for (const [key, gold] of golds) {
      expect(existsSync(path.join(docs, gold.file)), `${key}.json names ${gold.file}`).toBe(true);
      expect(goldKeyFor(gold.file)).toBe(key);
    }
  });

  it("gives every .txt document a sidecar with its url", () => {
    for (const document of documents.filter((f) => f.endsWith(".txt"))) {
      expect(existsSync(path.join(docs, document.replace(/\.txt$/, ".meta.yml"))), document).toBe(true);
    }
  });
});
