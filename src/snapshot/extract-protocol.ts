// What an extraction worker (extract-worker.ts) and the pool that started it (extract-pool.ts) say to
// each other, one pass at a time. The worker gets its share of the documents as workerData and
// answers with its acronyms at once; then the pool sends every share's acronyms and it answers with
// the names its documents use; then every share's names, and it answers with its documents' records.
// Sets and maps cross as they are (structured clone keeps their order), and the records of a share
// cross in one message, so the series and editions they point at are still the same objects.
import type { DocumentRecords, NamesInUse } from "../knowledge/extract/index.js";
import type { KnowledgeDocument } from "../knowledge/types.js";

export interface ExtractWorkerData {
  documents: KnowledgeDocument[];
}

export type ExtractRequest = { type: "names"; acronyms: Set<string> } | { type: "records"; names: NamesInUse };

export type ExtractAnswer =
  | { type: "acronyms"; acronyms: Set<string> }
  | { type: "names"; names: NamesInUse }
  | { type: "records"; records: DocumentRecords[] }
  | { type: "failed"; message: string };
