// What of a rejected input may be logged: where zod found it wrong (the paths), never the
// values, which can be personal data or free text. One helper for every listener that logs
// malformed input from outside.
import type { z } from "zod";

export function issuePaths(error: z.ZodError): string[] {
  return error.issues.map((issue) => issue.path.join(".") || "(root)");
}
