// The outbox's Telegram sender: one renderer per notification kind addressed to residents.
// Rendered at delivery from the database, in the resident's language. Buttons under these
// messages start flows (">signup|o12", see callback-data.ts), because the chat may be anywhere
// by the time the message arrives.
import { GrammyError, InlineKeyboard, type Api } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { PrismaClient } from "../../generated/prisma/client";
import { CHECK_IN_ANSWERS, isCheckInKind } from "../../domain/check-ins";
import { botLocaleOrDefault, type BotLocale } from "../../domain/vocabulary";
import type { Translator } from "../../i18n/translator";
import { offerValue, OFFERS_PER_PAGE } from "../../conversation/actions/recommendation-actions";
import { signupValue } from "../../conversation/actions/signup-actions";
import { checkInValue, threadValue } from "../../conversation/actions/follow-up-actions";
import { buttonText, localizedTitle } from "../../conversation/present";
import { recommendOpportunities } from "../../services/opportunity/recommend-opportunities";
import { DeliveryError, senderFromRenderers, type DeliveryResult, type NotificationSender } from "../../services/notification/senders";
import { encodeEntry } from "./callback-data";

type Resident = NonNullable<Awaited<ReturnType<PrismaClient["resident"]["findUnique"]>>>;

/**
 * A sendMessage that timed out may have reached the resident; Telegram offers no way to look,
 * so the outbox retries it and the resident may, rarely, read the same status twice. Losing a
 * status message ("accepted") would be worse than reading it twice.
 */
export function createTelegramNotifier(options: { api: Api; prisma: PrismaClient; translator: Translator; now?: () => Date }): NotificationSender {
  const { api, prisma, translator } = options;
  const now = options.now ?? (() => new Date());

  /** The resident to write to, or null: erased meanwhile, or a console resident (nothing to retry). */
  async function telegramResident(residentId: number): Promise<{ resident: Resident; locale: BotLocale } | null> {
    const resident = await prisma.resident.findUnique({ where: { id: residentId } });
    if (!resident || resident.channel !== "telegram") return null;
    return { resident, locale: botLocaleOrDefault(resident.locale) };
  }

  /** The resident's signup with what the messages name; null if it is no longer theirs. */
  async function residentSignup(signupId: number, residentId: number, locale: BotLocale) {
    const signup = await prisma.signup.findUnique({
      where: { id: signupId },
      include: { opportunity: { include: { organisation: true, translations: { where: { locale } } } } },
    });
    return signup && signup.residentId === residentId ? signup : null;
  }

  async function send(resident: Resident, text: string, rows: InlineKeyboardButton[][]): Promise<DeliveryResult> {
    const message = await api.sendMessage(resident.channelUserId, text, rows.length > 0 ? { reply_markup: InlineKeyboard.from(rows) } : {});
    return { ref: `${message.chat.id}:${message.message_id}` };
  }

  const button = (locale: BotLocale, key: string, flowId: string, values: string[]): InlineKeyboardButton =>
    InlineKeyboard.text(translator.t(locale, key), encodeEntry(flowId, values));
  const askButton = (locale: BotLocale, signupId: number) => [button(locale, "notify-button-ask", "question", [signupValue(signupId)])];

  /** Up to three other offers for the resident, one button each (its title), best first. */
  async function alternatives(residentId: number, locale: BotLocale): Promise<InlineKeyboardButton[][]> {
    const page = await recommendOpportunities({ prisma, residentId, now: now(), offset: 0, count: OFFERS_PER_PAGE, locale });
    return page.items.map((item) => [
      InlineKeyboard.text(buttonText(localizedTitle(item.opportunity, locale)), encodeEntry("signup", [offerValue(item.opportunity.id)])),
    ]);
  }

  /** The organisation's contact as it published it (network file), one line each. */
  function contactLines(locale: BotLocale, organisation: { address: string; contactName: string | null; contactPhone: string | null; contactEmail: string | null; website: string | null }): string[] {
    const lines: Array<[string, string | null]> = [
      ["notify-contact-person", organisation.contactName],
      ["notify-contact-phone", organisation.contactPhone],
      ["notify-contact-email", organisation.contactEmail],
      ["notify-contact-address", organisation.address],
      ["notify-contact-website", organisation.website],
    ];
    return lines.filter(([, value]) => value).map(([key, value]) => translator.t(locale, key, { value: value! }));
  }

  return senderFromRenderers(
    "telegram",
    {
      async "signup-status-changed"({ payload }) {
        const found = await telegramResident(payload.residentId);
        if (!found) return { ref: null };
        const { resident, locale } = found;
        const signup = await residentSignup(payload.signupId, resident.id, locale);
        if (!signup) return { ref: null };
        const { organisation } = signup.opportunity;
        const args = { title: localizedTitle(signup.opportunity, locale), organisation: organisation.name };
        const parts = [translator.t(locale, `notify-signup-${payload.status}`, args)];
        const rows: InlineKeyboardButton[][] = [];
        if (payload.status === "accepted") {
          parts.push([translator.t(locale, "notify-contact-heading", { organisation: organisation.name }), ...contactLines(locale, organisation)].join("\n"));
        }
        if (payload.status === "declined") {
          // The reason as the coordinator wrote it (German, most likely), framed in the resident's language.
          const event = await prisma.signupStatusEvent.findFirst({
            where: { signupId: signup.id, toStatus: "declined" },
            orderBy: { id: "desc" },
            select: { reason: true },
          });
          if (event?.reason) parts.push(translator.t(locale, "notify-decline-reason", { reason: event.reason }));
          const offers = await alternatives(resident.id, locale);
          parts.push(translator.t(locale, offers.length > 0 ? "notify-alternatives" : "notify-alternatives-none"));
          rows.push(...offers);
        }
        if (payload.status !== "declined" && payload.status !== "withdrawn") rows.push(askButton(locale, signup.id));
        return send(resident, parts.join("\n\n"), rows);
      },

      async "signup-released"({ payload }) {
        const found = await telegramResident(payload.residentId);
        if (!found) return { ref: null };
        const { resident, locale } = found;
        const signup = await residentSignup(payload.signupId, resident.id, locale);
        // Answered or withdrawn since it was queued: the notice would be wrong now.
        if (!signup || signup.status !== "new") return { ref: null };
        const args = { title: localizedTitle(signup.opportunity, locale), organisation: signup.opportunity.organisation.name };
        const offers = await alternatives(resident.id, locale);
        const parts = [translator.t(locale, "notify-signup-released", args)];
        if (offers.length > 0) parts.push(translator.t(locale, "notify-alternatives"));
        const rows = [
          [button(locale, "notify-button-keep", "signup-waiting", [signupValue(signup.id), "keep"])],
          [button(locale, "notify-button-withdraw", "signup-waiting", [signupValue(signup.id), "withdraw"])],
          ...offers,
        ];
        return send(resident, parts.join("\n\n"), rows);
      },

      async "check-in"({ payload }) {
        const found = await telegramResident(payload.residentId);
        if (!found) return { ref: null };
        const { resident, locale } = found;
        const checkIn = await prisma.checkIn.findUnique({ where: { id: payload.checkInId } });
        if (!checkIn || !isCheckInKind(checkIn.kind) || checkIn.answer !== null) return { ref: null };
        const signup = await residentSignup(checkIn.signupId, resident.id, locale);
        if (!signup || signup.status !== "accepted") return { ref: null };
        const args = { title: localizedTitle(signup.opportunity, locale), organisation: signup.opportunity.organisation.name };
        const rows = CHECK_IN_ANSWERS[checkIn.kind].map((answer) => [
          InlineKeyboard.text(translator.t(locale, `check-in-answer-${answer}`), encodeEntry("check-in", [checkInValue(checkIn.id), answer])),
        ]);
        return send(resident, translator.t(locale, `notify-check-in-${checkIn.kind}`, args), [...rows, askButton(locale, signup.id)]);
      },

      async "team-answer"({ payload }) {
        const found = await telegramResident(payload.residentId);
        if (!found) return { ref: null };
        const { resident, locale } = found;
        const message = await prisma.relayMessage.findUnique({ where: { id: payload.relayMessageId }, include: { thread: { include: { organisation: true } } } });
        if (!message || message.thread.residentId !== resident.id) return { ref: null };
        const { organisation } = message.thread;
        const text = organisation
          ? translator.t(locale, "notify-team-answer", { organisation: organisation.name, message: message.text })
          : translator.t(locale, "notify-team-answer-network", { message: message.text });
        return send(resident, text, [[button(locale, "notify-button-reply", "question", [threadValue(message.thread.id)])]]);
      },

      async "broadcast-message"({ payload }) {
        const found = await telegramResident(payload.residentId);
        if (!found) return { ref: null };
        const { resident, locale } = found;
        const broadcast = await prisma.broadcast.findUnique({
          where: { id: payload.broadcastId },
          include: { opportunity: { include: { organisation: true, translations: { where: { locale } } } } },
        });
        // Deleted meanwhile (with its offer, or by retention after months): nothing left to say.
        if (!broadcast) return { ref: null };
        // The coordinator's text as written (German, most likely), framed in the resident's language.
        const text = translator.t(locale, "notify-broadcast", {
          title: localizedTitle(broadcast.opportunity, locale),
          organisation: broadcast.opportunity.organisation.name,
          message: broadcast.text,
        });
        return send(resident, text, []);
      },
    },
    toDeliveryError,
  );
}

function toDeliveryError(error: unknown): unknown {
  // Network trouble (grammY's HttpError, a timeout) and database errors keep their name for lastError.
  if (!(error instanceof GrammyError)) return error;
  // 403: the resident blocked the bot; 400: chat gone. Retrying cannot help.
  if (error.error_code === 403 || error.error_code === 400) return new DeliveryError(`telegram:${error.error_code}`, { permanent: true, cause: error });
  if (error.error_code === 429) return new DeliveryError("telegram:429", { retryAfterMs: (error.parameters.retry_after ?? 30) * 1000, cause: error });
  return new DeliveryError(`telegram:${error.error_code}`, { cause: error });
}
