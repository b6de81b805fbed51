// Structured JSON log lines on stderr (stdout belongs to the terminal front end and `--json`).
import { pino, type Logger } from "pino";
import type { LogLevel } from "./config.js";

export type { Logger };

export function createLogger(level: LogLevel, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: undefined,
      // Belt and braces: a token must never be written even if some object carrying it is logged.
      redact: { paths: ["token", "*.token", "config.discord.token", "headers.authorization", "*.headers.authorization"], censor: "[redacted]" },
    },
    destination,
  );
}

/** A logger that writes nothing, for tests and one-shot CLI runs. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
