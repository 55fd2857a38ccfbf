// The one HTTP server everything the internet can reach goes through (the Telegram webhook,
// Slack's request URL, the health check). Its job is that no request can take the process
// down or hold it: it routes by exact path and method, reads bodies within a limit, bounds how
// long a client may take, catches whatever a route throws, and answers every failure with a
// status code. Routes (src/http/route.ts) only turn a buffered request into a response.
// Nothing here knows Telegram or Slack.
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { safeError, type Logger } from "../logger";
import type { BufferedRequest, HttpResponse, HttpRoute } from "./route";

export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;
/** Long enough for a slow mobile link, short enough that idle half-open requests do not pile up. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** A socket with no traffic at all for this long is closed (also one that reads our answer very slowly). */
export const DEFAULT_IDLE_TIMEOUT_MS = 60_000;
/** close() lets requests in flight finish for this long, then cuts their connections. */
export const DEFAULT_CLOSE_GRACE_MS = 5_000;
export const HEALTH_PATH = "/healthz";

export interface HttpFrontOptions {
  routes: readonly HttpRoute[];
  logger: Logger;
  /** Largest request body read; a larger one gets 413 and the connection is closed. */
  bodyLimitBytes?: number;
  /** Time a client has to send the request headers (slow-loris protection). */
  headersTimeoutMs?: number;
  /** Time a client has to send the whole request. */
  requestTimeoutMs?: number;
  idleTimeoutMs?: number;
  closeGraceMs?: number;
}

export interface HttpFront {
  /** The Node server, for callers that look at `listening` or the address. */
  readonly server: Server;
  /** Starts listening; resolves with the bound address (port 0 picks a free one). */
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Stops accepting, ends idle keep-alive sockets, and cuts the rest after a grace period. */
  close(): Promise<void>;
}

type BodyResult = { kind: "complete"; body: Buffer } | { kind: "too-large" } | { kind: "aborted" };

export function createHttpFront(options: HttpFrontOptions): HttpFront {
  const { logger } = options;
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const requestTimeout = Math.max(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, headersTimeout);
  const closeGrace = options.closeGraceMs ?? DEFAULT_CLOSE_GRACE_MS;
  const log = logger.child({ component: "http" });

  const health: HttpRoute = {
    method: "GET",
    path: HEALTH_PATH,
    handle: async () => ({ status: 200, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" }, body: "ok" }),
  };
  const routes = routeTable([health, ...options.routes]);

  const server = createServer({
    requestTimeout,
    headersTimeout,
    // Node checks the two timeouts above only this often (default 30 s), so a short timeout
    // would otherwise be enforced late.
    connectionsCheckingInterval: Math.max(50, Math.min(5_000, Math.floor(headersTimeout / 2))),
  });
  server.setTimeout(options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS);

  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    // handle() catches route failures itself; this is the last net for a bug in the front.
    handle(request, response).catch((error: unknown) => {
      log.error({ err: safeError(error) }, "http front failed on a request");
      fail(response, 500);
    });
  });

  // Malformed requests, oversized headers and the timeouts above end up here, before any
  // request handler runs. Node's default answers too; this one also logs, and never writes to
  // a socket that is gone.
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
    log.info({ status, code: error.code }, "bad request from a client");
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.on("error", (error) => log.debug({ err: safeError(error) }, "http response failed"));
    const method = request.method ?? "GET";
    const path = pathOf(request.url);
    const candidates = path === null ? undefined : routes.get(path);
    if (path === null || !candidates) {
      // Scanners probe all day; their paths are noise at info level.
      log.debug({ method, status: 404 }, "no route");
      discard(request);
      send(response, 404, { body: "not found" });
      return;
    }
    // HEAD is GET without the body (Node leaves the body out); uptime checks often use it.
    const route = candidates.find((candidate) => candidate.method === method || (method === "HEAD" && candidate.method === "GET"));
    if (!route) {
      log.debug({ method, path, status: 405 }, "method not allowed");
      discard(request);
      const allowed = candidates.flatMap((candidate) => (candidate.method === "GET" ? ["GET", "HEAD"] : [candidate.method]));
      send(response, 405, { headers: { allow: allowed.join(", ") }, body: "method not allowed" });
      return;
    }

    const declared = Number(request.headers["content-length"]);
    if (Number.isFinite(declared) && declared > bodyLimit) {
      tooLarge(request, response, path);
      return;
    }
    const read = await readBody(request, bodyLimit);
    if (read.kind === "aborted") {
      log.debug({ path }, "client aborted the request");
      return;
    }
    if (read.kind === "too-large") {
      tooLarge(request, response, path);
      return;
    }

    const buffered: BufferedRequest = { method: route.method, path, headers: request.headers, rawBody: read.body };
    let answer: HttpResponse;
    try {
      // Through then(), so that a route that throws synchronously is caught like one that rejects.
      answer = await Promise.resolve().then(() => route.handle(buffered));
    } catch (error) {
      log.error({ path, err: safeError(error) }, "http route failed");
      fail(response, 500);
      return;
    }
    if (!Number.isInteger(answer.status) || answer.status < 100 || answer.status > 599) {
      log.error({ path, status: answer.status }, "http route answered an invalid status");
      fail(response, 500);
      return;
    }
    // A route logs its own failures with their context; this is only for tracing.
    if (answer.status >= 500) log.debug({ path, status: answer.status }, "http route answered with a server error");
    send(response, answer.status, answer);
  }

  function tooLarge(request: IncomingMessage, response: ServerResponse, path: string): void {
    log.warn({ path, limit: bodyLimit }, "request body too large");
    // Stop reading: the rest of the body is neither buffered nor waited for. "Connection: close"
    // makes Node close the socket after the answer instead of draining the upload.
    request.pause();
    send(response, 413, { headers: { connection: "close" }, body: "payload too large" });
    response.once("finish", () => request.socket.destroySoon());
  }

  function send(response: ServerResponse, status: number, answer: Omit<HttpResponse, "status">): void {
    if (response.headersSent || response.destroyed || response.writableEnded) return;
    const body = answer.body ?? "";
    response.writeHead(status, {
      "content-type": "text/plain; charset=utf-8",
      ...answer.headers,
      "content-length": String(Buffer.byteLength(body)),
    });
    response.end(body);
  }

  /** 500 when nothing was sent yet; otherwise the half-sent answer is cut off. */
  function fail(response: ServerResponse, status: number): void {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    send(response, status, { body: STATUS_CODES[status] ?? "error" });
  }

  return {
    server,
    listen(port, host) {
      return new Promise<AddressInfo>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        server.once("error", onError);
        server.listen(port, host, () => {
          server.off("error", onError);
          // Errors after start-up (e.g. EMFILE on accept) are logged, never thrown at the process.
          server.on("error", (error) => log.error({ err: safeError(error) }, "http server error"));
          resolve(server.address() as AddressInfo);
        });
      });
    },
    close() {
      if (!server.listening) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const cutOff = setTimeout(() => server.closeAllConnections(), closeGrace);
        cutOff.unref();
        server.close(() => {
          clearTimeout(cutOff);
          resolve();
        });
        // Keep-alive sockets without a request would otherwise hold close() open.
        server.closeIdleConnections();
      });
    },
  };
}

function routeTable(routes: readonly HttpRoute[]): Map<string, HttpRoute[]> {
  const table = new Map<string, HttpRoute[]>();
  for (const route of routes) {
    if (!route.path.startsWith("/")) throw new Error(`http route path must start with "/": ${route.path}`);
    const existing = table.get(route.path) ?? [];
    if (existing.some((other) => other.method === route.method)) throw new Error(`two http routes for ${route.method} ${route.path}`);
    table.set(route.path, [...existing, route]);
  }
  return table;
}

/** The path of an origin-form request target ("/a/b?x=1" → "/a/b"); null for anything else ("*", absolute URLs). */
function pathOf(url: string | undefined): string | null {
  if (!url || !url.startsWith("/")) return null;
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** For answers given before reading: the body is thrown away as it arrives, never kept. */
function discard(request: IncomingMessage): void {
  request.on("error", () => {});
  request.resume();
}

function readBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise<BodyResult>((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      request.off("data", onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        settle({ kind: "too-large" });
        return;
      }
      chunks.push(chunk);
    };
    request.on("data", onData);
    request.once("end", () => settle({ kind: "complete", body: Buffer.concat(chunks) }));
    // A client that disconnects mid-upload: 'error' (ECONNRESET) or 'close' before 'end'.
    request.on("error", () => settle({ kind: "aborted" }));
    request.once("close", () => {
      if (!request.complete) settle({ kind: "aborted" });
    });
  });
}
