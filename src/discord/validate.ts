// Local checks on the command definitions before they are sent to Discord (the deploy script) and in
// the tests: Discord's naming rules and limits, and a Japanese localisation for every name and
// description. Returns the problems found; an empty list means the registry can be registered.
import type { APIApplicationCommandOption } from "discord.js";
import type { CommandDefinition } from "../../commands/define.js";
import { DISCORD_LIMITS as L } from "../render/limits.js";

// Discord's pattern for command and option names (CHAT_INPUT), lower case where a letter has one.
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_GLOBAL_COMMANDS = 100;

interface Named {
  name: string;
  description: string;
  name_localizations?: Partial<Record<string, string | null>> | null;
  description_localizations?: Partial<Record<string, string | null>> | null;
}

function checkNamed(where: string, item: Named): string[] {
  const problems: string[] = [];
  const ja = { name: item.name_localizations?.ja, description: item.description_localizations?.ja };
  if (!ja.name || !ja.description) problems.push(`${where}: missing the Japanese (ja) name or description`);
  for (const name of new Set([item.name, ja.name ?? item.name])) {
    if (!NAME.test(name) || name !== name.toLowerCase()) problems.push(`${where}: name “${name}” is not a valid lower-case name of 1–${L.commandName} characters`);
  }
  for (const description of new Set([item.description, ja.description ?? item.description])) {
    if (description.length < 1 || description.length > L.commandDescription) {
      problems.push(`${where}: description “${description}” must be 1–${L.commandDescription} characters`);
    }
  }
  return problems;
}

function checkOption(where: string, option: APIApplicationCommandOption): string[] {
  const problems = checkNamed(where, option);
  if ("autocomplete" in option && option.autocomplete && "choices" in option && option.choices?.length) {
    problems.push(`${where}: cannot have both autocomplete and fixed choices`);
  }
  if ("max_length" in option && option.max_length !== undefined && (option.max_length < 1 || option.max_length > L.optionStringMaxLength)) {
    problems.push(`${where}: max_length must be 1–${L.optionStringMaxLength}`);
  }
  return problems;
}

export function validateCommands(commands: readonly CommandDefinition[]): string[] {
  const problems: string[] = [];
  if (commands.length > MAX_GLOBAL_COMMANDS) problems.push(`${commands.length} commands: Discord allows at most ${MAX_GLOBAL_COMMANDS}`);
  const seen = new Set<string>();
  for (const { data, queryOption } of commands) {
    const where = `/${data.name}`;
    if (seen.has(data.name)) problems.push(`${where}: defined twice`);
    seen.add(data.name);
    problems.push(...checkNamed(where, data));
    const options = data.options ?? [];
    if (options.length > L.commandOptions) problems.push(`${where}: more than ${L.commandOptions} options`);
    const optionNames = options.map((o) => o.name);
    if (new Set(optionNames).size !== optionNames.length) problems.push(`${where}: two options share a name`);
    const firstOptional = options.findIndex((o) => !("required" in o && o.required));
    if (firstOptional >= 0 && options.slice(firstOptional).some((o) => "required" in o && o.required)) {
      problems.push(`${where}: required options must come before optional ones`);
    }
    if (queryOption && !optionNames.includes(queryOption)) problems.push(`${where}: query option “${queryOption}” is not among its options`);
    for (const option of options) problems.push(...checkOption(`${where} ${option.name}`, option));
  }
  return problems;
}
