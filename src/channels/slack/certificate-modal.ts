// The dialogue behind "Führungszeugnis erfassen / erneuern" (§ 72a SGB VIII): two dates, nothing
// else. No upload, no free text, so nothing of the certificate's content can end up with us.
// Pure: Block Kit out; the listeners open it and take its submission.
import type { types } from "@slack/bolt";
import { CERTIFICATE_MAX_AGE_MONTHS, CERTIFICATE_VALID_YEARS, type CertificateDateProblem } from "../../domain/certificate-check";
import { DEFAULT_LOCALE, type BotLocale } from "../../domain/vocabulary";
import type { Translator } from "../../i18n/translator";
import {
  CERTIFICATE_DATE_ACTION_ID,
  CERTIFICATE_ISSUED_BLOCK_ID,
  CERTIFICATE_SEEN_BLOCK_ID,
  CERTIFICATE_VIEW_ID,
  encodeSignupDialogMetadata,
  type SignupDialogMetadata,
} from "./signup-dialog-ids";
import { escapeMrkdwn } from "./signup-message";

export interface CertificateModalOptions {
  translator: Translator;
  locale?: BotLocale;
  metadata: SignupDialogMetadata;
  signup: { title: string };
  /** Today on the city's calendar ("YYYY-MM-DD"): the default for "eingesehen am". */
  today: string;
}

/** The text next to a field for each problem with the dates (response_action "errors"). */
export const CERTIFICATE_PROBLEM_KEYS = {
  "seen-missing": "slack-certificate-error-seen-missing",
  "seen-future": "slack-certificate-error-seen-future",
  "issued-missing": "slack-certificate-error-issued-missing",
  "issued-future": "slack-certificate-error-issued-future",
  "issued-after-seen": "slack-certificate-error-issued-after-seen",
  "issued-too-old": "slack-certificate-error-issued-too-old",
} as const satisfies Record<CertificateDateProblem, string>;

/** Arguments every certificate text may use, from the rules themselves. */
export const CERTIFICATE_RULE_ARGS = { months: String(CERTIFICATE_MAX_AGE_MONTHS), years: String(CERTIFICATE_VALID_YEARS) };

export function buildCertificateModal(options: CertificateModalOptions): types.ModalView {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const t = (key: string, args?: Record<string, string>) => options.translator.t(locale, key, { ...CERTIFICATE_RULE_ARGS, ...args });
  const plain = (text: string): types.PlainTextElement => ({ type: "plain_text", text, emoji: false });
  return {
    type: "modal",
    callback_id: CERTIFICATE_VIEW_ID,
    private_metadata: encodeSignupDialogMetadata(options.metadata),
    title: plain(t("slack-certificate-modal-title")),
    submit: plain(t("slack-certificate-modal-submit")),
    close: plain(t("slack-certificate-modal-cancel")),
    blocks: [
      {
        type: "section",
        block_id: "certificate_signup",
        text: {
          type: "mrkdwn",
          text: `*${t("slack-certificate-modal-signup", { id: String(options.metadata.signupId), title: escapeMrkdwn(options.signup.title) })}*\n${t("slack-certificate-modal-intro")}`,
        },
      },
      {
        type: "input",
        block_id: CERTIFICATE_SEEN_BLOCK_ID,
        label: plain(t("slack-certificate-seen-label")),
        hint: plain(t("slack-certificate-seen-hint")),
        element: { type: "datepicker", action_id: CERTIFICATE_DATE_ACTION_ID, initial_date: options.today },
      },
      {
        type: "input",
        block_id: CERTIFICATE_ISSUED_BLOCK_ID,
        label: plain(t("slack-certificate-issued-label")),
        hint: plain(t("slack-certificate-issued-hint")),
        element: { type: "datepicker", action_id: CERTIFICATE_DATE_ACTION_ID },
      },
    ],
  };
}
