// Arrows only point down: knowledge ← search ← snapshot ← answers ← render ← discord, console and
// commands. Every relative import of every source file is read here, and one that reaches a higher
// layer (or the same top layer's neighbour, which is allowed) fails with the file and the import.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.join(import.meta.dirname, "..");
const LAYERS: ReadonlyArray<readonly string[]> = [["src/knowledge"], ["src/search"], ["src/snapshot"], ["src/answers"], ["src/render"], ["src/discord", "src/console", "commands"]];

function layerOf(file: string): number | undefined {
  const at = LAYERS.findIndex((folders) => folders.some((folder) => file === folder || file.startsWith(`${folder}/`)));
  return at < 0 ? undefined : at;
}

function sources(): string[] {
  return LAYERS.flat().flatMap((folder) =>
    (readdirSync(path.join(ROOT, folder), { recursive: true }) as string[]).filter((file) => file.endsWith(".ts")).map((file) => `${folder}/${file}`),
  );
}

/** Relative imports and re-exports (static and dynamic), as paths from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm)].map((match) => match[1]!);
  return specifiers.map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)));
}

describe("layers", () => {
  it("finds the source files of every layer", () => {
    for (const folders of LAYERS) expect(sources().some((file) => folders.some((folder) => file.startsWith(folder)))).toBe(true);
  });

  it("has no import from a lower layer to a higher one", () => {
    const upward = sources().flatMap((file) =>
      importsOf(file)
        .filter((target) => (layerOf(target) ?? -1) > layerOf(file)!)
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });
});
