// The compiled build (dist/, `npm run build`) for benches that run the app as production does:
// built first when missing or older than any file in src/.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST_MAIN = path.join(ROOT, "dist", "main.js");

function newestIn(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }, 0);
}

export function distIsStale(): boolean {
  return !existsSync(DIST_MAIN) || newestIn(path.join(ROOT, "src")) > statSync(DIST_MAIN).mtimeMs;
}

/** Runs `npm run build` if dist/ is stale; returns how long it took, or null if it was current. */
export function ensureBuild(): number | null {
  if (!distIsStale()) return null;
  const started = performance.now();
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  return performance.now() - started;
}
