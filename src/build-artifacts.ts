// What `npm run build` and `npm start` leave in dist/ besides the bundle, so that start-up does
// less (scripts/bundle.mjs writes them): work already done on the project's own files, keyed by
// the digest of each file's text (src/domain/content-digest.ts). A file changed since has no entry
// and is worked on as without a build; a missing or unreadable artifact counts as none, so it can
// never break a start.
import { readFileSync } from "node:fs";
import type { z } from "zod";

/** The artifact's content if it exists and fits `schema`; null otherwise. */
export function readBuildArtifact<T>(file: string, schema: z.ZodType<T>): T | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return null;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
