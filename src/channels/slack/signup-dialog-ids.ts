// Ids of the Slack dialogues about one signup ("Abgesagt" with a reason, the Führungszeugnis
// record) and what they carry from the click to the submission. Shared by the signup message that
// shows the buttons, the listeners that open the modals and those that take their submissions.
import { z } from "zod";
import { SLACK_CHANNEL_ID } from "../../domain/slack-ids";

/** The modal "Abgesagt" opens (the button is SIGNUP_STATUS_ACTION_IDS.declined). */
export const DECLINE_VIEW_ID = "signup_decline_modal";
export const DECLINE_REASON_BLOCK_ID = "decline_reason";
export const DECLINE_REASON_ACTION_ID = "reason";
/** The resident reads the reason in their chat; Slack's input stops here, the submission is checked too. */
export const DECLINE_REASON_MAX_LENGTH = 500;

/** "Führungszeugnis erfassen / erneuern" under an accepted signup; value: the signup id. */
export const CERTIFICATE_ACTION_ID = "signup_certificate";
export const CERTIFICATE_VIEW_ID = "signup_certificate_modal";
export const CERTIFICATE_SEEN_BLOCK_ID = "certificate_seen";
export const CERTIFICATE_ISSUED_BLOCK_ID = "certificate_issued";
export const CERTIFICATE_DATE_ACTION_ID = "date";

/**
 * The modal's private_metadata: which signup, and where its message is, so the submission can
 * update it in place. Slack hands it back unchanged, but it arrives with the submission like any
 * other input and is checked as such; the permission is checked again on submit.
 */
export const signupDialogMetadataSchema = z.object({
  signupId: z.number().int().positive(),
  message: z.object({ channel: z.string().regex(SLACK_CHANNEL_ID), ts: z.string().regex(/^\d{1,12}\.\d{1,8}$/) }).nullable(),
});
export type SignupDialogMetadata = z.output<typeof signupDialogMetadataSchema>;

/** The metadata as text; a message address Slack gave us in an unexpected shape is left out (no update in place then). */
export function encodeSignupDialogMetadata(metadata: { signupId: number; message: { channel: string; ts: string } | null }): string {
  const message = signupDialogMetadataSchema.shape.message.safeParse(metadata.message);
  return JSON.stringify(signupDialogMetadataSchema.parse({ signupId: metadata.signupId, message: message.success ? message.data : null }));
}

/** The metadata, or null if it is not what encodeSignupDialogMetadata wrote. */
export function parseSignupDialogMetadata(text: string): SignupDialogMetadata | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = signupDialogMetadataSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
