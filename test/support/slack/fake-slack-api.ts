// A local stand-in for the Slack Web API, so tests run the real WebClient and Bolt code
// without internet. It speaks just enough of https://slack.com/api/<method> for this bot:
// auth.test, chat.postMessage (with message metadata), chat.update, chat.postEphemeral,
// conversations.history / conversations.replies (with include_all_metadata), users.info and
// views.open (the view is decoded; okCalls("views.open") shows the modals opened).
// For /lotse: views.publish, conversations.open (a DM channel "D…" per user), the three steps of
// files.uploadV2 (files.getUploadURLExternal, the upload to the URL it gives, and
// files.completeUploadExternal; the bytes land in `files`), and response URLs for slash
// commands (responseUrl(); what the app posts there lands in `responses`).
// Faults can be injected per method: error answers, 5xx, 429 with Retry-After, a dropped
// connection, and a hang after the request was carried out (the message exists, no answer comes).
// Socket Mode too: apps.connections.open answers with a ws:// URL of this server, which speaks
// just enough WebSocket (RFC 6455: handshake, text, ping/pong, close) for Slack's envelopes.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { parse as parseQuery } from "node:querystring";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { standIn } from "../stand-in";

export interface FakeSlackCall {
  method: string;
  /** Request arguments; JSON-encoded fields (blocks, attachments, metadata) are decoded. */
  body: Record<string, unknown>;
  /** Bearer token from the Authorization header, or the token form field. */
  token?: string;
  /** Whether the answer was an injected failure (see failNext). */
  failed: boolean;
}

export interface FakeFailure {
  /** HTTP status; 429 answers with a Retry-After header. Default 200 with ok:false. */
  status?: number;
  /** Slack error code for ok:false answers, e.g. "not_in_channel", "channel_not_found". */
  error?: string;
  /** Seconds for Retry-After on 429 (default 1). */
  retryAfter?: number;
  /**
   * "hang": carry the request out (a posted message exists) but never answer, like a Slack whose
   * answer got lost; "drop": close the connection without carrying it out or answering.
   */
  mode?: "hang" | "drop";
}

export interface FakeSlackMessage {
  channel: string;
  ts: string;
  text: unknown;
  blocks: unknown;
  threadTs?: string;
  metadata?: unknown;
}

export interface FakeSlackFile {
  id: string;
  filename: string;
  /** The uploaded bytes; empty until the upload step. */
  content: Buffer;
  /** Set by files.completeUploadExternal. */
  channel?: string;
  initialComment?: string;
  completed: boolean;
}

export interface FakeSlackResponse {
  /** The id in the response URL (responseUrl(id)). */
  id: string;
  /** What respond() posted: { text, response_type, blocks … }. */
  body: Record<string, unknown>;
}

export interface FakeSlackApi {
  /** Base URL for WebClient's slackApiUrl, e.g. "http://127.0.0.1:PORT/api/". */
  url: string;
  /** Files uploaded with files.uploadV2, by file id. */
  files: Map<string, FakeSlackFile>;
  /** Messages posted to response URLs, in order. */
  responses: FakeSlackResponse[];
  /** A response_url for a slash command's payload, as Slack gives one per command. */
  responseUrl(id?: string): string;
  calls: FakeSlackCall[];
  /** Messages as they stand now (after chat.update), keyed "channel:ts". */
  messages: Map<string, FakeSlackMessage>;
  /** The next `times` calls of `method` fail as described. */
  failNext(method: string, failure: FakeFailure, times?: number): void;
  /** Calls of one method that were answered with success. */
  okCalls(method: string): FakeSlackCall[];
  /** Forgets calls, messages and failures not yet used up; for beforeEach. */
  reset(): void;
  socketMode: FakeSocketMode;
  close(): Promise<void>;
}

export interface FakeSocketMode {
  /** Sockets opened so far (the app's Socket Mode client connects to the URL apps.connections.open gives). */
  connections: number;
  /** Open sockets now. */
  open(): number;
  /** What the app sent back over the socket: acknowledgements, { envelope_id, payload }. */
  received: Array<Record<string, unknown>>;
  /** Sends an envelope to every open socket, as Slack does (e.g. { type: "interactive", envelope_id, payload }). */
  send(envelope: Record<string, unknown>): void;
}

const WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

function wsFrame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header = length < 126 ? Buffer.from([0x80 | opcode, length]) : length < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (length >= 126 && length < 65_536) {
    header[0] = 0x80 | opcode;
    header[1] = 126;
    header.writeUInt16BE(length, 2);
  } else if (length >= 65_536) {
    header[0] = 0x80 | opcode;
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([header, payload]);
}

/** Splits complete (client-masked) frames off the front of `buffer`. */
function readFrames(buffer: Buffer): { frames: Array<{ opcode: number; payload: Buffer }>; rest: Buffer } {
  const frames: Array<{ opcode: number; payload: Buffer }> = [];
  let offset = 0;
  for (;;) {
    if (buffer.length - offset < 2) break;
    const opcode = buffer[offset]! & 0x0f;
    const masked = (buffer[offset + 1]! & 0x80) !== 0;
    let length = buffer[offset + 1]! & 0x7f;
    let position = offset + 2;
    if (length === 126) {
      if (buffer.length < position + 2) break;
      length = buffer.readUInt16BE(position);
      position += 2;
    } else if (length === 127) {
      if (buffer.length < position + 8) break;
      length = Number(buffer.readBigUInt64BE(position));
      position += 8;
    }
    const maskLength = masked ? 4 : 0;
    if (buffer.length < position + maskLength + length) break;
    const mask = masked ? buffer.subarray(position, position + 4) : undefined;
    position += maskLength;
    const payload = Buffer.from(buffer.subarray(position, position + length));
    if (mask) for (let i = 0; i < payload.length; i += 1) payload[i] = payload[i]! ^ mask[i % 4]!;
    frames.push({ opcode, payload });
    offset = position + length;
  }
  return { frames, rest: buffer.subarray(offset) };
}

const JSON_FIELDS = new Set(["blocks", "attachments", "metadata", "view", "files"]);
const BOT_USER_ID = "U0BOT00001";

/** One fake for the test file, reset before each test (registers beforeAll/beforeEach/afterAll). */
export function useFakeSlackApi(): FakeSlackApi {
  let slack: FakeSlackApi | undefined;
  beforeAll(async () => {
    slack = await startFakeSlackApi();
  });
  beforeEach(() => slack!.reset());
  afterAll(() => slack?.close());
  return standIn("the fake Slack API", () => slack);
}

export interface FakeSlackApiOptions {
  /** Sees every call as it arrives, before it is answered (benchmarks time deliveries); must not throw. */
  onCall?: (call: FakeSlackCall) => void;
}

export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const calls: FakeSlackCall[] = [];
  const messages = new Map<string, FakeSlackMessage>();
  const failures = new Map<string, FakeFailure[]>();
  // Slack timestamps are "<seconds>.<6 digits>", unique per channel and, like Slack's, near the
  // wall clock (conversations.history's `oldest` filters on them); a counter keeps them unique.
  let tsCounter = 0;
  let viewCounter = 0;
  const files = new Map<string, FakeSlackFile>();
  const responses: FakeSlackResponse[] = [];
  let fileCounter = 0;
  const nextTs = () => {
    tsCounter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(tsCounter).padStart(6, "0")}`;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(error instanceof Error ? error.message : String(error));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === "POST" && (await handleUploadOrResponse(req, res))) return;
    const match = /^\/api\/([\w.]+)/.exec(req.url ?? "");
    if (req.method !== "POST" || !match) {
      res.writeHead(404).end();
      return;
    }
    const method = match[1]!;
    const body = decodeBody(req.headers["content-type"] ?? "", await readBody(req));
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const token = bearer ?? (typeof body.token === "string" ? body.token : undefined);

    const queued = failures.get(method);
    const failure = queued?.shift();
    if (queued && queued.length === 0) failures.delete(method);
    const call: FakeSlackCall = { method, body, ...(token === undefined ? {} : { token }), failed: failure !== undefined };
    calls.push(call);
    options.onCall?.(call);

    if (failure?.mode === "drop") {
      req.socket.destroy();
      return;
    }
    if (failure?.mode === "hang") {
      answer(method, body);
      // The socket stays open until the client gives up or the fake is closed.
      return;
    }
    if (failure) {
      const status = failure.status ?? 200;
      if (status === 429) {
        res.writeHead(429, { "content-type": "application/json", "retry-after": String(failure.retryAfter ?? 1) });
        res.end(JSON.stringify({ ok: false, error: "ratelimited" }));
      } else if (status !== 200) {
        res.writeHead(status, { "content-type": "text/plain" });
        res.end("upstream trouble");
      } else {
        sendJson(res, { ok: false, error: failure.error ?? "internal_error" });
      }
      return;
    }
    if (!token) {
      sendJson(res, { ok: false, error: "not_authed" });
      return;
    }
    sendJson(res, answer(method, body));
  }

  function answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://ehrenamt-test.slack.com/",
          team: "Ehrenamt Test",
          user: "ehrenamtslotse",
          team_id: "T0TEAM0001",
          user_id: BOT_USER_ID,
          bot_id: "B0BOT00001",
          is_enterprise_install: false,
        };
      case "chat.postMessage": {
        const channel = body.channel;
        if (typeof channel !== "string" || channel === "") return { ok: false, error: "channel_not_found" };
        if (body.text === undefined && body.blocks === undefined) return { ok: false, error: "no_text" };
        const ts = nextTs();
        const threadTs = typeof body.thread_ts === "string" ? body.thread_ts : undefined;
        messages.set(`${channel}:${ts}`, {
          channel,
          ts,
          text: body.text,
          blocks: body.blocks,
          ...(threadTs ? { threadTs } : {}),
          ...(body.metadata === undefined ? {} : { metadata: body.metadata }),
        });
        return {
          ok: true,
          channel,
          ts,
          message: { type: "message", user: BOT_USER_ID, bot_id: "B0BOT00001", text: body.text, blocks: body.blocks, ts, ...(threadTs ? { thread_ts: threadTs } : {}) },
        };
      }
      case "chat.update": {
        const channel = String(body.channel ?? "");
        const ts = String(body.ts ?? "");
        const existing = messages.get(`${channel}:${ts}`);
        if (!existing) return { ok: false, error: "message_not_found" };
        existing.text = body.text;
        existing.blocks = body.blocks;
        return { ok: true, channel, ts, text: body.text, message: { type: "message", text: body.text, blocks: body.blocks, ts } };
      }
      case "conversations.history":
      case "conversations.replies": {
        const channel = String(body.channel ?? "");
        const oldest = Number(body.oldest ?? 0);
        const withMetadata = body.include_all_metadata === true || body.include_all_metadata === "true";
        const parent = method === "conversations.replies" ? String(body.ts ?? "") : undefined;
        const found = [...messages.values()]
          .filter((message) => message.channel === channel && Number(message.ts) >= oldest)
          .filter((message) => (parent === undefined ? message.threadTs === undefined : message.ts === parent || message.threadTs === parent))
          .sort((a, b) => Number(b.ts) - Number(a.ts))
          .map((message) => ({
            type: "message",
            ts: message.ts,
            text: message.text,
            ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
            ...(withMetadata && message.metadata !== undefined ? { metadata: message.metadata } : {}),
          }));
        return { ok: true, messages: found, has_more: false };
      }
      case "chat.postEphemeral":
        if (typeof body.channel !== "string" || typeof body.user !== "string") return { ok: false, error: "invalid_arguments" };
        return { ok: true, message_ts: nextTs() };
      case "users.info": {
        const id = String(body.user ?? "");
        if (!/^[UW]/.test(id)) return { ok: false, error: "user_not_found" };
        return {
          ok: true,
          user: { id, team_id: "T0TEAM0001", name: id.toLowerCase(), real_name: `User ${id}`, tz: "Europe/Berlin", locale: "de-DE", is_bot: false, profile: { display_name: `User ${id}` } },
        };
      }
      case "views.open": {
        // A modal opens for the user who clicked; Slack accepts a trigger_id for 3 seconds only.
        if (typeof body.trigger_id !== "string" || body.trigger_id === "") return { ok: false, error: "invalid_trigger_id" };
        const view = body.view;
        if (typeof view !== "object" || view === null) return { ok: false, error: "invalid_arguments" };
        viewCounter += 1;
        return { ok: true, view: { ...(view as Record<string, unknown>), id: `V0VIEW${String(viewCounter).padStart(5, "0")}`, state: { values: {} } } };
      }
      case "views.publish": {
        if (typeof body.user_id !== "string" || !/^[UW]/.test(body.user_id)) return { ok: false, error: "invalid_arguments" };
        const view = body.view;
        if (typeof view !== "object" || view === null || (view as { type?: unknown }).type !== "home") return { ok: false, error: "invalid_arguments" };
        viewCounter += 1;
        return { ok: true, view: { ...(view as Record<string, unknown>), id: `V0HOME${String(viewCounter).padStart(5, "0")}` } };
      }
      case "conversations.open": {
        // One direct message channel per user, named after the user.
        const users = String(body.users ?? "");
        if (!/^[UW][A-Z0-9]+$/.test(users)) return { ok: false, error: "user_not_found" };
        return { ok: true, channel: { id: `D${users.slice(1)}` } };
      }
      case "files.getUploadURLExternal": {
        const length = Number(body.length);
        if (typeof body.filename !== "string" || !Number.isInteger(length) || length <= 0) return { ok: false, error: "invalid_arguments" };
        fileCounter += 1;
        const id = `F0FILE${String(fileCounter).padStart(5, "0")}`;
        files.set(id, { id, filename: body.filename, content: Buffer.alloc(0), completed: false });
        return { ok: true, upload_url: `http://127.0.0.1:${port}/upload/${id}`, file_id: id };
      }
      case "files.completeUploadExternal": {
        const list = Array.isArray(body.files) ? (body.files as Array<{ id?: unknown; title?: unknown }>) : [];
        const found = list.map((entry) => files.get(String(entry.id)));
        if (found.length === 0 || found.some((file) => file === undefined || file.content.length === 0)) return { ok: false, error: "invalid_arguments" };
        for (const file of found) {
          file!.completed = true;
          if (typeof body.channel_id === "string") file!.channel = body.channel_id;
          if (typeof body.initial_comment === "string") file!.initialComment = body.initial_comment;
        }
        return { ok: true, files: found.map((file) => ({ id: file!.id, name: file!.filename })) };
      }
      case "apps.connections.open":
        return { ok: true, url: `ws://127.0.0.1:${port}/socket-mode?ticket=fake` };
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  /** The upload step of files.uploadV2 (multipart, field "body") and response URLs; false for anything else. */
  async function handleUploadOrResponse(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const upload = /^\/upload\/(F\w+)$/.exec(req.url ?? "");
    const response = /^\/response\/([\w-]+)$/.exec(req.url ?? "");
    if (!upload && !response) return false;
    const raw = await readRawBody(req);
    if (upload) {
      const file = files.get(upload[1]!);
      const form = await new Response(raw, { headers: { "content-type": req.headers["content-type"] ?? "" } }).formData().catch(() => undefined);
      const data = form?.get("body");
      if (!file || !data || typeof data === "string") {
        res.writeHead(400).end();
        return true;
      }
      file.content = Buffer.from(await data.arrayBuffer());
      res.writeHead(200, { "content-type": "text/plain" }).end(`OK - ${file.content.length}`);
      return true;
    }
    const parsed = tryJson(raw.toString("utf8"));
    responses.push({ id: response![1]!, body: typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {} });
    sendJson(res, { ok: true });
    return true;
  }

  // ---- Socket Mode
  const sockets = new Set<Socket>();
  const socketMode: FakeSocketMode = {
    connections: 0,
    open: () => sockets.size,
    received: [],
    send(envelope) {
      const frame = wsFrame(0x1, Buffer.from(JSON.stringify(envelope), "utf8"));
      for (const socket of sockets) socket.write(frame);
    },
  };
  server.on("upgrade", (req: IncomingMessage, socket: Socket) => {
    const key = req.headers["sec-websocket-key"];
    if (!req.url?.startsWith("/socket-mode") || typeof key !== "string") {
      socket.destroy();
      return;
    }
    const accept = createHash("sha1").update(key + WS_GUID).digest("base64");
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    sockets.add(socket);
    socketMode.connections += 1;
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => sockets.delete(socket));
    let pending: Buffer = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const frame of frames) {
        if (frame.opcode === 0x1) socketMode.received.push(JSON.parse(frame.payload.toString("utf8")) as Record<string, unknown>);
        else if (frame.opcode === 0x9) socket.write(wsFrame(0xa, frame.payload));
        else if (frame.opcode === 0x8) {
          socket.end(wsFrame(0x8, frame.payload));
          sockets.delete(socket);
        }
      }
    });
    socket.write(wsFrame(0x1, Buffer.from(JSON.stringify({ type: "hello", num_connections: sockets.size, debug_info: { host: "fake" } }), "utf8")));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    messages,
    files,
    responses,
    responseUrl(id = "command") {
      return `http://127.0.0.1:${port}/response/${id}`;
    },
    failNext(method, failure, times = 1) {
      const queue = failures.get(method) ?? [];
      for (let i = 0; i < times; i += 1) queue.push(failure);
      failures.set(method, queue);
    },
    okCalls(method) {
      return calls.filter((call) => call.method === method && !call.failed);
    },
    socketMode,
    reset() {
      socketMode.received.length = 0;
      calls.length = 0;
      messages.clear();
      failures.clear();
      files.clear();
      responses.length = 0;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function readRawBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** WebClient sends form-urlencoded with JSON-encoded nested values; some callers send JSON. */
function decodeBody(contentType: string, raw: string): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType.includes("application/json")) {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  }
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parseQuery(raw))) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined) continue;
    body[key] = JSON_FIELDS.has(key) ? tryJson(text) : text;
  }
  return body;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function sendJson(res: ServerResponse, payload: Record<string, unknown>): void {
  res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(payload));
}
