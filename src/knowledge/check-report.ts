// The report printed by `npm run check-knowledge`: every warning as `file:line: message`, then a
// summary. Pure, so the wording and the exit code are tested without running the script.
import { KnowledgeDirError, type LoadResult } from "./load.js";
import { printable } from "./printable.js";
import type { KnowledgeWarning } from "./types.js";

export interface CheckReport {
  lines: string[];
  /** 0 when the folder loaded without a single warning, else 1. Notes never change it. */
  exitCode: 0 | 1;
}

/** A note: something for the operator to review (see check-catalogue.ts), not a problem. */
export function formatNote(note: KnowledgeWarning): string {
  return formatWarning({ ...note, message: `note: ${note.message}` });
}

/** One line per warning, whatever its name holds (control characters are escaped). */
export function formatWarning(warning: KnowledgeWarning): string {
  const file = printable(warning.file);
  const message = printable(warning.message);
  return warning.line === undefined ? `${file}: ${message}` : `${file}:${warning.line}: ${message}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** `notes`: about the catalogue extracted from the loaded documents; listed after the warnings and
 *  counted in the summary, but informational: they never make the check fail. */
export function formatCheckReport(result: LoadResult | KnowledgeDirError, notes: readonly KnowledgeWarning[] = []): CheckReport {
  if (result instanceof KnowledgeDirError) {
    return { lines: [...result.warnings.map(formatWarning), `error: ${printable(result.message)}`], exitCode: 1 };
  }
  const passages = result.documents.reduce((sum, document) => sum + document.passages.length, 0);
  const summary = `${plural(result.documents.length, "document")}, ${plural(passages, "passage")}, ${plural(result.warnings.length, "warning")}${notes.length ? `, ${plural(notes.length, "note")} to review` : ""}`;
  return { lines: [...result.warnings.map(formatWarning), ...notes.map(formatNote), summary], exitCode: result.warnings.length > 0 ? 1 : 0 };
}
