// What every answer function does first with user input, and how it echoes it back.
import { MAX_QUERY_LENGTH } from "../search/options.js";

/** Control characters out, whitespace runs collapsed, trimmed, cut to MAX_QUERY_LENGTH characters
 *  (whole code points, so an emoji is never split). */
export function cleanQuery(raw: string): string {
  const text = String(raw ?? "")
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return Array.from(text).slice(0, MAX_QUERY_LENGTH).join("").trim();
}

/** Longest echo of the query inside a message. */
const MAX_QUOTED_LENGTH = 60;

/** The query in curly quotes for a message, shortened with "…" when long. */
export function quote(query: string): string {
  const chars = Array.from(query);
  return `“${chars.length > MAX_QUOTED_LENGTH ? `${chars.slice(0, MAX_QUOTED_LENGTH - 1).join("").trimEnd()}…` : query}”`;
}
