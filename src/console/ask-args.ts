// Argument parsing for `npm run ask`: pure, so the truth table is unit-tested without a process.
import { parseArgs } from "node:util";

export const USAGE = "usage: npm run ask -- [--knowledge DIR] [--json] /command query   |   npm run ask -- [--knowledge DIR] --batch < lines";

export interface AskArguments {
  knowledgeDir?: string;
  json: boolean;
  batch: boolean;
  line: string;
}

/** Pure argument parsing: a value, or a usage error message. */
export function parseAskArguments(argv: string[]): AskArguments | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { knowledge: { type: "string" }, json: { type: "boolean" }, batch: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { error: "" };
  if (values.knowledge !== undefined && !values.knowledge.trim()) return { error: "--knowledge needs a folder" };
  const line = positionals.join(" ").trim();
  if (values.batch && line) return { error: "--batch reads commands from standard input; give none on the command line" };
  if (!values.batch && !line) return { error: "give a command such as /course 23rd, or --batch" };
  return { ...(values.knowledge !== undefined && { knowledgeDir: values.knowledge }), json: Boolean(values.json || values.batch), batch: Boolean(values.batch), line };
}
