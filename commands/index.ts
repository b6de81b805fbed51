// THE command registry, and the only list of commands: the bot routes interactions and page buttons
// through it, the deploy script registers it, /help lists it and the terminal front end parses and
// completes from it. Adding a command is one file in this folder plus one line below; a test checks
// that every command file in this folder is listed here.
import { answerHelp } from "../src/answers/help.js";
import type { Answer } from "../src/answers/types.js";
import type { Snapshot } from "../src/snapshot/snapshot.js";
import ask from "./ask.js";
import country from "./country.js";
import course from "./course.js";
import { findCommand, helpEntry, type Registry } from "./define.js";
import help from "./help.js";
import sources from "./sources.js";
import theme from "./theme.js";

/** In the order /help presents them. */
export const commands = [course, country, theme, ask, sources, help] as const satisfies Registry;

/** "course" | "country" | …, from the registry itself. */
export type CommandName = (typeof commands)[number]["data"]["name"];

/** The answer to `/<command> <query>` from `registry`. A name that is not a command (possible from
 *  untyped callers, e.g. text typed in the console) gets the help list, marked not found. A command
 *  may answer asynchronously, so callers await the result. */
export function answer(k: Snapshot, command: string, query: string, registry: Registry = commands): Answer | Promise<Answer> {
  const found = findCommand(registry, command);
  if (!found) {
    return { ...answerHelp(k, registry.map(helpEntry)), found: false, message: `“/${command}” is not a command. The commands are listed below.` };
  }
  return found.run(k, query, registry);
}
