// The outbox's Telegram sender: one renderer per notification kind addressed to residents.
// Rendered at delivery from the database, in the resident's language.
import { GrammyError, type Api } from "grammy";
import type { PrismaClient } from "../../generated/prisma/client";
import { botLocaleSchema, DEFAULT_LOCALE } from "../../domain/vocabulary";
import type { Translator } from "../../i18n/translator";
import { localizedTitle } from "../../conversation/present";
import { DeliveryError, senderFromRenderers, type NotificationSender } from "../../services/notification/senders";

/**
 * A sendMessage that timed out may have reached the resident; Telegram offers no way to look,
 * so the outbox retries it and the resident may, rarely, read the same status twice. Losing a
 * status message ("accepted") would be worse than reading it twice.
 */
export function createTelegramNotifier(options: { api: Api; prisma: PrismaClient; translator: Translator }): NotificationSender {
  const { api, prisma, translator } = options;
  return senderFromRenderers(
    "telegram",
    {
      async "signup-status-changed"({ payload }) {
        const resident = await prisma.resident.findUnique({ where: { id: payload.residentId } });
        // Erased in the meantime, or a console resident: nobody to tell, nothing to retry.
        if (!resident || resident.channel !== "telegram") return { ref: null };
        const locale = botLocaleSchema.catch(DEFAULT_LOCALE).parse(resident.locale);
        const signup = await prisma.signup.findUnique({
          where: { id: payload.signupId },
          include: { opportunity: { include: { organisation: true, translations: { where: { locale } } } } },
        });
        if (!signup || signup.residentId !== resident.id) return { ref: null };
        const text = translator.t(locale, `notify-signup-${payload.status}`, {
          title: localizedTitle(signup.opportunity, locale),
          organisation: signup.opportunity.organisation.name,
        });
        const message = await api.sendMessage(resident.channelUserId, text);
        return { ref: `${message.chat.id}:${message.message_id}` };
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
