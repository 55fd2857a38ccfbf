// Delivers the transactional outbox: rows written together with the change that caused them
// (a signup, a status change) and sent afterwards, so a Slack or Telegram outage never loses a
// notification and never rolls back the resident's signup.
//
// Order: rows of one stream (a signup's Slack thread, a resident's chat) go out one after the
// other in id order. A row is not sent while an earlier row of its stream is still pending, even
// if the earlier one waits in backoff, so "accepted" never overtakes "contacted" and a
// withdrawal never reaches Slack before the signup message it refers to. A row that fails too
// often is parked: its stream continues and the network channel is told. Different streams go
// out side by side (DEFAULT_CONCURRENCY), so their relative order is not kept.
import { sqliteDateTime, writeTogether } from "../../db/direct";
import type { PrismaClient } from "../../generated/prisma/client";
import type { Logger } from "../../logger";
import { enqueueNotification } from "./enqueue";
import { isNotificationKind, NOTIFICATION_KINDS, type NotificationChannel } from "./kinds";
import { DeliveryError, type NotificationSenders, type OutgoingNotification } from "./senders";

interface OutgoingNotificationRow {
  id: number;
  channel: string;
  kind: string;
  payload: string;
  attempts: number;
  createdAt: Date;
}

export const DEFAULT_BATCH_SIZE = 20;
/**
 * Rows of different streams delivered at the same time. A pass holds at most one row per stream
 * (its head), so this never reorders a stream; it overlaps the wait for Slack's or Telegram's
 * answer (a round trip of 100 ms or more over the internet) with the next rows' work. Rows start
 * in id order. A rate limit still stops the rest of its channel: rows not yet started are left
 * for the next run; the few already on their way get their own answer.
 */
export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_MAX_ATTEMPTS = 8;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 60 * 60_000;
/**
 * How long a claimed row belongs to one delivery run. A run that dies mid-send (crash,
 * deploy) leaves the row pending with nextAttemptAt in the future; after the lease it is
 * simply due again. Must be well above one send (a Slack request times out after 10 s).
 */
const DEFAULT_LEASE_MS = 5 * 60_000;

export interface DeliverPendingNotificationsOptions {
  prisma: PrismaClient;
  senders: NotificationSenders;
  now?: () => Date;
  batchSize?: number;
  /** Rows of different streams on their way at once (DEFAULT_CONCURRENCY); 1 sends one after the other. */
  concurrency?: number;
  /** Failed attempts after which a row is parked (OUTBOX_MAX_ATTEMPTS). */
  maxAttempts?: number;
  leaseMs?: number;
  /** 0 ≤ x < 1; the jitter of the backoff. Tests fix it. */
  random?: () => number;
  logger: Logger;
}

export interface DeliveryReport {
  /** Rows delivered in this run. */
  sent: number;
  /** Attempts that failed in this run (retried later, or parked). */
  failed: number;
  /** Rows parked in this run. */
  parked: number;
  /** Due rows left for later without an attempt: no sender for their channel, or the receiver rate-limited us. */
  deferred: number;
}

/**
 * Wait before the next attempt: 30 s, 1 min, 2 min … capped at one hour, each scaled by a random
 * factor between 0.5 and 1 so that many rows that failed together do not all retry together.
 */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_MAX_MS);
  return Math.round(ceiling * (0.5 + 0.5 * random()));
}

const CLAIM = "UPDATE Notification SET nextAttemptAt = ?, attempts = attempts + 1 WHERE id = ? AND status = 'pending' AND nextAttemptAt <= ?";
const SENT = "UPDATE Notification SET status = 'sent', sentAt = ?, externalRef = ?, lastError = NULL WHERE id = ?";

export async function deliverPendingNotifications(options: DeliverPendingNotificationsOptions): Promise<DeliveryReport> {
  const { prisma, senders, logger } = options;
  const clock = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const random = options.random ?? Math.random;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const report: DeliveryReport = { sent: 0, failed: 0, parked: 0, deferred: 0 };

  const configured = (Object.keys(senders) as NotificationChannel[]).filter((channel) => senders[channel] !== undefined);

  // Rows for a channel that has no sender in this process stay pending (Slack not configured
  // yet). They are counted, not fetched, so they cannot fill the batch and starve the others.
  const unserved = await prisma.notification.count({
    where: { status: "pending", nextAttemptAt: { lte: clock() }, channel: { notIn: configured } },
  });
  if (unserved > 0) {
    logger.warn({ count: unserved, configuredChannels: configured }, "notifications waiting for a channel without sender");
    report.deferred += unserved;
  }
  if (configured.length === 0) return report;

  // After a rate limit, the rest of that channel waits for the next run instead of hammering on.
  const rateLimited = new Set<string>();
  // Channels that have answered in this run (see DEFAULT_CONCURRENCY).
  const answered = new Set<string>();
  let attemptsLeft = batchSize;

  // Each pass sends the due heads of their streams; a sent head makes the next row of its
  // stream the head, so passes repeat until nothing is due or the batch is used up.
  while (attemptsLeft > 0) {
    const heads = await dueStreamHeads(prisma, clock(), configured.filter((channel) => !rateLimited.has(channel)), attemptsLeft);
    if (heads.length === 0) break;
    let progressed = false;
    let failure: { error: unknown } | undefined;
    const onTheirWay = new Set<Promise<void>>();
    const start = (row: OutgoingNotificationRow) => {
      attemptsLeft -= 1;
      const task = deliverOne(row).then(
        (outcome) => {
          if (outcome === "sent" || outcome === "parked") progressed = true;
          // The channel answered without a rate limit: its next rows may go out side by side.
          if (outcome !== "deferred" && outcome !== "skipped") answered.add(row.channel);
        },
        (error: unknown) => {
          failure ??= { error };
        },
      );
      onTheirWay.add(task);
      void task.finally(() => onTheirWay.delete(task));
      return task;
    };
    for (const row of heads) {
      // Room for one more (or, for a channel that has not answered in this run yet, all answers in:
      // its first row goes alone, so that a rate limit on it holds back the rest of the channel).
      while (onTheirWay.size > 0 && (onTheirWay.size >= concurrency || !answered.has(row.channel))) await Promise.race(onTheirWay);
      // A database failure ends the run (rows on their way finish first): the next run tries again.
      if (failure) break;
      if (rateLimited.has(row.channel)) {
        report.deferred += 1;
        continue;
      }
      void start(row);
    }
    await Promise.all(onTheirWay);
    if (failure) throw failure.error;
    if (!progressed) break;
  }
  return report;

  async function deliverOne(row: OutgoingNotificationRow): Promise<"sent" | "parked" | "failed" | "deferred" | "skipped"> {
    // Claim: only one delivery loop can move nextAttemptAt of a due pending row into the
    // future, so two loops (or two processes) never send the same row at the same time.
    // Claim and "sent" are written for every row, so straight to SQLite, sharing their commit
    // with the other writes of the moment (writeTogether, src/db/direct.ts).
    const claimedAt = clock();
    const leaseEnd = sqliteDateTime(new Date(claimedAt.getTime() + leaseMs));
    const claimed = await writeTogether(prisma, (database) => database.prepare(CLAIM).run(leaseEnd, row.id, sqliteDateTime(claimedAt)).changes === 1);
    if (!claimed) return "skipped";
    const attempts = row.attempts + 1;
    const log = { notificationId: row.id, channel: row.channel, kind: row.kind, attempts };

    try {
      const notification = parseRow(row, attempts);
      const sender = senders[row.channel as NotificationChannel]!;
      const result = await sender.deliver(notification);
      const sentAt = sqliteDateTime(clock());
      await writeTogether(prisma, (database) => database.prepare(SENT).run(sentAt, result.ref, row.id));
      report.sent += 1;
      logger.info(log, "notification sent");
      return "sent";
    } catch (error) {
      const code = errorCode(error);
      const finishedAt = clock();
      if (error instanceof DeliveryError && error.retryAfterMs !== undefined) {
        // Being asked to wait is not a failed attempt: give the attempt back.
        rateLimited.add(row.channel);
        await prisma.notification.update({
          where: { id: row.id },
          data: { attempts: row.attempts, lastError: code, nextAttemptAt: new Date(finishedAt.getTime() + error.retryAfterMs) },
        });
        report.deferred += 1;
        logger.warn({ ...log, retryAfterMs: error.retryAfterMs }, "notification postponed: rate limited");
        return "deferred";
      }
      report.failed += 1;
      const permanent = error instanceof DeliveryError && error.permanent;
      if (permanent || attempts >= maxAttempts) {
        await parkNotification(prisma, { id: row.id, kind: row.kind, lastError: code, now: finishedAt });
        report.parked += 1;
        logger.error({ ...log, error: code, permanent }, "notification parked: given up after failures");
        return "parked";
      }
      const delay = backoffMs(attempts, random);
      await prisma.notification.update({
        where: { id: row.id },
        data: { lastError: code, nextAttemptAt: new Date(finishedAt.getTime() + delay) },
      });
      logger.warn({ ...log, error: code, retryInMs: delay }, "notification failed, will retry");
      return "failed";
    }
  }
}

/**
 * The oldest pending row of every stream, if it is due and its channel is served; at most
 * `limit`, lowest ids first. Rows behind a head in their stream are never returned.
 * Read in pages of due rows (id order), keeping those that head their stream, so that a pass
 * costs the same whether ten or ten thousand rows wait (a backlog after an outage).
 */
async function dueStreamHeads(prisma: PrismaClient, now: Date, channels: string[], limit: number): Promise<OutgoingNotificationRow[]> {
  if (channels.length === 0) return [];
  const pageSize = Math.min(Math.max(2 * limit, DUE_PAGE_SIZE), MAX_DUE_PAGE_SIZE);
  const heads: OutgoingNotificationRow[] = [];
  let afterId = 0;
  while (heads.length < limit) {
    const due = await prisma.notification.findMany({
      where: { status: "pending", channel: { in: channels }, nextAttemptAt: { lte: now }, id: { gt: afterId } },
      orderBy: { id: "asc" },
      take: pageSize,
      select: { id: true, channel: true, kind: true, payload: true, attempts: true, createdAt: true, stream: true },
    });
    if (due.length === 0) break;
    afterId = due.at(-1)!.id;
    // The head of a stream is its oldest pending row, due or not (one in backoff holds its stream).
    const firsts = await prisma.notification.groupBy({
      by: ["stream"],
      where: { status: "pending", stream: { in: [...new Set(due.map((row) => row.stream))] } },
      _min: { id: true },
    });
    const headIds = new Set(firsts.map((first) => first._min.id));
    for (const { stream: _stream, ...row } of due) {
      if (heads.length < limit && headIds.has(row.id)) heads.push(row);
    }
    if (due.length < pageSize) break;
  }
  return heads;
}

/** Due rows read per page by dueStreamHeads (their streams are bound in one query: SQLite allows 999). */
const DUE_PAGE_SIZE = 100;
const MAX_DUE_PAGE_SIZE = 500;

/**
 * Gives up on a row: parked, out of its stream's way, kept for `npm run outbox` to show and
 * retry. The network channel hears of it, unless the row was itself such a notice (a Slack
 * outage would otherwise park notices about notices forever).
 */
export async function parkNotification(prisma: PrismaClient, options: { id: number; kind: string; lastError: string; now: Date }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.notification.update({ where: { id: options.id }, data: { status: "parked", parkedAt: options.now, lastError: options.lastError } });
    if (options.kind !== "notification-parked") await enqueueNotification(tx, "notification-parked", { notificationId: options.id });
  });
}

/** The row as its kind's schema reads it; a row no schema accepts can never be sent. */
function parseRow(row: OutgoingNotificationRow, attempts: number): OutgoingNotification {
  if (!isNotificationKind(row.kind)) throw new DeliveryError(`kind:unknown:${row.kind}`, { permanent: true });
  let json: unknown;
  try {
    json = JSON.parse(row.payload) as unknown;
  } catch (cause) {
    throw new DeliveryError("payload:invalid-json", { permanent: true, cause });
  }
  const parsed = NOTIFICATION_KINDS[row.kind].payload.safeParse(json);
  if (!parsed.success) throw new DeliveryError("payload:invalid", { permanent: true });
  // The kind and its payload belong together by construction; TypeScript cannot see it through the lookup.
  return { id: row.id, kind: row.kind, payload: parsed.data, attempts, createdAt: row.createdAt } as OutgoingNotification;
}

/**
 * What goes into lastError and the logs. Only codes and error names: messages of unexpected
 * errors (database, HTTP) can quote the data they were handling.
 */
function errorCode(error: unknown): string {
  if (error instanceof DeliveryError) return error.code;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" || typeof code === "number" ? `${error.name}:${code}` : error.name;
  }
  return "unknown";
}
