// Log lines on stderr (stdout belongs to the terminal front end and `--json`): structured JSON, one
// object a line, for the bot and whenever stderr is not a terminal; readable lines for a person at a
// terminal using the terminal front end ("12:00:01 INFO  knowledge built documents=1 passages=7").
// Errors from Discord's REST API carry the request's URL, in which an interaction or webhook token
// (good for posting as the bot for 15 minutes) is a path segment, and the whole request body (the
// answer, with the user's query in it): the error serializer replaces every such token with
// "[redacted]" and the body with its size.
import { pino, stdSerializers, type DestinationStream, type Logger } from "pino";
import type { LogLevel } from "./config.js";

export type { Logger };

export interface LoggerOptions {
  /** Human-readable lines instead of JSON (the same fields, formatted by `formatLogLine`). */
  readable?: boolean;
}

export function createLogger(level: LogLevel, destination: NodeJS.WritableStream = process.stderr, options: LoggerOptions = {}): Logger {
  return pino(
    {
      level,
      base: undefined,
      // Belt and braces: a token must never be written even if some object carrying it is logged.
      redact: { paths: ["token", "*.token", "config.discord.token", "headers.authorization", "*.headers.authorization"], censor: "[redacted]" },
      serializers: { err: serialiseError },
    },
    options.readable ? readable(destination) : destination,
  );
}

/** A logger that writes nothing, for tests and one-shot CLI runs. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}

const LEVEL_NAMES: Readonly<Record<number, string>> = { 10: "TRACE", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL" };

/** One pino JSON line as a readable one: local time, level, message, then the other fields as
 *  key=value (an error as its message; its stack only at debug and below). Not JSON → as is. */
export function formatLogLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.endsWith("\n") ? json : `${json}\n`;
  }
  const { level, time, msg, err, ...fields } = entry;
  const clock = typeof time === "number" ? new Date(time).toTimeString().slice(0, 8) : "";
  const name = (typeof level === "number" && LEVEL_NAMES[level]) || String(level);
  const parts = Object.entries(fields).map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
  const error = err as { message?: string; stack?: string } | undefined;
  if (error?.message) parts.push(`error=${error.message}`);
  const stack = error?.stack && typeof level === "number" && level <= 20 ? `\n${error.stack}` : "";
  return `${[clock, name.padEnd(5), String(msg ?? ""), ...parts].filter(Boolean).join(" ")}${stack}\n`;
}

function readable(destination: NodeJS.WritableStream): DestinationStream {
  return { write: (line: string) => void destination.write(formatLogLine(line)) };
}

const REDACTED = "[redacted]";
// /interactions/<id>/<token>/callback and /webhooks/<application id>/<token>[/messages/…]
const TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/\d+\/)[^/?#\s"']+/g;
/** Real interaction tokens are base64 of "interaction:<id>:…"; caught wherever they appear. */
const INTERACTION_TOKEN = /aW50ZXJhY3Rpb246[A-Za-z0-9+/=_-]{8,}/g;

/** A string with every interaction or webhook token replaced. */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_IN_PATH, `$1${REDACTED}`).replace(INTERACTION_TOKEN, REDACTED);
}

function redactDeep(value: unknown, depth: number): unknown {
  if (typeof value === "string") return redactTokens(value);
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => {
      if (/token$/i.test(key) && typeof item === "string") return [key, REDACTED];
      if (key === "requestBody") return [key, summariseBody(item)];
      return [key, redactDeep(item, depth + 1)];
    }),
  );
}

/** What was sent, without what was in it: `{ json: <bytes>, files: <count> }`. */
function summariseBody(body: unknown): unknown {
  if (body === null || typeof body !== "object") return body === undefined ? undefined : REDACTED;
  const { json, files } = body as { json?: unknown; files?: unknown };
  return { ...(json !== undefined && { jsonBytes: JSON.stringify(json)?.length ?? 0 }), ...(Array.isArray(files) && files.length > 0 && { files: files.length }) };
}

function serialiseError(error: unknown): unknown {
  return redactDeep(error instanceof Error ? stdSerializers.err(error) : error, 0);
}
