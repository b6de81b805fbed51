// The answer functions every front end reaches through the command registry (commands/index.ts).
export { answerAsk } from "./ask.js";
export { answerCountry } from "./country.js";
export { answerCourse } from "./course.js";
export { answerHelp, type HelpEntry } from "./help.js";
export { answerSources } from "./sources.js";
export { answerTheme } from "./theme.js";
export { completeCountry, completeCourse, completeTheme } from "./complete.js";
