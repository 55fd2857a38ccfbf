// The HTTP client under grammY's Bot API calls: src/http/outgoing-request.ts instead of
// node-fetch, grammY's default in Node. The same requests go out (method, grammY's headers, its
// JSON or multipart body, aborted on its timeout), on the request core's kept-alive connections
// rather than grammY's agent; what goes is node-fetch's WHATWG layer around every call, which
// took about twice the client's CPU per call (130–160 µs against 65–80 µs for a sendMessage to a
// local server over Node's http, measured alone; end to end the bot's CPU per update fell by
// about a tenth, bench/e2e.bench.ts). grammY takes this as its `fetch` option and only ever reads
// the answer's JSON, whatever the status: Telegram answers errors as JSON too, and an answer that
// is not JSON becomes grammY's HttpError like any failed call.
import type { Readable } from "node:stream";
import type { ApiClientOptions } from "grammy";
import { sendOutgoingRequest } from "../../http/outgoing-request";

type GrammyFetch = NonNullable<ApiClientOptions["fetch"]>;

/** What grammY hands to fetch (core/client.js, core/payload.js, platform.node.js's baseFetchConfig). */
interface GrammyRequest {
  method?: string;
  headers?: Record<string, string>;
  /** JSON as a string, or a multipart stream when a file goes along. */
  body?: string | Readable;
  signal?: AbortSignal | null;
  /** grammY's kept-alive agent for Node's http; unused (the request core keeps its own). */
  agent?: unknown;
}

/** The part of a fetch answer grammY reads. */
interface BotApiAnswer {
  json(): Promise<unknown>;
}

/**
 * The answer's text with json() as a method: a closure made per call would be wrapped by the
 * bundler's keepNames (a defineProperty per call, on every Bot API call).
 */
class TextAnswer implements BotApiAnswer {
  constructor(private readonly text: string) {}

  async json(): Promise<unknown> {
    return JSON.parse(this.text) as unknown;
  }
}

async function botApiRequest(url: string | URL, init: GrammyRequest = {}): Promise<BotApiAnswer> {
  const answer = await sendOutgoingRequest(url, init);
  return new TextAnswer(answer.body.toString("utf8"));
}

/** For grammY's `client.fetch` (Bot and Api alike). */
export const botApiFetch = botApiRequest as unknown as GrammyFetch;
