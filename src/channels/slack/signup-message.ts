// The Slack message coordinators see for a signup. Pure: a plain view-model in, Block Kit out,
// so that the outbox (first post), the status buttons (chat.update) and withdrawal render the
// same message from the current database state.
import type { types } from "@slack/bolt";
import { nextStatuses, isFinalStatus, COORDINATOR_STATUSES, type CoordinatorStatus, type StatusEventActor } from "../../domain/signup-status";
import { SLACK_USER_ID } from "../../domain/slack-ids";
import { DEFAULT_LOCALE, LOCALES, readsGerman, type BotLocale, type SignupStatus } from "../../domain/vocabulary";
import type { Translator } from "../../i18n/translator";
import { certificateRecheckDueAt } from "../../domain/certificate-check";
import { SIGNUP_ANSWER_ACTION_ID } from "./relay-ids";
import { CERTIFICATE_ACTION_ID } from "./signup-dialog-ids";

export type SlackBlock = types.KnownBlock;

/** Action ids of the status buttons; the button value is the signup id. */
export const SIGNUP_STATUS_ACTION_IDS = {
  contacted: "signup_status_contacted",
  accepted: "signup_status_accepted",
  declined: "signup_status_declined",
} as const satisfies Record<CoordinatorStatus, string>;
export type SignupStatusActionId = (typeof SIGNUP_STATUS_ACTION_IDS)[CoordinatorStatus];

/** The status a button sets, or undefined for an action id that is not one of ours. */
export function statusOfActionId(actionId: string): CoordinatorStatus | undefined {
  return COORDINATOR_STATUSES.find((status) => SIGNUP_STATUS_ACTION_IDS[status] === actionId);
}

export const SIGNUP_ACTIONS_BLOCK_ID = "signup_status_actions";

export interface SignupMessageView {
  signupId: number;
  status: SignupStatus;
  opportunity: { title: string; slug: string; organisationName: string; districtName: string | null };
  /**
   * What the resident agreed to share with the organisation; null once they erased their data.
   * telegramUsername is only set when the resident consented to being contacted.
   */
  resident: {
    firstName: string | null;
    telegramUsername: string | null;
    /** "telegram" or "console". */
    channel: string;
    /**
     * The language the resident chats with the bot in, so coordinators can answer in a shared one;
     * null when the resident did not agree to pass their details (the field is left out).
     */
    locale: BotLocale | null;
    /** ISO 639-1 codes. */
    languages: readonly string[];
  } | null;
  message: string | null;
  createdAt: Date;
  /**
   * The latest status changes (SIGNUP_MESSAGE_STATUS_EVENTS at most), oldest first: who set
   * which status when, so the message says it after every re-render, not only after the click.
   */
  statusEvents?: readonly SignupStatusEventView[];
  /**
   * The Führungszeugnis record (§ 72a SGB VIII), present only when the opportunity requires one:
   * two dates and who recorded them, nothing else.
   */
  certificate?: SignupCertificateView | null;
}

export interface SignupCertificateView {
  /** Calendar days, stored as midnight UTC (src/domain/certificate-check.ts); null until recorded. */
  seenAt: Date | null;
  issuedAt: Date | null;
  /** Slack user id of the coordinator who recorded it. */
  recordedBy: string | null;
}

export interface SignupStatusEventView {
  status: SignupStatus;
  actor: StatusEventActor;
  at: Date;
}

/** How many status changes the message lists: a signup makes at most three moves before it is final. */
export const SIGNUP_MESSAGE_STATUS_EVENTS = 3;

export interface SignupMessageOptions {
  translator: Translator;
  /** Coordinators read German unless the network says otherwise. */
  locale?: BotLocale;
  /** A line shown above the details, e.g. why the message is in the network channel. Escaped here. */
  notice?: string;
}

export interface SlackMessage {
  /** Fallback for notifications and screen readers; deliberately without personal data. */
  text: string;
  blocks: SlackBlock[];
}

// Slack limits (https://docs.slack.dev/reference/block-kit/blocks): header text 150 chars,
// section text 3000 chars, a field 2000 chars.
const HEADER_MAX = 150;
const MESSAGE_MAX = 2800;
const FIELD_MAX = 1900;

/**
 * Slack mrkdwn treats &, < and > as control characters (links, mentions, @channel via
 * <!channel>); everything a resident or organisation typed goes through this.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Telegram usernames are 5–32 of [A-Za-z0-9_]; anything else is not turned into a link. */
const TELEGRAM_USERNAME = /^[A-Za-z0-9_]{5,32}$/;

export function buildSignupMessage(view: SignupMessageView, options: SignupMessageOptions): SlackMessage {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const t = (key: string, args?: Record<string, string>) => options.translator.t(locale, key, args);
  const statusLabel = t(`status-${view.status}`);
  const { opportunity, resident } = view;

  const header = truncate(t("slack-signup-header", { title: opportunity.title }), HEADER_MAX);
  const fields: string[] = [
    field(t("slack-signup-field-opportunity"), `${escapeMrkdwn(opportunity.title)} (${escapeMrkdwn(opportunity.organisationName)})`),
    field(t("slack-signup-field-district"), opportunity.districtName === null ? t("slack-signup-district-none") : escapeMrkdwn(opportunity.districtName)),
  ];
  if (resident !== null) {
    fields.push(
      field(
        t("slack-signup-field-first-name"),
        resident.firstName ? escapeMrkdwn(resident.firstName) : `_${t("slack-signup-first-name-missing")}_`,
      ),
      field(t("slack-signup-field-contact"), contactLine(resident, t)),
      ...(resident.locale === null ? [] : [field(t("slack-signup-field-bot-language"), botLanguageLabel(resident.locale, t))]),
      field(
        t("slack-signup-field-languages"),
        resident.languages.length > 0
          ? escapeMrkdwn(resident.languages.map((code) => code.toUpperCase()).join(", "))
          : t("slack-signup-languages-none"),
      ),
    );
  }
  fields.push(field(t("slack-signup-field-status"), `*${escapeMrkdwn(statusLabel)}*`));

  const blocks: SlackBlock[] = [{ type: "header", block_id: "signup_header", text: { type: "plain_text", text: header, emoji: false } }];
  if (options.notice) {
    blocks.push({ type: "context", block_id: "signup_notice", elements: [{ type: "mrkdwn", text: `:warning: ${escapeMrkdwn(options.notice)}` }] });
  }
  blocks.push({ type: "section", block_id: "signup_details", fields: fields.map((text) => ({ type: "mrkdwn", text })) });

  if (resident === null) {
    // Once anonymised, the message may contain personal details too; it is not shown any more.
    blocks.push({ type: "section", block_id: "signup_message", text: { type: "mrkdwn", text: `_${t("slack-signup-anonymised")}_` } });
  } else {
    const body = view.message?.trim() ? quote(truncate(view.message.trim(), MESSAGE_MAX)) : `_${t("slack-signup-no-message")}_`;
    blocks.push({
      type: "section",
      block_id: "signup_message",
      text: { type: "mrkdwn", text: `*${t("slack-signup-field-message")}*\n${body}` },
    });
  }

  const context = [
    t("slack-signup-reference", {
      // Strings, not numbers: Fluent would group digits ("1.234") in German.
      id: String(view.signupId),
      slug: escapeMrkdwn(opportunity.slug),
      date: slackDate(view.createdAt),
    }),
  ];
  for (const event of (view.statusEvents ?? []).slice(-SIGNUP_MESSAGE_STATUS_EVENTS)) {
    context.push(statusEventLine(event, t));
  }
  blocks.push({ type: "context", block_id: "signup_context", elements: context.map((text) => ({ type: "mrkdwn", text })) });
  const certificate = certificateLine(view, locale, t);
  if (certificate) blocks.push({ type: "context", block_id: "signup_certificate", elements: [{ type: "mrkdwn", text: certificate }] });

  const buttons = nextStatuses(view.status, "coordinator").filter(isCoordinatorStatus);
  if (buttons.length > 0) {
    const elements: types.Button[] = buttons.map((status) => button(view.signupId, status, t));
    // Only an accepted volunteer shows the organisation a Führungszeugnis.
    if (view.certificate && view.status === "accepted") elements.push(certificateButton(view.signupId, view.certificate, t));
    // Write to the resident (relayed to their chat); not once they have erased their data.
    if (view.resident) {
      elements.push({ type: "button", action_id: SIGNUP_ANSWER_ACTION_ID, value: String(view.signupId), text: { type: "plain_text", text: t("slack-button-answer"), emoji: false } });
    }
    blocks.push({
      type: "actions",
      block_id: SIGNUP_ACTIONS_BLOCK_ID,
      elements,
    });
  } else if (isFinalStatus(view.status)) {
    blocks.push({ type: "context", block_id: "signup_final", elements: [{ type: "mrkdwn", text: `_${t("slack-signup-final")}_` }] });
  }

  return {
    text: t("slack-signup-fallback", { title: opportunity.title, organisation: opportunity.organisationName, status: statusLabel }),
    blocks,
  };
}

/** "Ukrainisch", "Einfache Sprache": the resident's chat language in the coordinators' words. */
function botLanguageLabel(locale: BotLocale, t: (key: string) => string): string {
  return readsGerman(locale) && locale !== DEFAULT_LOCALE ? t(`locale-name-${locale}`) : t(`language-${LOCALES[locale].language}`);
}

function isCoordinatorStatus(status: SignupStatus): status is CoordinatorStatus {
  return (COORDINATOR_STATUSES as readonly SignupStatus[]).includes(status);
}

function field(label: string, value: string): string {
  return truncate(`*${label}*\n${value}`, FIELD_MAX);
}

function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${escapeMrkdwn(line)}`)
    .join("\n");
}

function contactLine(
  resident: NonNullable<SignupMessageView["resident"]>,
  t: (key: string, args?: Record<string, string>) => string,
): string {
  if (resident.channel === "console") return t("slack-signup-contact-console");
  const username = resident.telegramUsername?.replace(/^@/, "");
  if (username && TELEGRAM_USERNAME.test(username)) {
    return t("slack-signup-contact-telegram", { link: `<https://t.me/${username}|@${username}>` });
  }
  // No username (or no consent to share it): be honest that only the bot can reach them.
  return t("slack-signup-contact-via-bot");
}

function statusEventLine(event: SignupStatusEventView, t: (key: string, args?: Record<string, string>) => string): string {
  const args = { status: t(`status-${event.status}`), date: slackDate(event.at, "{date_short} {time}") };
  switch (event.actor.kind) {
    case "coordinator":
      return t("slack-signup-status-changed-by", { ...args, user: mention(event.actor.slackUserId) });
    case "resident":
      return t("slack-signup-status-changed-by-resident", args);
    case "system":
      return t("slack-signup-status-changed-by-system", args);
  }
}

/** A Slack mention of a user id (notifies them); anything that is not an id is shown as text. */
export function mention(slackUserId: string): string {
  return SLACK_USER_ID.test(slackUserId) ? `<@${slackUserId}>` : escapeMrkdwn(slackUserId);
}

/** Slack renders this in each reader's own time zone; the fallback is UTC. */
export function slackDate(date: Date, format = "{date_short_pretty} {time}"): string {
  const unix = Math.floor(date.getTime() / 1000);
  const fallback = `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return `<!date^${unix}^${format}|${fallback}>`;
}

function button(
  signupId: number,
  status: CoordinatorStatus,
  t: (key: string, args?: Record<string, string>) => string,
): types.Button {
  const element: types.Button = {
    type: "button",
    action_id: SIGNUP_STATUS_ACTION_IDS[status],
    value: String(signupId),
    text: { type: "plain_text", text: t(`slack-button-${status}`), emoji: false },
  };
  if (status === "accepted") element.style = "primary";
  // Declining tells the resident and cannot be undone: the button opens a dialogue (with an
  // optional reason) that asks once more, so it needs no confirm of its own (decline-modal.ts).
  if (status === "declined") element.style = "danger";
  return element;
}

/**
 * "Führungszeugnis eingesehen am …, ausgestellt am … (erfasst von @…) · erneut vorlegen bis …",
 * or that it is still missing for an accepted volunteer; nothing when the offer needs none.
 */
function certificateLine(view: SignupMessageView, locale: BotLocale, t: (key: string, args?: Record<string, string>) => string): string | null {
  const certificate = view.certificate;
  if (!certificate) return null;
  if (certificate.seenAt && certificate.issuedAt) {
    return t("slack-certificate-recorded", {
      seen: formatCalendarDate(certificate.seenAt, locale),
      issued: formatCalendarDate(certificate.issuedAt, locale),
      user: certificate.recordedBy ? mention(certificate.recordedBy) : "?",
      due: formatCalendarDate(certificateRecheckDueAt(certificate.issuedAt), locale),
    });
  }
  return view.status === "accepted" ? t("slack-certificate-missing") : null;
}

function certificateButton(signupId: number, certificate: SignupCertificateView, t: (key: string) => string): types.Button {
  return {
    type: "button",
    action_id: CERTIFICATE_ACTION_ID,
    value: String(signupId),
    text: { type: "plain_text", text: t(certificate.issuedAt ? "slack-button-certificate-renew" : "slack-button-certificate-record"), emoji: false },
  };
}

/**
 * A calendar day (stored as midnight UTC) as coordinators write it: "12.03.2026", "12 Mar 2026".
 * Plain text rather than Slack's date token, which would move it to the reader's time zone.
 */
export function formatCalendarDate(date: Date, locale: BotLocale): string {
  return new Intl.DateTimeFormat(readsGerman(locale) ? "de-DE" : "en-GB", { timeZone: "UTC", day: "2-digit", month: readsGerman(locale) ? "2-digit" : "short", year: "numeric" }).format(date);
}
