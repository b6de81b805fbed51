// Discord's limits as Discord states them (API reference: Message, Embed Limits, Message Components,
// Application Commands, Autocomplete), written here as literal numbers on purpose: the stand-in
// checks what the bot sends against these, not against the bot's own src/render/limits.ts, so a typo
// in a limit there fails the suite. Returns the problems; the stand-in answers any with a 400 and
// code 50035 ("Invalid Form Body"), as Discord does.

/** Discord's limits, in characters where they are lengths. */
export const LIMITS = {
  messageContent: 2000,
  embedsPerMessage: 10,
  embedsTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  customId: 100,
  buttonLabel: 80,
  buttonUrl: 512,
  buttonsPerRow: 5,
  actionRows: 5,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  commandsPerScope: 100,
  optionStringMaxLength: 6000,
} as const;
const L = LIMITS;

type Json = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === "string" ? v : "");
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const over = (problems: string[], where: string, value: unknown, max: number): void => {
  if (typeof value === "string" && [...value].length > max) problems.push(`${where}: must be ${max} or fewer in length`);
};

/** A message body: an interaction callback's `data`, or a webhook (follow-up, edit) body. */
export function messageProblems(message: Json): string[] {
  const problems: string[] = [];
  over(problems, "content", message.content, L.messageContent);
  const embeds = list(message.embeds);
  if (embeds.length > L.embedsPerMessage) problems.push(`embeds: must be ${L.embedsPerMessage} or fewer in length`);
  let total = 0;
  embeds.forEach((embed, i) => {
    const at = `embeds.${i}`;
    over(problems, `${at}.title`, embed.title, L.embedTitle);
    over(problems, `${at}.description`, embed.description, L.embedDescription);
    over(problems, `${at}.footer.text`, (embed.footer as Json | undefined)?.text, L.footerText);
    over(problems, `${at}.author.name`, (embed.author as Json | undefined)?.name, L.authorName);
    const fields = list(embed.fields);
    if (fields.length > L.embedFields) problems.push(`${at}.fields: must be ${L.embedFields} or fewer in length`);
    fields.forEach((field, j) => {
      over(problems, `${at}.fields.${j}.name`, field.name, L.fieldName);
      over(problems, `${at}.fields.${j}.value`, field.value, L.fieldValue);
    });
    total += [embed.title, embed.description, (embed.footer as Json | undefined)?.text, (embed.author as Json | undefined)?.name, ...fields.flatMap((f) => [f.name, f.value])]
      .map((s) => [...str(s)].length)
      .reduce((a, b) => a + b, 0);
  });
  if (total > L.embedsTotal) problems.push(`embeds: the embeds' text must be ${L.embedsTotal} or fewer in length in total`);
  const rows = list(message.components);
  if (rows.length > L.actionRows) problems.push(`components: must be ${L.actionRows} or fewer in length`);
  rows.forEach((row, i) => {
    const items = list(row.components);
    if (items.length > L.buttonsPerRow) problems.push(`components.${i}.components: must be ${L.buttonsPerRow} or fewer in length`);
    items.forEach((item, j) => {
      over(problems, `components.${i}.components.${j}.label`, item.label, L.buttonLabel);
      over(problems, `components.${i}.components.${j}.custom_id`, item.custom_id, L.customId);
      over(problems, `components.${i}.components.${j}.url`, item.url, L.buttonUrl);
    });
  });
  return problems;
}

/** An autocomplete callback's `data`. */
export function choicesProblems(data: Json): string[] {
  const problems: string[] = [];
  const choices = list(data.choices);
  if (choices.length > L.autocompleteChoices) problems.push(`choices: must be ${L.autocompleteChoices} or fewer in length`);
  choices.forEach((choice, i) => {
    over(problems, `choices.${i}.name`, choice.name, L.choiceName);
    over(problems, `choices.${i}.value`, choice.value, L.choiceValue);
  });
  return problems;
}

/** A bulk overwrite of chat input commands. */
export function commandsProblems(commands: Json[]): string[] {
  const problems: string[] = [];
  if (commands.length > L.commandsPerScope) problems.push(`must be ${L.commandsPerScope} or fewer in length`);
  commands.forEach((command, i) => {
    over(problems, `${i}.name`, command.name, L.commandName);
    over(problems, `${i}.description`, command.description, L.commandDescription);
    const options = list(command.options);
    if (options.length > L.commandOptions) problems.push(`${i}.options: must be ${L.commandOptions} or fewer in length`);
    options.forEach((option, j) => {
      over(problems, `${i}.options.${j}.name`, option.name, L.commandName);
      over(problems, `${i}.options.${j}.description`, option.description, L.commandDescription);
      if (typeof option.max_length === "number" && option.max_length > L.optionStringMaxLength) problems.push(`${i}.options.${j}.max_length: must be ${L.optionStringMaxLength} or less`);
    });
  });
  return problems;
}

/** What the stand-in checks a request body with, by route; undefined for routes it does not check. */
export function bodyProblems(method: string, path: string, body: unknown): string[] | undefined {
  const json = (body ?? {}) as Json;
  if (method === "POST" && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
    const data = (json.data ?? {}) as Json;
    // 8: APPLICATION_COMMAND_AUTOCOMPLETE_RESULT; 4 and 7 carry a message.
    if (json.type === 8) return choicesProblems(data);
    return json.type === 4 || json.type === 7 ? messageProblems(data) : [];
  }
  if ((method === "PATCH" || method === "POST") && /^\/api\/v10\/webhooks\/\d+\/[^/]+(\/messages\/[^/]+)?$/.test(path)) return messageProblems(json);
  if (method === "PUT" && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) return commandsProblems(list(body));
  return undefined;
}

/** Discord's answer to a body over a limit. */
export function invalidFormBody(problems: string[]): { message: string; code: number; errors: Record<string, string> } {
  return { message: "Invalid Form Body", code: 50035, errors: Object.fromEntries(problems.map((p) => [p.split(":")[0]!, p.slice(p.indexOf(":") + 2)])) };
}
