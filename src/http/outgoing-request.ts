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
 * Kept-alive connections per origin, shared by every client in the process as Node's global
 * agent was. Made on the first request, not at import. No timeouts of its own (undici's default
 * is 300 s): each caller sets its own with the signal (grammY's call timeout, the long poll's,
 * the WebClient's), as it did over Node's http.
 */
let connections: Agent | undefined;

/**
 * Sends the request and resolves with the whole answer, whatever its status. Rejects on an
 * aborted signal, a connection error (the socket's own error, e.g. code ECONNREFUSED), or an
 * answer cut off halfway.
 */
export async function sendOutgoingRequest(url: string | URL, init: OutgoingRequest = {}): Promise<CollectedAnswer> {
  const { signal } = init;
  if (signal?.aborted) throw new OutgoingRequestAborted();
  connections ??= new UndiciAgent({ headersTimeout: 0, bodyTimeout: 0 });
  const target = typeof url === "string" ? new URL(url) : url;
  try {
    const answer = await undiciRequest.call(connections, {
      origin: target.origin,
      path: `${target.pathname}${target.search}`,
      method: init.method ?? "GET",
      headers: init.headers ?? null,
      body: init.body ?? null,
      signal: signal ?? null,
      responseHeaders: "raw",
    });
    const body = Buffer.from(await answer.body.arrayBuffer());
    return { status: answer.statusCode, statusText: answer.statusText, rawHeaders: rawHeadersOf(answer.headers), body };
  } catch (error) {
    // undici rejects with the signal's reason, or its own RequestAbortedError: one error for both.
    if (signal?.aborted) throw new OutgoingRequestAborted();
    throw error;
  }
}

/** With responseHeaders "raw", undici hands the headers as Buffers: name, value, name, value … */
function rawHeadersOf(headers: unknown): string[] {
  return Array.isArray(headers) ? headers.map((part) => String(part)) : [];
}
