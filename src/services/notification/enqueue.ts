// The one way to queue a notification: written in the same transaction as the change that causes
// it (so a crash can neither lose nor invent one), and the outbox worker is woken once that
// transaction has committed (waking it earlier would let it look before the row is visible).
import type { PrismaClient } from "../../generated/prisma/client";
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationPayload } from "./kinds";

/** A Prisma transaction client. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type Enqueue = <K extends NotificationKind>(kind: K, payload: NotificationPayload<K>, options?: { notBefore?: Date }) => Promise<void>;

/** Writes one outbox row inside `tx`. Prefer transactionWithOutbox, which also wakes the worker. */
export async function enqueueNotification<K extends NotificationKind>(
  tx: Tx,
  kind: K,
  payload: NotificationPayload<K>,
  options: { notBefore?: Date } = {},
): Promise<void> {
  const definition = NOTIFICATION_KINDS[kind];
  // A bug in a service (a wrong id type) fails the change itself, not a delivery hours later.
  const parsed = definition.payload.parse(payload) as NotificationPayload<K>;
  await tx.notification.create({
    data: {
      channel: definition.channel,
      kind,
      stream: (definition.stream as (payload: NotificationPayload<K>) => string)(parsed),
      payload: JSON.stringify(parsed),
      ...(options.notBefore ? { nextAttemptAt: options.notBefore } : {}),
    },
  });
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
