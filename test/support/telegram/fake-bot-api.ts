/**
 * A local HTTP server that speaks enough of the Telegram Bot API for the real
 * grammY code to run against it (grammY option `client: { apiRoot }`).
 *
 * It keeps the server-side state a Telegram client would see: an update queue
 * with getUpdates long polling and offset confirmation, per-chat transcripts
 * (user and bot messages, edits, deletions), callback queries and their
 * answers, webhook settings and bot commands. Where the real Bot API rejects a
 * request in a way that regularly bites bots (editing without a change, a
 * callback_data longer than 64 bytes, HTML that does not parse, answering a
 * callback query twice, writing to a chat that never talked to the bot, a
 * blocked bot) it rejects it here too, with the real error text, so that such
 * bugs surface in tests instead of in production.
 */
import { createServer, request as httpRequest } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { PollingOptions } from "grammy";
import type {
  BotCommand,
  Chat,
  ForceReply,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  MenuButton,
  Message,
  MessageEntity,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
  Update,
  User,
  UserFromGetMe,
  WebhookInfo,
} from "grammy/types";

export const FAKE_BOT_ID = 7000001;

/** Bot-API tokens are `<bot id>:<secret>`; grammY only cares that it is part of the URL. */
export const DEFAULT_FAKE_BOT_TOKEN = `${FAKE_BOT_ID}:AAE-ehrenamtslotse-test-token`;

export const FAKE_BOT_INFO: UserFromGetMe = {
  id: FAKE_BOT_ID,
  is_bot: true,
  first_name: "Ehrenamtslotse",
  username: "ehrenamtslotse_test_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

const DEFAULT_SETTLE_TIMEOUT_MS = 5_000;
/** Guards webhook deliveries; grammY's own webhook timeout is 10 s. */
const WEBHOOK_DELIVERY_TIMEOUT_MS = 15_000;
const MAX_MESSAGE_LENGTH = 4096;
const MAX_CAPTION_LENGTH = 1024;
const MAX_CALLBACK_DATA_BYTES = 64;

export interface FakeBotApiOptions {
  /** Token the bot must use; requests with any other token get 401. */
  token?: string;
  /** Default time limit for waiting on the bot (settling updates, waitFor*). */
  settleTimeoutMs?: number;
  /**
   * When an update counts as handled (what `dispatchUpdate`, `send` and `tap` wait for):
   * - "transport" (default): when the bot confirmed it, i.e. the next getUpdates offset passed
   *   it, or the webhook POST was answered. Right for a bot that handles one update at a time.
   * - "report": only when the test calls `reportHandled(update_id)`. A bot that confirms
   *   updates before it has handled them (grammY runner: it fetches the next batch while the
   *   last one is still being handled; a webhook that answers 200 first and works afterwards)
   *   tells the test through a hook of its own when it is done.
   */
  handledSignal?: "transport" | "report";
  /** Sees the traffic as it happens (benchmarks time it); must not throw. */
  observer?: FakeBotApiObserver;
}

/** Hooks for timing the bot from the server side (bench/e2e.bench.ts). */
export interface FakeBotApiObserver {
  /** Every Bot API request as it arrives, before it is answered (webhook replies included). */
  onRequest?(method: string, payload: Record<string, unknown>): void;
  /** The updates of each getUpdates answer, as it is sent. */
  onUpdatesHandedOut?(updates: readonly Update[]): void;
}

/** Picks the calls an injected hang applies to, e.g. `(payload) => payload.chat_id === user.chatId`. */
export type CallFilter = (payload: Record<string, unknown>) => boolean;

/** A request the fake received and has not answered yet (hangNext, delayNext). */
interface HeldCall {
  method: string;
  payload: Record<string, unknown>;
  res: ServerResponse;
  answer: () => void;
}

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
}

export interface InjectedFailure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export type AnyReplyMarkup =
  | InlineKeyboardMarkup
  | ReplyKeyboardMarkup
  | ReplyKeyboardRemove
  | ForceReply;

/** One message of a chat as the user's Telegram client currently shows it. */
export interface TranscriptMessage {
  message_id: number;
  from: "bot" | "user";
  /** Visible text: for parse_mode HTML the markup is stripped as Telegram does. */
  text: string;
  /** The text exactly as the bot sent it (differs from `text` when parse_mode was used). */
  source_text: string;
  parse_mode?: string;
  /** Any keyboard the message was sent with, including reply keyboards. */
  reply_markup?: AnyReplyMarkup;
  /** A file sent with sendDocument (its caption is `text`), with the bytes the bot uploaded. */
  document?: SentDocument;
  edited: boolean;
  deleted: boolean;
  /** The Bot API representation, as embedded in callback_query updates. */
  message: Message;
}

/** A document as the user's client received it: name, type and the uploaded bytes. */
export interface SentDocument {
  file_name: string;
  mime_type: string;
  content: Buffer;
}

/** An uploaded file part of a multipart request, as the payload refers to it ("attach://…"). */
interface UploadedFile {
  filename: string;
  size: number;
  content: Buffer;
}

export type ChatEvent =
  | { kind: "user_message"; message_id: number; text: string }
  | { kind: "user_tap"; callback_query_id: string; message_id: number; data: string }
  | { kind: "bot_sent"; message_id: number; text: string }
  | { kind: "bot_edited"; message_id: number; text: string; changed: "text" | "reply_markup" }
  | { kind: "bot_deleted"; message_id: number }
  | { kind: "callback_answered"; callback_query_id: string; text?: string; show_alert?: boolean }
  | { kind: "chat_action"; action: string };

export interface CallbackQueryRecord {
  callback_query_id: string;
  chat_id: number;
  message_id: number;
  data: string;
  answered: boolean;
  answer?: { text?: string; show_alert?: boolean; url?: string };
}

export type UpdateBody = Omit<Update, "update_id">;

interface ChatState {
  chat: Chat.PrivateChat;
  user: User;
  nextMessageId: number;
  messages: Map<number, TranscriptMessage>;
  events: ChatEvent[];
  blocked: boolean;
}

type UpdateStatus = { state: "pending" } | { state: "handled" } | { state: "failed"; reason: string };

interface HeldPoll {
  res: ServerResponse;
  limit: number;
  timer: NodeJS.Timeout;
}

interface Waiter {
  description: string;
  check: () => boolean;
  fail: (error: Error) => void;
}

interface WebhookSettings {
  url: string;
  secret_token?: string;
  allowed_updates?: string[];
  max_connections?: number;
  last_error_date?: number;
  last_error_message?: string;
}

/** Thrown by method handlers; turned into a `{ ok: false }` answer. */
class BotApiError extends Error {
  constructor(
    readonly error_code: number,
    readonly description: string,
    readonly parameters?: InjectedFailure["parameters"],
  ) {
    super(description);
  }
}

const badRequest = (what: string) => new BotApiError(400, `Bad Request: ${what}`);

const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);

const INLINE_BUTTON_ACTIONS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
] as const;

export class FakeBotApi {
  readonly apiRoot: string;
  readonly token: string;
  readonly port: number;
  readonly settleTimeoutMs: number;
  readonly botInfo: UserFromGetMe = FAKE_BOT_INFO;
  /** Every request the bot made, in arrival order, including failed and injected ones. */
  readonly calls: RecordedCall[] = [];

  private readonly server: Server;
  private readonly chats = new Map<number, ChatState>();
  private readonly callbackQueries = new Map<string, CallbackQueryRecord>();
  private readonly queue: Update[] = [];
  private readonly updateStatus = new Map<number, UpdateStatus>();
  private readonly failures = new Map<string, Array<{ failure?: InjectedFailure; disconnect?: true }>>();
  private readonly holds = new Map<string, Array<{ where: CallFilter; delayMs: number | null }>>();
  private readonly heldCalls = new Set<HeldCall>();
  /** reportHandled calls per update id ("report" mode). */
  private readonly reports = new Map<number, number>();
  /** Updates to hand to the next getUpdates once more, whatever its offset (replayUpdate). */
  private readonly replays: Update[] = [];
  private readonly handledSignal: "transport" | "report";
  private readonly observer: FakeBotApiObserver | undefined;
  private currentToken: string;
  private offline = false;
  private readonly waiters = new Set<Waiter>();
  private readonly commands = new Map<string, BotCommand[]>();
  private readonly menuButtons = new Map<string, MenuButton>();
  private nextUpdateIdValue = 1;
  private nextCallbackQueryId = 1;
  /** Every update with a smaller id has been confirmed by the bot. */
  private confirmedBelow = 1;
  private heldPoll: HeldPoll | undefined;
  private webhookSettings: WebhookSettings | undefined;
  private webhookDelivery: Promise<void> = Promise.resolve();
  private lastGetUpdatesOffset: number | undefined;
  private closing = false;
  private closed: Promise<void> | undefined;

  private constructor(server: Server, port: number, options: FakeBotApiOptions) {
    this.server = server;
    this.port = port;
    this.apiRoot = `http://127.0.0.1:${port}`;
    this.token = options.token ?? DEFAULT_FAKE_BOT_TOKEN;
    this.currentToken = this.token;
    this.settleTimeoutMs = options.settleTimeoutMs ?? DEFAULT_SETTLE_TIMEOUT_MS;
    this.handledSignal = options.handledSignal ?? "transport";
    this.observer = options.observer;
    server.on("request", (req, res) => {
      this.handleHttp(req, res).catch((error: unknown) => {
        // A bug in the fake must not look like a Telegram answer.
        if (!res.headersSent) {
          res.writeHead(500, { "content-type": "text/plain" });
        }
        res.end(`fake Bot API crashed: ${String(error)}`);
      });
    });
  }

  static async start(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
    const server = createServer();
    // Node closes idle keep-alive sockets after 5 s by default; a grammY request
    // reusing such a socket at that moment fails with "socket hang up". Tests
    // pause longer than that (debugger, slow CI), so idle sockets stay open
    // until close().
    server.keepAliveTimeout = 10 * 60_000;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    return new FakeBotApi(server, port, options);
  }

  // ---------------------------------------------------------------- calls

  callsTo(method: string): RecordedCall[] {
    const wanted = method.toLowerCase();
    return this.calls.filter((call) => call.method.toLowerCase() === wanted);
  }

  /** Makes the next `times` calls of `method` fail with the given Bot API error. */
  failNext(method: string, response: InjectedFailure, times = 1): void {
    this.injectFailures(method, times, { failure: response });
  }

  /** Makes the next `times` calls of `method` end in a dropped connection (grammY: HttpError). */
  disconnectNext(method: string, times = 1): void {
    this.injectFailures(method, times, { disconnect: true });
  }

  /**
   * The next `times` calls of `method` (matching `where`) are recorded and then never answered,
   * as when Telegram or the network swallows a request: the bot sees nothing until its own
   * timeout fires. `releaseHeld()` answers them after all; close() drops them.
   */
  hangNext(method: string, options: { times?: number; where?: CallFilter } = {}): void {
    this.injectHolds(method, options.times ?? 1, { where: options.where ?? (() => true), delayMs: null });
  }

  /** The next `times` calls of `method` (matching `where`) are answered normally, but only after `delayMs`. */
  delayNext(method: string, delayMs: number, options: { times?: number; where?: CallFilter } = {}): void {
    this.injectHolds(method, options.times ?? 1, { where: options.where ?? (() => true), delayMs });
  }

  /** Requests currently held by hangNext/delayNext (method and payload). */
  get heldRequests(): RecordedCall[] {
    return [...this.heldCalls].map(({ method, payload }) => ({ method, payload }));
  }

  /** Answers every held request now, as if Telegram had only been slow; returns how many. */
  releaseHeld(): number {
    const held = [...this.heldCalls];
    for (const call of held) call.answer();
    return held.length;
  }

  /**
   * Revokes the bot token, as /revoke at @BotFather does: from now on every request with the
   * old token gets 401 Unauthorized. A long poll in progress ends with an empty answer first.
   */
  revokeToken(): void {
    this.currentToken = `${FAKE_BOT_ID}:revoked-${Math.random().toString(36).slice(2)}`;
    this.answerHeldPoll(true);
    this.notify();
  }

  /**
   * Stops accepting connections and drops the open ones (the bot sees ECONNREFUSED), as when
   * Telegram or the network is down, until goOnline().
   */
  async goOffline(): Promise<void> {
    if (this.offline) return;
    this.offline = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  /** Accepts connections again on the same port after goOffline(). */
  async goOnline(): Promise<void> {
    if (!this.offline) return;
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.port, "127.0.0.1", () => {
        this.server.off("error", reject);
        resolve();
      });
    });
    this.offline = false;
  }

  /**
   * A second bot instance with the same token starts long polling (getUpdates without an
   * offset): Telegram ends the first instance's pending poll with 409 Conflict. Returns the
   * HTTP status the second instance got.
   */
  async pollAsOtherInstance(): Promise<number> {
    const response = await fetch(`${this.apiRoot}/bot${this.currentToken}/getUpdates?timeout=0&limit=1&offset=-1`);
    await response.arrayBuffer();
    return response.status;
  }

  /**
   * "report" mode: the bot under test says it has finished with an update (handled it, or
   * recognised it as one it had handled before). Unknown ids are counted too (an update the
   * bot recovered from its own records).
   */
  reportHandled(updateId: number): void {
    this.reports.set(updateId, (this.reports.get(updateId) ?? 0) + 1);
    this.markHandled(updateId);
    this.notify();
  }

  /** How often the bot reported this update handled ("report" mode). */
  reportsFor(updateId: number): number {
    return this.reports.get(updateId) ?? 0;
  }

  /**
   * Delivers an update that was delivered before once more, with the same update_id, as
   * Telegram does when a webhook answer got lost or two pollers overlap: to the webhook when
   * one is set, else with the next getUpdates answer (whatever its offset). In "report" mode
   * it resolves once the bot reported the update handled once more; in "transport" mode once
   * the webhook answered or the next getUpdates call came.
   */
  async replayUpdate(update: Update, options: { description?: string; timeoutMs?: number } = {}): Promise<void> {
    if (this.closing) throw new Error("FakeBotApi is closed; cannot replay updates");
    const what = `the bot to finish with replayed update ${update.update_id}${options.description ? ` (${options.description})` : ""}`;
    const reportsBefore = this.reportsFor(update.update_id);
    const callsBefore = this.calls.length;
    let transportDone = false;
    if (this.webhookSettings) {
      const settings = this.webhookSettings;
      this.webhookDelivery = this.webhookDelivery.then(async () => {
        await this.deliverToWebhook(settings.url, update, settings.secret_token).catch(() => 0);
        transportDone = true;
        this.notify();
      });
    } else {
      this.replays.push(update);
      this.answerHeldPoll();
    }
    await this.waitUntil(
      () => {
        if (this.handledSignal === "report") return this.reportsFor(update.update_id) > reportsBefore ? true : undefined;
        if (transportDone) return true;
        const polledAgain = this.replays.length === 0 && this.calls.slice(callsBefore).some((call) => call.method.toLowerCase() === "getupdates");
        return polledAgain ? true : undefined;
      },
      what,
      options.timeoutMs,
    );
  }

  /**
   * Resolves with the first call of `method` (matching `predicate`) at index
   * `since` or later in `calls`; by default only calls made from now on count.
   */
  waitForCall(
    method: string,
    predicate: (call: RecordedCall) => boolean = () => true,
    options: { since?: number; timeoutMs?: number } = {},
  ): Promise<RecordedCall> {
    const since = options.since ?? this.calls.length;
    const wanted = method.toLowerCase();
    const find = () =>
      this.calls.slice(since).find((call) => call.method.toLowerCase() === wanted && predicate(call));
    return this.waitUntil(find, `a ${method} call${options.since === undefined ? "" : ` at index >= ${since}`}`, options.timeoutMs);
  }

  /**
   * Resolves once `probe` returns a value other than undefined, re-checking
   * whenever the fake's state changes. A probe that throws rejects the wait.
   */
  waitUntil<T>(probe: () => T | undefined, description: string, timeoutMs = this.settleTimeoutMs): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const waiter: Waiter = {
        description,
        check: () => {
          let value: T | undefined;
          try {
            value = probe();
          } catch (error) {
            waiter.fail(error instanceof Error ? error : new Error(String(error)));
            return true;
          }
          if (value === undefined) return false;
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(value);
          return true;
        },
        fail: (error) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          reject(error);
        },
      };
      if (waiter.check()) return;
      if (this.closing) {
        waiter.fail(new Error(`FakeBotApi is closed; cannot wait for ${description}`));
        return;
      }
      this.waiters.add(waiter);
      timer = setTimeout(() => {
        waiter.fail(new Error(`Timed out after ${timeoutMs} ms waiting for ${description}. ${this.diagnostics()}`));
      }, timeoutMs);
    });
  }

  // ---------------------------------------------------------------- chats

  /** Makes a private chat known, as if the user had opened the bot. Chat id = user id. */
  registerPrivateChat(user: User): void {
    const existing = this.chats.get(user.id);
    const chat: Chat.PrivateChat = {
      id: user.id,
      type: "private",
      first_name: user.first_name,
      ...(user.last_name === undefined ? {} : { last_name: user.last_name }),
      ...(user.username === undefined ? {} : { username: user.username }),
    };
    if (existing) {
      existing.chat = chat;
      existing.user = user;
      return;
    }
    this.chats.set(user.id, { chat, user, nextMessageId: 1, messages: new Map(), events: [], blocked: false });
  }

  /** While blocked, every method addressing the chat fails with 403 like on Telegram. */
  setBlocked(chatId: number, blocked: boolean): void {
    this.chatState(chatId).blocked = blocked;
  }

  /** All messages of a chat (both sides, including deleted ones) in message order. */
  transcript(chatId: number): TranscriptMessage[] {
    const state = this.chats.get(chatId);
    if (!state) return [];
    return [...state.messages.values()].sort((a, b) => a.message_id - b.message_id);
  }

  chatEvents(chatId: number): readonly ChatEvent[] {
    return this.chats.get(chatId)?.events ?? [];
  }

  callbackQueriesOf(chatId: number): CallbackQueryRecord[] {
    return [...this.callbackQueries.values()].filter((query) => query.chat_id === chatId);
  }

  /** Records a message the user typed; returns the Bot API message for an update. */
  addUserMessage(chatId: number, text: string, entities?: MessageEntity[]): Message {
    const state = this.chatState(chatId);
    const message: Message = {
      message_id: state.nextMessageId++,
      from: state.user,
      chat: state.chat,
      date: unixNow(),
      text,
      ...(entities && entities.length > 0 ? { entities } : {}),
    };
    state.messages.set(message.message_id, {
      message_id: message.message_id,
      from: "user",
      text,
      source_text: text,
      edited: false,
      deleted: false,
      message,
    });
    this.addEvent(state, { kind: "user_message", message_id: message.message_id, text });
    return message;
  }

  /** Creates a callback query for a tap on `messageId`; returns the update body. */
  createCallbackQuery(chatId: number, messageId: number, data: string): UpdateBody {
    const state = this.chatState(chatId);
    const target = state.messages.get(messageId);
    if (!target || target.deleted) {
      throw new Error(`chat ${chatId} has no message ${messageId} that could be tapped`);
    }
    const id = `cbq-${chatId}-${this.nextCallbackQueryId++}`;
    this.callbackQueries.set(id, { callback_query_id: id, chat_id: chatId, message_id: messageId, data, answered: false });
    this.addEvent(state, { kind: "user_tap", callback_query_id: id, message_id: messageId, data });
    return {
      callback_query: {
        id,
        from: state.user,
        message: target.message,
        chat_instance: `chat-instance-${chatId}`,
        data,
      },
    };
  }

  // -------------------------------------------------------------- updates

  /** Puts an update into the queue without waiting for the bot. */
  enqueueUpdate(body: UpdateBody): Update {
    if (this.closing) throw new Error("FakeBotApi is closed; cannot enqueue updates");
    const update = this.allocateUpdate(body);
    this.queue.push(update);
    this.updateStatus.set(update.update_id, { state: "pending" });
    if (this.webhookSettings) {
      this.scheduleWebhookDelivery(update);
    } else {
      this.answerHeldPoll();
    }
    this.notify();
    return update;
  }

  /**
   * Enqueues an update and resolves once the bot has handled it: with long
   * polling when a getUpdates call confirms it (grammY asks for the next batch
   * only after its middleware finished the previous one), with a webhook when
   * the bot's endpoint answered the POST.
   */
  async dispatchUpdate(body: UpdateBody, options: { description?: string; timeoutMs?: number } = {}): Promise<Update> {
    const update = this.enqueueUpdate(body);
    await this.waitForHandled(update.update_id, options);
    return update;
  }

  /** Resolves once the update was confirmed (polling) or delivered (webhook). */
  waitForHandled(updateId: number, options: { description?: string; timeoutMs?: number } = {}): Promise<void> {
    const what = `the bot to handle update ${updateId}${options.description ? ` (${options.description})` : ""}`;
    return this.waitUntil(
      () => {
        const status = this.updateStatus.get(updateId);
        if (status?.state === "failed") throw new Error(`Update ${updateId} was not handled: ${status.reason}`);
        return status?.state === "handled" ? true : undefined;
      },
      `${what} — i.e. a getUpdates call with offset > ${updateId} or a successful webhook delivery`,
      options.timeoutMs,
    ).then(() => undefined);
  }

  /** Allocates an update id without queueing the update (for deliverToWebhook). */
  allocateUpdate(body: UpdateBody): Update {
    return { update_id: this.nextUpdateIdValue++, ...body };
  }

  get pendingUpdateCount(): number {
    return this.queue.length;
  }

  /** Whether a long poll (getUpdates with a timeout) is waiting for updates right now. */
  get pollWaiting(): boolean {
    return this.heldPoll !== undefined;
  }

  // -------------------------------------------------------------- webhook

  get webhook(): Readonly<WebhookSettings> | undefined {
    return this.webhookSettings;
  }

  /**
   * POSTs an update to a webhook endpoint like Telegram does and returns the
   * HTTP status. A JSON body with a `method` field (grammY's webhook reply) is
   * executed as an API call, as Telegram would.
   */
  async deliverToWebhook(url: string, update: Update, secretToken?: string): Promise<number> {
    const { status, body } = await postJson(url, update, secretToken);
    if (status >= 200 && status < 300) this.executeWebhookReply(body);
    return status;
  }

  // ------------------------------------------------------------- commands

  /** Commands set via setMyCommands for a scope (default: `{type:"default"}`) and language. */
  commandsFor(scope: unknown = { type: "default" }, languageCode = ""): BotCommand[] {
    return this.commands.get(commandKey(scope, languageCode)) ?? [];
  }

  menuButtonFor(chatId?: number): MenuButton | undefined {
    return this.menuButtons.get(chatId === undefined ? "default" : String(chatId));
  }

  // ---------------------------------------------------------------- close

  /**
   * Shuts the server down. A bot still long polling gets an empty answer
   * rather than a hanging request; stop the bot (`await bot.stop()`) before
   * closing, since grammY's stop() itself needs one last getUpdates call.
   */
  close(): Promise<void> {
    this.closed ??= this.shutDown();
    return this.closed;
  }

  private async shutDown(): Promise<void> {
    this.closing = true;
    const finished: Array<Promise<void>> = [];
    const poll = this.heldPoll;
    if (poll) finished.push(responseFinished(poll.res));
    this.answerHeldPoll(true);
    for (const waiter of [...this.waiters]) {
      waiter.fail(new Error(`FakeBotApi was closed while waiting for ${waiter.description}`));
    }
    this.heldCalls.clear(); // their sockets go with closeAllConnections below
    await Promise.all(finished);
    if (this.offline) return;
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  // --------------------------------------------------------- HTTP layer

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.apiRoot);
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match) {
      sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      return;
    }
    const [, token, method] = match as unknown as [string, string, string];
    if (decodeURIComponent(token) !== this.currentToken) {
      sendJson(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
      return;
    }
    let payload: Record<string, unknown>;
    try {
      payload = { ...coerceFormFields(Object.fromEntries(url.searchParams)), ...(await readPayload(req)) };
    } catch (error) {
      sendJson(res, 400, { ok: false, error_code: 400, description: `Bad Request: ${String(error)}` });
      return;
    }
    this.calls.push({ method, payload });
    this.observer?.onRequest?.(method, payload);

    const injected = this.takeInjectedFailure(method);
    if (injected?.disconnect) {
      req.socket.destroy();
      this.notify();
      return;
    }
    if (injected?.failure) {
      const { error_code, description, parameters } = injected.failure;
      sendJson(res, error_code, { ok: false, error_code, description, ...(parameters ? { parameters } : {}) });
      this.notify();
      return;
    }

    const hold = this.takeHold(method, payload);
    if (hold) {
      let timer: NodeJS.Timeout | undefined;
      const call: HeldCall = {
        method,
        payload,
        res,
        answer: () => {
          if (!this.heldCalls.delete(call)) return;
          clearTimeout(timer);
          this.answer(method, payload, res);
        },
      };
      this.heldCalls.add(call);
      // The bot gave up (its timeout aborted the request): nothing left to answer.
      res.once("close", () => {
        clearTimeout(timer);
        if (this.heldCalls.delete(call)) this.notify();
      });
      if (hold.delayMs !== null) timer = setTimeout(call.answer, hold.delayMs);
      this.notify();
      return;
    }

    this.answer(method, payload, res);
  }

  private answer(method: string, payload: Record<string, unknown>, res: ServerResponse): void {
    if (method.toLowerCase() === "getupdates") {
      this.handleGetUpdates(payload, res);
    } else {
      const outcome = this.invoke(method, payload);
      sendJson(res, outcome.ok ? 200 : outcome.error_code, outcome);
    }
    this.notify();
  }

  private invoke(
    method: string,
    payload: Record<string, unknown>,
  ): { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: object } {
    const handler = this.methodHandlers[method.toLowerCase()];
    if (!handler) return { ok: false, error_code: 404, description: "Not Found: method not found" };
    try {
      return { ok: true, result: handler(payload) };
    } catch (error) {
      if (error instanceof BotApiError) {
        return {
          ok: false,
          error_code: error.error_code,
          description: error.description,
          ...(error.parameters ? { parameters: error.parameters } : {}),
        };
      }
      throw error;
    }
  }

  private injectFailures(method: string, times: number, entry: { failure?: InjectedFailure; disconnect?: true }): void {
    const key = method.toLowerCase();
    const list = this.failures.get(key) ?? [];
    for (let i = 0; i < times; i++) list.push(entry);
    this.failures.set(key, list);
  }

  private takeInjectedFailure(method: string) {
    return this.failures.get(method.toLowerCase())?.shift();
  }

  private injectHolds(method: string, times: number, entry: { where: CallFilter; delayMs: number | null }): void {
    const key = method.toLowerCase();
    const list = this.holds.get(key) ?? [];
    for (let i = 0; i < times; i++) list.push(entry);
    this.holds.set(key, list);
  }

  private takeHold(method: string, payload: Record<string, unknown>) {
    const list = this.holds.get(method.toLowerCase());
    const index = list?.findIndex((entry) => entry.where(payload)) ?? -1;
    return index >= 0 ? list!.splice(index, 1)[0] : undefined;
  }

  // ----------------------------------------------------------- getUpdates

  private handleGetUpdates(payload: Record<string, unknown>, res: ServerResponse): void {
    if (this.webhookSettings) {
      const error = new BotApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
      sendJson(res, 409, { ok: false, error_code: error.error_code, description: error.description });
      return;
    }
    let offset: number;
    let limit: number;
    let timeout: number;
    try {
      offset = intParam(payload, "offset") ?? 0;
      limit = Math.min(100, Math.max(1, intParam(payload, "limit") ?? 100));
      timeout = Math.max(0, intParam(payload, "timeout") ?? 0);
    } catch (error) {
      const { error_code, description } = error as BotApiError;
      sendJson(res, error_code, { ok: false, error_code, description });
      return;
    }
    this.lastGetUpdatesOffset = offset;
    this.confirm(offset);

    // Telegram allows one poller per bot; the older request loses.
    if (this.heldPoll) {
      const older = this.heldPoll;
      this.heldPoll = undefined;
      clearTimeout(older.timer);
      sendJson(older.res, 409, {
        ok: false,
        error_code: 409,
        description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
      });
    }

    if (this.replays.length > 0) {
      this.handOut(res, this.replays.splice(0, limit));
      return;
    }
    if (this.queue.length > 0 || timeout === 0 || this.closing) {
      this.handOut(res, this.queue.slice(0, limit));
      return;
    }
    const poll: HeldPoll = {
      res,
      limit,
      timer: setTimeout(() => {
        if (this.heldPoll === poll) this.answerHeldPoll();
      }, timeout * 1000),
    };
    this.heldPoll = poll;
    // grammY aborts its pending poll on bot.stop(); do not answer a dead request.
    res.on("close", () => {
      if (this.heldPoll === poll) {
        clearTimeout(poll.timer);
        this.heldPoll = undefined;
      }
    });
  }

  private answerHeldPoll(evenIfEmpty = false): void {
    const poll = this.heldPoll;
    if (!poll || (this.queue.length === 0 && this.replays.length === 0 && !evenIfEmpty)) return;
    this.heldPoll = undefined;
    clearTimeout(poll.timer);
    const result = this.replays.length > 0 ? this.replays.splice(0, poll.limit) : this.queue.slice(0, poll.limit);
    this.handOut(poll.res, result);
  }

  private handOut(res: ServerResponse, updates: Update[]): void {
    if (updates.length > 0) this.observer?.onUpdatesHandedOut?.(updates);
    sendJson(res, 200, { ok: true, result: updates });
  }

  /** Applies getUpdates offset semantics: everything below a positive offset is confirmed. */
  private confirm(offset: number): void {
    if (offset < 0) {
      // "-n": keep only the last n updates; all previous ones are forgotten.
      const forget = Math.max(0, this.queue.length + offset);
      for (const update of this.queue.splice(0, forget)) this.confirmedByTransport(update.update_id);
      this.confirmedBelow = Math.max(this.confirmedBelow, this.queue[0]?.update_id ?? this.nextUpdateIdValue);
      return;
    }
    if (offset <= this.confirmedBelow) return;
    this.confirmedBelow = offset;
    while (this.queue.length > 0 && (this.queue[0] as Update).update_id < offset) {
      this.confirmedByTransport((this.queue.shift() as Update).update_id);
    }
  }

  private markHandled(updateId: number): void {
    if (this.updateStatus.get(updateId)?.state === "pending") this.updateStatus.set(updateId, { state: "handled" });
  }

  /** Confirmed by getUpdates or a 2xx webhook answer; handled only in "transport" mode (see FakeBotApiOptions). */
  private confirmedByTransport(updateId: number): void {
    if (this.handledSignal === "transport") this.markHandled(updateId);
  }

  private dropPendingUpdates(reason: string): void {
    for (const update of this.queue.splice(0)) {
      this.updateStatus.set(update.update_id, { state: "failed", reason });
    }
  }

  // --------------------------------------------------------- webhook mode

  private scheduleWebhookDelivery(update: Update): void {
    this.webhookDelivery = this.webhookDelivery.then(() => this.deliverQueued(update));
  }

  /** Deliveries are sequential so that a conversation's updates arrive in order. */
  private async deliverQueued(update: Update): Promise<void> {
    const settings = this.webhookSettings;
    if (!settings || this.updateStatus.get(update.update_id)?.state !== "pending") return;
    let failure: string | undefined;
    try {
      const status = await this.deliverToWebhook(settings.url, update, settings.secret_token);
      if (status < 200 || status >= 300) failure = `webhook ${settings.url} answered HTTP ${status}`;
    } catch (error) {
      failure = `webhook ${settings.url} failed: ${String(error)}`;
    }
    const index = this.queue.indexOf(update);
    if (index >= 0) this.queue.splice(index, 1);
    if (failure) {
      // Telegram would retry later; a test wants to hear about it now.
      settings.last_error_date = unixNow();
      settings.last_error_message = failure;
      this.updateStatus.set(update.update_id, { state: "failed", reason: failure });
    } else {
      this.confirmedByTransport(update.update_id);
    }
    this.notify();
  }

  /** Carries out the body of a webhook response as Telegram does (a JSON body with `method` is an API call). */
  executeWebhookReply(body: string): void {
    if (body.trim() === "") return;
    let reply: unknown;
    try {
      reply = JSON.parse(body);
    } catch {
      return;
    }
    if (!isRecord(reply) || typeof reply.method !== "string") return;
    const { method, ...payload } = reply;
    this.calls.push({ method, payload });
    this.observer?.onRequest?.(method, payload);
    this.invoke(method, payload);
    this.notify();
  }

  // ------------------------------------------------------ method handlers

  private readonly methodHandlers: Record<string, (payload: Record<string, unknown>) => unknown> = {
    getme: () => this.botInfo,
    logout: () => true,
    close: () => true,
    deletewebhook: (payload) => {
      if (boolParam(payload, "drop_pending_updates")) this.dropPendingUpdates("dropped by deleteWebhook(drop_pending_updates)");
      this.webhookSettings = undefined;
      return true;
    },
    setwebhook: (payload) => {
      const url = stringParam(payload, "url") ?? "";
      if (boolParam(payload, "drop_pending_updates")) this.dropPendingUpdates("dropped by setWebhook(drop_pending_updates)");
      if (url === "") {
        this.webhookSettings = undefined;
        return true;
      }
      if (!isAcceptableWebhookUrl(url)) throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
      const secret = stringParam(payload, "secret_token");
      if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
        throw badRequest("secret token contains unallowed characters");
      }
      const allowed = payload.allowed_updates;
      const maxConnections = intParam(payload, "max_connections");
      this.webhookSettings = {
        url,
        ...(secret === undefined ? {} : { secret_token: secret }),
        ...(Array.isArray(allowed) ? { allowed_updates: allowed.map(String) } : {}),
        ...(maxConnections === undefined ? {} : { max_connections: maxConnections }),
      };
      if (this.heldPoll) this.answerHeldPoll(true);
      for (const update of this.queue) this.scheduleWebhookDelivery(update);
      return true;
    },
    getwebhookinfo: (): WebhookInfo => {
      const settings = this.webhookSettings;
      return {
        url: settings?.url ?? "",
        has_custom_certificate: false,
        pending_update_count: this.queue.length,
        ...(settings?.max_connections === undefined ? {} : { max_connections: settings.max_connections }),
        ...(settings?.allowed_updates ? { allowed_updates: settings.allowed_updates as WebhookInfo["allowed_updates"] } : {}),
        ...(settings?.last_error_date === undefined
          ? {}
          : { last_error_date: settings.last_error_date, last_error_message: settings.last_error_message ?? "" }),
      };
    },
    setmycommands: (payload) => {
      const commands = jsonParam(payload, "commands");
      if (!Array.isArray(commands)) throw badRequest("parameter \"commands\" is required");
      if (commands.length > 100) throw badRequest("too many commands");
      for (const entry of commands) {
        if (!isRecord(entry) || typeof entry.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(entry.command)) {
          throw badRequest("BOT_COMMAND_INVALID");
        }
        if (typeof entry.description !== "string" || entry.description.length < 1 || entry.description.length > 256) {
          throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
        }
      }
      const key = commandKey(jsonParam(payload, "scope") ?? { type: "default" }, stringParam(payload, "language_code") ?? "");
      this.commands.set(
        key,
        (commands as Array<Record<string, string>>).map((entry) => ({
          command: entry.command as string,
          description: entry.description as string,
        })),
      );
      return true;
    },
    getmycommands: (payload) =>
      this.commandsFor(jsonParam(payload, "scope") ?? { type: "default" }, stringParam(payload, "language_code") ?? ""),
    deletemycommands: (payload) => {
      this.commands.delete(commandKey(jsonParam(payload, "scope") ?? { type: "default" }, stringParam(payload, "language_code") ?? ""));
      return true;
    },
    setchatmenubutton: (payload) => {
      const chatId = payload.chat_id === undefined ? undefined : this.resolveChat(payload.chat_id).chat.id;
      const button = jsonParam(payload, "menu_button") ?? { type: "default" };
      if (!isRecord(button) || !["commands", "web_app", "default"].includes(String(button.type))) {
        throw badRequest("can't parse menu button");
      }
      this.menuButtons.set(chatId === undefined ? "default" : String(chatId), button as unknown as MenuButton);
      return true;
    },
    getchatmenubutton: (payload) => {
      const chatId = payload.chat_id === undefined ? undefined : this.resolveChat(payload.chat_id).chat.id;
      return this.menuButtonFor(chatId) ?? this.menuButtonFor() ?? { type: "default" };
    },
    sendmessage: (payload) => this.sendMessage(payload),
    senddocument: (payload) => this.sendDocument(payload),
    editmessagetext: (payload) => this.editMessageText(payload),
    editmessagereplymarkup: (payload) => this.editMessageReplyMarkup(payload),
    deletemessage: (payload) => {
      const state = this.resolveChat(payload.chat_id);
      this.deleteMessage(state, requiredInt(payload, "message_id"));
      return true;
    },
    deletemessages: (payload) => {
      const state = this.resolveChat(payload.chat_id);
      const ids = jsonParam(payload, "message_ids");
      if (!Array.isArray(ids) || ids.length === 0) throw badRequest("message identifiers are not specified");
      // Telegram skips messages that cannot be found instead of failing the batch.
      for (const id of ids) {
        const stored = state.messages.get(Number(id));
        if (stored && !stored.deleted) this.deleteMessage(state, stored.message_id);
      }
      return true;
    },
    answercallbackquery: (payload) => {
      const id = stringParam(payload, "callback_query_id") ?? "";
      const query = this.callbackQueries.get(id);
      if (!query || query.answered) {
        throw badRequest("query is too old and response timeout expired or query ID is invalid");
      }
      const text = stringParam(payload, "text");
      if (text !== undefined && text.length > 200) throw badRequest("MESSAGE_TOO_LONG");
      const showAlert = boolParam(payload, "show_alert");
      const url = stringParam(payload, "url");
      query.answered = true;
      query.answer = {
        ...(text === undefined ? {} : { text }),
        ...(showAlert === undefined ? {} : { show_alert: showAlert }),
        ...(url === undefined ? {} : { url }),
      };
      const state = this.chats.get(query.chat_id);
      if (state) {
        this.addEvent(state, {
          kind: "callback_answered",
          callback_query_id: id,
          ...(text === undefined ? {} : { text }),
          ...(showAlert === undefined ? {} : { show_alert: showAlert }),
        });
      }
      return true;
    },
    sendchataction: (payload) => {
      const state = this.resolveChat(payload.chat_id);
      const action = stringParam(payload, "action") ?? "";
      if (!CHAT_ACTIONS.has(action)) throw badRequest("wrong parameter action in request");
      this.addEvent(state, { kind: "chat_action", action });
      return true;
    },
  };

  private sendMessage(payload: Record<string, unknown>): Message {
    const state = this.resolveChat(payload.chat_id);
    const parseMode = stringParam(payload, "parse_mode");
    const sourceText = stringParam(payload, "text") ?? "";
    const text = renderText(sourceText, parseMode);
    const replyMarkup = parseReplyMarkup(payload);
    const entities = jsonParam(payload, "entities") as MessageEntity[] | undefined;
    const message: Message = {
      message_id: state.nextMessageId++,
      from: botUser(this.botInfo),
      chat: state.chat,
      date: unixNow(),
      text,
      ...(Array.isArray(entities) && entities.length > 0 ? { entities } : {}),
      // Message.reply_markup only ever carries inline keyboards.
      ...(replyMarkup && "inline_keyboard" in replyMarkup ? { reply_markup: replyMarkup } : {}),
    };
    state.messages.set(message.message_id, {
      message_id: message.message_id,
      from: "bot",
      text,
      source_text: sourceText,
      ...(parseMode === undefined ? {} : { parse_mode: parseMode }),
      ...(replyMarkup === undefined ? {} : { reply_markup: replyMarkup }),
      edited: false,
      deleted: false,
      message,
    });
    this.addEvent(state, { kind: "bot_sent", message_id: message.message_id, text });
    return message;
  }

  /** Only uploads (multipart, as grammY sends an InputFile); a file_id or URL is refused like an unknown one. */
  private sendDocument(payload: Record<string, unknown>): Message {
    const state = this.resolveChat(payload.chat_id);
    const upload = payload.document;
    if (!isUploadedFile(upload)) throw badRequest("wrong file identifier/HTTP URL specified");
    if (upload.size === 0) throw badRequest("file must be non-empty");
    const caption = stringParam(payload, "caption") ?? "";
    if (caption.length > MAX_CAPTION_LENGTH) throw badRequest("message caption is too long");
    const fileName = upload.filename || "document";
    const mimeType = fileName.toLowerCase().endsWith(".json") ? "application/json" : "application/octet-stream";
    const fileId = `doc-${state.chat.id}-${state.nextMessageId}`;
    const message: Message = {
      message_id: state.nextMessageId++,
      from: botUser(this.botInfo),
      chat: state.chat,
      date: unixNow(),
      document: { file_id: fileId, file_unique_id: fileId, file_name: fileName, mime_type: mimeType, file_size: upload.size },
      ...(caption === "" ? {} : { caption }),
    };
    state.messages.set(message.message_id, {
      message_id: message.message_id,
      from: "bot",
      text: caption,
      source_text: caption,
      document: { file_name: fileName, mime_type: mimeType, content: upload.content },
      edited: false,
      deleted: false,
      message,
    });
    this.addEvent(state, { kind: "bot_sent", message_id: message.message_id, text: caption });
    return message;
  }

  private editMessageText(payload: Record<string, unknown>): Message {
    const { state, stored } = this.editableMessage(payload);
    const parseMode = stringParam(payload, "parse_mode");
    const sourceText = stringParam(payload, "text") ?? "";
    const text = renderText(sourceText, parseMode);
    // As on Telegram, an edit without reply_markup removes the inline keyboard.
    const replyMarkup = parseInlineMarkupForEdit(payload);
    if (text === stored.text && sameMarkup(replyMarkup, stored.reply_markup)) throw notModified();
    const entities = jsonParam(payload, "entities") as MessageEntity[] | undefined;
    const { reply_markup: _oldMarkup, entities: _oldEntities, ...rest } = stored.message;
    const message: Message = {
      ...rest,
      text,
      edit_date: unixNow(),
      ...(Array.isArray(entities) && entities.length > 0 ? { entities } : {}),
      ...(replyMarkup ? { reply_markup: replyMarkup } : {}),
    };
    this.replaceStored(state, stored, {
      text,
      source_text: sourceText,
      parse_mode: parseMode,
      reply_markup: replyMarkup,
      message,
    });
    this.addEvent(state, { kind: "bot_edited", message_id: stored.message_id, text, changed: "text" });
    return message;
  }

  private editMessageReplyMarkup(payload: Record<string, unknown>): Message {
    const { state, stored } = this.editableMessage(payload);
    const replyMarkup = parseInlineMarkupForEdit(payload);
    if (sameMarkup(replyMarkup, stored.reply_markup)) throw notModified();
    const { reply_markup: _oldMarkup, ...rest } = stored.message;
    const message: Message = { ...rest, edit_date: unixNow(), ...(replyMarkup ? { reply_markup: replyMarkup } : {}) };
    this.replaceStored(state, stored, { reply_markup: replyMarkup, message });
    this.addEvent(state, { kind: "bot_edited", message_id: stored.message_id, text: stored.text, changed: "reply_markup" });
    return message;
  }

  private editableMessage(payload: Record<string, unknown>): { state: ChatState; stored: TranscriptMessage } {
    if (payload.inline_message_id !== undefined) throw badRequest("inline messages are not supported by the fake Bot API");
    const state = this.resolveChat(payload.chat_id);
    const stored = state.messages.get(requiredInt(payload, "message_id"));
    if (!stored || stored.deleted) throw badRequest("message to edit not found");
    if (stored.from !== "bot") throw badRequest("message can't be edited");
    return { state, stored };
  }

  private replaceStored(
    state: ChatState,
    stored: TranscriptMessage,
    changes: {
      text?: string;
      source_text?: string;
      parse_mode?: string | undefined;
      reply_markup: AnyReplyMarkup | undefined;
      message: Message;
    },
  ): void {
    const { reply_markup: _markup, parse_mode: _parseMode, ...base } = stored;
    const parseMode = "parse_mode" in changes ? changes.parse_mode : stored.parse_mode;
    state.messages.set(stored.message_id, {
      ...base,
      text: changes.text ?? stored.text,
      source_text: changes.source_text ?? stored.source_text,
      ...(parseMode === undefined ? {} : { parse_mode: parseMode }),
      ...(changes.reply_markup === undefined ? {} : { reply_markup: changes.reply_markup }),
      edited: true,
      message: changes.message,
    });
  }

  private deleteMessage(state: ChatState, messageId: number): void {
    const stored = state.messages.get(messageId);
    if (!stored || stored.deleted) throw badRequest("message to delete not found");
    state.messages.set(messageId, { ...stored, deleted: true });
    this.addEvent(state, { kind: "bot_deleted", message_id: messageId });
  }

  // ------------------------------------------------------------- helpers

  private resolveChat(chatId: unknown): ChatState {
    let state: ChatState | undefined;
    if (typeof chatId === "number" || (typeof chatId === "string" && /^-?\d+$/.test(chatId))) {
      state = this.chats.get(Number(chatId));
    } else if (typeof chatId === "string" && chatId.startsWith("@")) {
      const username = chatId.slice(1).toLowerCase();
      state = [...this.chats.values()].find((candidate) => candidate.chat.username?.toLowerCase() === username);
    } else if (chatId === undefined || chatId === "") {
      throw badRequest("chat_id is empty");
    }
    // A bot cannot write to people who never opened a chat with it.
    if (!state) throw badRequest("chat not found");
    if (state.blocked) throw new BotApiError(403, "Forbidden: bot was blocked by the user");
    return state;
  }

  private chatState(chatId: number): ChatState {
    const state = this.chats.get(chatId);
    if (!state) throw new Error(`FakeBotApi knows no chat ${chatId}; create a TestUser for it first`);
    return state;
  }

  private addEvent(state: ChatState, event: ChatEvent): void {
    state.events.push(event);
    this.notify();
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  private diagnostics(): string {
    const pending = this.queue.map((update) => update.update_id);
    return (
      `State: pending updates [${pending.join(", ")}], ` +
      `last getUpdates offset ${this.lastGetUpdatesOffset ?? "(none yet — is the bot started?)"}, ` +
      `long poll ${this.heldPoll ? "waiting" : "not waiting"}, ` +
      `held requests ${this.heldCalls.size}, ` +
      `webhook ${this.webhookSettings?.url ?? "none"}, ` +
      `last calls: ${this.calls.slice(-5).map((call) => call.method).join(", ") || "(none)"}. ` +
      "If the bot's middleware threw without bot.catch, grammY stops polling."
    );
  }
}

export function startFakeBotApi(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  return FakeBotApi.start(options);
}

/** The part of grammY's Bot that long polling needs; any Bot<C> fits. */
export interface PollingBot {
  start(options?: PollingOptions): Promise<void>;
  stop(): Promise<void>;
  isRunning(): boolean;
}

export interface PollingHandle {
  /** Resolves once grammY finished its setup (getMe, deleteWebhook) and starts polling. */
  ready: Promise<void>;
  /**
   * Stops polling and waits until bot.start() has returned. Rethrows what
   * ended polling early (e.g. middleware that threw without bot.catch).
   * Call it before FakeBotApi.close(): grammY's stop() makes one last
   * getUpdates call, which needs the server.
   */
  stop(): Promise<void>;
}

/**
 * Runs `bot.start()` without leaving its promise dangling: a polling failure
 * is kept for stop() instead of surfacing as an unhandled rejection.
 */
export function startPolling(bot: PollingBot, options: PollingOptions = {}): PollingHandle {
  let stopRequested = false;
  let started = false;
  let failure: { error: unknown } | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = () => {
      started = true;
      resolve();
    };
  });
  const finished = bot
    .start({
      ...options,
      onStart: async (botInfo) => {
        await options.onStart?.(botInfo);
        markReady();
      },
    })
    .then(
      () => undefined,
      (error: unknown) => {
        // Stopping during setup aborts grammY's pending requests; that is not a failure.
        if (started || !stopRequested) failure = { error };
      },
    );
  const readyOrFailed = Promise.race([
    ready,
    finished.then(() => {
      if (failure) throw failure.error;
      if (!stopRequested) throw new Error("bot.start() returned before polling began");
    }),
  ]);
  readyOrFailed.catch(() => {}); // whoever awaits `ready` still sees the rejection
  return {
    ready: readyOrFailed,
    async stop() {
      stopRequested = true;
      if (bot.isRunning()) await bot.stop();
      await finished;
      if (failure) throw failure.error;
    },
  };
}

// ----------------------------------------------------------------- parsing

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", reject);
  });
}

async function readPayload(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readBody(req);
  if (body.length === 0) return {};
  const contentType = req.headers["content-type"] ?? "";
  if (contentType.startsWith("application/json")) {
    const parsed: unknown = JSON.parse(body.toString("utf8"));
    if (!isRecord(parsed)) throw new Error("JSON body must be an object");
    return parsed;
  }
  if (contentType.startsWith("application/x-www-form-urlencoded")) {
    return coerceFormFields(Object.fromEntries(new URLSearchParams(body.toString("utf8"))));
  }
  if (contentType.startsWith("multipart/form-data")) {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
    const value = boundary?.[1] ?? boundary?.[2];
    if (!value) throw new Error("multipart body without boundary");
    return parseMultipart(body, value);
  }
  throw new Error(`unsupported content-type "${contentType}"`);
}

/**
 * Minimal multipart/form-data reader: text fields as strings, files as
 * `{ filename, size, content }`. grammY uploads files under random part names
 * and refers to them as "attach://<name>"; those references are resolved.
 */
function parseMultipart(body: Buffer, boundary: string): Record<string, unknown> {
  const fields: Record<string, string> = {};
  const files = new Map<string, UploadedFile>();
  // latin1 maps bytes 1:1, so slicing by string index equals slicing by byte.
  const raw = body.toString("latin1");
  for (const part of raw.split(`--${boundary}`)) {
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    const content = part.slice(headerEnd + 4).replace(/\r\n$/, "");
    const name = /(?:^|[;\s])name="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined) continue;
    const filename = /filename=(?:"([^"]*)"|([^;\r\n]*))/i.exec(headers);
    if (filename) {
      files.set(name, { filename: filename[1] ?? filename[2] ?? "", size: Buffer.byteLength(content, "latin1"), content: Buffer.from(content, "latin1") });
    } else {
      fields[name] = Buffer.from(content, "latin1").toString("utf8");
    }
  }
  const payload = coerceFormFields(fields);
  for (const [key, value] of Object.entries(payload)) {
    const file = typeof value === "string" && value.startsWith("attach://") ? files.get(value.slice(9)) : undefined;
    if (file) payload[key] = file;
  }
  return payload;
}

function isUploadedFile(value: unknown): value is UploadedFile {
  return isRecord(value) && typeof value.filename === "string" && typeof value.size === "number" && Buffer.isBuffer(value.content);
}

/** Form values are strings; structured fields arrive JSON-encoded, as Telegram expects. */
function coerceFormFields(fields: Record<string, string>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    const trimmed = value.trim();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        result[key] = JSON.parse(trimmed);
        continue;
      } catch {
        // Not JSON after all (e.g. a text starting with "["): keep the string.
      }
    }
    result[key] = value;
  }
  return result;
}

function intParam(payload: Record<string, unknown>, key: string): number | undefined {
  const value = payload[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value)) return Number(value);
  throw badRequest(`parameter "${key}" must be an integer`);
}

function requiredInt(payload: Record<string, unknown>, key: string): number {
  const value = intParam(payload, key);
  if (value === undefined) throw badRequest(`${key} is empty`);
  return value;
}

function stringParam(payload: Record<string, unknown>, key: string): string | undefined {
  const value = payload[key];
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : String(value);
}

function boolParam(payload: Record<string, unknown>, key: string): boolean | undefined {
  const value = payload[key];
  if (value === undefined || value === null) return undefined;
  return value === true || value === "true" || value === "1" || value === 1;
}

function jsonParam(payload: Record<string, unknown>, key: string): unknown {
  const value = payload[key];
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    throw badRequest(`can't parse ${key} JSON object`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// --------------------------------------------------------- message content

/** Returns the text as the user sees it, validating it like Telegram. */
function renderText(source: string, parseMode: string | undefined): string {
  let text = source;
  if (parseMode !== undefined) {
    const mode = parseMode.toLowerCase();
    if (mode === "html") text = stripHtml(source);
    // Markdown/MarkdownV2 are accepted but not rendered; assertions see the source.
    else if (mode !== "markdown" && mode !== "markdownv2") throw badRequest(`unsupported parse_mode "${parseMode}"`);
  }
  if (text.trim() === "") throw badRequest("message text is empty");
  if (text.length > MAX_MESSAGE_LENGTH) throw badRequest("message is too long");
  return text;
}

const HTML_TAGS = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "span",
  "tg-spoiler",
  "a",
  "code",
  "pre",
  "blockquote",
  "tg-emoji",
]);

const HTML_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/**
 * Telegram's HTML parse mode: only a handful of tags, properly nested; a bare
 * "<" (e.g. from unescaped user input) is a hard error.
 */
function stripHtml(source: string): string {
  const open: string[] = [];
  let text = "";
  let index = 0;
  const fail = (why: string): never => {
    throw badRequest(`can't parse entities: ${why}`);
  };
  while (index < source.length) {
    const char = source[index] as string;
    if (char === "<") {
      const byteOffset = Buffer.byteLength(source.slice(0, index));
      const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^>]*)?)>/.exec(source.slice(index));
      if (!tag) fail(`Unsupported start tag at byte offset ${byteOffset}`);
      const [whole, slash, rawName] = tag as unknown as [string, string, string];
      const name = rawName.toLowerCase();
      if (slash === "") {
        if (!HTML_TAGS.has(name)) fail(`Unsupported start tag "${name}" at byte offset ${byteOffset}`);
        open.push(name);
      } else {
        const expected = open.pop();
        if (expected !== name) {
          fail(
            expected === undefined
              ? `Unexpected end tag at byte offset ${byteOffset}`
              : `Can't find end tag corresponding to start tag "${expected}"`,
          );
        }
      }
      index += whole.length;
      continue;
    }
    if (char === "&") {
      const entity = /^&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/.exec(source.slice(index));
      const name = entity?.[1];
      if (entity && name !== undefined) {
        const decoded = name.startsWith("#x")
          ? String.fromCodePoint(parseInt(name.slice(2), 16))
          : name.startsWith("#")
            ? String.fromCodePoint(parseInt(name.slice(1), 10))
            : HTML_ENTITIES[name];
        if (decoded !== undefined) {
          text += decoded;
          index += entity[0].length;
          continue;
        }
      }
    }
    text += char;
    index += 1;
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) fail(`Can't find end tag corresponding to start tag "${unclosed}"`);
  return text;
}

function parseReplyMarkup(payload: Record<string, unknown>): AnyReplyMarkup | undefined {
  const markup = jsonParam(payload, "reply_markup");
  if (markup === undefined || markup === null) return undefined;
  if (!isRecord(markup)) throw badRequest("can't parse reply keyboard markup JSON object");
  if ("inline_keyboard" in markup) return validateInlineKeyboard(markup);
  if ("keyboard" in markup) {
    if (!Array.isArray(markup.keyboard) || !markup.keyboard.every(Array.isArray)) {
      throw badRequest("field \"keyboard\" must be an Array of Arrays");
    }
    return markup as unknown as ReplyKeyboardMarkup;
  }
  if (markup.remove_keyboard === true) return markup as unknown as ReplyKeyboardRemove;
  if (markup.force_reply === true) return markup as unknown as ForceReply;
  throw badRequest("can't parse reply keyboard markup JSON object");
}

function parseInlineMarkupForEdit(payload: Record<string, unknown>): InlineKeyboardMarkup | undefined {
  const markup = jsonParam(payload, "reply_markup");
  if (markup === undefined || markup === null) return undefined;
  if (!isRecord(markup) || !("inline_keyboard" in markup)) throw badRequest("can't parse inline keyboard markup JSON object");
  return validateInlineKeyboard(markup);
}

function validateInlineKeyboard(markup: Record<string, unknown>): InlineKeyboardMarkup {
  const rows = markup.inline_keyboard;
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw badRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays");
  }
  for (const row of rows as unknown[][]) {
    for (const button of row) {
      if (!isRecord(button) || typeof button.text !== "string") throw badRequest("can't parse inline keyboard button: Text must be a String");
      if (button.text.trim() === "") throw badRequest("BUTTON_TEXT_EMPTY");
      const actions = INLINE_BUTTON_ACTIONS.filter((action) => button[action] !== undefined);
      if (actions.length !== 1) {
        throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      }
      if (button.callback_data !== undefined) {
        const bytes = Buffer.byteLength(String(button.callback_data));
        if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw badRequest("BUTTON_DATA_INVALID");
      }
      if (button.url !== undefined && !/^(https?|tg):\/\/\S+$/.test(String(button.url))) {
        throw badRequest("BUTTON_URL_INVALID");
      }
    }
  }
  return markup as unknown as InlineKeyboardMarkup;
}

function sameMarkup(a: AnyReplyMarkup | undefined, b: AnyReplyMarkup | undefined): boolean {
  const inline = (markup: AnyReplyMarkup | undefined) =>
    markup && "inline_keyboard" in markup ? JSON.stringify(markup.inline_keyboard) : "";
  return inline(a) === inline(b);
}

function notModified(): BotApiError {
  return badRequest(
    "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
  );
}

function botUser(info: UserFromGetMe): User {
  return { id: info.id, is_bot: true, first_name: info.first_name, username: info.username };
}

function commandKey(scope: unknown, languageCode: string): string {
  return `${JSON.stringify(scope)}|${languageCode}`;
}

/** Real Telegram insists on HTTPS; local test endpoints are let through. */
function isAcceptableWebhookUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || ["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname);
  } catch {
    return false;
  }
}

function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}

// -------------------------------------------------------------------- HTTP

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
  res.end(json);
}

function responseFinished(res: ServerResponse): Promise<void> {
  if (res.writableFinished || res.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    res.once("finish", resolve);
    res.once("close", resolve);
  });
}

function postJson(url: string, body: unknown, secretToken?: string): Promise<{ status: number; body: string }> {
  const json = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: "POST",
        agent: false,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(json),
          ...(secretToken === undefined ? {} : { "x-telegram-bot-api-secret-token": secretToken }),
        },
        timeout: WEBHOOK_DELIVERY_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.once("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.once("error", reject);
      },
    );
    req.once("timeout", () => {
      req.destroy(
        new Error(
          `webhook ${url} did not answer within ${WEBHOOK_DELIVERY_TIMEOUT_MS} ms ` +
            "(grammY's http adapter never answers when the middleware throws)",
        ),
      );
    });
    req.once("error", reject);
    req.end(json);
  });
}
