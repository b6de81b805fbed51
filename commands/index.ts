// THE command registry: the bot routes interactions through it and the deploy script registers it.
// A test checks that every command file in this folder is listed here.
import ask from "./ask.js";
import country from "./country.js";
import course from "./course.js";
import type { CommandDefinition } from "./define.js";
import help from "./help.js";
import sources from "./sources.js";
import theme from "./theme.js";

export const commands: readonly CommandDefinition[] = [course, country, theme, ask, sources, help];
