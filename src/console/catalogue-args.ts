// Argument parsing for `npm run catalogue`: pure, so the truth table is unit-tested without a process.
import { parseArgs } from "node:util";

export const CATALOGUE_USAGE = "usage: npm run catalogue -- [--knowledge DIR] [--json]";

export interface CatalogueArguments {
  knowledgeDir?: string;
  json: boolean;
}

/** A value, or a usage error message ("" for --help). */
export function parseCatalogueArguments(argv: string[]): CatalogueArguments | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { knowledge: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { error: "" };
  if (positionals.length) return { error: `unexpected argument ${JSON.stringify(positionals[0])}` };
  if (values.knowledge !== undefined && !values.knowledge.trim()) return { error: "--knowledge needs a folder" };
  return { ...(values.knowledge !== undefined && { knowledgeDir: values.knowledge }), json: Boolean(values.json) };
}
