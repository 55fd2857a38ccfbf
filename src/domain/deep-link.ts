// Deep links into the bot: https://t.me/<bot username>?start=<payload>. Telegram opens the chat
// and, when the resident taps Start (or at once, if they have talked to the bot before), sends
// "/start <payload>". The payload names an offer by its database id, not its slug, so a printed
// poster keeps working when the network manager renames the slug in the spreadsheet. It is the
// same "o<id>" the bot's offer buttons carry (src/conversation/actions/recommendation-actions.ts).
import { z } from "zod";

/** Telegram's start parameter: 1–64 characters of A-Z, a-z, 0-9, _ and -. */
export const START_PARAMETER = /^[A-Za-z0-9_-]{1,64}$/;

/** An offer's payload: "o" and the id, without leading zeros (one spelling per offer). */
const OFFER_PAYLOAD = /^o([1-9][0-9]{0,8})$/;

/**
 * A Telegram bot's username: 5–32 characters of letters, digits and underscores, starting with a
 * letter and ending in "bot" (BotFather enforces both). A leading "@", as people copy it from
 * Telegram, is dropped.
 */
export const botUsernameSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/^@/, ""))
  .pipe(
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]{4,31}$/, "must be the bot's username: 5–32 letters, digits or _ (as @BotFather shows it, e.g. lotse_saalberg_bot)")
      .refine((value) => value.toLowerCase().endsWith("bot"), "must end in \"bot\" (every Telegram bot's username does)"),
  );

export function isBotUsername(value: unknown): boolean {
  return botUsernameSchema.safeParse(value).success;
}

/** The start payload of an offer: "o12". */
export function offerPayload(opportunityId: number): string {
  if (!Number.isSafeInteger(opportunityId) || opportunityId < 1 || opportunityId > 999_999_999) {
    throw new RangeError(`not an opportunity id: ${opportunityId}`);
  }
  return `o${opportunityId}`;
}

const payloadSchema = z.string().regex(START_PARAMETER).regex(OFFER_PAYLOAD);

/**
 * The offer a start payload names, or null. Untrusted input (anyone can type "/start anything"
 * or edit a link): everything but the exact form offerPayload writes is null.
 */
export function parseOfferPayload(payload: unknown): number | null {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) return null;
  return Number(OFFER_PAYLOAD.exec(parsed.data)![1]);
}

/** The link a QR code carries: https://t.me/<bot>?start=o12. `botUsername` must be valid (botUsernameSchema). */
export function offerDeepLink(botUsername: string, opportunityId: number): string {
  return `https://t.me/${botUsernameSchema.parse(botUsername)}?start=${offerPayload(opportunityId)}`;
}

/** The same link as printed under a QR code, for typing by hand: t.me/<bot>?start=o12. */
export function offerShortLink(botUsername: string, opportunityId: number): string {
  return offerDeepLink(botUsername, opportunityId).replace(/^https:\/\//, "");
}
