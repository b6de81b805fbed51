// Shared pieces of the command files. Not a command itself (the registry test skips it).
// The shape of a slash command: its registration data (plain JSON, exactly what the deploy script
// sends), how /help presents it, and its handlers, which are pure: knowledge + query → Answer or
// choices. Carrying them into Discord (replies, paging, errors) is the router's job, once for every
// command; the terminal front end carries them to the terminal.
import { ApplicationCommandOptionType, type APIApplicationCommandOption, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord-api-types/v10";
import type { HelpEntry } from "../src/answers/help.js";
import type { Answer, Choice } from "../src/answers/types.js";
import type { Snapshot } from "../src/snapshot/snapshot.js";

/** Japanese name and description, since many of the people these programmes concern read Japanese. */
export interface Japanese {
  name: string;
  description: string;
}

/** How /help lists a command. Every part has a default, so a new command is listed without one. */
export interface CommandHelp {
  /** What the query takes, shown after the name ("/country <name>"); default `<queryOption>`. */
  argument?: string;
  /** One sentence; default the registration description. */
  description?: string;
  /** The example's argument, taken from the knowledge; undefined when the knowledge has none (no
   *  example is shown). Default: none for a command with a query, the bare command for one without. */
  example?(knowledge: Snapshot): string | undefined;
}

export interface CommandDefinition<Name extends string = string> {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody & { name: Name };
  /** The option carrying the query; absent for commands that take none. */
  queryOption?: string;
  help?: CommandHelp;
  /** Synchronous today (answers come from memory); a promise is allowed, and the router defers for
   *  one that is slow. `registry` is the list the command was found in (what /help lists). */
  run(knowledge: Snapshot, query: string, registry: Registry): Answer | Promise<Answer>;
  /** Choices for the query option while the user types. */
  autocomplete?(knowledge: Snapshot, partial: string): Choice[];
}

/** A list of commands: the one in commands/index.ts, or a test's own. */
export type Registry = readonly CommandDefinition[];

/** Returns its argument: exists so each command file is checked against CommandDefinition and keeps
 *  its name as a literal type (from which `CommandName` in commands/index.ts is derived). */
export function defineCommand<const Name extends string>(def: CommandDefinition<Name>): CommandDefinition<Name> {
  return def;
}

export function describe<const Name extends string>(name: Name, description: string, ja: Japanese, options: APIApplicationCommandOption[] = []): CommandDefinition<Name>["data"] {
  return {
    name,
    description,
    name_localizations: { ja: ja.name },
    description_localizations: { ja: ja.description },
    options,
  };
}

/** The command in `registry` called `name` (own names only: "__proto__" is no command). */
export function findCommand(registry: Registry, name: string): CommandDefinition | undefined {
  return registry.find((c) => c.data.name === name);
}

/** The /help line of a command, its defaults filled in. */
export function helpEntry(command: CommandDefinition): HelpEntry {
  const { name, description } = command.data;
  const help = command.help ?? {};
  const argument = command.queryOption === undefined ? undefined : (help.argument ?? `<${command.queryOption}>`);
  return {
    command: name,
    usage: argument === undefined ? `/${name}` : `/${name} ${argument}`,
    description: help.description ?? description,
    example: help.example ?? (() => (command.queryOption === undefined ? "" : undefined)),
  };
}

export interface TextOption {
  name: string;
  description: string;
  ja: Japanese;
  autocomplete?: boolean;
  maxLength?: number;
}

/** The required string option each query command has (autocompleted where the knowledge has names). */
export function textOption(o: TextOption): APIApplicationCommandOption {
  const common = {
    type: ApplicationCommandOptionType.String,
    name: o.name,
    description: o.description,
    name_localizations: { ja: o.ja.name },
    description_localizations: { ja: o.ja.description },
    required: true,
  } as const;
  return o.autocomplete ? { ...common, autocomplete: true } : { ...common, max_length: o.maxLength ?? 100 };
}

/** `private:true` answers ephemerally (only the asker sees it). */
export const privateOption: APIApplicationCommandOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "private",
  description: "Only you see the answer",
  name_localizations: { ja: "非公開" },
  description_localizations: { ja: "回答を自分だけに表示する" },
  required: false,
};
