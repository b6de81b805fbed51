// The process's last resort and its one way out. `guardProcess` installs handlers for an exception or
// a rejection nobody caught (a bug here, or inside discord.js on an unexpected gateway event): each
// writes one fatal JSON line with an error id, then the process lets the answers in flight finish
// (the bot's own bounded drain) and exits 1, so a supervisor restarts it. A signal or a gateway that
// is gone for good leaves through the same `exit`, so a process never runs two shutdowns at once.
import { randomUUID } from "node:crypto";
import type { Logger } from "./logger.js";

/** Past the bot's own drain (5 s) and the gateway close: an exit never waits longer than this. */
export const EXIT_DEADLINE_MS = 10_000;

export interface ProcessGuard {
  /** What `exit` lets finish first (the bot's stop, once the bot runs). */
  setDrain(drain: () => Promise<void>): void;
  /** Lets the drain finish (at most EXIT_DEADLINE_MS), then exits with `code` (1 if the drain failed).
   *  Only the first call counts. */
  exit(code: number): void;
  /** Removes the handlers (tests). */
  dispose(): void;
}

export interface GuardOptions {
  /** process.exit unless a test brings its own. */
  exit?: (code: number) => void;
  exitDeadlineMs?: number;
}

export function guardProcess(logger: Logger, options: GuardOptions = {}): ProcessGuard {
  const terminate = options.exit ?? ((code: number) => process.exit(code));
  let drain: (() => Promise<void>) | undefined;
  let exiting = false;

  const exit = (code: number): void => {
    if (exiting) return;
    exiting = true;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        logger.error({ ms: options.exitDeadlineMs ?? EXIT_DEADLINE_MS }, "shutdown took too long; exiting anyway");
        resolve(code === 0 ? 1 : code);
      }, options.exitDeadlineMs ?? EXIT_DEADLINE_MS);
      timer.unref();
    });
    const drained = Promise.resolve()
      .then(() => drain?.())
      .then(
        () => code,
        (error: unknown) => {
          logger.error({ err: error }, "error during shutdown");
          return code === 0 ? 1 : code;
        },
      );
    void Promise.race([drained, deadline]).then((finalCode) => {
      clearTimeout(timer);
      terminate(finalCode);
    });
  };

  const lastResort = (kind: string) => (error: unknown) => {
    logger.fatal({ err: error, errorId: randomUUID().slice(0, 8), exiting: exiting || undefined }, kind);
    exit(1);
  };
  const onException = lastResort("uncaught exception; finishing the answers in flight, then exiting");
  const onRejection = lastResort("unhandled promise rejection; finishing the answers in flight, then exiting");
  process.on("uncaughtException", onException);
  process.on("unhandledRejection", onRejection);

  return {
    setDrain: (next) => {
      drain = next;
    },
    exit,
    dispose: () => {
      process.off("uncaughtException", onException);
      process.off("unhandledRejection", onRejection);
    },
  };
}
