// The one way to queue a notification: written in the same transaction as the change that causes
// it (so a crash can neither lose nor invent one), and the outbox worker is woken once that
// transaction has committed (waking it earlier would let it look before the row is visible).
import { sqliteDateTime } from "../../db/direct";
import type { SqliteDatabase } from "../../db/gated-connection";
import type { PrismaClient } from "../../generated/prisma/client";
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationPayload } from "./kinds";

/** A Prisma transaction client. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type Enqueue = <K extends NotificationKind>(kind: K, payload: NotificationPayload<K>, options?: { notBefore?: Date }) => Promise<void>;

/** The outbox row of a notification: checked against its kind's schema, its stream worked out. */
function outboxRow<K extends NotificationKind>(kind: K, payload: NotificationPayload<K>) {
  const definition = NOTIFICATION_KINDS[kind];
  // A bug in a service (a wrong id type) fails the change itself, not a delivery hours later.
  const parsed = definition.payload.parse(payload) as NotificationPayload<K>;
  return {
    channel: definition.channel,
    kind,
    stream: (definition.stream as (payload: NotificationPayload<K>) => string)(parsed),
    payload: JSON.stringify(parsed),
  };
}

/** Writes one outbox row inside `tx`. Prefer transactionWithOutbox, which also wakes the worker. */
export async function enqueueNotification<K extends NotificationKind>(
  tx: Tx,
  kind: K,
  payload: NotificationPayload<K>,
  options: { notBefore?: Date } = {},
): Promise<void> {
  await tx.notification.create({ data: { ...outboxRow(kind, payload), ...(options.notBefore ? { nextAttemptAt: options.notBefore } : {}) } });
}

const INSERT_NOTIFICATION = "INSERT INTO Notification (channel, kind, stream, payload, status, attempts, nextAttemptAt, createdAt) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)";

/**
 * enqueueNotification for a service's direct statements (writeTogether, src/db/direct.ts), inside
 * the piece of work that makes the change; the caller wakes the worker once that has committed.
 * Due at once, and created now by the wall clock, as Prisma's column defaults fill them.
 */
export function enqueueNotificationDirectly<K extends NotificationKind>(database: SqliteDatabase, kind: K, payload: NotificationPayload<K>): void {
  const row = outboxRow(kind, payload);
  const now = sqliteDateTime(new Date());
  database.prepare(INSERT_NOTIFICATION).run(row.channel, row.kind, row.stream, row.payload, now, now);
}

export interface OutboxOptions {
  prisma: PrismaClient;
  /** Wakes the outbox worker (src/services/notification/start-outbox-worker.ts); absent in some tests. */
  wakeOutbox?: () => void;
}

/**
 * Runs `work` in a transaction with an `enqueue` bound to it; after the commit, wakes the worker
 * if anything was queued, so coordinators and residents hear of it within seconds.
 */
export async function transactionWithOutbox<T>(options: OutboxOptions, work: (tx: Tx, enqueue: Enqueue) => Promise<T>): Promise<T> {
  let queued = 0;
  const result = await options.prisma.$transaction(async (tx) =>
    work(tx, async (kind, payload, enqueueOptions) => {
      await enqueueNotification(tx, kind, payload, enqueueOptions);
      queued += 1;
    }),
  );
  if (queued > 0) options.wakeOutbox?.();
  return result;
}
