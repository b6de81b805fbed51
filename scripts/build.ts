// `npm run build [-- --outdir DIR]`: the production build. One bundle per entry point (our code only;
// packages stay in node_modules and are imported from there), ES modules for Node 20, with source maps
// (run them with `node --enable-source-maps`). The cache's code version is computed here, from the
// sources, and written into the bundles, so production never hashes source folders at run time.
// Writes to a fresh folder and swaps it in at the end, so a process running the old dist/ is not
// left with half a build.
import { rm, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { codeVersion } from "../src/snapshot/cache.js";

/** dist/<name>.js ← source. main and shard are what `node dist/main.js` runs (with snapshot-worker,
 *  the thread they rebuild the knowledge in, and extract-worker, the threads a large catalogue is
 *  extracted on); the rest are the production forms of the npm scripts
 *  (deploy-commands, ask, check-knowledge, import). */
export const ENTRY_POINTS = {
  main: "src/main.ts",
  shard: "src/discord/shard.ts",
  "deploy-commands": "src/discord/deploy.ts",
  ask: "src/console/ask.ts",
  "check-knowledge": "src/knowledge/check.ts",
  import: "src/console/import.ts",
  // Not run by hand: the worker thread main.js and shard.js start for a knowledge rebuild.
  "snapshot-worker": "src/snapshot/build-worker.ts",
  // Not run by hand: the worker threads a large corpus's catalogue is extracted on (extract-pool.ts).
  "extract-worker": "src/snapshot/extract-worker.ts",
} as const;

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { outdir: { type: "string", default: "dist" } } });
const outdir = path.resolve(root, values.outdir);
const staging = `${outdir}.building-${process.pid}`;
const version = await codeVersion();

await rm(staging, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ENTRY_POINTS,
  outdir: staging,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
  define: { __CODE_VERSION__: JSON.stringify(version) },
});
// Marks dist/ as ES modules whatever the package.json beside it says, and records what was built.
await writeFile(path.join(staging, "package.json"), `${JSON.stringify({ type: "module", codeVersion: version }, null, 2)}\n`);
const old = `${outdir}.old-${process.pid}`;
await rename(outdir, old).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== "ENOENT") throw error;
});
await rename(staging, outdir);
await rm(old, { recursive: true, force: true });
process.stdout.write(`built ${path.relative(root, outdir) || "."}/ (${Object.keys(ENTRY_POINTS).map((name) => `${name}.js`).join(", ")}), code version ${version.slice(0, 12)}\n`);
