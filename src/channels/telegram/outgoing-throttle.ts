// Outgoing messages within Telegram's limits, as a grammY API transformer: about 30 messages a
// second overall, about one a second per private chat after a short burst, one a second and 20 a
// minute per group; one call at a time per chat, so a chat's messages arrive in the order sent.
//
// Why not @grammyjs/transformer-throttler (Bottleneck), which this replaces: it cost the bot 40 %
// of its updates per second (two Bottleneck schedulings per message, a limiter object per chat
// kept five minutes), measured in bench/e2e.bench.ts. Here a message costs a few arithmetic steps:
// token buckets for bursts, sliding windows for "at most n in any t". Calls without a chat_id
// (getUpdates, answerCallbackQuery …) pass.
import type { Transformer } from "grammy";

export interface OutgoingLimits {
  /** All chats together: at most this many messages in any second. */
  globalPerSecond: number;
  /** One private chat: a burst of this many, then one per `privateIntervalMs`. */
  privateBurst: number;
  privateIntervalMs: number;
  /** One group (negative chat id): one per `groupIntervalMs`, at most `groupPerMinute` a minute. */
  groupIntervalMs: number;
  groupPerMinute: number;
}

/** A limit on sending: how long until one more may go, taking it, and whether it is as if new. */
interface Limit {
  waitMs(now: number): number;
  take(now: number): void;
  isFull(now: number): boolean;
}

/** A token bucket: `capacity` tokens, one more every `refillMs`; time in ms from `now()`. */
class TokenBucket implements Limit {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly capacity: number,
    private readonly refillMs: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  private refill(now: number): void {
    if (now > this.updatedAt) {
      this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) / this.refillMs);
      this.updatedAt = now;
    }
  }

  /** Milliseconds until a token is there (0: now). */
  waitMs(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) * this.refillMs);
  }

  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
  }

  isFull(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.capacity;
  }
}

/** At most `count` in any `windowMs`: the times of the sends still inside the window, oldest first. */
class SlidingWindow implements Limit {
  private sent: number[] = [];
  /** Index of the oldest send still counted; those before it are dropped now and then. */
  private head = 0;

  constructor(
    private readonly count: number,
    private readonly windowMs: number,
  ) {}

  private forget(now: number): void {
    while (this.head < this.sent.length && this.sent[this.head]! <= now - this.windowMs) this.head++;
    if (this.head > 1024 && this.head * 2 > this.sent.length) {
      this.sent = this.sent.slice(this.head);
      this.head = 0;
    }
  }

  waitMs(now: number): number {
    this.forget(now);
    return this.sent.length - this.head < this.count ? 0 : this.sent[this.sent.length - this.count]! + this.windowMs - now;
  }

  take(now: number): void {
    this.forget(now);
    this.sent.push(now);
  }

  isFull(now: number): boolean {
    this.forget(now);
    return this.sent.length === this.head;
  }
}

interface ChatLane {
  buckets: Limit[];
  /** The last call queued for this chat; the next one starts when it has ended. */
  tail: Promise<unknown>;
  pending: number;
}

export interface OutgoingThrottleClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: OutgoingThrottleClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export function outgoingThrottle(limits: OutgoingLimits, clock: OutgoingThrottleClock = realClock): Transformer {
  const global = new SlidingWindow(limits.globalPerSecond, 1000);
  const lanes = new Map<number, ChatLane>();
  let sweepAbove = 1_000;
  /** Idle chats whose buckets have filled up again are forgotten; looked for as the map grows. */
  const sweep = () => {
    const now = clock.now();
    for (const [chatId, lane] of lanes) if (lane.pending === 0 && lane.buckets.every((bucket) => bucket.isFull(now))) lanes.delete(chatId);
    sweepAbove = Math.max(1_000, lanes.size * 2);
  };

  const laneFor = (chatId: number): ChatLane => {
    let lane = lanes.get(chatId);
    if (!lane) {
      const now = clock.now();
      const buckets =
        chatId < 0
          ? [new TokenBucket(1, limits.groupIntervalMs, now), new SlidingWindow(limits.groupPerMinute, 60_000)]
          : [new TokenBucket(limits.privateBurst, limits.privateIntervalMs, now)];
      // Before the new lane is in the map: it has nothing pending yet and would be swept at once.
      if (lanes.size >= sweepAbove) sweep();
      lane = { buckets, tail: Promise.resolve(), pending: 0 };
      lanes.set(chatId, lane);
    }
    return lane;
  };

  // Chats waiting for room in the global limit, served first come, first served: without the
  // queue, chats that woke up at the same moment raced for it and some lost again and again.
  const globalQueue: Array<() => void> = [];
  let serving = false;
  const serveGlobalQueue = async () => {
    if (serving) return;
    serving = true;
    try {
      while (globalQueue.length > 0) {
        const wait = global.waitMs(clock.now());
        if (wait > 0) await clock.sleep(wait);
        else {
          global.take(clock.now());
          globalQueue.shift()!();
        }
      }
    } finally {
      serving = false;
    }
  };

  /**
   * Waits until the chat may send one more, then for its turn in the global limit, then takes the
   * chat's token. Only this chat's calls use its buckets (one at a time), so they can only have
   * filled up while it waited for its turn.
   */
  const admit = async (lane: ChatLane): Promise<void> => {
    for (let wait = chatWait(lane); wait > 0; wait = chatWait(lane)) await clock.sleep(wait);
    if (globalQueue.length === 0 && global.waitMs(clock.now()) === 0) global.take(clock.now());
    else await new Promise<void>((turn) => {
      globalQueue.push(turn);
      void serveGlobalQueue();
    });
    const now = clock.now();
    for (const bucket of lane.buckets) bucket.take(now);
  };
  const chatWait = (lane: ChatLane) => {
    const now = clock.now();
    return Math.max(0, ...lane.buckets.map((bucket) => bucket.waitMs(now)));
  };

  return (prev, method, payload, signal) => {
    const chatId = payload && typeof payload === "object" && "chat_id" in payload ? Number((payload as { chat_id: unknown }).chat_id) : NaN;
    if (!Number.isFinite(chatId)) return prev(method, payload, signal);
    const lane = laneFor(chatId);
    lane.pending++;
    const call = lane.tail.then(async () => {
      await admit(lane);
      return prev(method, payload, signal);
    });
    // The next call of this chat waits for this one, whether it succeeded or not.
    lane.tail = call.catch(() => undefined).finally(() => {
      lane.pending--;
      // An idle chat with full buckets is the same as a new one: forget it (memory stays small
      // with many residents).
      if (lane.pending === 0 && lane.buckets.every((bucket) => bucket.isFull(clock.now()))) lanes.delete(chatId);
    });
    return call;
  };
}
