/**
 * The HTTP front on a real server on 127.0.0.1: whatever a client sends, it answers with a
 * status code and keeps serving the next request. Routes here are test routes (the front knows
 * nothing of Telegram or Slack); the Slack receiver on the front is in test/slack/slack-receiver.test.ts.
 */
import { once } from "node:events";
import { Agent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createHttpFront, type HttpFront, type HttpFrontOptions } from "../../src/http/http-front";
import type { BufferedRequest, HttpRoute } from "../../src/http/route";
import { captureLogs } from "../support/app-harness";

const BOT_TOKEN = "5318642970:AAHk3x9QmZp2LwVt7YbR4nD8sFjC6uE1gHo";

let front: HttpFront | undefined;
afterEach(async () => {
  await front?.close();
  front = undefined;
});

interface Started {
  port: number;
  received: BufferedRequest[];
  records: Array<Record<string, unknown>>;
}

/** A front with an echo route (POST /echo) plus the given routes. */
async function start(routes: HttpRoute[] = [], options: Partial<HttpFrontOptions> = {}): Promise<Started> {
  const logs = captureLogs("debug");
  const received: BufferedRequest[] = [];
  const echo: HttpRoute = {
    method: "POST",
    path: "/echo",
    async handle(request) {
      received.push(request);
      return { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ bytes: request.rawBody.length, path: request.path }) };
    },
  };
  front = createHttpFront({ routes: [echo, ...routes], logger: logs.logger, ...options });
  const address = await front.listen(0, "127.0.0.1");
  return { port: address.port, received, records: logs.records };
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request with node:http, so that headers like Content-Length are exactly what we say. */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer; agent?: Agent },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method: options.method ?? "POST", path: options.path ?? "/echo", headers: options.headers, agent: options.agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

async function stillServes(port: number): Promise<void> {
  const answer = await send(port, { body: '{"ok":true}', headers: { "content-type": "application/json" } });
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toEqual({ bytes: 11, path: "/echo" });
}

describe("routing", () => {
  it("answers GET /healthz with 200 ok for operators", async () => {
    const { port } = await start();
    const answer = await send(port, { method: "GET", path: "/healthz" });
    expect(answer).toMatchObject({ status: 200, body: "ok" });
  });

  it("answers unknown paths with 404, whatever the method, and keeps serving", async () => {
    const { port, received } = await start();
    for (const [method, path] of [
      ["GET", "/"],
      ["POST", "/echo/x"],
      ["POST", "/echoXYZ"],
      ["GET", "/slack/events"],
      ["DELETE", "/nothing"],
      ["POST", "//echo"],
    ] as const) {
      expect((await send(port, { method, path, body: method === "GET" ? undefined : "x" })).status, `${method} ${path}`).toBe(404);
    }
    expect(received).toEqual([]);
    await stillServes(port);
  });

  it("answers a known path with another method with 405 and an Allow header", async () => {
    const { port } = await start();
    const get = await send(port, { method: "GET", path: "/echo" });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe("POST");
    const put = await send(port, { method: "PUT", path: "/healthz", body: "x" });
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe("GET, HEAD");
    const head = await send(port, { method: "HEAD", path: "/healthz" });
    expect(head).toMatchObject({ status: 200, body: "" });
    await stillServes(port);
  });

  it("routes by the path without the query string and hands the route the raw body", async () => {
    const { port, received } = await start();
    const answer = await send(port, { path: "/echo?x=1&y=2", body: Buffer.from([0, 1, 2, 255]) });
    expect(answer.status).toBe(200);
    expect(received[0]).toMatchObject({ method: "POST", path: "/echo" });
    expect([...received[0]!.rawBody]).toEqual([0, 1, 2, 255]);
  });

  it("refuses two routes for the same method and path", () => {
    const route: HttpRoute = { method: "POST", path: "/a", handle: async () => ({ status: 200 }) };
    expect(() => createHttpFront({ routes: [route, route], logger: captureLogs().logger })).toThrow(/two http routes/);
  });
});

describe("failing routes", () => {
  const failing = (path: string, fail: () => never | Promise<never>): HttpRoute => ({ method: "POST", path, handle: fail as HttpRoute["handle"] });

  it("turns a synchronous throw and a rejection into a logged 500 and keeps serving", async () => {
    const secretError = () => {
      const error = new Error(`request to https://api.telegram.org/bot${BOT_TOKEN}/sendMessage failed`);
      // What library errors carry: the request payload with personal data.
      Object.assign(error, { code: "ECONNRESET", payload: { chat_id: 531864297, text: "Hallo Wiebke" } });
      return error;
    };
    const { port, records } = await start([
      failing("/throws", () => {
        throw secretError();
      }),
      failing("/rejects", () => Promise.reject(secretError())),
      failing("/rejects-with-null", () => Promise.reject(null as never)),
    ]);

    for (const path of ["/throws", "/rejects", "/rejects-with-null"]) {
      const answer = await send(port, { path, body: "{}" });
      expect(answer.status, path).toBe(500);
    }
    await stillServes(port);

    const failures = records.filter((record) => record.msg === "http route failed");
    expect(failures).toHaveLength(3);
    expect(failures[0]).toMatchObject({ path: "/throws", err: { type: "Error", code: "ECONNRESET" } });
    expect(String((failures[0]!.err as { reason: string }).reason)).toContain("/bot[redacted]/sendMessage");
    const everything = JSON.stringify(records);
    expect(everything).not.toContain(BOT_TOKEN);
    expect(everything).not.toContain("Wiebke");
    expect(everything).not.toContain("531864297");
  });

  it("answers 500 when a route returns an impossible status", async () => {
    const { port } = await start([{ method: "POST", path: "/odd", handle: async () => ({ status: 99 }) }]);
    expect((await send(port, { path: "/odd", body: "" })).status).toBe(500);
    await stillServes(port);
  });
});

describe("hostile clients", () => {
  it("answers a declared body over the limit with 413 without reading it, and keeps serving", async () => {
    const { port, received } = await start([], { bodyLimitBytes: 1024 });
    const answer = await new Promise<number>((resolve, reject) => {
      // Declares 10 MiB and sends only the first KiB: the answer must come without the rest.
      const req = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/echo", headers: { "content-length": String(10 * 1024 * 1024) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.write(Buffer.alloc(1024, 97));
    });
    expect(answer).toBe(413);
    expect(received).toEqual([]);
    await stillServes(port);
  });

  it("answers a chunked body that grows over the limit with 413", async () => {
    const { port, received, records } = await start([], { bodyLimitBytes: 1024 });
    const answer = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/echo", headers: { "transfer-encoding": "chunked" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      // The connection is closed under the upload once the answer is out.
      req.on("error", () => {});
      for (let i = 0; i < 4; i += 1) req.write(Buffer.alloc(512, 98));
      setImmediate(() => req.on("error", reject));
    });
    expect(answer).toBe(413);
    expect(received).toEqual([]);
    expect(records.some((record) => record.msg === "request body too large")).toBe(true);
    await stillServes(port);
  });

  it("takes a body of exactly the limit", async () => {
    const { port } = await start([], { bodyLimitBytes: 1024 });
    const answer = await send(port, { body: Buffer.alloc(1024, 99) });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ bytes: 1024 });
  });

  it("does not call the route when the client goes away mid-upload", async () => {
    const { port, received, records } = await start();
    const socket = connect(port, "127.0.0.1");
    await once(socket, "connect");
    socket.write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nonly a little");
    await waitForRecord(records, (record) => record.msg === "client aborted the request", () => socket.destroy());
    expect(received).toEqual([]);
    await stillServes(port);
  });

  it("closes a connection that never finishes its headers (slow loris)", async () => {
    const { port } = await start([], { headersTimeoutMs: 200, requestTimeoutMs: 400 });
    const socket = connect(port, "127.0.0.1");
    await once(socket, "connect");
    let answer = "";
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString("utf8")));
    socket.write("POST /echo HTTP/1.1\r\nHost: x\r\n");
    // A header line now and then is not enough; the server ends the connection.
    await once(socket, "close");
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    await stillServes(port);
  });

  it("answers a malformed request with 400", async () => {
    const { port } = await start();
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString("utf8")));
    socket.write("THIS IS NOT HTTP\r\n\r\n");
    await once(socket, "close");
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    await stillServes(port);
  });
});

describe("close()", () => {
  it("ends idle keep-alive connections instead of waiting for them", async () => {
    const { port } = await start([], { closeGraceMs: 10 * 60_000 });
    const agent = new Agent({ keepAlive: true });
    try {
      expect((await send(port, { agent, body: "{}" })).status).toBe(200);
      // The socket stays open in the agent; close() must not wait for the client to drop it.
      await front!.close();
      expect(front!.server.listening).toBe(false);
    } finally {
      agent.destroy();
    }
  });
});

/** Resolves once a log record matches; `trigger` runs after the wait is set up. */
async function waitForRecord(records: Array<Record<string, unknown>>, match: (record: Record<string, unknown>) => boolean, trigger: () => void): Promise<void> {
  trigger();
  await expect.poll(() => records.some(match), { timeout: 5_000 }).toBe(true);
}
