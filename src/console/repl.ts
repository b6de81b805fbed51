// The terminal front end: the embedded default when no DISCORD_TOKEN is set. Interactive on a
// terminal (prompt, tab completion of command names); fed from a pipe it answers each line and ends
// with the input, so `printf '/course 23rd\n' | npm start` works.
import { createInterface } from "node:readline";
import type { Registry } from "../../commands/define.js";
import type { Snapshot } from "../snapshot/snapshot.js";
import { renderTerminal } from "../render/terminal.js";
import { commandCompleter } from "./parse.js";
import { respond } from "./respond.js";

export interface ConsoleOptions {
  knowledge: () => Snapshot;
  /** The commands understood (the registry in commands/index.ts, or a test's own). */
  commands: Registry;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: show a prompt, complete command names, use colour. */
  interactive: boolean;
  width?: number;
}

const PROMPT = "> ";

export function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output, interactive } = options;
  const style = { color: interactive, width: options.width ?? 100 };
  const lines = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    ...(interactive && { completer: commandCompleter(options.commands) }),
  });
  if (interactive) {
    lines.setPrompt(PROMPT);
    lines.prompt();
  }
  let answered = 0;
  // A command may answer asynchronously: answers are written one after another, in input order.
  let written: Promise<void> = Promise.resolve();
  const show = async (line: string): Promise<void> => {
    const answer = await respond(options.knowledge(), line, options.commands);
    // Answers are separated by a blank line, so piped output reads like the interactive session.
    const separator = !interactive && answered > 0 ? "\n" : "";
    output.write(`${separator}${renderTerminal(answer, style)}\n`);
    answered += 1;
    if (interactive) {
      output.write("\n");
      lines.prompt();
    }
  };
  lines.on("line", (line) => {
    if (!interactive && !line.trim()) return;
    if (interactive && /^\/?(exit|quit)$/i.test(line.trim())) {
      lines.close();
      return;
    }
    written = written.then(() => show(line));
  });
  return new Promise((resolve, reject) => lines.once("close", () => void written.then(resolve, reject)));
}
