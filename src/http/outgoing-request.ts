// One request out over Node's own http/https, its answer collected whole: what the Bot API and
// Slack Web API clients run on (src/channels/telegram/bot-api-fetch.ts,
// src/channels/slack/slack-fetch.ts), in place of their WHATWG fetch (node-fetch in grammY,
// Node's global fetch in the Slack client). A fetch builds Request, Headers and body streams
// around every call; for the small JSON and form bodies these APIs exchange that was about half
// of the client's CPU per call, measured alone against a local server (the figures are in the two
// files named above). No redirects are followed and nothing is decompressed: neither API
// redirects, and no Accept-Encoding is sent, so answers come plain.
import http from "node:http";
import https from "node:https";
import { pipeline, type Readable } from "node:stream";

export interface OutgoingRequest {
  method?: string;
  headers?: Record<string, string>;
  /** A whole body, or a stream (a multipart upload) piped into the request. */
  body?: string | Readable;
  signal?: AbortSignal | null;
  /** Connections to reuse; Node's global agent (keep-alive) when not given. */
  agent?: http.Agent;
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

/** The connection closed before the answer was complete. */
class OutgoingAnswerIncomplete extends Error {
  constructor() {
    super("the server closed the connection before its answer was complete");
    this.name = "OutgoingAnswerIncomplete";
  }
}

/**
 * Sends the request and resolves with the whole answer, whatever its status. Rejects on an
 * aborted signal, a connection error, or an answer cut off halfway.
 */
export function sendOutgoingRequest(url: string | URL, init: OutgoingRequest = {}): Promise<CollectedAnswer> {
  return new Promise<CollectedAnswer>((resolve, reject) => {
    const { signal } = init;
    if (signal?.aborted) {
      reject(new OutgoingRequestAborted());
      return;
    }
    const target = typeof url === "string" ? new URL(url) : url;
    const transport = target.protocol === "https:" ? https : http;
    const options = { method: init.method ?? "GET", headers: init.headers, ...(init.agent ? { agent: init.agent } : {}) };
    const request = transport.request(target, options, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        resolve({
          status: response.statusCode ?? 0,
          statusText: response.statusMessage ?? "",
          rawHeaders: response.rawHeaders,
          body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks),
        });
      });
      response.on("error", reject);
      response.on("close", () => {
        if (!response.complete) reject(new OutgoingAnswerIncomplete());
      });
    });
    const abort = () => request.destroy(new OutgoingRequestAborted());
    signal?.addEventListener("abort", abort, { once: true });
    request.on("close", () => signal?.removeEventListener("abort", abort));
    request.on("error", reject);
    if (init.body === undefined) request.end();
    else if (typeof init.body === "string") request.end(init.body);
    // A streamed body: a failure while reading it ends the request with that error.
    else pipeline(init.body, request, (error) => error && request.destroy(error));
  });
}
