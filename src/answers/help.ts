// /help: the commands, one line each, with examples taken from the knowledge itself. Which commands
// there are is the registry's business (commands/index.ts): it passes its entries in.
import type { Snapshot } from "../snapshot/snapshot.js";
import { foundAnswer } from "./make.js";
import type { Answer, AnswerResult } from "./types.js";

export interface HelpEntry {
  command: string;
  usage: string;
  description: string;
  /** Argument for the example, from the knowledge; "" for a bare command; undefined when the
   *  knowledge has none (no example is shown rather than an invented one). */
  example(k: Snapshot): string | undefined;
}

export function answerHelp(k: Snapshot, entries: readonly HelpEntry[]): Answer {
  const results = entries.map(({ command, usage, description, example }): AnswerResult => {
    const argument = example(k);
    const facts = argument === undefined ? [] : [{ label: "Example", value: `/${command}${argument ? ` ${argument}` : ""}` }];
    return { key: command, title: usage, description, facts, citations: [] };
  });
  return foundAnswer("help", "", results, "Every answer quotes the passage it rests on, with a link to the source.");
}
