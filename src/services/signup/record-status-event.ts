// The one place a signup's status change is recorded. Every service that changes a status calls
// it inside the transaction of the change, so the history and the status never disagree.
import { sqliteDateTime } from "../../db/direct";
import type { SqliteDatabase } from "../../db/gated-connection";
import { encodeStatusEventActor, type StatusEventActor } from "../../domain/signup-status";
import type { SignupStatus } from "../../domain/vocabulary";
import type { Tx } from "../notification/enqueue";

export interface StatusEvent {
  signupId: number;
  /** null only where the earlier status is not known. */
  from: SignupStatus | null;
  to: SignupStatus;
  actor: StatusEventActor;
  /** Why, where someone said so (free text: shown to coordinators, never logged). */
  reason?: string | null;
  at: Date;
}

function statusEventRow(event: StatusEvent) {
  return {
    signupId: event.signupId,
    fromStatus: event.from,
    toStatus: event.to,
    actor: encodeStatusEventActor(event.actor),
    reason: event.reason ?? null,
    createdAt: event.at,
  };
}

export async function recordStatusEvent(tx: Tx, event: StatusEvent): Promise<void> {
  await tx.signupStatusEvent.create({ data: statusEventRow(event) });
}

const INSERT_EVENT = "INSERT INTO SignupStatusEvent (signupId, fromStatus, toStatus, actor, reason, createdAt) VALUES (?, ?, ?, ?, ?, ?)";

/** recordStatusEvent for a service's direct statements (writeTogether, src/db/direct.ts). */
export function recordStatusEventDirectly(database: SqliteDatabase, event: StatusEvent): void {
  const row = statusEventRow(event);
  database.prepare(INSERT_EVENT).run(row.signupId, row.fromStatus, row.toStatus, row.actor, row.reason, sqliteDateTime(row.createdAt));
}
