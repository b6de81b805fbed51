// Argument parsing for `npm run import`: pure, so the truth table is unit-tested without a process.
import { parseArgs } from "node:util";

export const IMPORT_USAGE = "usage: npm run import -- <page.html | chapter.pdf | http(s) URL>… [--out DIR] [--force]";

export interface ImportArguments {
  /** Files and URLs, in the order given. */
  inputs: string[];
  /** The folder to write to; the configured knowledge folder when absent. */
  outDir?: string;
  /** Replace a file of the same name instead of refusing. */
  force: boolean;
}

/** A value, or a usage error message ("" for --help). */
export function parseImportArguments(argv: readonly string[]): ImportArguments | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { out: { type: "string" }, force: { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { error: "" };
  if (values.out !== undefined && !values.out.trim()) return { error: "--out needs a folder" };
  const inputs = positionals.filter((input) => input.trim() !== "");
  if (inputs.length === 0) return { error: "nothing to import: give a file or a URL" };
  return { inputs, ...(values.out !== undefined && { outDir: values.out }), force: Boolean(values.force) };
}
