// Simulated residents for the end-to-end bench: each sends its updates one after the other, the
// next only when the bot has finished with the last one (as a person reads the answer before
// tapping), through a Telegram "transport": long polling (the fake Bot API queues the update and
// hands it out with getUpdates) or a webhook (the update is POSTed to the bot, as Telegram does,
// over up to 40 kept-alive connections, Telegram's default max_connections).
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";
import type { InlineKeyboardButton } from "grammy/types";
import type { Update } from "grammy/types";
import type { FakeBotApi, TranscriptMessage, UpdateBody } from "../../test/support/telegram";
import type { Translator } from "../../src/i18n/translator";
import { INTEREST_KEYS, type InterestKey } from "../../src/domain/vocabulary";
import { WEBHOOK_SECRET } from "./e2e-protocol";

/** How an update reaches the bot; resolves once the bot reported it done with it. */
export interface Transport {
  deliver(body: UpdateBody): Promise<Update>;
}

const SETTLE_TIMEOUT_MS = 60_000;

export function pollingTransport(telegram: FakeBotApi): Transport {
  return {
    async deliver(body) {
      const update = telegram.enqueueUpdate(body);
      await telegram.waitForHandled(update.update_id, { timeoutMs: SETTLE_TIMEOUT_MS });
      return update;
    },
  };
}

export function webhookTransport(telegram: FakeBotApi, webhookUrl: string, onPosted: (update: Update) => void): Transport & { close(): void } {
  const agent = new Agent({ keepAlive: true, maxSockets: 40 });
  const post = (update: Update) =>
    new Promise<number>((resolve, reject) => {
      const json = JSON.stringify(update);
      const req = request(
        webhookUrl,
        {
          method: "POST",
          agent,
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(json), "x-telegram-bot-api-secret-token": WEBHOOK_SECRET },
        },
        (res) => {
          // Telegram carries out a webhook reply (the answer to a button press) as an API call.
          let body = "";
          res.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
          res.once("end", () => {
            if (res.statusCode === 200) telegram.executeWebhookReply(body);
            resolve(res.statusCode ?? 0);
          });
          res.once("error", reject);
        },
      );
      req.once("error", reject);
      req.end(json);
    });
  return {
    async deliver(body) {
      const update = telegram.allocateUpdate(body);
      onPosted(update);
      const status = await post(update);
      if (status !== 200) throw new Error(`webhook answered ${status} to update ${update.update_id}`);
      await telegram.waitUntil(() => (telegram.reportsFor(update.update_id) > 0 ? true : undefined), `update ${update.update_id} settled`, SETTLE_TIMEOUT_MS);
      return update;
    },
    close: () => agent.destroy(),
  };
}

/** A Telegram user as the bench drives it: types, taps buttons of the bot's last keyboard. */
export class SimResident {
  readonly chatId: number;
  readonly username: string;
  updates = 0;
  /** performance.now() when the last update was sent. */
  lastSentAt = 0;

  constructor(
    private readonly telegram: FakeBotApi,
    private readonly transport: Transport,
    readonly id: number,
  ) {
    this.chatId = id;
    this.username = `bench_${id}`;
    telegram.registerPrivateChat({ id, is_bot: false, first_name: `Bench${id}`, username: this.username, language_code: "de" });
  }

  async send(text: string): Promise<void> {
    const entities = text.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: /^\/\S+/.exec(text)![0].length }] : [];
    this.updates += 1;
    this.lastSentAt = performance.now();
    await this.transport.deliver({ message: this.telegram.addUserMessage(this.chatId, text, entities) as NonNullable<Update["message"]> });
  }

  /** Taps the button whose text is `label` (or ends in " label": "▫️ Kinder"), or matches the RegExp. */
  async tap(label: string | RegExp): Promise<void> {
    const message = this.keyboardMessage();
    const button = this.buttonsOf(message).find((candidate) =>
      typeof label === "string" ? candidate.text === label || candidate.text.endsWith(` ${label}`) : label.test(candidate.text),
    );
    if (!button || !("callback_data" in button) || button.callback_data === undefined) {
      throw new Error(`resident ${this.id}: no button ${String(label)} in "${message.text.slice(0, 80)}"; buttons: ${this.buttonsOf(message).map((b) => b.text).join(" | ")}`);
    }
    this.updates += 1;
    this.lastSentAt = performance.now();
    await this.transport.deliver(this.telegram.createCallbackQuery(this.chatId, message.message_id, button.callback_data));
  }

  /** A tap on the last bot message with callback data the bare bot does not look at. */
  async tapLast(data: string): Promise<void> {
    const last = this.telegram.transcript(this.chatId).findLast((message) => message.from === "bot" && !message.deleted);
    if (!last) throw new Error(`resident ${this.id}: no bot message to tap`);
    this.updates += 1;
    this.lastSentAt = performance.now();
    await this.transport.deliver(this.telegram.createCallbackQuery(this.chatId, last.message_id, data));
  }

  buttons(): string[] {
    const message = this.lastKeyboardMessage();
    return message ? this.buttonsOf(message).map((button) => button.text) : [];
  }

  lastText(): string {
    return this.telegram.transcript(this.chatId).findLast((message) => message.from === "bot" && !message.deleted)?.text ?? "";
  }

  private lastKeyboardMessage(): TranscriptMessage | undefined {
    return this.telegram.transcript(this.chatId).findLast((message) => message.from === "bot" && !message.deleted && this.buttonsOf(message).length > 0);
  }

  private keyboardMessage(): TranscriptMessage {
    const message = this.lastKeyboardMessage();
    if (!message) throw new Error(`resident ${this.id}: the bot sent no keyboard`);
    return message;
  }

  private buttonsOf(message: TranscriptMessage): InlineKeyboardButton[] {
    const markup = message.reply_markup;
    return markup && "inline_keyboard" in markup ? markup.inline_keyboard.flat() : [];
  }
}

export type JourneyOutcome = "signed-up" | "unavailable" | "no-offers";

/**
 * The whole journey of a new resident: /start → language → consent → interests, times, hours,
 * district, languages → the recommendations → an offer's details → sign up (requirements,
 * contact consent, a message, confirm). About twenty updates. Which offer depends on the
 * interests, which differ between residents, so the signups spread over the network.
 */
export async function residentJourney(resident: SimResident, translator: Translator, random: () => number): Promise<JourneyOutcome> {
  const t = (key: string) => translator.t("de", key);
  await resident.send("/start");
  await resident.tap(t("onboarding-language-suggest-yes"));
  await resident.tap(t("onboarding-privacy-agree"));
  const first = INTEREST_KEYS[Math.floor(random() * INTEREST_KEYS.length)] as InterestKey;
  const second = INTEREST_KEYS.filter((key) => key !== first)[Math.floor(random() * (INTEREST_KEYS.length - 1))] as InterestKey;
  await resident.tap(t(`interest-${first}`));
  await resident.tap(t(`interest-${second}`));
  await resident.tap(t("common-done"));
  await resident.tap(t("slot-flexible"));
  await resident.tap(t("common-done"));
  await resident.tap(t("hours-4"));
  await resident.tap(t("onboarding-district-any"));
  await resident.tap(t("language-de"));
  await resident.tap(t("common-done"));
  // One of the offers shown, so that the signups spread (the first is often one with few places).
  const offers = resident.buttons().filter((label) => /^\d+\. /.test(label));
  if (offers.length === 0) return "no-offers";
  await resident.tap(offers[Math.floor(random() * offers.length)]!);
  if (!resident.buttons().includes(t("signup-start"))) return "unavailable";
  await resident.tap(t("signup-start"));
  if (resident.buttons().includes(t("signup-requirements-ok"))) await resident.tap(t("signup-requirements-ok"));
  await resident.tap(t("signup-contact-consent-yes"));
  await resident.send("Ich freue mich darauf und kann nächste Woche anfangen.");
  await resident.tap(t("signup-confirm-yes"));
  const done = translator.t("de", "signup-done", { organisationName: "" }).split("\n")[0]!;
  return resident.lastText().startsWith(done) ? "signed-up" : "unavailable";
}

/** The ceiling's journey: as many updates as a resident's, a message first and then taps. */
export async function bareJourney(resident: SimResident, updates: number): Promise<void> {
  await resident.send("/start");
  for (let sent = 1; sent < updates; sent++) {
    if (sent % 8 === 0) await resident.send("Hallo");
    else await resident.tapLast("x");
  }
}
