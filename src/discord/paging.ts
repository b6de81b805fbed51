// Stateless paging: everything needed to show another page lives in the button's custom id and in
// the message the button is attached to (which Discord sends with every press), so the buttons keep
// working after a restart and in any process that gets the press (another shard, a replica). A query
// too long for the 100-character id is cut there and marked (";" instead of ":"), and the full query
// is read back from the message's "Showing … for “query”" line. The id carries a fingerprint of the
// results; when the knowledge has changed since, it no longer matches and the user is told the result
// expired instead of being shown a different list. The commands whose
// pages can be turned are the registry's (commands/index.ts, or the one the router was given).
import type { Registry } from "../../commands/define.js";
import type { Answer } from "../answers/types.js";
import { sliceWhole } from "../render/discord-text.js";
import { DISCORD_LIMITS } from "../render/limits.js";

export interface PageRef {
  /** A command of the registry (Discord's name pattern: no ":" in it). */
  command: string;
  page: number;
  /** Only this user may turn the pages. */
  askerId: string;
  fingerprint: string;
  /** The query; only its beginning when `cut` (then the full one is in the message, see recoverQuery). */
  query: string;
  /** The query was too long for the id and was cut. */
  cut?: boolean;
}

const PREFIX = "pg";

/** FNV-1a over the result keys: changes when the results (or their order) change. */
export function fingerprint(answer: Pick<Answer, "results">): string {
  let hash = 0x811c9dc5;
  for (const char of answer.results.map((r) => r.key).join("\n")) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function encodePageId(ref: PageRef): string {
  const head = [PREFIX, ref.command, String(ref.page), ref.askerId, ref.fingerprint].join(":");
  const room = DISCORD_LIMITS.customId - head.length - 1;
  return ref.query.length <= room ? `${head}:${ref.query}` : `${head};${sliceWhole(ref.query, room)}`;
}

/** The full query of a cut page id, from the content of the message the button is on (the answer's
 *  "Showing 1–10 of 25 for “…”" line, Markdown-escaped by the renderer): undefined unless it begins
 *  with what the id kept. */
export function recoverQuery(content: string | undefined, kept: string): string | undefined {
  const match = /for “([^\n]*)”$/.exec(content ?? "");
  if (!match) return undefined;
  // Undo escapeText: a backslash before punctuation, a zero-width space after @ or < (user input
  // never holds one: the router strips invisible characters where it enters).
  const query = match[1]!.replace(/\u200b/g, "").replace(/\\([^A-Za-z0-9\s])/g, "$1");
  return query.startsWith(kept) ? query : undefined;
}

export function isPageId(customId: string): boolean {
  return customId.startsWith(`${PREFIX}:`);
}

/** The page reference in a custom id, or undefined for anything this version did not write (or for a
 *  command `registry` does not have). */
export function decodePageId(customId: string, registry: Registry): PageRef | undefined {
  // A command name has no ":" and at most 32 characters; whether it is one is the registry's to say.
  const match = /^pg:([^:]{1,32}):(\d{1,4}):(\d{17,20}):([0-9a-z]{1,8})([:;])(.*)$/s.exec(customId);
  if (!match) return undefined;
  const [, command, page, askerId, print, separator, query] = match;
  if (!registry.some((c) => c.data.name === command)) return undefined;
  return { command: command!, page: Number(page), askerId: askerId!, fingerprint: print!, query: query!, ...(separator === ";" && { cut: true }) };
}
