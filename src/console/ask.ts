// `npm run ask -- [--knowledge DIR] [--json] /course 23rd` answers once;
// `npm run ask -- --batch [--knowledge DIR]` reads one command per input line and prints one JSON
// answer per line. The knowledge comes from the on-disk cache when it is valid, as for `npm start`.
// Exit 0 whether found or not, 2 for bad usage, 1 when the knowledge cannot load.
import { createInterface } from "node:readline";
import { commands } from "../../commands/index.js";
import { renderJson, renderTerminal } from "../render/terminal.js";
import { loadForCommandLine, runCommandLine } from "./load.js";
import { respond } from "./respond.js";
import { parseAskArguments, USAGE } from "./ask-args.js";

async function main(): Promise<number> {
  const args = parseAskArguments(process.argv.slice(2));
  if ("error" in args) {
    if (args.error) process.stderr.write(`ask: ${args.error}\n`);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const knowledge = await loadForCommandLine(args.knowledgeDir);
  const print = async (line: string) => {
    const answer = await respond(knowledge, line, commands);
    process.stdout.write(`${args.json ? renderJson(answer) : renderTerminal(answer, { color: false, width: 100 })}\n`);
  };
  if (!args.batch) {
    await print(args.line);
    return 0;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim()) await print(line);
  }
  return 0;
}

runCommandLine("ask", main);
