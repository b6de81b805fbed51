// One typed line → one Answer. Shared by the interactive console, `npm run ask` and `--batch`, so all
// three answer exactly alike, from the registry they are given.
import { answer } from "../../commands/index.js";
import type { Registry } from "../../commands/define.js";
import type { Answer } from "../answers/types.js";
import type { Snapshot } from "../snapshot/snapshot.js";
import { parseCommandLine } from "./parse.js";

export async function respond(knowledge: Snapshot, line: string, registry: Registry): Promise<Answer> {
  const parsed = parseCommandLine(line, registry);
  if (!parsed.ok) {
    return { command: "help", query: line.trim(), found: false, message: parsed.error, results: [], suggestions: registry.map((c) => `/${c.data.name}`) };
  }
  return answer(knowledge, parsed.command, parsed.query, registry);
}
