// One entry point for every front end: command name → answer function.
import type { Knowledge } from "../knowledge/knowledge.js";
import { answerAsk } from "./ask.js";
import { answerCountry } from "./country.js";
import { answerCourse } from "./course.js";
import { answerHelp } from "./help.js";
import { answerSources } from "./sources.js";
import { answerTheme } from "./theme.js";
import { quote } from "./query.js";
import type { Answer, CommandName } from "./types.js";

export const ANSWERS: Readonly<Record<CommandName, (k: Knowledge, query: string) => Answer>> = {
  course: answerCourse,
  country: answerCountry,
  theme: answerTheme,
  ask: answerAsk,
  sources: (k) => answerSources(k),
  help: (k) => answerHelp(k),
};

/** The answer to `/<command> <query>`. A name that is not a command (possible from untyped callers,
 *  e.g. text typed in the console) gets the help list, marked not found. */
export function answer(k: Knowledge, command: CommandName, query: string): Answer {
  if (!Object.hasOwn(ANSWERS, command)) {
    return { ...answerHelp(k), found: false, message: `${quote(`/${String(command)}`)} is not a command. The commands are listed below.` };
  }
  return ANSWERS[command](k, query);
}

export { answerAsk, answerCountry, answerCourse, answerHelp, answerSources, answerTheme };
export { completeCountry, completeCourse, completeTheme } from "./complete.js";
