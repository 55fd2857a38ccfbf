// How the outbox's Slack sender renders "certificate-recheck-due": a reply in the signup's thread
// mentioning the organisation's coordinators (or saying nobody is registered), nothing once the
// volunteer is no longer accepted, and a message of its own when the thread is gone.
import { beforeEach, describe, expect, it } from "vitest";
import { createSlackNotifier } from "../../src/channels/slack/slack-notifier";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { createSilentLogger } from "../../src/logger";
import { deliverPendingNotifications } from "../../src/services/notification/deliver-pending-notifications";
import { enqueueNotification } from "../../src/services/notification/enqueue";
import type { NotificationSender } from "../../src/services/notification/senders";
import { useTestDatabase } from "../support/db";
import { useFakeSlackApi } from "../support/slack/fake-slack-api";
import { createSignupWithNotification, testTranslator, type SignupFixture } from "../support/slack/fixtures";

const logger = createSilentLogger();

const slack = useFakeSlackApi();
const db = useTestDatabase();
let prisma: PrismaClient;
let sender: NotificationSender;
let fixture: SignupFixture;

beforeEach(async () => {
  prisma = db.prisma;
  sender = createSlackNotifier({ prisma, translator: testTranslator(), logger, networkChannel: "C0NETZWERK", token: "xoxb-test", slackApiUrl: slack.url });
  fixture = await createSignupWithNotification(prisma, { status: "accepted" });
  await prisma.opportunity.update({ where: { id: fixture.opportunityId }, data: { requirements: JSON.stringify(["fuehrungszeugnis"]) } });
  await prisma.signup.update({
    where: { id: fixture.signupId },
    data: { certificateSeenAt: new Date("2026-06-15T00:00:00Z"), certificateIssuedAt: new Date("2026-04-01T00:00:00Z"), certificateRecordedBy: "U0COORD001" },
  });
  // The signup message goes out first; the reminder is a reply in its thread.
  await deliverPendingNotifications({ prisma, senders: { slack: sender }, logger });
  slack.calls.length = 0;
});

async function deliverReminder() {
  await prisma.$transaction((tx) => enqueueNotification(tx, "certificate-recheck-due", { signupId: fixture.signupId }));
  return deliverPendingNotifications({ prisma, senders: { slack: sender }, logger });
}

describe("the certificate-recheck-due notice", () => {
  it("replies in the signup's thread and mentions the organisation's coordinators", async () => {
    await prisma.coordinator.createMany({
      data: [
        { name: "Kim", slackUserId: "U0COORD001", organisationId: fixture.organisationId },
        { name: "Lou", slackUserId: "U0COORD002", organisationId: fixture.organisationId },
      ],
    });
    const signup = await prisma.signup.findUniqueOrThrow({ where: { id: fixture.signupId } });

    expect(await deliverReminder()).toMatchObject({ sent: 1, parked: 0 });

    const post = slack.okCalls("chat.postMessage")[0]!;
    expect(post.body).toMatchObject({ channel: signup.slackChannel, thread_ts: signup.slackTs });
    expect(post.body.text).toBe(
      `<@U0COORD001> <@U0COORD002> Das Führungszeugnis zur Anmeldung #${fixture.signupId} für „Lebensmittelausgabe am Samstag“ wurde am 01.04.2026 ausgestellt und muss bis 01.04.2031 erneut vorgelegt werden. Bitte lasst euch ein aktuelles zeigen und erfasst es mit „Führungszeugnis erneuern“ an der Anmeldung.`,
    );
  });

  it("says so when nobody is registered for the organisation", async () => {
    await deliverReminder();
    expect(String(slack.okCalls("chat.postMessage")[0]!.body.text)).toContain("Für Tafel Nordstadt e.V. ist in Slack niemand als Koordinator:in eingetragen");
  });

  it.each(["declined", "withdrawn"])("posts nothing once the signup is %s", async (status) => {
    await prisma.signup.update({ where: { id: fixture.signupId }, data: { status } });
    expect(await deliverReminder()).toMatchObject({ sent: 1 });
    expect(slack.calls.filter((call) => call.method === "chat.postMessage")).toHaveLength(0);
  });

  it("posts on its own, naming the signup, when the thread is gone", async () => {
    slack.failNext("chat.postMessage", { error: "thread_not_found" });
    await deliverReminder();
    const posts = slack.okCalls("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.thread_ts).toBeUndefined();
    expect(String(posts[0]!.body.text)).toContain(`Anmeldung #${fixture.signupId}`);
  });
});
