/**
 * The process guard: unit behaviour on an emitter of our own, and the real thing in a child
 * process, where Node's own handling (print the whole error, exit) is what it replaces.
 */
import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { installProcessGuard } from "../src/process-guard";
import { captureLogs } from "./support/app-harness";

const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
const BOT_TOKEN = "5318642970:AAHk3x9QmZp2LwVt7YbR4nD8sFjC6uE1gHo";
const USER_ID = "604918273";
const FIRST_NAME = "Wiebke";

describe("installProcessGuard", () => {
  it("logs an unhandled rejection safely and keeps running", () => {
    const target = new EventEmitter();
    const exits: number[] = [];
    const logs = captureLogs();
    installProcessGuard({ logger: logs.logger, exit: (code) => exits.push(code), target: target as unknown as NodeJS.Process });

    const error = Object.assign(new Error("Call to 'sendMessage' failed! (403: Forbidden: bot was blocked by the user)"), {
      error_code: 403,
      method: "sendMessage",
      payload: { chat_id: Number(USER_ID), text: `Hallo ${FIRST_NAME}` },
    });
    target.emit("unhandledRejection", error, Promise.resolve());

    expect(exits).toEqual([]);
    expect(logs.records).toHaveLength(1);
    expect(logs.records[0]).toMatchObject({ level: 50, err: { type: "Error", code: 403, method: "sendMessage" } });
    expect(JSON.stringify(logs.records)).not.toMatch(new RegExp(`${FIRST_NAME}|${USER_ID}`));
  });

  it("logs an uncaught exception and exits with 1, once", () => {
    const target = new EventEmitter();
    const exits: number[] = [];
    const logs = captureLogs();
    installProcessGuard({ logger: logs.logger, exit: (code) => exits.push(code), target: target as unknown as NodeJS.Process });

    target.emit("uncaughtException", new Error(`GET https://api.telegram.org/bot${BOT_TOKEN}/getMe failed`));
    target.emit("uncaughtException", new Error("a second one while exiting"));

    expect(exits).toEqual([1]);
    expect(logs.records).toHaveLength(1);
    expect(logs.records[0]).toMatchObject({ level: 60, msg: "uncaught exception; exiting", err: { reason: "GET https://api.telegram.org/bot[redacted]/getMe failed" } });
  });

  it("can be removed again", () => {
    const target = new EventEmitter();
    const remove = installProcessGuard({ logger: captureLogs().logger, exit: () => {}, target: target as unknown as NodeJS.Process });
    expect(target.listenerCount("unhandledRejection")).toBe(1);
    remove();
    expect(target.listenerCount("unhandledRejection")).toBe(0);
    expect(target.listenerCount("uncaughtException")).toBe(0);
  });

  it("in a real process: survives the rejection, exits 1 on the exception, and prints no personal data or token", async () => {
    const result = await runChild("test/support/process/guarded-child.ts", { PROBE_BOT_TOKEN: BOT_TOKEN, PROBE_USER_ID: USER_ID, PROBE_FIRST_NAME: FIRST_NAME });
    const output = result.stdout + result.stderr;

    expect(result.code, output).toBe(1);
    // Every line is one of our JSON log records: Node printed nothing of its own.
    const lines = output.trim().split("\n");
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((record) => record.msg)).toEqual([
      "unhandled promise rejection; the process keeps running",
      "still running after the rejection",
      "uncaught exception; exiting",
    ]);
    expect(records[0]).toMatchObject({ err: { type: "GrammyError", code: 403, method: "sendMessage" } });
    expect(records[2]).toMatchObject({ err: { type: "HttpError", cause: { code: "ECONNRESET" } } });

    for (const secret of [BOT_TOKEN, BOT_TOKEN.split(":")[1]!, USER_ID, FIRST_NAME]) expect(output).not.toContain(secret);
  });
});

function runChild(script: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}
