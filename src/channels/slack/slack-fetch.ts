// The HTTP client under the Slack Web API client (the outbox's posts, Bolt's answers to clicks):
// the request core of src/http/outgoing-request.ts (undici's request()) instead of Node's global
// fetch, the WebClient's default. Its calls are form-encoded text out and JSON back; measured
// alone against a local server, a chat.postMessage cost 0.5–0.6 ms of CPU (client and server
// together) through the global fetch and 0.25–0.3 ms over Node's http.request, which the request
// core used before undici. The WebClient reads the answer as a WHATWG Response (status, headers,
// text), so it gets a real one. A file upload (files.uploadV2, /lotse export) sends FormData,
// which only fetch encodes: that rare call keeps the global fetch.
import type { WebClientOptions } from "@slack/web-api";
import { sendOutgoingRequest } from "../../http/outgoing-request";

type SlackFetch = NonNullable<WebClientOptions["fetch"]>;

/** Statuses whose Response may not have a body (the Response constructor refuses one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

async function slackRequest(input: Parameters<typeof fetch>[0], init: RequestInit = {}): Promise<Response> {
  const { body } = init;
  if ((body !== undefined && body !== null && typeof body !== "string") || !(typeof input === "string" || input instanceof URL)) {
    return fetch(input, init);
  }
  const url = String(input);
  const answer = await sendOutgoingRequest(url, {
    method: init.method ?? "GET",
    headers: headersOf(init.headers),
    ...(typeof body === "string" ? { body } : {}),
    signal: init.signal ?? null,
  });
  const headers = new Headers();
  for (let index = 0; index + 1 < answer.rawHeaders.length; index += 2) headers.append(answer.rawHeaders[index]!, answer.rawHeaders[index + 1]!);
  const response = new Response(NULL_BODY_STATUSES.has(answer.status) ? null : answer.body, {
    status: answer.status,
    statusText: answer.statusText,
    headers,
  });
  // A constructed Response has no URL; the WebClient reads it for one method's answers.
  Object.defineProperty(response, "url", { value: url });
  return response;
}

function headersOf(headers: RequestInit["headers"]): Record<string, string> {
  if (headers === undefined) return {};
  if (headers instanceof Headers || Array.isArray(headers)) return Object.fromEntries(headers as Iterable<[string, string]>);
  return headers as Record<string, string>;
}

/** For the WebClient's `fetch` option (slackClientOptions). */
export const slackFetch = slackRequest as SlackFetch;
