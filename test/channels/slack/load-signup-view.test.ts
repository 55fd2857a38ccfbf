// loadSignupView reads what the coordinators' message shows with one statement
// (src/channels/slack/load-signup-view.ts); here against rows written by the services.
import { describe, expect, it } from "vitest";
import { loadSignupView } from "../../../src/channels/slack/load-signup-view";
import { createSignup } from "../../../src/services/signup/create-signup";
import { withdrawSignup } from "../../../src/services/signup/withdraw-signup";
import { useTestDatabase } from "../../support/db";
import { createMiniNetwork, createResident } from "../../services/fixtures";

const db = useTestDatabase();
const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9, 0, 0, 123));

describe("loadSignupView", () => {
  it("is null for an unknown signup", async () => {
    expect(await loadSignupView(db.prisma, 4711)).toBeNull();
  });

  it("shows a consented signup with its offer, organisation, district, resident and the latest three status changes in order", async () => {
    const network = await createMiniNetwork(db.prisma);
    const offer = await network.opportunity("leih-oma", { requirements: JSON.stringify(["fuehrungszeugnis"]) });
    const resident = await createResident(db.prisma, "1001", { locale: "uk", languages: JSON.stringify(["uk", "de"]) });
    const signup = await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: offer.id, message: "Hallo!", telegramUsername: "erika_m", now: day(1) });
    for (const [n, withdrawn] of [
      [2, day(2)],
      [4, day(4)],
    ] as const) {
      await withdrawSignup({ prisma: db.prisma, residentId: resident.id, signupId: signup.id, now: withdrawn });
      await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: offer.id, message: `Wieder ${n}`, now: day(n + 1) });
    }
    // A status this version does not know (a newer version wrote it) is left out.
    await db.prisma.signupStatusEvent.create({ data: { signupId: signup.id, fromStatus: "new", toStatus: "later-status", actor: "system", createdAt: day(6) } });
    await db.prisma.signup.update({ where: { id: signup.id }, data: { slackChannel: "C0MGH", slackTs: "1.2", certificateSeenAt: day(5), certificateRecordedBy: "U1" } });

    const loaded = await loadSignupView(db.prisma, signup.id);

    expect(loaded).toEqual({
      organisation: { id: network.mgh.id, name: "Mehrgenerationenhaus Altstadt", slackChannel: "C0MGH" },
      slackMessage: { channel: "C0MGH", ts: "1.2" },
      statusChangedAt: day(5),
      view: {
        signupId: signup.id,
        status: "new",
        opportunity: { title: "Titel leih-oma", slug: "leih-oma", organisationName: "Mehrgenerationenhaus Altstadt", districtName: "Altstadt" },
        resident: { firstName: "Erika", telegramUsername: "erika_m", channel: "telegram", locale: "uk", languages: ["uk", "de"] },
        message: "Wieder 4",
        createdAt: day(1),
        certificate: { seenAt: day(5), issuedAt: null, recordedBy: "U1" },
        statusEvents: [
          { status: "withdrawn", actor: { kind: "resident" }, at: day(4) },
          { status: "new", actor: { kind: "resident" }, at: day(5) },
        ],
      },
    });
  });

  it("shows no person for a signup withdrawn with the consent, or of an erased resident, and no certificate where none is asked", async () => {
    const network = await createMiniNetwork(db.prisma);
    const offer = await network.opportunity("lesepaten", { districtId: null, locationKind: "citywide" });
    const resident = await createResident(db.prisma);
    const signup = await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: offer.id, message: "Hallo!", now: day(1) });
    await withdrawSignup({ prisma: db.prisma, residentId: resident.id, signupId: signup.id, now: day(2), withdrawConsent: true });

    const withdrawn = await loadSignupView(db.prisma, signup.id);
    expect(withdrawn?.view).toMatchObject({ status: "withdrawn", resident: null, message: null, certificate: null, opportunity: { districtName: null } });

    await db.prisma.signup.update({ where: { id: signup.id }, data: { anonymisedAt: null, residentId: null } });
    expect((await loadSignupView(db.prisma, signup.id))?.view).toMatchObject({ resident: null, message: null });
  });

  it("shows only that there is a signup when it carries no contact consent", async () => {
    const network = await createMiniNetwork(db.prisma);
    const offer = await network.opportunity("besuchsdienst");
    const resident = await createResident(db.prisma);
    const signup = await createSignup({ prisma: db.prisma, residentId: resident.id, opportunityId: offer.id, message: "Hallo!", now: day(1) });
    await db.prisma.signup.update({ where: { id: signup.id }, data: { contactConsentAt: null } });

    expect((await loadSignupView(db.prisma, signup.id))?.view).toMatchObject({
      resident: { firstName: null, telegramUsername: null, channel: "telegram", locale: null, languages: [] },
      message: null,
    });
  });
});
