/**
 * A simulated Telegram user talking to the bot through a FakeBotApi.
 *
 * Every action (send, tap) returns only after the bot has handled the
 * resulting update, so tests read the transcript right after awaiting an
 * action, without sleeps. Reactions the bot does not await in its middleware
 * (fire-and-forget calls, pushes triggered from elsewhere) are not covered by
 * that; use `waitForReply` for them.
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup, MessageEntity, Update, User } from "grammy/types";
import type { CallbackQueryRecord, ChatEvent, FakeBotApi, TranscriptMessage } from "./fake-bot-api";

export interface TestUserProfile {
  id: number;
  firstName: string;
  lastName?: string;
  username?: string;
  languageCode?: string;
}

/** Exact button text, a RegExp, or a predicate over the button. */
export type ButtonMatcher = string | RegExp | ((button: InlineKeyboardButton) => boolean);

export interface CallbackAnswer {
  callback_query_id: string;
  /** The callback_data of the tapped button. */
  data: string;
  text?: string;
  show_alert?: boolean;
  url?: string;
}

export interface ActionOptions {
  /** Overrides the FakeBotApi's settle timeout for this action. */
  timeoutMs?: number;
}

export class TestUser {
  readonly id: number;
  /** Private chat id; equals the user id on Telegram. */
  readonly chatId: number;
  readonly user: User;

  constructor(
    private readonly api: FakeBotApi,
    profile: TestUserProfile,
  ) {
    this.id = profile.id;
    this.chatId = profile.id;
    this.user = {
      id: profile.id,
      is_bot: false,
      first_name: profile.firstName,
      ...(profile.lastName === undefined ? {} : { last_name: profile.lastName }),
      ...(profile.username === undefined ? {} : { username: profile.username }),
      ...(profile.languageCode === undefined ? {} : { language_code: profile.languageCode }),
    };
    api.registerPrivateChat(this.user);
  }

  // ------------------------------------------------------------- actions

  /** Types a message and waits until the bot has handled it. */
  async send(text: string, options: ActionOptions = {}): Promise<Update> {
    return this.api.dispatchUpdate(this.messageBody(text), {
      description: `message ${JSON.stringify(text)} from user ${this.id}`,
      ...options,
    });
  }

  /**
   * Taps an inline button of the last bot message that has an inline keyboard
   * (or of `messageId`) and waits until the bot has handled the callback query.
   * A string matches the exact button text, or else a unique substring.
   */
  async tap(matcher: ButtonMatcher, options: ActionOptions & { messageId?: number } = {}): Promise<Update> {
    const message = this.keyboardMessage(options.messageId);
    const button = findButton(message, matcher);
    if (!("callback_data" in button)) {
      throw new Error(
        `Button ${JSON.stringify(button.text)} in message ${message.message_id} is not a callback button ` +
          `(${JSON.stringify(button)}); it cannot be tapped.`,
      );
    }
    return this.api.dispatchUpdate(this.api.createCallbackQuery(this.chatId, message.message_id, button.callback_data), {
      description: `tap on ${JSON.stringify(button.text)} (data ${JSON.stringify(button.callback_data)}) by user ${this.id}`,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
  }

  /**
   * Sends a callback query with arbitrary data, as from an outdated or forged
   * button, on `messageId` or else the last keyboard message (or last bot message).
   */
  async tapData(callbackData: string, messageId?: number, options: ActionOptions = {}): Promise<Update> {
    const target = messageId ?? this.lastKeyboardMessage()?.message_id ?? this.lastReply().message_id;
    return this.api.dispatchUpdate(this.api.createCallbackQuery(this.chatId, target, callbackData), {
      description: `callback data ${JSON.stringify(callbackData)} on message ${target} from user ${this.id}`,
      ...options,
    });
  }

  /** Records the user's message and returns the update without delivering it (for deliverToWebhook). */
  messageUpdate(text: string): Update {
    return this.api.allocateUpdate(this.messageBody(text));
  }

  /** Creates a callback query update without delivering it (for deliverToWebhook). */
  callbackUpdate(callbackData: string, messageId?: number): Update {
    const target = messageId ?? this.lastKeyboardMessage()?.message_id ?? this.lastReply().message_id;
    return this.api.allocateUpdate(this.api.createCallbackQuery(this.chatId, target, callbackData));
  }

  /** From now on the bot gets "403 Forbidden: bot was blocked by the user" for this chat. */
  blockBot(): void {
    this.api.setBlocked(this.chatId, true);
  }

  unblockBot(): void {
    this.api.setBlocked(this.chatId, false);
  }

  // ----------------------------------------------------------- transcript

  /** Both sides of the conversation, deleted messages included (flagged). */
  get transcript(): TranscriptMessage[] {
    return this.api.transcript(this.chatId);
  }

  /** The bot's messages still visible in the chat, in order, as currently shown (edits applied). */
  get replies(): TranscriptMessage[] {
    return this.transcript.filter((message) => message.from === "bot" && !message.deleted);
  }

  lastReply(): TranscriptMessage {
    const last = this.replies.at(-1);
    if (!last) throw new Error(`The bot has not sent any (undeleted) message to user ${this.id}. ${this.describeChat()}`);
    return last;
  }

  /** Everything that happened in the chat: messages, taps, edits, deletions, answers, chat actions. */
  get events(): readonly ChatEvent[] {
    return this.api.chatEvents(this.chatId);
  }

  /** A position in the chat's event list, for `repliesSince`. */
  mark(): number {
    return this.events.length;
  }

  /** Bot messages sent or edited after `mark`, in their current state and message order. */
  repliesSince(mark: number): TranscriptMessage[] {
    const touched = new Set<number>();
    for (const event of this.events.slice(mark)) {
      if (event.kind === "bot_sent" || event.kind === "bot_edited") touched.add(event.message_id);
    }
    return this.replies.filter((message) => touched.has(message.message_id));
  }

  /** Texts of the inline buttons of the last keyboard message (or of `messageId`), row by row flattened. */
  buttons(messageId?: number): string[] {
    return this.buttonRows(messageId).flat();
  }

  buttonRows(messageId?: number): string[][] {
    const message = messageId === undefined ? this.lastKeyboardMessage() : this.visibleMessage(messageId);
    return inlineKeyboard(message)?.map((row) => row.map((button) => button.text)) ?? [];
  }

  /** answerCallbackQuery results for this user's taps, in the order of the taps. */
  get callbackAnswers(): CallbackAnswer[] {
    return this.api
      .callbackQueriesOf(this.chatId)
      .filter((query) => query.answered)
      .map((query) => ({ callback_query_id: query.callback_query_id, data: query.data, ...query.answer }));
  }

  /** Taps the bot never answered; the user's client would show a spinner on those buttons. */
  get unansweredCallbackQueries(): CallbackQueryRecord[] {
    return this.api.callbackQueriesOf(this.chatId).filter((query) => !query.answered);
  }

  /**
   * Waits for a bot message sent or edited after `since` (default: now) that
   * matches; for reactions not triggered by this user's own action.
   */
  waitForReply(
    options: { since?: number; matching?: (message: TranscriptMessage) => boolean; timeoutMs?: number } = {},
  ): Promise<TranscriptMessage> {
    const since = options.since ?? this.mark();
    const matching = options.matching ?? (() => true);
    return this.api.waitUntil(
      () => this.repliesSince(since).find(matching),
      `a bot message to user ${this.id} after chat event #${since}`,
      options.timeoutMs,
    );
  }

  // ------------------------------------------------------------- private

  private messageBody(text: string): Omit<Update, "update_id"> {
    const entities: MessageEntity[] = [];
    if (text.startsWith("/")) {
      const command = /^\/\S+/.exec(text)?.[0] ?? "/";
      entities.push({ type: "bot_command", offset: 0, length: command.length });
    }
    return { message: this.api.addUserMessage(this.chatId, text, entities) as NonNullable<Update["message"]> };
  }

  private lastKeyboardMessage(): TranscriptMessage | undefined {
    return this.replies.findLast((message) => inlineKeyboard(message) !== undefined);
  }

  private keyboardMessage(messageId: number | undefined): TranscriptMessage {
    if (messageId !== undefined) return this.visibleMessage(messageId);
    const message = this.lastKeyboardMessage();
    if (!message) throw new Error(`No bot message to user ${this.id} has an inline keyboard. ${this.describeChat()}`);
    return message;
  }

  private visibleMessage(messageId: number): TranscriptMessage {
    const message = this.replies.find((candidate) => candidate.message_id === messageId);
    if (!message) throw new Error(`User ${this.id} sees no bot message ${messageId}. ${this.describeChat()}`);
    return message;
  }

  private describeChat(): string {
    const lines = this.transcript.map(
      (message) =>
        `  #${message.message_id} ${message.from}${message.deleted ? " (deleted)" : ""}: ${JSON.stringify(message.text)}` +
        (inlineKeyboard(message) ? ` [${inlineKeyboard(message)?.flat().map((b) => b.text).join(" | ")}]` : ""),
    );
    return lines.length === 0 ? "The chat is empty." : `Chat so far:\n${lines.join("\n")}`;
  }
}

function inlineKeyboard(message: TranscriptMessage | undefined): InlineKeyboardButton[][] | undefined {
  const markup = message?.reply_markup;
  return markup && "inline_keyboard" in markup ? (markup as InlineKeyboardMarkup).inline_keyboard : undefined;
}

function findButton(message: TranscriptMessage, matcher: ButtonMatcher): InlineKeyboardButton {
  const all = inlineKeyboard(message)?.flat() ?? [];
  let candidates: InlineKeyboardButton[];
  if (typeof matcher === "string") {
    candidates = all.filter((button) => button.text === matcher);
    if (candidates.length === 0) candidates = all.filter((button) => button.text.includes(matcher));
  } else if (matcher instanceof RegExp) {
    candidates = all.filter((button) => {
      matcher.lastIndex = 0; // a /g or /y RegExp would otherwise remember the previous match
      return matcher.test(button.text);
    });
  } else {
    candidates = all.filter(matcher);
  }
  const available = all.map((button) => JSON.stringify(button.text)).join(", ") || "(none)";
  const describe = typeof matcher === "function" ? "the predicate" : String(matcher instanceof RegExp ? matcher : JSON.stringify(matcher));
  if (candidates.length === 0) {
    throw new Error(`No button matches ${describe} in message ${message.message_id}. Available buttons: ${available}`);
  }
  if (candidates.length > 1) {
    throw new Error(
      `${candidates.length} buttons match ${describe} in message ${message.message_id}: ` +
        `${candidates.map((button) => JSON.stringify(button.text)).join(", ")}. Available buttons: ${available}`,
    );
  }
  return candidates[0] as InlineKeyboardButton;
}
