// What `npm run build` fixed when it compiled dist/: the code version that keys the on-disk knowledge
// cache. esbuild replaces `__CODE_VERSION__` with a string literal (scripts/build.ts); from source
// (tsx, the tests) the name is never defined, so `builtCodeVersion` is undefined and the cache hashes
// the source folders instead.
declare const __CODE_VERSION__: string | undefined;

export const builtCodeVersion: string | undefined = typeof __CODE_VERSION__ === "string" ? __CODE_VERSION__ : undefined;

/** Running the compiled files in dist/ (then shards fork dist/shard.js), not the TypeScript sources. */
export const runningFromDist: boolean = builtCodeVersion !== undefined;
