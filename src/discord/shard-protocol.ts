// What a shard process (src/discord/shard.ts) and the shard manager (src/discord/shard-manager.ts) tell
// each other: one IPC message when every shard of the process is ready, and the exit code that says
// "do not start me again". Kept apart so that neither entry point imports the other.

/** Sent once over the IPC channel, when every shard of the process has reached READY. */
export interface ShardsReadyMessage {
  type: "ready";
  shards: readonly number[];
}

export function isShardsReadyMessage(message: unknown): message is ShardsReadyMessage {
  return typeof message === "object" && message !== null && (message as { type?: unknown }).type === "ready" && Array.isArray((message as { shards?: unknown }).shards);
}

/** A shard process exits with this code when Discord closed a gateway connection for good (4014
 *  disallowed intents, 4004, 4010–4013): a configuration error that a restart would only repeat, so
 *  the manager does not start the process again. 78 is EX_CONFIG in sysexits.h. Any other exit after
 *  READY (a crash, a kill) is restarted. */
export const EXIT_GATEWAY_REFUSED = 78;
