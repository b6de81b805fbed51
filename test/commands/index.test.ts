import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";

/** Files in commands/ that are not commands: the shared helpers and the registry itself. */
const NOT_COMMANDS = ["define.ts", "index.ts"];

describe("commands registry", () => {
  it("lists every command file in commands/, each under its file's name", () => {
    const files = readdirSync(new URL("../../commands/", import.meta.url))
      .filter((f) => f.endsWith(".ts") && !NOT_COMMANDS.includes(f))
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    expect(commands.map((c) => c.data.name).sort()).toEqual(files);
  });

  it("has the six commands in the order /help presents them", () => {
    expect(commands.map((c) => c.data.name)).toEqual(["course", "country", "theme", "ask", "sources", "help"]);
  });

  it.each(commands.map((c) => [c.data.name, c] as const))("/%s names a query option it has, and autocompletes only that option", (_name, command) => {
    const options = command.data.options ?? [];
    const withAutocomplete = options.filter((o) => "autocomplete" in o && o.autocomplete).map((o) => o.name);
    expect(withAutocomplete).toEqual(command.autocomplete && command.queryOption ? [command.queryOption] : []);
    expect(options.at(-1)?.name).toBe("private");
  });
});
