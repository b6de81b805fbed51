import { loadKnowledgeFiles } from "./src/knowledge/load.ts";
import { extractCatalogue } from "./src/knowledge/extract/index.ts";
const r = await loadKnowledgeFiles("test/corpus/docs");
for (const name of process.argv.slice(2)) {
  const d = r.documents.find((x) => x.file.startsWith(name))!;
  const c = extractCatalogue([d]);
  for (const s of c.series) console.log("S", s.id, "|", s.name, s.aliases, "org:", s.organiser?.value, "since:", s.sinceYear?.value, "freq:", s.frequency?.value);
  for (const e of c.editions) console.log("E", e.id, "org:", e.organiser?.value, "theme:", e.theme?.value);
}
