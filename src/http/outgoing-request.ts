// One request out, its answer collected whole: what the Bot API and Slack Web API clients run on
// (src/channels/telegram/bot-api-fetch.ts, src/channels/slack/slack-fetch.ts), in place of their
// WHATWG fetch (node-fetch in grammY, Node's global fetch in the Slack client). A fetch builds
// Request, Headers and body streams around every call; for the small JSON and form bodies these
// APIs exchange that was about half of the client's CPU per call. Underneath is undici's
// request() (the HTTP client inside Node's own fetch, here without the fetch layer): measured
// alone against a local server, a sendMessage-sized POST took 27–31 µs of the client's CPU against
// 65 µs through Node's http.request with a keep-alive agent. No redirects are followed and nothing
// is decompressed: neither API redirects, and no Accept-Encoding is sent, so answers come plain.
import type { Readable } from "node:stream";
import type { Agent } from "undici";
// Two parts of undici, not its index: the index loads all of undici (fetch, WebSocket, caches,
// mocks), which took 70 ms of every start and a third of the bundling after a change; these two
// are what a request needs (the index only attaches request() to the Agent's prototype).
// Pinned to undici's exact version in package.json; test/channels/*/…-fetch.test.ts run them.
import UndiciAgent from "undici/lib/dispatcher/agent.js";
import undiciRequest from "undici/lib/api/api-request.js";

export interface OutgoingRequest {
  method?: string;
  headers?: Record<string, string>;
  /** A whole body, or a stream (a multipart upload) sent as it is read. */
  body?: string | Readable;
  signal?: AbortSignal | null;
}

export interface CollectedAnswer {
  status: number;
  statusText: string;
  /** As received: name, value, name, value … */
  rawHeaders: string[];
  body: Buffer;
}

/** The signal fired before or during the request. Named as fetch's, which clients and logs know. */
class OutgoingRequestAborted extends Error {
  constructor() {
    super("request aborted");
    this.name = "AbortError";
  }
}

/**
 * How long making a connection may take (undici's default, named here). Each caller's own
 * deadline — grammY's call timeout, the long poll's, the WebClient's, given as the signal — ends
 * the request sooner; this only bounds a connection attempt that outlives its caller. Answers
 * have no limit of their own (undici's default is 300 s): the long poll waits as long as asked.
 */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Kept-alive connections per origin, shared by every client in the process as Node's global
 * agent was. Made on the first request, not at import.
 */
let connections: Agent | undefined;

/**
 * Sends the request and resolves with the whole answer, whatever its status. Rejects on an
 * aborted signal (at once, also while the connection is still being made), a connection error
 * (the socket's own error, e.g. code ECONNREFUSED; UND_ERR_CONNECT_TIMEOUT after
 * CONNECT_TIMEOUT_MS), or an answer cut off halfway. A user name and password in the URL go as
 * Basic authorization, as with Node's http and node-fetch (a self-hosted Bot API server behind a
 * proxy).
 */
export async function sendOutgoingRequest(url: string | URL, init: OutgoingRequest = {}): Promise<CollectedAnswer> {
  const { signal } = init;
  if (signal?.aborted) throw new OutgoingRequestAborted();
  connections ??= new UndiciAgent({ headersTimeout: 0, bodyTimeout: 0, connect: { timeout: CONNECT_TIMEOUT_MS } });
  const target = typeof url === "string" ? new URL(url) : url;
  const answer = collect(
    undiciRequest.call(connections, {
      origin: target.origin,
      path: `${target.pathname}${target.search}`,
      method: init.method ?? "GET",
      headers: withCredentials(init.headers, target),
      body: init.body ?? null,
      signal: signal ?? null,
      responseHeaders: "raw",
    }),
  );
  if (!signal) return answer;
  // undici acts on an abort only once the connection is up; the caller's deadline holds before.
  const onAbort = new AbortListener();
  const aborted = new Promise<never>((_, reject) => {
    onAbort.reject = reject;
    signal.addEventListener("abort", onAbort, { once: true });
  });
  // Settles after an abort too, when nobody waits for it any more.
  answer.catch(() => {});
  try {
    return await Promise.race([answer, aborted]);
  } catch (error) {
    // undici rejects with the signal's reason, or its own RequestAbortedError: one error for all.
    if (signal.aborted) throw new OutgoingRequestAborted();
    throw error;
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}

/**
 * Rejects the request's "aborted" promise when the signal fires. An object with handleEvent
 * (which EventTarget accepts as a listener) rather than a closure per request: the bundler's
 * keepNames wraps every named closure in a defineProperty call, and this runs on every call.
 */
class AbortListener {
  reject: (error: Error) => void = noop;

  handleEvent(): void {
    this.reject(new OutgoingRequestAborted());
  }
}

function noop(): void {}

async function collect(response: ReturnType<typeof undiciRequest>): Promise<CollectedAnswer> {
  const answer = await response;
  const body = Buffer.from(await answer.body.arrayBuffer());
  return { status: answer.statusCode, statusText: answer.statusText, rawHeaders: rawHeadersOf(answer.headers), body };
}

function withCredentials(headers: Record<string, string> | undefined, target: URL): Record<string, string> | null {
  if (target.username === "" && target.password === "") return headers ?? null;
  if (headers && Object.keys(headers).some((name) => name.toLowerCase() === "authorization")) return headers;
  const credentials = `${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`;
  return { ...headers, authorization: `Basic ${Buffer.from(credentials, "utf8").toString("base64")}` };
}

/** With responseHeaders "raw", undici hands the headers as a flat list: name, value, name, value … */
function rawHeadersOf(headers: unknown): string[] {
  return Array.isArray(headers) ? headers.map((part) => String(part)) : [];
}
