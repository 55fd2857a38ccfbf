// Where the project's own files are (locales/, flows/, prisma/). The one place that knows: this
// file (src/paths.ts, run by tsx) and the production bundle (dist/main.js, where esbuild inlines
// it) both sit one directory below the project root, so the same relative URL serves both.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A path inside the project: projectPath("prisma", "migrations"). */
export function projectPath(...segments: string[]): string {
  return path.join(PROJECT_ROOT, ...segments);
}
