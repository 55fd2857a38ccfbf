import type { ActionResult } from "../../domain/flows/engine";
import { PRIVACY_VERSION } from "../../domain/vocabulary";
import type { ActionContext } from "../conversation-deps";

/**
 * Fills the privacy notice's arguments: its version, whom it names (PRIVACY_* in the
 * configuration) and how long data is kept (RETENTION_*, so the notice says what the jobs do). A part the network has not filled in yet is shown as such in the resident's
 * language rather than left out, so nobody mistakes a gap for an answer.
 */
export async function loadPrivacyContacts(context: ActionContext): Promise<ActionResult> {
  const contacts = context.privacyContacts;
  const notEntered = () => context.translator.t(context.locale, "privacy-not-entered");
  return {
    slots: {
      version: PRIVACY_VERSION,
      controller: contacts?.controller ?? notEntered(),
      email: contacts?.contactEmail ?? notEntered(),
      dpo: contacts?.dpo ?? notEntered(),
      inactiveMonths: context.privacyRetention?.inactiveResidentMonths ?? 12,
      textMonths: context.privacyRetention?.signupTextMonths ?? 6,
      conversationMonths: context.privacyRetention?.conversationMonths ?? 6,
    },
  };
}
