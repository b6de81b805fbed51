// Parses what a person types in the terminal front end or passes to `npm run ask`: the same slash
// commands as in Discord, with the rest of the line as the query ("/course 23rd"). Which commands
// there are, and which take a query, is read from the registry passed in.
import type { Registry } from "../../commands/define.js";

export type ParsedLine =
  | { ok: true; command: string; query: string }
  | { ok: false; error: string };

export function parseCommandLine(line: string, registry: Registry): ParsedLine {
  const trimmed = line.trim();
  if (!trimmed) return { ok: false, error: "Type a command, for example /course 23rd, or /help." };
  const match = /^\/?(\S+)\s*([\s\S]*)$/.exec(trimmed);
  const word = (match?.[1] ?? "").toLowerCase();
  const command = registry.find((c) => c.data.name === word);
  if (!command) {
    const shown = word.length > 40 ? `${word.slice(0, 40)}…` : word;
    return { ok: false, error: `Unknown command "/${shown}". Commands: ${registry.map((c) => `/${c.data.name}`).join(", ")}.` };
  }
  // Commands without a query option ignore any text after them.
  return { ok: true, command: word, query: command.queryOption === undefined ? "" : (match?.[2] ?? "").trim() };
}

/** Tab completion for the interactive console: command names matching what is typed so far. */
export function commandCompleter(registry: Registry): (line: string) => [string[], string] {
  return (line) => {
    if (/\s/.test(line.trimStart())) return [[], line];
    const typed = line.trimStart().replace(/^\//, "").toLowerCase();
    return [registry.filter((c) => c.data.name.startsWith(typed)).map((c) => `/${c.data.name} `), line];
  };
}
