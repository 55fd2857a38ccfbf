// The dialogue behind "Abgesagt": asks once more (declining tells the resident and cannot be
// undone) and takes an optional reason, which the resident reads in their chat as it is written.
// Pure: Block Kit out; the listeners open it and take its submission.
import type { types } from "@slack/bolt";
import { DEFAULT_LOCALE, type BotLocale } from "../../domain/vocabulary";
import type { Translator } from "../../i18n/translator";
import {
  DECLINE_REASON_ACTION_ID,
  DECLINE_REASON_BLOCK_ID,
  DECLINE_REASON_MAX_LENGTH,
  DECLINE_VIEW_ID,
  encodeSignupDialogMetadata,
  type SignupDialogMetadata,
} from "./signup-dialog-ids";
import { escapeMrkdwn } from "./signup-message";

export interface DeclineModalOptions {
  translator: Translator;
  locale?: BotLocale;
  metadata: SignupDialogMetadata;
  /** What the coordinator is about to decline, so the dialogue names it. */
  signup: { title: string; organisationName: string };
}

export function buildDeclineModal(options: DeclineModalOptions): types.ModalView {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const t = (key: string, args?: Record<string, string>) => options.translator.t(locale, key, args);
  const plain = (text: string): types.PlainTextElement => ({ type: "plain_text", text, emoji: false });
  return {
    type: "modal",
    callback_id: DECLINE_VIEW_ID,
    private_metadata: encodeSignupDialogMetadata(options.metadata),
    // The texts of the confirmation the button used to ask with: the same question, now with a reason.
    title: plain(t("slack-confirm-declined-title")),
    submit: plain(t("slack-confirm-declined-confirm")),
    close: plain(t("slack-confirm-declined-cancel")),
    blocks: [
      {
        type: "section",
        block_id: "decline_signup",
        text: {
          type: "mrkdwn",
          text: `*${t("slack-decline-modal-signup", {
            id: String(options.metadata.signupId),
            title: escapeMrkdwn(options.signup.title),
            organisation: escapeMrkdwn(options.signup.organisationName),
          })}*\n${t("slack-confirm-declined-text")}`,
        },
      },
      {
        type: "input",
        block_id: DECLINE_REASON_BLOCK_ID,
        optional: true,
        label: plain(t("slack-decline-reason-label")),
        hint: plain(t("slack-decline-reason-hint", { max: String(DECLINE_REASON_MAX_LENGTH) })),
        element: {
          type: "plain_text_input",
          action_id: DECLINE_REASON_ACTION_ID,
          multiline: true,
          max_length: DECLINE_REASON_MAX_LENGTH,
          placeholder: plain(t("slack-decline-reason-placeholder")),
        },
      },
    ],
  };
}
