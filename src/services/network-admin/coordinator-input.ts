// What `lotse coordinator add|remove` accept: argv is outside input, checked here with the same
// shape rule as the network file (src/domain/slack-ids.ts).
import { z } from "zod";
import { SLACK_USER_ID } from "../../domain/slack-ids";

export const slackUserIdSchema = z.string().trim().regex(SLACK_USER_ID);
export const coordinatorNameSchema = z.string().trim().min(1).max(100);

/** The Slack user id or the name does not have the required shape. */
export class CoordinatorInputError extends Error {
  constructor(
    readonly field: "slackUserId" | "name",
    readonly value: string,
  ) {
    // The value stays out of the message: errors may be logged, and a name is personal data.
    super(`invalid ${field}`);
    this.name = "CoordinatorInputError";
  }
}

export function parseSlackUserId(value: string): string {
  const result = slackUserIdSchema.safeParse(value);
  if (!result.success) throw new CoordinatorInputError("slackUserId", value);
  return result.data;
}

export function parseCoordinatorName(value: string): string {
  const result = coordinatorNameSchema.safeParse(value);
  if (!result.success) throw new CoordinatorInputError("name", value);
  return result.data;
}
