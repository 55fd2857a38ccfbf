// Delivers the transactional outbox: rows written together with the change that caused them
// (a signup, a status change) and sent afterwards, so a Slack or Telegram outage never loses a
// notification and never rolls back the resident's signup.
import type { PrismaClient } from "../../generated/prisma/client";
import type { Logger } from "../../logger";
import { DeliveryError, type NotificationSender, type NotificationSenders } from "./senders";

export const DEFAULT_BATCH_SIZE = 20;
export const DEFAULT_MAX_ATTEMPTS = 8;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 60 * 60_000;
/**
 * How long a claimed row belongs to one delivery run. A run that dies mid-send (crash,
 * deploy) leaves the row pending with nextAttemptAt in the future; after the lease it is
 * simply due again. Must be well above one send (the Slack client gives up after ~30 s).
 */
const DEFAULT_LEASE_MS = 5 * 60_000;

type ChannelName = keyof NotificationSenders;

export interface DeliverPendingNotificationsOptions {
  prisma: PrismaClient;
  senders: NotificationSenders;
  now?: () => Date;
  batchSize?: number;
  maxAttempts?: number;
  leaseMs?: number;
  logger: Logger;
}

export interface DeliveryReport {
  /** Rows delivered in this run. */
  sent: number;
  /** Attempts that failed in this run (the row is retried later or, after maxAttempts, marked failed). */
  failed: number;
  /** Due rows left for later without an attempt: no sender for their channel, or the receiver rate-limited us. */
  deferred: number;
}

/** Wait before the next attempt: 30 s, 1 min, 2 min … capped at one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_MAX_MS);
}

export async function deliverPendingNotifications(options: DeliverPendingNotificationsOptions): Promise<DeliveryReport> {
  const { prisma, senders, logger } = options;
  const clock = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const report: DeliveryReport = { sent: 0, failed: 0, deferred: 0 };

  const runStart = clock();
  const configured = (Object.keys(senders) as ChannelName[]).filter((channel) => senders[channel] !== undefined);

  // Rows for a channel that has no sender in this process stay pending (the Telegram sender may
  // run elsewhere or come later). They are counted, not fetched, so they cannot fill the batch
  // and starve the channels we can serve.
  const unserved = await prisma.notification.count({
    where: { status: "pending", nextAttemptAt: { lte: runStart }, channel: { notIn: configured } },
  });
  if (unserved > 0) {
    logger.warn({ count: unserved, configuredChannels: configured }, "notifications waiting for a channel without sender");
    report.deferred += unserved;
  }
  if (configured.length === 0) return report;

  const due = await prisma.notification.findMany({
    where: { status: "pending", nextAttemptAt: { lte: runStart }, channel: { in: configured } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: batchSize,
    select: { id: true, channel: true, kind: true, payload: true, attempts: true },
  });

  // After a rate limit, the rest of that channel waits for the next run instead of hammering on.
  const rateLimited = new Set<string>();

  for (const row of due) {
    const sender = senders[row.channel as ChannelName] as NotificationSender;
    if (rateLimited.has(row.channel)) {
      report.deferred += 1;
      continue;
    }

    // Claim: only one delivery loop can move nextAttemptAt of a due pending row into the
    // future, so two loops (or two processes) never send the same row at the same time.
    const claimedAt = clock();
    const claim = await prisma.notification.updateMany({
      where: { id: row.id, status: "pending", nextAttemptAt: { lte: claimedAt } },
      data: { nextAttemptAt: new Date(claimedAt.getTime() + leaseMs), attempts: { increment: 1 } },
    });
    if (claim.count !== 1) continue;
    const attempts = row.attempts + 1;
    const log = { notificationId: row.id, channel: row.channel, kind: row.kind, attempts };

    try {
      const payload = parsePayload(row.payload);
      const result = await sender.deliver({ id: row.id, kind: row.kind, payload, attempts });
      await prisma.notification.update({
        where: { id: row.id },
        data: { status: "sent", sentAt: clock(), externalRef: result.ref, lastError: null },
      });
      report.sent += 1;
      logger.info(log, "notification sent");
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
        continue;
      }
      report.failed += 1;
      const permanent = error instanceof DeliveryError && error.permanent;
      if (permanent || attempts >= maxAttempts) {
        await prisma.notification.update({ where: { id: row.id }, data: { status: "failed", lastError: code } });
        logger.error({ ...log, error: code, permanent }, "notification failed for good");
      } else {
        const delay = backoffMs(attempts);
        await prisma.notification.update({
          where: { id: row.id },
          data: { lastError: code, nextAttemptAt: new Date(finishedAt.getTime() + delay) },
        });
        logger.warn({ ...log, error: code, retryInMs: delay }, "notification failed, will retry");
      }
    }
  }
  return report;
}

function parsePayload(payload: string): unknown {
  try {
    return JSON.parse(payload) as unknown;
  } catch (cause) {
    throw new DeliveryError("payload:invalid-json", { permanent: true, cause });
  }
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
