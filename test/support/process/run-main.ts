// Runs the real entry point (src/main.ts) from source through tsx — or, with `entry: "npm-start"`,
// as `npm start` does (scripts/start.mjs: bundle into dist/ if stale, then run it) — with only the
// given variables (plus PATH and HOME), and collects its output until it exits; runNode does the
// same for any Node command line.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

export interface MainResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runMain(
  env: Record<string, string>,
  options: { stdinLines?: string[]; timeoutMs?: number; entry?: "source" | "npm-start" } = {},
): Promise<MainResult> {
  const args = options.entry === "npm-start" ? ["scripts/start.mjs"] : ["--import", "tsx", "src/main.ts"];
  return runNode(args, { ...options, env });
}

/** Node with these arguments in the repository, with only `env` (plus PATH and HOME); its output once it exits. */
export function runNode(args: string[], options: { env?: Record<string, string>; stdinLines?: string[]; timeoutMs?: number } = {}): Promise<MainResult> {
  const timeoutMs = options.timeoutMs ?? 25_000;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...options.env },
      stdio: [options.stdinLines ? "pipe" : "ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`node ${args.join(" ")} did not exit within ${timeoutMs / 1000} s.\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (options.stdinLines && child.stdin) {
      child.stdin.on("error", () => {}); // the process may exit before reading (bad configuration)
      child.stdin.end(options.stdinLines.map((line) => `${line}\n`).join(""));
    }
  });
}
