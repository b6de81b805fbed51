import type { Config } from "./config.js";
import type { Snapshot } from "./snapshot/snapshot.js";
import type { Logger } from "./logger.js";

/** Passed to every handler instead of globals. `knowledge()` returns the current snapshot, so a
 *  rebuild can swap it atomically while commands keep answering from the old one. */
export interface AppContext {
  config: Readonly<Config>;
  logger: Logger;
  knowledge(): Snapshot;
}
