// The outbox's Slack sender: renders signup notifications from the database and posts them to
// the organisation's channel (or the network channel). Knows Slack; the outbox does not.
import { ErrorCode, type WebClient } from "@slack/web-api";
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { DEFAULT_LOCALE, type BotLocale } from "../../domain/vocabulary";
import { DEFAULT_STATE, workingDaysBetween, type WorkingDayOptions } from "../../domain/working-days";
import type { Translator } from "../../i18n/translator";
import type { Logger } from "../../logger";
import { DeliveryError, senderFromRenderers, type NotificationSender, type OutgoingNotification } from "../../services/notification/senders";
import { rememberSignupMessage } from "../../services/signup/remember-signup-message";
import { loadSignupView, type LoadedSignup } from "./load-signup-view";
import { buildSignupMessage, escapeMrkdwn, formatCalendarDate, mention, type SlackMessage } from "./signup-message";
import { RELAY_ANSWER_ACTION_ID } from "./relay-ids";
import { certificateRecheckDueAt } from "../../domain/certificate-check";
import { createSlackWebClient } from "./slack-client";
import { DEFAULT_FRESHNESS, staleAfter, type FreshnessSettings } from "../../domain/freshness";
import { DEFAULT_TIME_ZONE } from "../../domain/matching/calendar";
import { buildFreshnessQuestion, buildStaleNotice, type FreshnessOfferView } from "./opportunity-freshness-message";

export interface SlackNotifierOptions {
  prisma: PrismaClient;
  translator: Translator;
  logger: Logger;
  /** Where signups of organisations without their own channel go, and the fallback when theirs fails. */
  networkChannel: string;
  /** Either a ready client (tests, shared with Bolt) or the token and API URL to make one. */
  client?: WebClient;
  token?: string;
  slackApiUrl?: string;
  /** Per request, for a client made here; tests shorten it. */
  requestTimeoutMs?: number;
  /** Language of the coordinators' messages. */
  locale?: BotLocale;
  /** The city's working days (CITY_STATE, CITY_TIME_ZONE), for the age of a signup in reminders. */
  calendar?: WorkingDayOptions;
  /** OPPORTUNITY_CONFIRM_* (the opportunity-freshness job's): the deadline a freshness question names. */
  freshness?: FreshnessSettings;
  now?: () => Date;
}

/** Errors that mean "this channel cannot take our message", as opposed to Slack being down. */
const CHANNEL_ERRORS = new Set(["channel_not_found", "not_in_channel", "is_archived", "restricted_action"]);
/** Errors in what we sent: the same request will fail again, however often it is retried. */
const REQUEST_ERRORS = new Set(["invalid_blocks", "invalid_blocks_format", "msg_too_long", "no_text", "invalid_arguments", "too_many_attachments", "invalid_metadata_format"]);
/** Errors of a reply that mean "the thread is gone", so the reply becomes a message of its own. */
const THREAD_ERRORS = new Set(["thread_not_found", "message_not_found"]);
/** Errors of the history look-up that mean "we may not look", not "Slack is down". */
const LOOKUP_REFUSED = new Set(["missing_scope", "not_allowed_token_type", "not_in_channel", "channel_not_found", "access_denied"]);

/**
 * Every message the outbox posts carries its notification id in Slack's message metadata, so
 * a retry can find out whether the first attempt arrived after all.
 */
export const NOTIFICATION_MARKER_EVENT = "lotse_notification";
/** How far back before the notification was queued the look-up starts; covers clock skew. */
const LOOKUP_SLACK_SECONDS = 120;
const LOOKUP_MAX_PAGES = 5;

/** A Slack message address as stored in Notification.externalRef: "channel:ts". */
export function formatSlackRef(channel: string, ts: string): string {
  return `${channel}:${ts}`;
}

export function parseSlackRef(ref: string): { channel: string; ts: string } | null {
  const match = /^([A-Z0-9]+):(\d+\.\d+)$/i.exec(ref);
  return match ? { channel: match[1]!, ts: match[2]! } : null;
}

type SlackNotification = OutgoingNotification;

export function createSlackNotifier(options: SlackNotifierOptions): NotificationSender {
  const { prisma, translator, logger, networkChannel } = options;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const client = options.client ?? clientFrom(options);
  const calendar = options.calendar ?? { state: DEFAULT_STATE };
  const now = options.now ?? (() => new Date());
  const freshnessSettings = options.freshness ?? DEFAULT_FRESHNESS;

  /**
   * Exactly once, as far as Slack lets us: a retry first looks for the message an earlier
   * attempt may have posted (the answer to it got lost: timeout, connection reset) by its
   * marker in the channel's recent history or the thread, and only posts if it is not there.
   * Without the history scopes (channels:history, groups:history) the look-up is refused; then
   * we post again and log it: a duplicate message is better than a lost signup.
   */
  async function findEarlierPost(notification: SlackNotification, channel: string, threadTs?: string): Promise<string | null> {
    if (notification.attempts <= 1) return null;
    const oldest = String(Math.floor(notification.createdAt.getTime() / 1000) - LOOKUP_SLACK_SECONDS);
    try {
      let cursor: string | undefined;
      for (let page = 0; page < LOOKUP_MAX_PAGES; page++) {
        const common = { channel, oldest, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) };
        const result = threadTs ? await client.conversations.replies({ ...common, ts: threadTs }) : await client.conversations.history(common);
        const found = (result.messages ?? []).find((message) => markerOf(message) === notification.id);
        if (found?.ts) return formatSlackRef(channel, found.ts);
        cursor = result.response_metadata?.next_cursor || undefined;
        if (!cursor) break;
      }
      return null;
    } catch (error) {
      const code = slackErrorCode(error);
      if (code === undefined || !LOOKUP_REFUSED.has(code)) throw error;
      logger.warn({ notificationId: notification.id, error: `slack:${code}` }, "cannot look for an earlier attempt; posting again");
      return null;
    }
  }

  async function post(
    notification: SlackNotification,
    channel: string,
    message: { text: string; blocks?: SlackMessage["blocks"] },
    thread?: { thread_ts: string; reply_broadcast: boolean },
  ): Promise<string> {
    const earlier = await findEarlierPost(notification, channel, thread?.thread_ts);
    if (earlier) {
      logger.info({ notificationId: notification.id, attempts: notification.attempts }, "earlier attempt had arrived; not posting again");
      return earlier;
    }
    const metadata = { event_type: NOTIFICATION_MARKER_EVENT, event_payload: { notification_id: notification.id } };
    const result = await client.chat.postMessage(thread ? { channel, ...message, ...thread, metadata } : { channel, ...message, metadata });
    // The channel in the answer is the id even if we addressed the channel by name.
    const postedChannel = typeof result.channel === "string" ? result.channel : channel;
    if (!result.ts) throw new DeliveryError("slack:missing_ts");
    return formatSlackRef(postedChannel, result.ts);
  }

  /** Posts to the organisation's channel; if Slack refuses that channel, to the network channel with a note. */
  async function postForOrganisation(
    notification: SlackNotification,
    loaded: Pick<LoadedSignup, "organisation">,
    render: (notice?: string) => SlackMessage,
  ): Promise<string> {
    const ownChannel = loaded.organisation.slackChannel;
    const channel = ownChannel ?? networkChannel;
    try {
      return await post(notification, channel, render());
    } catch (error) {
      const code = slackErrorCode(error);
      if (ownChannel === null || ownChannel === networkChannel || code === undefined || !CHANNEL_ERRORS.has(code)) throw error;
      // Waiting does not help until someone invites the app or fixes the channel id, and a
      // signup that nobody sees for hours is worse than one in the wrong channel.
      logger.warn(
        { notificationId: notification.id, organisationId: loaded.organisation.id, error: `slack:${code}` },
        "organisation channel unreachable, posting to the network channel",
      );
      const notice = translator.t(locale, "slack-channel-fallback-note", { organisation: loaded.organisation.name, error: code });
      return await post(notification, networkChannel, render(notice));
    }
  }

  async function load(signupId: number): Promise<LoadedSignup> {
    const loaded = await loadSignupView(prisma, signupId);
    if (!loaded) throw new DeliveryError("signup:not-found", { permanent: true });
    return loaded;
  }

  /**
   * The resident withdrew (with or without their consent, or by erasing their data): the original
   * message is re-rendered from the current state and a reply in its thread tells its readers.
   */
  async function withdrawal(
    notification: Extract<SlackNotification, { kind: "signup-withdrawn" | "signup-consent-withdrawn" }>,
    keys: { reply: string; message: string },
  ): Promise<{ ref: string }> {
    const loaded = await load(notification.payload.signupId);
    const original = loaded.slackMessage;
    if (original) {
      try {
        // The original loses its buttons and shows "withdrawn", so nobody acts on it any more …
        await client.chat.update({ channel: original.channel, ts: original.ts, ...buildSignupMessage(loaded.view, { translator, locale }) });
        // … and a reply in its thread, also shown in the channel, tells those who already read it.
        const ref = await post(notification, original.channel, { text: translator.t(locale, keys.reply) }, { thread_ts: original.ts, reply_broadcast: true });
        return { ref };
      } catch (error) {
        const code = slackErrorCode(error);
        // The original was deleted or its channel is gone: fall through to a message of its own.
        if (code !== "message_not_found" && code !== "cant_update_message" && !(code && CHANNEL_ERRORS.has(code))) throw error;
        logger.warn({ notificationId: notification.id, error: `slack:${code}` }, "original signup message not updatable");
      }
    }
    // Never posted (or gone): a message of its own, naming the signup, instead of an update.
    const ref = await postForOrganisation(notification, loaded, (notice) => withdrawnMessage(loaded, notice, keys.message));
    return { ref };
  }

  function withdrawnMessage(loaded: LoadedSignup, notice: string | undefined, key: string): SlackMessage {
    const text = translator.t(locale, key, {
      id: String(loaded.view.signupId),
      title: loaded.view.opportunity.title,
    });
    const blocks: SlackMessage["blocks"] = [];
    if (notice) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `:warning: ${escapeMrkdwn(notice)}` }] });
    blocks.push({ type: "section", text: { type: "mrkdwn", text: escapeMrkdwn(text) } });
    return { text, blocks };
  }

  /** How long a "new" signup has waited, in the city's working days, at delivery. */
  function waitingDays(loaded: LoadedSignup): number {
    return workingDaysBetween(loaded.statusChangedAt, now(), calendar);
  }

  /** The organisation's registered coordinators as Slack mentions (which notify them); "" if none. */
  async function coordinatorMentions(organisationId: number): Promise<string> {
    const coordinators = await prisma.coordinator.findMany({ where: { organisationId }, select: { slackUserId: true }, orderBy: { id: "asc" } });
    return coordinators.map((coordinator) => mention(coordinator.slackUserId)).join(" ");
  }

  /**
   * A reply in the signup's thread, where the signup and its buttons are (`broadcast`: also shown
   * in the channel). If the signup message was never posted (parked) or its thread is gone, a
   * message of its own in the organisation's channel instead, which then names the signup itself.
   */
  async function postInSignupThread(notification: SlackNotification, loaded: LoadedSignup, message: SlackMessage, broadcast = false): Promise<string> {
    const original = loaded.slackMessage;
    if (original) {
      try {
        return await post(notification, original.channel, message, { thread_ts: original.ts, reply_broadcast: broadcast });
      } catch (error) {
        const code = slackErrorCode(error);
        if (code === undefined || !(THREAD_ERRORS.has(code) || CHANNEL_ERRORS.has(code))) throw error;
        logger.warn({ notificationId: notification.id, kind: notification.kind, error: `slack:${code}` }, "signup thread not reachable; posted on its own");
      }
    }
    return postForOrganisation(notification, loaded, (notice) =>
      notice ? { text: message.text, blocks: [{ type: "context", elements: [{ type: "mrkdwn", text: `:warning: ${escapeMrkdwn(notice)}` }] }, ...message.blocks] } : message,
    );
  }

  /** Mentions the organisation's coordinators, so Slack notifies them; or says that nobody is registered. */
  async function reminderMessage(loaded: LoadedSignup): Promise<SlackMessage> {
    const coordinators = await coordinatorMentions(loaded.organisation.id);
    const args = {
      id: String(loaded.view.signupId),
      title: escapeMrkdwn(loaded.view.opportunity.title),
      organisation: escapeMrkdwn(loaded.organisation.name),
      days: waitingDays(loaded),
    };
    const text = coordinators ? translator.t(locale, "slack-reminder", { ...args, coordinators }) : translator.t(locale, "slack-reminder-no-coordinator", args);
    return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text: `:hourglass_flowing_sand: ${text}` } }] };
  }

  /**
   * A resident's message to the team: into the conversation's Slack thread, which is the signup's
   * thread for a question about a signup, or a new message in the organisation's (or network)
   * channel that becomes the conversation's thread. Shown in the channel too, with the
   * coordinators mentioned, so it is not missed in an old thread.
   */
  async function postResidentQuestion(notification: Extract<SlackNotification, { kind: "resident-question" }>): Promise<string | null> {
    const message = await prisma.relayMessage.findUnique({
      where: { id: notification.payload.relayMessageId },
      include: { thread: { include: { organisation: true, signup: { select: { id: true, slackChannel: true, slackTs: true } } } } },
    });
    // The resident erased their data meanwhile: the conversation is gone with it.
    if (!message) return null;
    const { thread } = message;
    const coordinators = thread.organisationId === null ? "" : await coordinatorMentions(thread.organisationId);
    const text = translator.t(locale, thread.signup ? "slack-question-signup" : "slack-question", {
      thread: String(thread.id),
      signup: String(thread.signup?.id ?? ""),
      organisation: escapeMrkdwn(thread.organisation?.name ?? translator.t(locale, "slack-question-network")),
      coordinators,
    });
    const rendered: SlackMessage = {
      text,
      blocks: [
        { type: "section", text: { type: "mrkdwn", text: `:question: ${text}` } },
        { type: "section", text: { type: "mrkdwn", text: quote(message.text) } },
        { type: "context", elements: [{ type: "mrkdwn", text: translator.t(locale, "slack-question-how-to-answer") }] },
        {
          type: "actions",
          elements: [{ type: "button", action_id: RELAY_ANSWER_ACTION_ID, value: String(thread.id), text: { type: "plain_text", text: translator.t(locale, "slack-button-answer") } }],
        },
      ],
    };
    const existing =
      thread.slackChannel && thread.slackTs
        ? { channel: thread.slackChannel, ts: thread.slackTs }
        : thread.signup?.slackChannel && thread.signup.slackTs
          ? { channel: thread.signup.slackChannel, ts: thread.signup.slackTs }
          : null;
    if (existing) {
      try {
        const ref = await post(notification, existing.channel, rendered, { thread_ts: existing.ts, reply_broadcast: true });
        if (!thread.slackTs) await prisma.relayThread.updateMany({ where: { id: thread.id }, data: { slackChannel: existing.channel, slackTs: existing.ts } });
        await rememberRelayPost(message.id, ref);
        return ref;
      } catch (error) {
        const code = slackErrorCode(error);
        if (code === undefined || !(THREAD_ERRORS.has(code) || CHANNEL_ERRORS.has(code))) throw error;
        logger.warn({ notificationId: notification.id, error: `slack:${code}` }, "conversation thread not reachable; starting a new one");
      }
    }
    const channel = thread.organisation?.slackChannel ?? networkChannel;
    const ref = await post(notification, channel, rendered);
    // The new message is the conversation's thread from now on: replies there go to the resident.
    const posted = parseSlackRef(ref);
    if (posted) await prisma.relayThread.updateMany({ where: { id: thread.id }, data: { slackChannel: posted.channel, slackTs: posted.ts } });
    await rememberRelayPost(message.id, ref);
    return ref;
  }

  /**
   * Where the bot posted a resident's words, so that erasing the resident can replace them there
   * (RelayMessage.slackChannel/slackPostTs). If the resident erased their data while the message
   * was on its way, the row is gone already and nobody will come back for the post: it is
   * replaced at once.
   */
  async function rememberRelayPost(relayMessageId: number, ref: string): Promise<void> {
    const posted = parseSlackRef(ref);
    if (!posted) return;
    const { count } = await prisma.relayMessage.updateMany({ where: { id: relayMessageId }, data: { slackChannel: posted.channel, slackPostTs: posted.ts } });
    if (count === 0) await redactMessage(posted.channel, posted.ts);
  }

  /**
   * Replaces a message the bot posted by the note that the person deleted their data. Without
   * blocks (an empty list removes the old ones; left out, Slack would keep them). A message that
   * is gone already, or a channel the bot left, has nothing left to redact.
   */
  async function redactMessage(channel: string, ts: string): Promise<boolean> {
    try {
      await client.chat.update({ channel, ts, text: translator.t(locale, "slack-message-redacted"), blocks: [] });
      return true;
    } catch (error) {
      const code = slackErrorCode(error);
      if (code !== "message_not_found" && code !== "cant_update_message" && !(code && CHANNEL_ERRORS.has(code))) throw error;
      logger.warn({ error: `slack:${code}` }, "message to redact not updatable");
      return false;
    }
  }

  /** An offer as the freshness messages show it, with what its renderers check; null if it is gone. */
  async function loadFreshnessOffer(opportunityId: number) {
    const offer = await prisma.opportunity.findUnique({
      where: { id: opportunityId },
      select: {
        id: true,
        slug: true,
        title: true,
        confirmedAt: true,
        freshnessAskedAt: true,
        staleSince: true,
        pausedAt: true,
        organisation: { select: { id: true, name: true, slackChannel: true } },
      },
    });
    if (!offer) return null;
    const view: FreshnessOfferView = { id: offer.id, slug: offer.slug, title: offer.title, organisationName: offer.organisation.name, confirmedAt: offer.confirmedAt };
    return { ...offer, view };
  }

  const freshnessTexts = {
    t: (key: string, args?: Record<string, string>) => translator.t(locale, key, args),
    locale,
    timeZone: calendar.timeZone ?? DEFAULT_TIME_ZONE,
  };

  return senderFromRenderers(
    "slack",
    {
      async "signup-created"(notification) {
        const loaded = await load(notification.payload.signupId);
        const ref = await postForOrganisation(notification, loaded, (notice) =>
          buildSignupMessage(loaded.view, { translator, locale, ...(notice ? { notice } : {}) }),
        );
        // The signup remembers its message, so later notifications update it and reply in its thread.
        const posted = parseSlackRef(ref);
        if (posted) await rememberSignupMessage({ prisma, signupId: loaded.view.signupId, message: posted });
        return { ref };
      },

      async "signup-withdrawn"(notification) {
        return withdrawal(notification, { reply: "slack-withdrawn-reply", message: "slack-withdrawn-message" });
      },

      async "signup-consent-withdrawn"(notification) {
        // The same re-render: the signup is anonymised now, so the message shows no name, contact or message.
        return withdrawal(notification, { reply: "slack-consent-withdrawn-reply", message: "slack-consent-withdrawn-message" });
      },

      async "signup-anonymised"(notification) {
        const loaded = await load(notification.payload.signupId);
        const original = loaded.slackMessage;
        // Never posted: the message, if it ever is, renders without the person anyway.
        if (!original) return { ref: null };
        try {
          await client.chat.update({ channel: original.channel, ts: original.ts, ...buildSignupMessage(loaded.view, { translator, locale }) });
        } catch (error) {
          const code = slackErrorCode(error);
          if (code !== "message_not_found" && code !== "cant_update_message" && !(code && CHANNEL_ERRORS.has(code))) throw error;
          logger.warn({ notificationId: notification.id, error: `slack:${code}` }, "original signup message not updatable");
          return { ref: null };
        }
        return { ref: formatSlackRef(original.channel, original.ts) };
      },

      async "slack-message-redacted"(notification) {
        const { channel, ts } = notification.payload;
        return { ref: (await redactMessage(channel, ts)) ? formatSlackRef(channel, ts) : null };
      },

      async "signup-reminder"(notification) {
        const loaded = await load(notification.payload.signupId);
        // A coordinator acted (or the resident withdrew) after it was queued: nothing to remind of.
        if (loaded.view.status !== "new") return { ref: null };
        // In the thread; the mentions notify the coordinators.
        return { ref: await postInSignupThread(notification, loaded, await reminderMessage(loaded)) };
      },

      async "signup-kept"(notification) {
        const loaded = await load(notification.payload.signupId);
        if (loaded.view.status !== "new") return { ref: null };
        const coordinators = await coordinatorMentions(loaded.organisation.id);
        const text = translator.t(locale, "slack-signup-kept", { id: String(loaded.view.signupId), title: escapeMrkdwn(loaded.view.opportunity.title), coordinators });
        return { ref: await postInSignupThread(notification, loaded, { text, blocks: [{ type: "section", text: { type: "mrkdwn", text: `:hourglass: ${text}` } }] }, true) };
      },

      async "check-in-answered"(notification) {
        const checkIn = await prisma.checkIn.findUnique({ where: { id: notification.payload.checkInId } });
        if (!checkIn?.answer) return { ref: null };
        const loaded = await load(notification.payload.signupId);
        const text = translator.t(locale, "slack-check-in-answered", {
          id: String(loaded.view.signupId),
          question: translator.t(locale, `slack-check-in-question-${checkIn.kind}`),
          answer: translator.t(locale, `slack-check-in-answer-${checkIn.answer}`),
        });
        return { ref: await postInSignupThread(notification, loaded, { text, blocks: [{ type: "section", text: { type: "mrkdwn", text: `:speech_balloon: ${text}` } }] }) };
      },

      async "resident-question"(notification) {
        return { ref: await postResidentQuestion(notification) };
      },

      async "signup-escalated"(notification) {
        const loaded = await load(notification.payload.signupId);
        if (loaded.view.status !== "new") return { ref: null };
        // Ids, titles and the channel only: the network channel gets no resident data.
        const text = translator.t(locale, "slack-escalated-notice", {
          id: String(loaded.view.signupId),
          title: escapeMrkdwn(loaded.view.opportunity.title),
          organisation: escapeMrkdwn(loaded.organisation.name),
          days: waitingDays(loaded),
          channel: `<#${loaded.slackMessage?.channel ?? loaded.organisation.slackChannel ?? networkChannel}>`,
        });
        const ref = await post(notification, networkChannel, { text, blocks: [{ type: "section", text: { type: "mrkdwn", text: `:rotating_light: ${text}` } }] });
        return { ref };
      },

      async "certificate-recheck-due"(notification) {
        const loaded = await load(notification.payload.signupId);
        const certificate = loaded.view.certificate;
        // Declined, withdrawn or no longer requiring it since it was queued: nothing to renew.
        if (loaded.view.status !== "accepted" || !certificate?.issuedAt) return { ref: null };
        const coordinators = await coordinatorMentions(loaded.organisation.id);
        const args = {
          id: String(loaded.view.signupId),
          title: escapeMrkdwn(loaded.view.opportunity.title),
          organisation: escapeMrkdwn(loaded.organisation.name),
          issued: formatCalendarDate(certificate.issuedAt, locale),
          due: formatCalendarDate(certificateRecheckDueAt(certificate.issuedAt), locale),
        };
        // In the thread, where the "Führungszeugnis erneuern" button is; the mentions notify the coordinators.
        const text = coordinators
          ? translator.t(locale, "slack-certificate-recheck-due", { ...args, coordinators })
          : translator.t(locale, "slack-certificate-recheck-due-no-coordinator", args);
        return { ref: await postInSignupThread(notification, loaded, { text, blocks: [{ type: "section", text: { type: "mrkdwn", text: `:page_facing_up: ${text}` } }] }) };
      },

      async "opportunity-confirm-asked"(notification) {
        const offer = await loadFreshnessOffer(notification.payload.opportunityId);
        // Confirmed or paused since it was queued (or deleted): there is nothing to ask any more.
        if (!offer || offer.freshnessAskedAt === null || offer.pausedAt !== null) return { ref: null };
        const askedAt = offer.freshnessAskedAt;
        const coordinators = await coordinatorMentions(offer.organisation.id);
        const deadline = staleAfter(askedAt, freshnessSettings);
        const ref = await postForOrganisation(notification, offer, (notice) =>
          buildFreshnessQuestion(offer.view, { ...freshnessTexts, coordinators, deadline, ...(notice ? { notice } : {}) }),
        );
        return { ref };
      },

      async "opportunity-stale"(notification) {
        const offer = await loadFreshnessOffer(notification.payload.opportunityId);
        // Confirmed since it turned stale: the network need not hear of it any more.
        if (!offer || offer.staleSince === null || offer.freshnessAskedAt === null) return { ref: null };
        // Offer data only: the network channel gets no resident data.
        const message = buildStaleNotice(offer.view, { ...freshnessTexts, askedAt: offer.freshnessAskedAt, channel: `<#${offer.organisation.slackChannel ?? networkChannel}>` });
        return { ref: await post(notification, networkChannel, message) };
      },

      async "notification-parked"(notification) {
        const parked = await prisma.notification.findUnique({ where: { id: notification.payload.notificationId } });
        // Retried and delivered meanwhile (npm run outbox -- retry): nothing to report any more.
        if (!parked || parked.status !== "parked") return { ref: null };
        const signupId = signupIdOf(parked.payload);
        const text = translator.t(locale, "slack-parked-notice", {
          id: String(parked.id),
          kind: parked.kind,
          subject: signupId === null ? translator.t(locale, "slack-parked-subject-none") : translator.t(locale, "slack-parked-subject-signup", { signupId: String(signupId) }),
          error: parked.lastError ?? "unknown",
        });
        const ref = await post(notification, networkChannel, { text, blocks: [{ type: "section", text: { type: "mrkdwn", text: `:warning: ${escapeMrkdwn(text)}` } }] });
        return { ref };
      },
    },
    toDeliveryError,
  );
}

/** Free text as a Slack quote block, its mrkdwn neutralised. */
function quote(text: string): string {
  return escapeMrkdwn(text)
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

function clientFrom(options: SlackNotifierOptions): WebClient {
  if (!options.token) throw new Error("createSlackNotifier needs a client or a token");
  return createSlackWebClient({
    token: options.token,
    logger: options.logger,
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    ...(options.requestTimeoutMs ? { timeoutMs: options.requestTimeoutMs } : {}),
  });
}

/** The notification id in a message's marker (see NOTIFICATION_MARKER_EVENT), if it has one. */
function markerOf(message: { metadata?: { event_type?: string; event_payload?: unknown } }): number | undefined {
  if (message.metadata?.event_type !== NOTIFICATION_MARKER_EVENT) return undefined;
  const id = (message.metadata.event_payload as { notification_id?: unknown } | undefined)?.notification_id;
  return typeof id === "number" ? id : undefined;
}

/** The signup a parked row was about, for the notice; ids only. */
function signupIdOf(payload: string): number | null {
  try {
    const parsed = z.object({ signupId: z.number().int().positive() }).safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data.signupId : null;
  } catch {
    // A malformed payload is what parked it; the notice simply names no signup.
    return null;
  }
}

function slackErrorCode(error: unknown): string | undefined {
  if (isCoded(error) && error.code === ErrorCode.PlatformError) {
    const data = (error as { data?: { error?: unknown } }).data;
    return typeof data?.error === "string" ? data.error : "unknown";
  }
  return undefined;
}

function isCoded(error: unknown): error is { code: unknown } {
  return typeof error === "object" && error !== null && "code" in error;
}

/** Slack's errors in the outbox's terms; codes only, never the request (it holds names and messages). */
function toDeliveryError(error: unknown): unknown {
  if (error instanceof DeliveryError || !isCoded(error)) return error;
  switch (error.code) {
    case ErrorCode.PlatformError: {
      const code = slackErrorCode(error) ?? "unknown";
      return new DeliveryError(`slack:${code}`, { permanent: REQUEST_ERRORS.has(code) });
    }
    case ErrorCode.RateLimitedError: {
      const seconds = (error as { retryAfter?: unknown }).retryAfter;
      return new DeliveryError("slack:rate_limited", { retryAfterMs: (typeof seconds === "number" && seconds > 0 ? seconds : 30) * 1000 });
    }
    case ErrorCode.HTTPError:
      return new DeliveryError(`slack:http_${String((error as { statusCode?: unknown }).statusCode ?? "error")}`);
    case ErrorCode.RequestError:
      return new DeliveryError("slack:request_error");
    default:
      return error;
  }
}
