// One entry point for every front end: command name → answer function.
import type { Knowledge } from "../knowledge/knowledge.js";
import { answerAsk } from "./ask.js";
import { answerCountry } from "./country.js";
import { answerCourse } from "./course.js";
import { answerHelp } from "./help.js";
import { answerSources } from "./sources.js";
import { answerTheme } from "./theme.js";
import type { Answer, CommandName } from "./types.js";

export const ANSWERS: Readonly<Record<CommandName, (k: Knowledge, query: string) => Answer>> = {
  course: answerCourse,
  country: answerCountry,
  theme: answerTheme,
  ask: answerAsk,
  sources: (k) => answerSources(k),
  help: (k) => answerHelp(k),
};

export function answer(k: Knowledge, command: CommandName, query: string): Answer {
  return ANSWERS[command](k, query);
}

export { answerAsk, answerCountry, answerCourse, answerHelp, answerSources, answerTheme };
export { completeCountry, completeCourse, completeTheme } from "./complete.js";
