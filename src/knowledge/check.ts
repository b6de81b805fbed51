// `npm run check-knowledge [-- DIR]`: loads a knowledge folder (default: the configured KNOWLEDGE_DIR)
// and lists every problem; exits 1 if there was any. Then notes about the extracted catalogue (facts
// whose sources disagree, editions without a theme or a period), which never fail it. Run in CI on knowledge/.
import { ConfigError, loadConfig } from "../config.js";
import { catalogueNotes } from "./check-catalogue.js";
import { formatCheckReport } from "./check-report.js";
import { extractCatalogue } from "./extract/index.js";
import { KnowledgeDirError, loadKnowledgeFiles } from "./load.js";

/** The configured folder; "knowledge" when the environment has a mistake unrelated to it (a bad token). */
function defaultDir(): string {
  try {
    return loadConfig().knowledgeDir;
  } catch (error) {
    if (error instanceof ConfigError) return "knowledge";
    throw error;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const dir = argv[0] ?? defaultDir();
  const result = await loadKnowledgeFiles(dir).catch((error: unknown) => {
    if (error instanceof KnowledgeDirError) return error;
    throw error;
  });
  // The catalogue's notes (conflicts, editions without a theme or a period) are informational.
  const notes = result instanceof KnowledgeDirError ? [] : catalogueNotes(result.documents, extractCatalogue(result.documents));
  const report = formatCheckReport(result, notes);
  const output = report.lines.join("\n");
  if (report.exitCode === 0) console.log(output);
  else console.error(output);
  return report.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
