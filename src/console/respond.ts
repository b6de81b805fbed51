// One typed line → one Answer. Shared by the interactive console, `npm run ask` and `--batch`, so all
// three answer exactly alike.
import { answer } from "../answers/index.js";
import type { Answer } from "../answers/types.js";
import type { Knowledge } from "../knowledge/knowledge.js";
import { COMMANDS, parseCommandLine } from "./parse.js";

export function respond(knowledge: Knowledge, line: string): Answer {
  const parsed = parseCommandLine(line);
  if (!parsed.ok) {
    return { command: "help", query: line.trim(), found: false, message: parsed.error, results: [], suggestions: COMMANDS.map((c) => `/${c}`) };
  }
  return answer(knowledge, parsed.command, parsed.query);
}
