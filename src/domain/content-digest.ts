import { createHash } from "node:crypto";

/** SHA-256 (hex) of a text: the key under which work done on a file's text is kept (src/build-artifacts.ts). */
export function contentDigest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
