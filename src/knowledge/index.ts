// Loading a knowledge folder into a ready Knowledge. A missing or empty folder rejects with the
// loader's KnowledgeDirError (callers print its message as one line and exit 1); file problems are
// warnings inside the result.
import { buildKnowledge } from "./build.js";
import type { Knowledge } from "./knowledge.js";
import { loadKnowledgeFiles } from "./load.js";

export { KnowledgeDirError } from "./load.js";
export { buildKnowledge } from "./build.js";

export async function loadKnowledge(dir: string): Promise<Knowledge> {
  const { documents, warnings } = await loadKnowledgeFiles(dir);
  return buildKnowledge(documents, warnings);
}
