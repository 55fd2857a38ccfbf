// The Telegram username is contact data: stored only with the resident's consent to pass it to an
// organisation (a signup), not at the privacy consent, and forgotten once no open signup carries
// that consent any more.
import { describe, expect, it } from "vitest";
import { recordConsent } from "../../../src/services/resident/record-consent";
import { forgetUnsharedTelegramUsernames } from "../../../src/services/resident/forget-unshared-telegram-usernames";
import { createSignup } from "../../../src/services/signup/create-signup";
import { withdrawSignup } from "../../../src/services/signup/withdraw-signup";
import { useTestDatabase } from "../../support/db";
import { createMiniNetwork, createResident } from "../fixtures";

const db = useTestDatabase();
const NOW = new Date("2026-11-23T10:00:00Z");
const identity = { channel: "telegram" as const, channelUserId: "5550001", firstName: "Hildegunde", telegramUsername: "hilde_quast77" };

const username = async (id: number) => (await db.prisma.resident.findUniqueOrThrow({ where: { id } })).telegramUsername;

describe("the Telegram username", () => {
  it("is not stored at the privacy consent, even when the resident has one", async () => {
    const resident = await recordConsent({ prisma: db.prisma, identity, locale: "de", now: NOW });
    expect((await db.prisma.resident.findUniqueOrThrow({ where: { id: resident.id } })).firstName).toBe("Hildegunde");
    expect(await username(resident.id)).toBeNull();
  });

  it("is stored with the contact consent of a signup, kept current by the next one, and left alone without an identity", async () => {
    const network = await createMiniNetwork(db.prisma);
    const [first, second, third] = [await network.opportunity("a"), await network.opportunity("b"), await network.opportunity("c")];
    const resident = await recordConsent({ prisma: db.prisma, identity, locale: "de", now: NOW });

    await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: first.id, message: null, telegramUsername: "hilde_quast77", now: NOW });
    expect(await username(resident.id)).toBe("hilde_quast77");
    // The resident renamed themselves in Telegram: the next consent passes the current name.
    await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: second.id, message: null, telegramUsername: "hilde_neu", now: NOW });
    expect(await username(resident.id)).toBe("hilde_neu");
    await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: third.id, message: null, now: NOW });
    expect(await username(resident.id)).toBe("hilde_neu");
  });

  it("is not stored when the signup is refused", async () => {
    const network = await createMiniNetwork(db.prisma);
    const paused = await network.opportunity("pausiert", { pausedAt: NOW });
    const resident = await recordConsent({ prisma: db.prisma, identity, locale: "de", now: NOW });
    await expect(createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: paused.id, message: null, telegramUsername: "hilde_quast77", now: NOW })).rejects.toThrow();
    expect(await username(resident.id)).toBeNull();
  });

  it("is forgotten once no open signup carries the contact consent, and kept while one does", async () => {
    const network = await createMiniNetwork(db.prisma);
    const offer = await network.opportunity("a");
    // As earlier versions stored it: at the privacy consent, without any signup.
    const legacy = await createResident(db.prisma, "5550002", { telegramUsername: "alt_gespeichert" });
    const signedUp = await createResident(db.prisma, "5550003", { telegramUsername: null });
    const signup = await createSignup({ prisma: db.prisma, residentId: signedUp.id, opportunityId: offer.id, message: null, telegramUsername: "offen_angemeldet", now: NOW });

    expect(await forgetUnsharedTelegramUsernames({ prisma: db.prisma })).toEqual({ usernamesForgotten: 1 });
    expect(await username(legacy.id)).toBeNull();
    expect(await username(signedUp.id)).toBe("offen_angemeldet");

    await withdrawSignup({ prisma: db.prisma, residentId: signedUp.id, signupId: signup.id, now: NOW });
    expect(await forgetUnsharedTelegramUsernames({ prisma: db.prisma })).toEqual({ usernamesForgotten: 1 });
    expect(await username(signedUp.id)).toBeNull();
    expect(await forgetUnsharedTelegramUsernames({ prisma: db.prisma })).toEqual({ usernamesForgotten: 0 });
  });
});
