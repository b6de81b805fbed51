// `npm run deploy-commands`: validate the registry locally, then bulk-overwrite the application's
// commands: in DISCORD_GUILD_ID when set (instant, for testing), else globally (Discord may take a
// while to show them everywhere). Never run on start-up: registering is rate-limited.
import { pathToFileURL } from "node:url";
import { REST, Routes } from "discord.js";
import { commands } from "../../commands/index.js";
import type { Registry } from "../../commands/define.js";
import { ConfigError, loadConfig, type DiscordConfig } from "../config.js";
import { validateCommands } from "./validate.js";

export interface Deployment {
  scope: "guild" | "global";
  guildId?: string;
  /** The commands as Discord now has them (the id absent when the response did not carry one, as
   *  some Discord-compatible servers answer). */
  registered: Array<{ id?: string; name: string }>;
}

/** The response's commands, read defensively: the registry's names where it gives none. */
function readRegistered(response: unknown, registry: Registry): Deployment["registered"] {
  const entries: unknown[] = Array.isArray(response) ? response : [];
  return registry.map((command, i) => {
    const entry = (entries[i] ?? {}) as { id?: unknown; name?: unknown };
    return { name: typeof entry.name === "string" ? entry.name : command.data.name, ...(typeof entry.id === "string" && entry.id !== "" && { id: entry.id }) };
  });
}

export async function deployCommands(config: DiscordConfig, registry: Registry): Promise<Deployment> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId);
  const response = await rest.put(route, { body: registry.map((c) => c.data) });
  return {
    scope: config.guildId ? "guild" : "global",
    ...(config.guildId && { guildId: config.guildId }),
    registered: readRegistered(response, registry),
  };
}

/** The script: one line per problem or per registered command; exit code 1 on any failure. */
export async function runDeploy(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`), registry: Registry = commands): Promise<number> {
  try {
    const config = loadConfig();
    if (!config.discord) {
      write("DISCORD_TOKEN is not set: nothing to deploy to (see .env.example).");
      return 1;
    }
    const problems = validateCommands(registry);
    if (problems.length > 0) {
      for (const problem of problems) write(`invalid command definition: ${problem}`);
      return 1;
    }
    const result = await deployCommands(config.discord, registry);
    const where = result.scope === "guild" ? `server ${result.guildId}` : "all servers (global; may take a while to appear)";
    write(`Registered ${result.registered.length} commands for ${where}:`);
    for (const command of result.registered) write(`  /${command.name} (${command.id ?? "no id in Discord's response"})`);
    return 0;
  } catch (error) {
    // discord.js errors name the route and status, never the token; ConfigError names only the variable.
    write(`Deploy failed: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await runDeploy();
}
