// /help: the commands, one line each, with examples taken from the knowledge itself.
import type { Knowledge } from "../knowledge/knowledge.js";
import { formatOrdinal } from "../knowledge/ordinals.js";
import { searchTerms } from "../search/options.js";
import { foundAnswer, knownCountries, knownThemes } from "./make.js";
import type { Answer, AnswerResult, CommandName } from "./types.js";

interface CommandHelp {
  command: CommandName;
  usage: string;
  description: string;
  /** Argument for the example, from the knowledge; undefined when the knowledge has none. */
  example(k: Knowledge): string | undefined;
}

const COMMANDS: CommandHelp[] = [
  {
    command: "course",
    usage: "/course <ordinal, series or theme words>",
    description: "One course: series, theme, period, format, participants and countries, with the sentences that state them.",
    example: (k) => {
      const edition = k.catalogue.editions[0];
      return edition && formatOrdinal(edition.ordinal);
    },
  },
  {
    command: "country",
    usage: "/country <name>",
    description: "The courses a country took part in, and every passage that names it with its role.",
    example: (k) => knownCountries(k)[0],
  },
  {
    command: "theme",
    usage: "/theme <words>",
    description: "Courses whose theme matches, then the passages that match.",
    example: (k) => {
      const theme = knownThemes(k)[0];
      return theme && searchTerms(theme).sort((a, b) => b.length - a.length)[0];
    },
  },
  {
    command: "ask",
    usage: "/ask <question>",
    description: "The passages that best answer a question, quoted and cited.",
    example: (k) => {
      const series = k.catalogue.series[0];
      return series && `when did the ${series.abbreviation ?? series.name} start`;
    },
  },
  { command: "sources", usage: "/sources", description: "The documents the answers come from, with links.", example: () => "" },
  { command: "help", usage: "/help", description: "This list.", example: () => "" },
];

export function answerHelp(k: Knowledge): Answer {
  const results = COMMANDS.map(({ command, usage, description, example }): AnswerResult => {
    const argument = example(k);
    const facts = argument === undefined ? [] : [{ label: "Example", value: `/${command}${argument ? ` ${argument}` : ""}` }];
    return { key: command, title: usage, description, facts, citations: [] };
  });
  return foundAnswer("help", "", results, "Every answer quotes the passage it rests on, with a link to the source.");
}
