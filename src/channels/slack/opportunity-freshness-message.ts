// The Slack messages of "keeping offers fresh": the question in the organisation's channel whether
// an offer is still current (buttons "Noch aktuell" and "Pausieren"), the notice in the network
// channel that nobody answered, and either of them after a click, without buttons and saying who
// answered what and when. Pure: a plain view in, Block Kit out. Offer data only, never a resident's.
import type { types } from "@slack/bolt";
import { DEFAULT_TIME_ZONE } from "../../domain/matching/calendar";
import { readsGerman, type BotLocale } from "../../domain/vocabulary";
import { escapeMrkdwn, slackDate, type SlackBlock, type SlackMessage } from "./signup-message";

/** Action ids of the two buttons; the button value is the opportunity id. */
export const FRESHNESS_CONFIRM_ACTION_ID = "opportunity_freshness_confirm";
export const FRESHNESS_PAUSE_ACTION_ID = "opportunity_freshness_pause";
export const FRESHNESS_ACTIONS_BLOCK_ID = "opportunity_freshness_actions";

export interface FreshnessOfferView {
  id: number;
  slug: string;
  title: string;
  organisationName: string;
  confirmedAt: Date;
}

export type FreshnessText = (key: string, args?: Record<string, string>) => string;

export interface FreshnessMessageOptions {
  t: FreshnessText;
  locale: BotLocale;
  /** CITY_TIME_ZONE: the calendar day of "last confirmed" and of the deadline. */
  timeZone?: string;
  /** A line above the message, e.g. why it is in the network channel. Escaped here. */
  notice?: string;
}

/** A day as the network writes it ("01.03.2026", "1 Mar 2026"), in the city's calendar. */
export function formatCityDate(date: Date, locale: BotLocale, timeZone: string = DEFAULT_TIME_ZONE): string {
  const german = readsGerman(locale);
  return new Intl.DateTimeFormat(german ? "de-DE" : "en-GB", { timeZone, day: "2-digit", month: german ? "2-digit" : "short", year: "numeric" }).format(date);
}

function offerArgs(offer: FreshnessOfferView, options: FreshnessMessageOptions): Record<string, string> {
  return {
    title: escapeMrkdwn(offer.title),
    organisation: escapeMrkdwn(offer.organisationName),
    slug: offer.slug,
    confirmed: formatCityDate(offer.confirmedAt, options.locale, options.timeZone),
  };
}

function buttons(offer: FreshnessOfferView, t: FreshnessText): types.ActionsBlock {
  return {
    type: "actions",
    block_id: FRESHNESS_ACTIONS_BLOCK_ID,
    elements: [
      { type: "button", action_id: FRESHNESS_CONFIRM_ACTION_ID, value: String(offer.id), style: "primary", text: { type: "plain_text", text: t("slack-freshness-button-confirm"), emoji: false } },
      { type: "button", action_id: FRESHNESS_PAUSE_ACTION_ID, value: String(offer.id), text: { type: "plain_text", text: t("slack-freshness-button-pause"), emoji: false } },
    ],
  };
}

function noticeBlocks(notice: string | undefined): SlackBlock[] {
  return notice ? [{ type: "context", elements: [{ type: "mrkdwn", text: `:warning: ${escapeMrkdwn(notice)}` }] }] : [];
}

/**
 * "Is this offer still current?", mentioning the organisation's coordinators (`coordinators`:
 * Slack mentions, "" when nobody is registered), with the deadline and the two buttons.
 */
export function buildFreshnessQuestion(offer: FreshnessOfferView, options: FreshnessMessageOptions & { coordinators: string; deadline: Date }): SlackMessage {
  const { t } = options;
  const args = offerArgs(offer, options);
  const text = options.coordinators
    ? t("slack-freshness-question", { ...args, coordinators: options.coordinators })
    : t("slack-freshness-question-no-coordinator", args);
  return {
    text,
    blocks: [
      ...noticeBlocks(options.notice),
      { type: "section", text: { type: "mrkdwn", text: `:calendar: ${text}` } },
      { type: "context", elements: [{ type: "mrkdwn", text: t("slack-freshness-question-deadline", { deadline: formatCityDate(options.deadline, options.locale, options.timeZone) }) }] },
      buttons(offer, t),
    ],
  };
}

/** To the network channel: nobody answered, the offer is no longer recommended. The buttons work here too. */
export function buildStaleNotice(offer: FreshnessOfferView, options: FreshnessMessageOptions & { askedAt: Date; channel: string }): SlackMessage {
  const { t } = options;
  const text = t("slack-freshness-stale", {
    ...offerArgs(offer, options),
    asked: formatCityDate(options.askedAt, options.locale, options.timeZone),
    channel: options.channel,
  });
  return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text: `:zzz: ${text}` } }, buttons(offer, t)] };
}

export type FreshnessAnswerKind = "confirmed" | "paused";

/** Either message after a click: the offer, and who answered what and when; no buttons any more. */
export function buildFreshnessAnswered(offer: FreshnessOfferView, options: FreshnessMessageOptions & { answer: FreshnessAnswerKind; userMention: string; at: Date }): SlackMessage {
  const { t } = options;
  const subject = t("slack-freshness-answered-offer", offerArgs(offer, options));
  const args = { user: options.userMention, date: slackDate(options.at), slug: offer.slug };
  const line = options.answer === "confirmed" ? t("slack-freshness-confirmed-by", args) : t("slack-freshness-paused-by", args);
  return {
    text: `${subject} ${line}`,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `:calendar: ${subject}` } },
      { type: "context", elements: [{ type: "mrkdwn", text: line }] },
    ],
  };
}
