// Stateless paging: everything needed to show another page lives in the button's custom id, so the
// buttons keep working after a restart. The id carries a fingerprint of the results; when the
// knowledge has changed since (or a long query had to be cut), the fingerprint no longer matches
// and the user is told the result expired instead of being shown a different list. The commands whose
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
  /** The query, possibly cut to fit the id (then the fingerprint will not match). */
  query: string;
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
  const head = [PREFIX, ref.command, String(ref.page), ref.askerId, ref.fingerprint, ""].join(":");
  return head + sliceWhole(ref.query, DISCORD_LIMITS.customId - head.length);
}

export function isPageId(customId: string): boolean {
  return customId.startsWith(`${PREFIX}:`);
}

/** The page reference in a custom id, or undefined for anything this version did not write (or for a
 *  command `registry` does not have). */
export function decodePageId(customId: string, registry: Registry): PageRef | undefined {
  // A command name has no ":" and at most 32 characters; whether it is one is the registry's to say.
  const match = /^pg:([^:]{1,32}):(\d{1,4}):(\d{17,20}):([0-9a-z]{1,8}):(.*)$/s.exec(customId);
  if (!match) return undefined;
  const [, command, page, askerId, print, query] = match;
  if (!registry.some((c) => c.data.name === command)) return undefined;
  return { command: command!, page: Number(page), askerId: askerId!, fingerprint: print!, query: query! };
}
