import type { PrismaClient } from "../../generated/prisma/client";
import { isOpenSignupStatus } from "../../domain/signup-status";
import { signupStatusSchema } from "../../domain/vocabulary";
import { transactionWithOutbox } from "../notification/enqueue";
import { recordStatusEvent } from "../signup/record-status-event";
import type { ResidentIdentity } from "./resident-identity";

/**
 * Art. 17 DSGVO: erases the resident and their conversation. Signups stay, anonymised (no
 * resident, no message), so organisations keep correct numbers; open ones become withdrawn and
 * their coordinators are told, because the person can no longer be contacted.
 */
export async function eraseResident(options: {
  prisma: PrismaClient;
  identity: Pick<ResidentIdentity, "channel" | "channelUserId">;
  now: Date;
  /** Who asked: the resident (/loeschen) or the system (the retention job); recorded with the withdrawals. */
  by: "resident" | "system";
  wakeOutbox?: () => void;
}) {
  const { identity, now, by } = options;
  return transactionWithOutbox(options, async (tx, enqueue) => {
    const resident = await tx.resident.findUnique({
      where: { channel_channelUserId: { channel: identity.channel, channelUserId: identity.channelUserId } },
      include: { signups: true },
    });
    await tx.conversation.deleteMany({ where: { channel: identity.channel, channelUserId: identity.channelUserId } });
    if (!resident) return { erased: false, withdrawnSignups: 0 };

    const open = resident.signups.filter((signup) => isOpenSignupStatus(signup.status));
    for (const signup of open) {
      await tx.signup.update({ where: { id: signup.id }, data: { status: "withdrawn", statusChangedAt: now } });
      await recordStatusEvent(tx, { signupId: signup.id, from: signupStatusSchema.parse(signup.status), to: "withdrawn", actor: { kind: by }, at: now });
      await enqueue("signup-withdrawn", { signupId: signup.id });
    }
    // The Führungszeugnis dates are about the person (§ 72a (5) SGB VIII): they go with them.
    await tx.signup.updateMany({
      where: { residentId: resident.id },
      data: { message: null, anonymisedAt: now, certificateSeenAt: null, certificateIssuedAt: null, certificateRecordedBy: null },
    });
    // onDelete: SetNull detaches the signups from the deleted resident; onDelete: Cascade deletes
    // the conversations with the team (RelayThread, RelayMessage).
    await tx.resident.delete({ where: { id: resident.id } });
    return { erased: true, withdrawnSignups: open.length };
  });
}
