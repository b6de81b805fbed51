// A local stand-in for Discord, on 127.0.0.1 only: the REST routes the bot uses (recording every
// request with its parsed body) and a JSON gateway (hello, identify → ready, heartbeat ack,
// dispatch, resume with replay). The real discord.js client connects to it through `rest.api`
// (DISCORD_API_URL), so the end-to-end tests assume nothing about Discord beyond its wire format.
//
// Like Discord, the gateway keeps a session's events until the client has acknowledged them (the
// sequence number in its heartbeat or RESUME) and replays the rest on RESUME. This matters on a busy
// machine: when an ACK is late, discord.js calls the connection a zombie, stops reading it and
// resumes, and an INTERACTION_CREATE sent in between must still arrive (issue 13).
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocket, WebSocketServer } from "ws";
import { EVENT_DEADLINE_MS } from "./deadline.js";
import { bodyProblems, invalidFormBody } from "./discord-limits.js";

export interface RecordedRequest {
  method: string;
  /** Path without the query, e.g. "/api/v10/interactions/123/tok/callback". */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body (the `payload_json` part for multipart), or undefined when empty. */
  body: unknown;
  /** HTTP status the stand-in answered with (absent when the connection was reset instead). */
  status?: number;
}

/** A failure injected into the REST handler (see `injectFault`). */
export type RestFault =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  /** Drop the TCP connection without a response. */
  | { reset: true }
  /** Answer normally, but only once `until` settles (to keep a request in flight). */
  | { until: Promise<unknown> };

export interface Resume {
  session_id: string;
  seq: number | null;
}

/** One gateway session: from an answered IDENTIFY until the next IDENTIFY for the same shard. */
interface Session {
  id: string;
  shard: [number, number];
  /** The last sequence number sent in this session. */
  seq: number;
  /** Dispatches (serialised) the client has not acknowledged yet, oldest first, at most REPLAY_MAX. */
  unacknowledged: { s: number; frame: string }[];
  /** The connection the session is on; undefined between a drop and the RESUME. */
  socket: WebSocket | undefined;
}

export interface Identify {
  intents: number;
  shard?: [number, number];
}

export interface StandInOptions {
  applicationId: string;
  guildId: string;
  /** Gateway heartbeat interval in ms (Discord's 41 250 when absent); fault tests use a short one. */
  heartbeatInterval?: number;
  /** Recommended shard count reported by GET /gateway/bot (1 when absent). */
  shards?: number;
  /** `session_start_limit.max_concurrency` reported by GET /gateway/bot (1 when absent). */
  maxConcurrency?: number;
  /** More servers the bot is in, besides `guildId`; each connection is sent those its shard owns. */
  otherGuildIds?: readonly string[];
}

export interface DiscordStandIn {
  /** REST base for discord.js `rest.api` / DISCORD_API_URL: "http://127.0.0.1:<port>/api". */
  apiUrl: string;
  requests: RecordedRequest[];
  identifies: Identify[];
  botUser: { id: string; username: string; discriminator: string; global_name: null; avatar: null; bot: true };
  /** Sends a gateway DISPATCH (op 0) in every session (one per shard): at once on a connected one,
   *  on RESUME to one that is reconnecting. */
  dispatch(event: string, data: unknown): void;
  /** Sends a DISPATCH only in the session(s) whose shard owns the guild, as Discord routes guild events. */
  dispatchToGuild(guildId: string, event: string, data: unknown): void;
  /** The body of the interaction's callback (POST /interactions/:id/:token/callback). */
  waitForCallback(interactionId: string): Promise<Callback>;
  /** The first request (already recorded or still to come) that matches; rejects after
   *  EVENT_DEADLINE_MS with `awaited` (what the match is for) and what did arrive. */
  waitForRequest(match: (request: RecordedRequest) => boolean, awaited?: string): Promise<RecordedRequest>;
  /** The session id sent in each READY, in order. */
  sessionIds: string[];
  /** Resolves once a client has identified and received READY. */
  waitForReady(): Promise<void>;
  close(): Promise<void>;
  // Fault injection (issue 5): each piece is independent of the others.
  /** The next `times` requests that match get `fault` instead of the normal answer. */
  injectFault(match: (request: RecordedRequest) => boolean, fault: RestFault, times?: number): void;
  /** RESUME (op 6) payloads answered: the events after `seq` are replayed, then RESUMED is sent. (A
   *  RESUME of an unknown session, or of one whose events are no longer kept, gets op 9 instead.) */
  resumes: Resume[];
  /** Closes every gateway connection with `code` (4000 resumable, 4007 re-identify, 4004 bad token…),
   *  or only the one carrying shard `shard` (of a client running several on one process). */
  closeGateway(code: number, shard?: number): void;
  /** The next `count` heartbeats get no ACK (a zombie connection, as the client sees it). */
  dropHeartbeatAcks(count?: number): void;
  /** The heartbeat interval sent in HELLO to connections made from now on (undefined: Discord's). */
  setHeartbeatInterval(ms: number | undefined): void;
  /** Closes the connection with `code` instead of answering IDENTIFY (4004: authentication failed);
   *  "ignore": IDENTIFY is never answered (a gateway that never sends READY). */
  failIdentify(code: number | "ignore" | undefined): void;
  /** Resolves once `count` IDENTIFY payloads in total have arrived (answered or not). */
  waitForIdentifyAttempts(count: number): Promise<void>;
  /** Resolves once `count` RESUMEs in total have been answered. */
  waitForResumes(count: number): Promise<void>;
  /** Resolves once `count` IDENTIFYs in total have been answered with READY. */
  waitForIdentifies(count: number): Promise<void>;
}

/** An interaction response: type 4 message, 7 update, 8 autocomplete result (Discord's numbering). */
export interface Callback {
  type: number;
  data?: Record<string, unknown>;
}

const HOST = "127.0.0.1";
const HEARTBEAT_INTERVAL = 41_250;
const SESSION_ID_PREFIX = "stand-in-session-";
/** Unacknowledged dispatches kept per session for a replay: enough for any reconnection in these
 *  tests (the load test has at most 100 interactions in flight), and a bound on the stand-in's memory
 *  (about 1.2 kB an interaction), which the load test's heap measurement includes. */
const REPLAY_MAX = 250;

export async function startDiscordStandIn(options: StandInOptions): Promise<DiscordStandIn> {
  const requests: RecordedRequest[] = [];
  const identifies: Identify[] = [];
  const waiters = new Set<{ match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }>();
  const readyWaiters = new Set<() => void>();
  const sockets = new Set<WebSocket>();
  /** The current session of each shard ("0/1", "1/2"…): the one a DISPATCH for that shard goes to. */
  const sessions = new Map<string, Session>();
  const sessionIds: string[] = [];
  /** The session each connection carries (after its IDENTIFY or RESUME). */
  const socketSessions = new Map<WebSocket, Session>();
  const allGuildIds = [options.guildId, ...(options.otherGuildIds ?? [])];
  let messageCounter = 0;
  const faults: { match: (r: RecordedRequest) => boolean; fault: RestFault; left: number }[] = [];
  const resumes: Resume[] = [];
  let acksToDrop = 0;
  let heartbeatInterval = options.heartbeatInterval ?? HEARTBEAT_INTERVAL;
  let identifyCloseCode: number | "ignore" | undefined;
  let identifyAttempts = 0;
  const gatewayWaiters = new Set<() => void>();
  const settleGatewayWaiters = () => {
    for (const check of [...gatewayWaiters]) check();
  };
  const botUser = { id: options.applicationId, username: "Programmes Bot", discriminator: "0000", global_name: null, avatar: null, bot: true as const };

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const url = new URL(req.url ?? "/", `http://${HOST}`);
      const recorded: RecordedRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: parseBody(raw, req.headers["content-type"]),
      };
      requests.push(recorded);
      const fault = takeFault(recorded);
      if (fault) void applyFault(fault, recorded, req, res);
      else {
        respond(recorded, res);
        recorded.status = res.statusCode;
      }
      for (const waiter of [...waiters]) {
        if (waiter.match(recorded)) {
          waiters.delete(waiter);
          waiter.resolve(recorded);
        }
      }
    });
  });

  const send = (socket: WebSocket, payload: unknown) => socket.send(JSON.stringify(payload));
  const isOpen = (socket: WebSocket | undefined): socket is WebSocket => socket?.readyState === WebSocket.OPEN;
  /** Sends a DISPATCH in `session`, keeping it until acknowledged; held for the RESUME when the
   *  session has no open connection. */
  const sendDispatch = (session: Session, event: string, data: unknown) => {
    const s = ++session.seq;
    const frame = JSON.stringify({ op: 0, t: event, s, d: data });
    session.unacknowledged.push({ s, frame });
    if (session.unacknowledged.length > REPLAY_MAX) session.unacknowledged.shift();
    if (isOpen(session.socket)) session.socket.send(frame);
  };
  /** The client has every event up to `seq`: they need not be kept for a replay. */
  const acknowledge = (session: Session | undefined, seq: unknown) => {
    if (!session || typeof seq !== "number") return;
    const kept = session.unacknowledged.findIndex((e) => e.s > seq);
    session.unacknowledged.splice(0, kept === -1 ? session.unacknowledged.length : kept);
  };

  function takeFault(r: RecordedRequest): RestFault | undefined {
    const entry = faults.find((f) => f.left > 0 && f.match(r));
    if (!entry) return undefined;
    entry.left -= 1;
    return entry.fault;
  }

  async function applyFault(fault: RestFault, r: RecordedRequest, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if ("reset" in fault) {
      req.socket.destroy();
      return;
    }
    if ("until" in fault) {
      r.status = 0; // pending: set for real once answered
      await fault.until.then(
        () => undefined,
        () => undefined,
      );
      respond(r, res);
      r.status = res.statusCode;
      return;
    }
    r.status = fault.status;
    res.writeHead(fault.status, { "content-type": "application/json", ...fault.headers });
    res.end(JSON.stringify(fault.body ?? { message: `stand-in fault ${fault.status}`, code: 0 }));
  }

  function respond(r: RecordedRequest, res: ServerResponse): void {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const route = `${r.method} ${r.path}`;
    const app = options.applicationId;
    // Over one of Discord's limits: rejected the way Discord rejects it.
    const problems = bodyProblems(r.method, r.path, r.body);
    if (problems && problems.length > 0) {
      json(400, invalidFormBody(problems));
      return;
    }
    if (route === "GET /api/v10/gateway/bot") {
      json(200, {
        url: `ws://${HOST}:${port()}`,
        shards: options.shards ?? 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: options.maxConcurrency ?? 1 },
      });
    } else if (route === "GET /api/v10/users/@me") {
      json(200, botUser);
    } else if (route === "GET /api/v10/applications/@me") {
      json(200, { id: app, name: botUser.username, description: "", bot_public: false, bot_require_code_grant: false, flags: 0, owner: botUser });
    } else if (r.method === "POST" && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(r.path)) {
      res.writeHead(204).end();
    } else if (
      (r.method === "PATCH" && new RegExp(`^/api/v10/webhooks/${app}/[^/]+/messages/[^/]+$`).test(r.path)) ||
      (r.method === "POST" && new RegExp(`^/api/v10/webhooks/${app}/[^/]+$`).test(r.path))
    ) {
      json(200, botMessage(options.applicationId, `${Date.now()}${++messageCounter}`, r.body));
    } else if (r.method === "DELETE" && new RegExp(`^/api/v10/webhooks/${app}/[^/]+/messages/[^/]+$`).test(r.path)) {
      res.writeHead(204).end();
    } else if (
      r.method === "PUT" &&
      (r.path === `/api/v10/applications/${app}/commands` || new RegExp(`^/api/v10/applications/${app}/guilds/\\d+/commands$`).test(r.path))
    ) {
      const guildId = /guilds\/(\d+)/.exec(r.path)?.[1];
      const body = Array.isArray(r.body) ? (r.body as Record<string, unknown>[]) : [];
      json(
        200,
        body.map((command, i) => ({ id: `${1_300_000_000_000_000_000n + BigInt(i)}`, application_id: app, version: "1", type: 1, ...(guildId && { guild_id: guildId }), ...command })),
      );
    } else {
      json(404, { message: "404: Not Found", code: 0 });
    }
  }

  const gateway = new WebSocketServer({ server });
  gateway.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => {
      sockets.delete(socket);
      const session = socketSessions.get(socket);
      if (session?.socket === socket) session.socket = undefined;
      socketSessions.delete(socket);
    });
    send(socket, { op: 10, d: { heartbeat_interval: heartbeatInterval } });
    socket.on("message", (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (payload.op === 1) {
        acknowledge(socketSessions.get(socket), payload.d);
        if (acksToDrop > 0) acksToDrop -= 1;
        else send(socket, { op: 11 });
      }
      if (payload.op === 6) {
        resume(socket, String(payload.d.session_id), (payload.d.seq as number | null) ?? null);
        return;
      }
      if (payload.op !== 2) return;
      identifyAttempts += 1;
      settleGatewayWaiters();
      if (identifyCloseCode === "ignore") return;
      if (identifyCloseCode !== undefined) {
        socket.close(identifyCloseCode, "Authentication failed.");
        return;
      }
      identifies.push({ intents: payload.d.intents as number, shard: payload.d.shard as [number, number] });
      const shard = Array.isArray(payload.d.shard) ? (payload.d.shard as [number, number]) : ([0, 1] as [number, number]);
      // A new session for this shard: what the old one did not deliver is lost, as on Discord.
      const session: Session = { id: `${SESSION_ID_PREFIX}${sessionIds.length + 1}`, shard, seq: 0, unacknowledged: [], socket };
      sessionIds.push(session.id);
      sessions.set(shard.join("/"), session);
      socketSessions.set(socket, session);
      const [shardId, shardCount] = shard;
      const guildIds = allGuildIds.filter((id) => shardForGuild(id, shardCount) === shardId);
      sendDispatch(session, "READY", {
        v: 10,
        user: botUser,
        guilds: guildIds.map((id) => ({ id, unavailable: true })),
        session_id: session.id,
        resume_gateway_url: `ws://${HOST}:${port()}`,
        shard: [shardId, shardCount],
        application: { id: options.applicationId, flags: 0 },
      });
      for (const id of guildIds) sendDispatch(session, "GUILD_CREATE", guildCreate(id));
      for (const resolve of readyWaiters) resolve();
      readyWaiters.clear();
      settleGatewayWaiters();
    });
  });

  /** RESUME: the session moves to this connection, the events after `seq` are replayed, then RESUMED. */
  function resume(socket: WebSocket, sessionId: string, seq: number | null): void {
    const session = [...sessions.values()].find((s) => s.id === sessionId);
    const oldest = session?.unacknowledged[0]?.s ?? (session ? session.seq + 1 : 0);
    if (!session || (seq ?? 0) + 1 < oldest) {
      // Unknown, superseded, or missed more than is kept: not resumable, the client must identify.
      send(socket, { op: 9, d: false });
      return;
    }
    if (session.socket && session.socket !== socket) session.socket.terminate();
    session.socket = socket;
    socketSessions.set(socket, session);
    acknowledge(session, seq ?? 0);
    for (const { frame } of session.unacknowledged) socket.send(frame);
    resumes.push({ session_id: sessionId, seq });
    sendDispatch(session, "RESUMED", {});
    settleGatewayWaiters();
  }

  server.listen(0, HOST);
  await once(server, "listening");
  const port = () => (server.address() as AddressInfo).port;

  const waitForRequest = (match: (r: RecordedRequest) => boolean, awaited = "matching request"): Promise<RecordedRequest> => {
    const seen = requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve: (r: RecordedRequest) => (clearTimeout(timer), resolve(r)) };
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`stand-in: no ${awaited} arrived within ${EVENT_DEADLINE_MS / 1000} s; ${gatewayState()}; ${requestsSoFar()}`));
      }, EVENT_DEADLINE_MS);
      waiters.add(waiter);
    });
  };
  /** For a wait's error: whether the bot was connected, and whether events were waiting for a RESUME. */
  const gatewayState = () =>
    [...sessions.values()]
      .map((s) => `session ${s.id} (shard ${s.shard.join("/")}) ${isOpen(s.socket) ? "connected" : "not connected"}, ${s.unacknowledged.length} unacknowledged events`)
      .join(", ") || "no gateway session";
  const requestsSoFar = () => {
    const last = requests.slice(-5).map((r) => `${r.method} ${r.path} → ${r.status ?? "no status"}`);
    return `${requests.length} requests recorded${last.length > 0 ? `, the last: ${last.join("; ")}` : ""}`;
  };

  const waitForCount = (count: () => number, target: number, what: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (count() < target) return;
        gatewayWaiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        gatewayWaiters.delete(check);
        reject(new Error(`stand-in: ${count()} of ${target} ${what} arrived within ${EVENT_DEADLINE_MS / 1000} s; ${gatewayState()}`));
      }, EVENT_DEADLINE_MS);
      gatewayWaiters.add(check);
      check();
    });

  return {
    apiUrl: `http://${HOST}:${port()}/api`,
    requests,
    identifies,
    botUser,
    dispatch(event, data) {
      for (const session of sessions.values()) sendDispatch(session, event, data);
    },
    dispatchToGuild(guildId, event, data) {
      for (const session of sessions.values()) {
        const [shardId, shardCount] = session.shard;
        if (shardForGuild(guildId, shardCount) === shardId) sendDispatch(session, event, data);
      }
    },
    async waitForCallback(interactionId) {
      const request = await waitForRequest(
        (r) => r.method === "POST" && r.path.startsWith(`/api/v10/interactions/${interactionId}/`) && r.path.endsWith("/callback"),
        `callback for interaction ${interactionId} (POST /api/v10/interactions/${interactionId}/…/callback)`,
      );
      return request.body as Callback;
    },
    waitForRequest,
    sessionIds,
    waitForReady() {
      if (identifies.length > 0) return Promise.resolve();
      return new Promise((resolve) => readyWaiters.add(resolve));
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    injectFault(match, fault, times = 1) {
      faults.push({ match, fault, left: times });
    },
    resumes,
    closeGateway(code, shard) {
      for (const socket of sockets) {
        if (shard === undefined || socketSessions.get(socket)?.shard[0] === shard) socket.close(code, "stand-in closed the connection");
      }
    },
    dropHeartbeatAcks(count = 1) {
      acksToDrop += count;
    },
    setHeartbeatInterval(ms) {
      heartbeatInterval = ms ?? HEARTBEAT_INTERVAL;
    },
    failIdentify(code) {
      identifyCloseCode = code;
    },
    waitForResumes: (count) => waitForCount(() => resumes.length, count, "RESUMEs"),
    waitForIdentifies: (count) => waitForCount(() => identifies.length, count, "IDENTIFYs"),
    waitForIdentifyAttempts: (count) => waitForCount(() => identifyAttempts, count, "IDENTIFY attempts"),
  };
}

export const CHANNEL_ID = "1100000000000000001";

/** A message the bot posted, as Discord returns it (REST) and embeds it in a button interaction. */
export function botMessage(applicationId: string, id: string, body: unknown): Record<string, unknown> {
  const data = (body ?? {}) as Record<string, unknown>;
  return {
    id,
    channel_id: CHANNEL_ID,
    type: 20,
    author: { id: applicationId, username: "Programmes Bot", discriminator: "0000", global_name: null, avatar: null, bot: true },
    content: data.content ?? "",
    embeds: data.embeds ?? [],
    components: data.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    flags: data.flags ?? 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    webhook_id: applicationId,
    application_id: applicationId,
  };
}

/** The shard that owns a guild: Discord's formula, (guild_id >> 22) % shard_count. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A server id (a 17-digit snowflake) that shard `shard` of `shardCount` owns, by the formula above. */
export function guildIdForShard(shard: number, shardCount: number): string {
  return String((1_000_000_000n * BigInt(shardCount) + BigInt(shard)) << 22n);
}

function guildCreate(guildId: string): Record<string, unknown> {
  return {
    id: guildId,
    name: "Programmes test server",
    icon: null,
    owner_id: "1100000000000000002",
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: new Date(0).toISOString(),
    features: [],
    roles: [{ id: guildId, name: "@everyone", permissions: "0", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: [{ id: CHANNEL_ID, type: 0, name: "general", position: 0, guild_id: guildId, permission_overwrites: [] }],
    threads: [],
    members: [],
    emojis: [],
    stickers: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    preferred_locale: "en-US",
    premium_tier: 0,
    system_channel_flags: 0,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString("utf8");
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? "");
  if (contentType?.startsWith("multipart/form-data") && boundary) {
    // discord.js sends multipart only with files: the message itself is the `payload_json` part.
    const part = text.split(`--${boundary[1] ?? boundary[2]}`).find((p) => /name="payload_json"/.test(p));
    const json = part?.slice(part.indexOf("\r\n\r\n") + 4).replace(/\r\n$/, "");
    return json ? JSON.parse(json) : undefined;
  }
  return contentType?.includes("json") ? JSON.parse(text) : text;
}
