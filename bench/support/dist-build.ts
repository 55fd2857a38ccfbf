// The production build (dist/, `npm run build`) for benches that run the app as production does:
// built first when missing or older than its sources (the rule of scripts/bundle.mjs).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { bundleIsStale } from "../../scripts/bundle.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Runs `npm run build` if dist/ is stale; returns how long it took, or null if it was current. */
export function ensureBuild(): number | null {
  if (!bundleIsStale()) return null;
  const started = performance.now();
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  return performance.now() - started;
}
