// Parses what a person types in the terminal front end or passes to `npm run ask`: the same slash
// commands as in Discord, with the rest of the line as the query ("/course 23rd").
import type { CommandName } from "../answers/types.js";

export const COMMANDS: readonly CommandName[] = ["course", "country", "theme", "ask", "sources", "help"];

/** Commands whose answer depends on a query; the others ignore any text after them. */
const TAKES_QUERY: ReadonlySet<CommandName> = new Set(["course", "country", "theme", "ask"]);

export type ParsedLine =
  | { ok: true; command: CommandName; query: string }
  | { ok: false; error: string };

function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

export function parseCommandLine(line: string): ParsedLine {
  const trimmed = line.trim();
  if (!trimmed) return { ok: false, error: "Type a command, for example /course 23rd, or /help." };
  const match = /^\/?(\S+)\s*([\s\S]*)$/.exec(trimmed);
  const word = (match?.[1] ?? "").toLowerCase();
  if (!isCommand(word)) {
    const shown = word.length > 40 ? `${word.slice(0, 40)}…` : word;
    return { ok: false, error: `Unknown command "/${shown}". Commands: ${COMMANDS.map((c) => `/${c}`).join(", ")}.` };
  }
  return { ok: true, command: word, query: TAKES_QUERY.has(word) ? (match?.[2] ?? "").trim() : "" };
}

/** Tab completion for the interactive console: command names matching what is typed so far. */
export function completeCommandName(line: string): [string[], string] {
  if (/\s/.test(line.trimStart())) return [[], line];
  const typed = line.trimStart().replace(/^\//, "").toLowerCase();
  return [COMMANDS.filter((c) => c.startsWith(typed)).map((c) => `/${c} `), line];
}
