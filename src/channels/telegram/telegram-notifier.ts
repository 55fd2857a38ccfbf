// The outbox's Telegram sender: tells a resident that a coordinator acted on their signup.
// Rendered at delivery from the database, in the resident's language.
import { GrammyError, type Api } from "grammy";
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { botLocaleSchema, DEFAULT_LOCALE } from "../../domain/vocabulary";
import type { Translator } from "../../i18n/translator";
import { localizedTitle } from "../../conversation/present";
import { DeliveryError, type TelegramSender } from "../../services/notification/senders";

const statusChangedSchema = z.object({ signupId: z.number().int().positive(), status: z.string() });

export function createTelegramNotifier(options: { api: Api; prisma: PrismaClient; translator: Translator }): TelegramSender {
  const { api, prisma, translator } = options;
  return {
    async deliver(notification) {
      if (notification.kind !== "signup-status-changed") throw new DeliveryError(`telegram:unknown-kind:${notification.kind}`, { permanent: true });
      const payload = statusChangedSchema.safeParse(notification.payload);
      if (!payload.success) throw new DeliveryError("telegram:bad-payload", { permanent: true });
      const signup = await prisma.signup.findUnique({
        where: { id: payload.data.signupId },
        include: { resident: true, opportunity: { include: { organisation: true } } },
      });
      // Erased in the meantime, or a console resident: nobody to tell, nothing to retry.
      if (!signup?.resident || signup.resident.channel !== "telegram") return { ref: null };
      const locale = botLocaleSchema.catch(DEFAULT_LOCALE).parse(signup.resident.locale);
      const text = translator.t(locale, `notify-signup-${payload.data.status}`, {
        title: localizedTitle(signup.opportunity, locale),
        organisation: signup.opportunity.organisation.name,
      });
      try {
        const message = await api.sendMessage(signup.resident.channelUserId, text);
        return { ref: `${message.chat.id}:${message.message_id}` };
      } catch (error) {
        // 403: the resident blocked the bot; 400: chat gone. Retrying cannot help.
        if (error instanceof GrammyError && (error.error_code === 403 || error.error_code === 400)) {
          throw new DeliveryError(`telegram:${error.error_code}`, { permanent: true, cause: error });
        }
        if (error instanceof GrammyError && error.error_code === 429) {
          throw new DeliveryError("telegram:429", { retryAfterMs: (error.parameters.retry_after ?? 30) * 1000, cause: error });
        }
        throw new DeliveryError("telegram:send-failed", { cause: error });
      }
    },
  };
}
