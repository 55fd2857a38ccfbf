// The contract between the one HTTP front (src/http/http-front.ts) and what is mounted on it
// (the Telegram webhook, Slack's request URL). The front reads the body within a size limit,
// answers unknown paths and methods itself and catches every handler error; a route only
// turns a buffered request into a response.
import type { IncomingHttpHeaders } from "node:http";

export interface BufferedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The whole body, at most the front's limit. */
  rawBody: Buffer;
}

export interface HttpResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpRoute {
  method: "POST" | "GET";
  /** Exact path, e.g. "/slack/events". */
  path: string;
  /** Never trusted to not throw: the front turns a rejection into a logged 500. */
  handle(request: BufferedRequest): Promise<HttpResponse>;
}
