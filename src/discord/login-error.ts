// Login failures the operator can fix (a rejected token, an unreachable Discord), turned into one line
// for the terminal instead of a stack trace. The message never carries the token: it names the
// variable, like a ConfigError.

export class LoginError extends Error {
  override readonly name = "LoginError";
}

const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "ECONNRESET", "UND_ERR_CONNECT_TIMEOUT"]);

function codeOf(error: unknown): unknown {
  const direct = (error as { code?: unknown } | undefined)?.code;
  if (direct !== undefined) return direct;
  // undici wraps the system error: TypeError("fetch failed", { cause: { code } }).
  return ((error as { cause?: { code?: unknown } } | undefined)?.cause as { code?: unknown } | undefined)?.code;
}

/** The LoginError for a failure of `client.login`, or undefined for anything unexpected (a bug). */
export function describeLoginError(error: unknown): LoginError | undefined {
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : "";
  // discord.js: GET /gateway/bot answered 401 → TokenInvalid; the gateway closed with 4004 → "Authentication failed".
  if (code === "TokenInvalid" || (error as { status?: unknown } | undefined)?.status === 401) {
    return new LoginError("DISCORD_TOKEN: Discord rejected the token (401 Unauthorized). Reset it in the developer portal (Bot › Reset Token) and update .env.");
  }
  if (message === "Authentication failed" || code === "AuthenticationFailed") {
    return new LoginError("DISCORD_TOKEN: Discord rejected the token (gateway close 4004, authentication failed). Reset it in the developer portal and update .env.");
  }
  if (code === "DisallowedIntents" || message === "Used disallowed intents") {
    return new LoginError("Discord refused the gateway intents this bot asks for (it needs only Guilds, which is never privileged).");
  }
  if (typeof code === "string" && UNREACHABLE.has(code)) {
    return new LoginError(`cannot reach Discord (${code}); check the network, or DISCORD_API_URL if it is set.`);
  }
  return undefined;
}
