// /lotse nachricht: the modal's submission queues one Telegram notification per accepted
// volunteer, and the coordinator hears how many in a direct message.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { MessageArgs } from "../../../../../src/i18n/translator";
import { testTranslator } from "../../../../support/slack/fixtures";
import { MGH_COORDINATOR, STRANGER, TAFEL_COORDINATOR } from "../../../../services/coordinator/fixtures";
import { useCoordinatorApp } from "../coordinator-app";

const translator = testTranslator();
const t = (key: string, args?: MessageArgs) => translator.t("de", key, args);
const now = new Date("2026-11-23T11:00:00Z");
const earlier = new Date("2026-11-10T11:00:00Z");

let wakeOutbox: ReturnType<typeof vi.fn<() => void>>;
let volunteers: Array<{ signupId: number; residentId: number }>;

const { slack, db, network, coordinatorApp } = useCoordinatorApp({ now: () => now, wakeOutbox: () => wakeOutbox() });
beforeEach(async () => {
  wakeOutbox = vi.fn<() => void>();
  volunteers = [
    await network.signup(network.leihOma.id, { at: earlier, steps: [{ status: "accepted", at: earlier }] }),
    await network.signup(network.leihOma.id, { at: earlier, steps: [{ status: "accepted", at: earlier }] }),
    await network.signup(network.leihOma.id, { at: earlier, steps: [{ status: "accepted", at: earlier }] }),
  ];
  await network.signup(network.leihOma.id, { at: earlier, steps: [{ status: "contacted", at: earlier }] });
});

/** The modal as /lotse nachricht opened it. */
async function openModal(userId = MGH_COORDINATOR): Promise<Record<string, unknown>> {
  await coordinatorApp.command(userId, "nachricht leih-oma", { wait: false });
  await expect.poll(() => slack.okCalls("views.open").length).toBe(1);
  return { id: "V0VIEW00001", type: "modal", ...(slack.okCalls("views.open")[0]!.body.view as Record<string, unknown>) };
}

const directMessages = (userId: string) => slack.okCalls("chat.postMessage").filter((call) => call.body.channel === userId);

describe("broadcast modal submission", () => {
  it("queues exactly one notification per accepted volunteer and tells the coordinator", async () => {
    const view = await openModal();

    const answer = await coordinatorApp.submitView(MGH_COORDINATOR, view, "Am Samstag treffen wir uns eine Stunde später.");

    // An empty acknowledgement closes the modal.
    expect(answer).toEqual({ status: 200, body: "" });
    await expect.poll(() => directMessages(MGH_COORDINATOR).length).toBe(1);
    expect(directMessages(MGH_COORDINATOR)[0]!.body.text).toBe(t("slack-broadcast-sent", { count: 3, title: "Leih-Oma gesucht" }));
    const broadcast = await db.prisma.broadcast.findFirstOrThrow();
    expect(broadcast).toMatchObject({ opportunityId: network.leihOma.id, text: "Am Samstag treffen wir uns eine Stunde später.", slackUserId: MGH_COORDINATOR, recipientCount: 3 });
    const queued = await db.prisma.notification.findMany({ where: { kind: "broadcast-message" }, orderBy: { id: "asc" } });
    expect(queued.map((row) => JSON.parse(row.payload))).toEqual(volunteers.map((volunteer) => ({ broadcastId: broadcast.id, residentId: volunteer.residentId })));
    expect(wakeOutbox).toHaveBeenCalled();
  });

  it("keeps the modal open with a hint when the message is empty", async () => {
    const view = await openModal();

    const answer = await coordinatorApp.submitView(MGH_COORDINATOR, view, "   ");

    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ response_action: "errors", errors: { broadcast_message: t("slack-broadcast-invalid", { max: 2000 }) } });
    expect(await db.prisma.broadcast.count()).toBe(0);
    expect(await db.prisma.notification.count({ where: { kind: "broadcast-message" } })).toBe(0);
  });

  it("refuses a submission for another organisation's offer and one by an unregistered user, queuing nothing", async () => {
    const view = await openModal();

    await coordinatorApp.submitView(TAFEL_COORDINATOR, view, "Hallo");
    await coordinatorApp.submitView(STRANGER, view, "Hallo");

    await expect.poll(() => directMessages(TAFEL_COORDINATOR).length + directMessages(STRANGER).length).toBe(2);
    expect(directMessages(TAFEL_COORDINATOR)[0]!.body.text).toBe(t("slack-opportunity-not-yours", { slug: "leih-oma", organisation: "Mehrgenerationenhaus Altstadt" }));
    expect(directMessages(STRANGER)[0]!.body.text).toBe(t("slack-lotse-not-coordinator"));
    expect(await db.prisma.broadcast.count()).toBe(0);
    expect(await db.prisma.notification.count({ where: { kind: "broadcast-message" } })).toBe(0);
  });
});
