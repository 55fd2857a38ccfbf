import type { PrismaClient } from "../../generated/prisma/client";
import type { Logger } from "../../logger";
import { emptyWriteAheadLog } from "../../db/write-ahead-log";
import { isOpenSignupStatus } from "../../domain/signup-status";
import { signupStatusSchema } from "../../domain/vocabulary";
import { transactionWithOutbox } from "../notification/enqueue";
import { recordStatusEvent } from "../signup/record-status-event";
import type { ResidentIdentity } from "./resident-identity";

export interface EraseResidentResult {
  erased: boolean;
  /** Open signups that became withdrawn (their coordinators are told). */
  withdrawnSignups: number;
}

/**
 * Art. 17 DSGVO: erases the resident and everything stored about them, in one transaction.
 *
 * - The resident row; with it (onDelete: Cascade) their conversations with the team (RelayThread,
 *   RelayMessage) and (SetNull) the link from their signups.
 * - Signups stay, anonymised (no resident, no message, no Führungszeugnis dates), so organisations
 *   keep correct numbers; open ones become withdrawn and their coordinators are told, because the
 *   person can no longer be contacted. Closed ones get their Slack message re-rendered without them.
 * - Free text about them: the reasons in their signups' status history (a decline reason may say
 *   anything about the person) become null; who changed which status when stays, for the figures.
 * - Their check-in answers: the rows are deleted, not just their answer nulled — a row without an
 *   answer would count as "not answered" in the statistics, which is false. The figures lose these
 *   answers; the signups themselves stay counted.
 * - Slack: every message the bot posted with their words (their questions, the copies of answers
 *   given in the modal; RelayMessage.slackChannel/slackPostTs) is queued to be replaced by a short
 *   note ("slack-message-redacted"), before the rows go. Replies coordinators typed in Slack
 *   themselves are theirs: the bot cannot edit them.
 * - The outbox rows of their chat ("telegram:resident:<id>"): their Telegram chat id is in the
 *   delivered rows' externalRef. Delivered, parked and untried rows are deleted; a row being
 *   delivered this very moment (or waiting to be tried again) is left, and its renderer finds
 *   nobody to send to.
 * - Their dialogue state (Conversation).
 * - The database's write-ahead log: once committed, it is emptied into the database file, where
 *   secure_delete has zeroed the rows (src/db/write-ahead-log.ts); otherwise their rows as they were
 *   would stay in the `-wal` file.
 */
export async function eraseResident(options: {
  prisma: PrismaClient;
  identity: Pick<ResidentIdentity, "channel" | "channelUserId">;
  now: Date;
  /** Who asked: the resident (/loeschen) or the system (the retention job); recorded with the withdrawals. */
  by: "resident" | "system";
  wakeOutbox?: () => void;
  /** Told when the write-ahead log could not be emptied right away. */
  logger: Logger;
  /**
   * false: the caller empties the write-ahead log itself once it has erased several residents
   * (each emptying writes the database file and waits for the disk).
   */
  emptyWriteAheadLog?: boolean;
}): Promise<EraseResidentResult> {
  const result = await eraseInOneTransaction(options);
  if (result.erased && options.emptyWriteAheadLog !== false) await emptyWriteAheadLog(options);
  return result;
}

function eraseInOneTransaction(options: Parameters<typeof eraseResident>[0]): Promise<EraseResidentResult> {
  const { identity, now, by } = options;
  return transactionWithOutbox(options, async (tx, enqueue) => {
    const resident = await tx.resident.findUnique({
      where: { channel_channelUserId: { channel: identity.channel, channelUserId: identity.channelUserId } },
      include: { signups: { select: { id: true, status: true } } },
    });
    await tx.conversation.deleteMany({ where: { channel: identity.channel, channelUserId: identity.channelUserId } });
    if (!resident) return { erased: false, withdrawnSignups: 0 };
    const signupIds = resident.signups.map((signup) => signup.id);

    let withdrawnSignups = 0;
    for (const signup of resident.signups) {
      if (isOpenSignupStatus(signup.status)) {
        await tx.signup.update({ where: { id: signup.id }, data: { status: "withdrawn", statusChangedAt: now } });
        await recordStatusEvent(tx, { signupId: signup.id, from: signupStatusSchema.parse(signup.status), to: "withdrawn", actor: { kind: by }, at: now });
        await enqueue("signup-withdrawn", { signupId: signup.id });
        withdrawnSignups += 1;
      } else {
        // Declined or withdrawn before: the message still shows the person, but nobody need act.
        await enqueue("signup-anonymised", { signupId: signup.id });
      }
    }
    // The Führungszeugnis dates are about the person (§ 72a (5) SGB VIII): they go with them.
    await tx.signup.updateMany({
      where: { residentId: resident.id },
      data: { message: null, anonymisedAt: now, certificateSeenAt: null, certificateIssuedAt: null, certificateRecordedBy: null },
    });
    await tx.signupStatusEvent.updateMany({ where: { signupId: { in: signupIds }, reason: { not: null } }, data: { reason: null } });
    await tx.checkIn.deleteMany({ where: { signupId: { in: signupIds } } });

    // Read before the cascade below deletes the rows that know where the messages are.
    const posted = await tx.relayMessage.findMany({
      where: { thread: { residentId: resident.id }, slackChannel: { not: null }, slackPostTs: { not: null } },
      select: { slackChannel: true, slackPostTs: true },
      orderBy: { id: "asc" },
    });
    for (const message of posted) {
      await enqueue("slack-message-redacted", { channel: message.slackChannel!, ts: message.slackPostTs! });
    }

    // A pending row that was never tried cannot be in delivery right now (the worker's claim counts
    // the attempt in the same statement that takes the row), so it goes too.
    await tx.notification.deleteMany({
      where: { stream: `telegram:resident:${resident.id}`, OR: [{ status: { not: "pending" } }, { attempts: 0 }] },
    });
    // onDelete: SetNull detaches the signups from the deleted resident; onDelete: Cascade deletes
    // the conversations with the team (RelayThread, RelayMessage).
    await tx.resident.delete({ where: { id: resident.id } });
    return { erased: true, withdrawnSignups };
  });
}
