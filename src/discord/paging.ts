// Stateless paging: everything needed to show another page lives in the button's custom id, so the
// buttons keep working after a restart. The id carries a fingerprint of the results; when the
// knowledge has changed since (or a long query had to be cut), the fingerprint no longer matches
// and the user is told the result expired instead of being shown a different list.
import type { Answer, CommandName } from "../answers/types.js";
import { sliceWhole } from "../render/discord-text.js";
import { DISCORD_LIMITS } from "../render/limits.js";

export interface PageRef {
  command: CommandName;
  page: number;
  /** Only this user may turn the pages. */
  askerId: string;
  fingerprint: string;
  /** The query, possibly cut to fit the id (then the fingerprint will not match). */
  query: string;
}

const PREFIX = "pg";
const COMMANDS: readonly CommandName[] = ["course", "country", "theme", "ask", "sources", "help"];

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

/** The page reference in a custom id, or undefined for anything this version did not write. */
export function decodePageId(customId: string): PageRef | undefined {
  const match = /^pg:([a-z]+):(\d{1,4}):(\d{17,20}):([0-9a-z]{1,8}):(.*)$/s.exec(customId);
  if (!match) return undefined;
  const [, command, page, askerId, print, query] = match;
  if (!COMMANDS.includes(command as CommandName)) return undefined;
  return { command: command as CommandName, page: Number(page), askerId: askerId!, fingerprint: print!, query: query! };
}
