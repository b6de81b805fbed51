// `npm run catalogue -- [--knowledge DIR] [--json]`: prints every series and edition the bot would
// claim, each fact with the clause that states it, for review before going live. Exit 0 on success,
// 2 for bad usage, 1 when the knowledge folder is missing or empty (as `npm run ask`).
import { catalogueReport } from "../answers/catalogue.js";
import { renderCatalogue } from "../render/catalogue.js";
import { CATALOGUE_USAGE, parseCatalogueArguments } from "./catalogue-args.js";
import { loadForCommandLine, runCommandLine } from "./load.js";

async function main(): Promise<number> {
  const args = parseCatalogueArguments(process.argv.slice(2));
  if ("error" in args) {
    if (args.error) process.stderr.write(`catalogue: ${args.error}\n`);
    process.stderr.write(`${CATALOGUE_USAGE}\n`);
    return 2;
  }
  const knowledge = await loadForCommandLine(args.knowledgeDir);
  const report = catalogueReport(knowledge);
  process.stdout.write(`${args.json ? JSON.stringify(report) : renderCatalogue(report)}\n`);
  return 0;
}

runCommandLine("catalogue", main);
