// `npm run load`: the bot under load through the local Discord stand-in, with the real discord.js
// client, the real command registry and the bundled knowledge (issue 5). Run by .ci/run after
// `npm test`; too slow for the test run itself.
//
// 1. 1,000 interactions (a mix of every command and autocomplete), 100 at a time: every one must be
//    answered exactly once (callbacks counted per interaction id); p50/p99 latency is reported, both
//    the router's (from the bot's own log line) and dispatch → callback at the stand-in.
// 2. 10,000 interactions one after another, each from a different user, with the heap measured after
//    a forced GC before and after (the later one after a sweep of discord.js's user and member caches).
//    Growth must stay under HEAP_GROWTH_LIMIT_MB (4 MB: 400 bytes per interaction). Before the client
//    bounded its user and member caches it grew 6 MB (every user cached).
//
// Exit code 0 when every check holds, 1 otherwise. Needs --expose-gc (the npm script passes it).
import { performance } from "node:perf_hooks";
import { Events } from "discord.js";
import { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { percentile } from "../../bench/stats.js";
import { startBot } from "../../src/discord/bot.js";
import { loadSnapshot } from "../../src/snapshot/load.js";
import { createLogger } from "../../src/logger.js";
import { APPLICATION_ID, GUILD_ID, testContext } from "../support/bot-harness.js";
import { startDiscordStandIn, type DiscordStandIn } from "../support/discord-stand-in.js";
import { autocomplete, chatInput, snowflakes, text, type Person, type Place } from "../support/interactions.js";

const CONCURRENT_TOTAL = 1_000;
const CONCURRENCY = 100;
const SEQUENTIAL_TOTAL = 10_000;
/** Stated bound on heap growth over the 10,000 sequential interactions. */
const HEAP_GROWTH_LIMIT_MB = 4;

const place: Place = { applicationId: APPLICATION_ID, guildId: GUILD_ID };
const nextId = snowflakes();
let people = 0;
const newPerson = (): Person => ({ id: String(5_000_000_000_000_000_000n + BigInt(++people)), username: `load${people}` });

/** A realistic mix: each command, with the autocomplete a user types on the way. */
const MIX: ((id: string, user: Person) => Record<string, unknown>)[] = [
  (id, user) => chatInput(place, id, "course", [text("course", "23rd")], user),
  (id, user) => autocomplete(place, id, "course", [text("course", "2", true)], user),
  (id, user) => chatInput(place, id, "country", [text("country", "Viet Nam")], user),
  (id, user) => chatInput(place, id, "theme", [text("theme", "anti-corruption")], user),
  (id, user) => chatInput(place, id, "ask", [text("question", "When was UNAFEI established?")], user),
  (id, user) => autocomplete(place, id, "country", [text("country", "lao", true)], user),
  (id, user) => chatInput(place, id, "help", [], user),
  (id, user) => chatInput(place, id, "sources", [], user),
];

function interaction(n: number): { id: string; payload: Record<string, unknown> } {
  const id = nextId();
  return { id, payload: MIX[n % MIX.length]!(id, newPerson()) };
}

/** Callbacks per interaction id among the recorded requests, then forgets them (keeps the heap flat). */
function takeCallbackCounts(standIn: DiscordStandIn, into: Map<string, number>): void {
  for (const r of standIn.requests) {
    const match = /^\/api\/v10\/interactions\/(\d+)\/[^/]+\/callback$/.exec(r.path);
    if (r.method === "POST" && match) into.set(match[1]!, (into.get(match[1]!) ?? 0) + 1);
  }
  standIn.requests.length = 0;
}

function exactlyOnce(ids: readonly string[], counts: Map<string, number>): { missing: number; duplicated: number } {
  return {
    missing: ids.filter((id) => !counts.has(id)).length,
    duplicated: ids.filter((id) => (counts.get(id) ?? 0) > 1).length,
  };
}

async function heapMb(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with node --expose-gc (npm run load does)");
  for (let i = 0; i < 3; i += 1) {
    gc();
    await sleep(50);
  }
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const round = (n: number) => Math.round(n * 10) / 10;

async function main(): Promise<number> {
  const knowledge = (await loadSnapshot("knowledge")).snapshot;
  const routerLatencies: number[] = [];
  const logs = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of String(chunk).split("\n")) {
        if (!line.includes('"msg":"interaction"')) continue;
        routerLatencies.push((JSON.parse(line) as { latencyMs: number }).latencyMs);
      }
      done();
    },
  });
  const standIn = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: GUILD_ID });
  // Production settings (the default rate limit included); only the REST base points at the stand-in,
  // and the user and member caches are swept every second instead of every 5 minutes, so that the
  // bound they are kept to is reached within the test.
  const ctx = testContext(standIn.apiUrl, () => knowledge, createLogger("info", logs), { RATE_LIMIT_COMMANDS: "5" });
  const bot = await startBot(ctx, { cacheSweepSeconds: 1 });
  const swept = (): Promise<void> =>
    new Promise((resolve) => {
      const listener = (message: string): void => {
        if (!/^Swept \d+ users/.test(message)) return;
        bot.client.off(Events.CacheSweep, listener);
        resolve();
      };
      bot.client.on(Events.CacheSweep, listener);
    });
  const failures: string[] = [];
  try {
    // 1. Concurrent.
    const counts = new Map<string, number>();
    const ids: string[] = [];
    const roundTrips: number[] = [];
    const started = performance.now();
    for (let batch = 0; batch < CONCURRENT_TOTAL / CONCURRENCY; batch += 1) {
      const sent = Array.from({ length: CONCURRENCY }, (_, i) => interaction(batch * CONCURRENCY + i));
      await Promise.all(
        sent.map(async ({ id, payload }) => {
          ids.push(id);
          const at = performance.now();
          standIn.dispatch("INTERACTION_CREATE", payload);
          await standIn.waitForCallback(id);
          roundTrips.push(performance.now() - at);
        }),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    await sleep(200); // a late duplicate callback would arrive now
    takeCallbackCounts(standIn, counts);
    const once = exactlyOnce(ids, counts);
    console.log(
      `concurrent: ${CONCURRENT_TOTAL} interactions, ${CONCURRENCY} at a time, in ${round(seconds)} s; ` +
        `answered ${CONCURRENT_TOTAL - once.missing}, missing ${once.missing}, answered twice ${once.duplicated}; ` +
        `router latency p50 ${percentile(routerLatencies, 50)} ms, p99 ${percentile(routerLatencies, 99)} ms; ` +
        `dispatch→callback p50 ${round(percentile(roundTrips, 50))} ms, p99 ${round(percentile(roundTrips, 99))} ms`,
    );
    if (once.missing > 0 || once.duplicated > 0 || counts.size !== CONCURRENT_TOTAL) failures.push("not every concurrent interaction was answered exactly once");

    // 2. Sequential, with the heap measured.
    routerLatencies.length = 0;
    const before = await heapMb();
    const sequentialCounts = new Map<string, number>();
    let sequentialMissing = 0;
    let sequentialDuplicated = 0;
    const sequentialStarted = performance.now();
    for (let chunk = 0; chunk < SEQUENTIAL_TOTAL / 1_000; chunk += 1) {
      const chunkIds: string[] = [];
      for (let i = 0; i < 1_000; i += 1) {
        const { id, payload } = interaction(i);
        chunkIds.push(id);
        standIn.dispatch("INTERACTION_CREATE", payload);
        await standIn.waitForCallback(id);
      }
      takeCallbackCounts(standIn, sequentialCounts);
      const once = exactlyOnce(chunkIds, sequentialCounts);
      sequentialMissing += once.missing;
      sequentialDuplicated += once.duplicated;
      sequentialCounts.clear();
    }
    const sequentialSeconds = (performance.now() - sequentialStarted) / 1000;
    await swept();
    await sleep(200);
    const after = await heapMb();
    const growth = after - before;
    console.log(
      `sequential: ${SEQUENTIAL_TOTAL} interactions in ${round(sequentialSeconds)} s (missing ${sequentialMissing}, answered twice ${sequentialDuplicated}); ` +
        `router latency p50 ${percentile(routerLatencies, 50)} ms, p99 ${percentile(routerLatencies, 99)} ms; ` +
        `heap ${round(before)} MB → ${round(after)} MB (growth ${round(growth)} MB, limit ${HEAP_GROWTH_LIMIT_MB} MB); ` +
        `discord.js caches: ${bot.client.users.cache.size} users, ${bot.client.guilds.cache.get(GUILD_ID)?.members.cache.size ?? 0} members`,
    );
    if (sequentialMissing > 0 || sequentialDuplicated > 0) failures.push("not every sequential interaction was answered exactly once");
    if (bot.client.users.cache.size > 1) failures.push(`discord.js kept ${bot.client.users.cache.size} users cached (only the bot's own should stay)`);
    if (growth > HEAP_GROWTH_LIMIT_MB) failures.push(`heap grew by ${round(growth)} MB over ${SEQUENTIAL_TOTAL} interactions (limit ${HEAP_GROWTH_LIMIT_MB} MB)`);
  } finally {
    await bot.stop();
    await standIn.close();
  }
  for (const failure of failures) console.error(`load: FAIL: ${failure}`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
