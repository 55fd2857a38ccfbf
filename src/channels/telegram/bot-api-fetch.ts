// The HTTP client under grammY's Bot API calls: Node's own http/https request instead of
// node-fetch, grammY's default in Node. The same requests go out (method, grammY's headers, its
// JSON or multipart body, on grammY's kept-alive agent per API root, aborted on its timeout); what
// goes is node-fetch's WHATWG layer around every call (Request, Headers, a Body stream, a pipe),
// which took about twice the client's CPU per call (130–160 µs against 65–80 µs for a
// sendMessage to a local server, measured alone; end to end the bot's CPU per update fell by
// about a tenth, bench/e2e.bench.ts). grammY takes this as its `fetch` option and only ever reads
// the answer's JSON, whatever the status: Telegram answers errors as JSON too, and an answer that
// is not JSON becomes grammY's HttpError like any failed call.
import http from "node:http";
import https from "node:https";
import { pipeline, type Readable } from "node:stream";
import type { ApiClientOptions } from "grammy";

type GrammyFetch = NonNullable<ApiClientOptions["fetch"]>;

/** What grammY hands to fetch (core/client.js, core/payload.js, platform.node.js's baseFetchConfig). */
interface GrammyRequest {
  method?: string;
  headers?: Record<string, string>;
  /** JSON as a string, or a multipart stream when a file goes along. */
  body?: string | Readable;
  signal?: AbortSignal | null;
  agent?: http.Agent;
}

/** The part of a fetch answer grammY reads. */
interface BotApiAnswer {
  json(): Promise<unknown>;
}

export class BotApiRequestAborted extends Error {
  constructor() {
    super("Bot API request aborted");
    // node-fetch's name, which grammY's error messages and our logs know.
    this.name = "AbortError";
  }
}

export class BotApiAnswerIncomplete extends Error {
  constructor() {
    super("the Bot API closed the connection before its answer was complete");
    this.name = "BotApiAnswerIncomplete";
  }
}

function botApiRequest(url: string | URL, init: GrammyRequest = {}): Promise<BotApiAnswer> {
  return new Promise<BotApiAnswer>((resolve, reject) => {
    const { signal } = init;
    if (signal?.aborted) {
      reject(new BotApiRequestAborted());
      return;
    }
    const target = typeof url === "string" ? new URL(url) : url;
    const transport = target.protocol === "https:" ? https : http;
    const request = transport.request(target, { method: init.method ?? "GET", headers: init.headers, ...(init.agent ? { agent: init.agent } : {}) }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ json: async () => JSON.parse(text) as unknown });
      });
      response.on("error", reject);
      response.on("close", () => {
        if (!response.complete) reject(new BotApiAnswerIncomplete());
      });
    });
    const abort = () => request.destroy(new BotApiRequestAborted());
    signal?.addEventListener("abort", abort, { once: true });
    request.on("close", () => signal?.removeEventListener("abort", abort));
    request.on("error", reject);
    if (init.body === undefined) request.end();
    else if (typeof init.body === "string") request.end(init.body);
    // A multipart body: a failure while reading the file ends the request with that error.
    else pipeline(init.body, request, (error) => error && request.destroy(error));
  });
}

/** For grammY's `client.fetch` (Bot and Api alike). */
export const botApiFetch = botApiRequest as unknown as GrammyFetch;
