// `npm run import -- <file or URL>… [--out DIR] [--force]`: turns saved HTML pages, PDFs and http(s)
// URLs into Markdown knowledge files in the knowledge folder (KNOWLEDGE_DIR, or --out). What it does
// and prints: import-run.ts. Exit 0 when every input was imported, 1 when one failed, 2 for bad usage.
import { ConfigError, loadConfig } from "../config.js";
import { runImport } from "./import-run.js";

/** The configured folder; "knowledge" when the environment has a mistake unrelated to it (a bad token). */
function defaultOutDir(): string {
  try {
    return loadConfig().knowledgeDir;
  } catch (error) {
    if (error instanceof ConfigError) return "knowledge";
    throw error;
  }
}

runImport(process.argv.slice(2), { defaultOutDir: defaultOutDir(), stdout: process.stdout, stderr: process.stderr, now: () => new Date() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
