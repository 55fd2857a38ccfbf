// The coordinators' tools in the whole app: residents on Telegram, coordinators using /lotse in
// Slack (signed requests to the app's own HTTP server, as Slack sends them). Recommendations are
// counted, a paused offer is no longer recommended, and a message to the accepted volunteers
// reaches the resident in their language.
import { describe, expect, it } from "vitest";
import { localizedTitle } from "../../src/conversation/present";
import { updateSignupStatus } from "../../src/services/signup/update-signup-status";
import { onboard, startSignup, text, useAppHarness, waitFor } from "../support/app-harness";
import { broadcastSubmissionBody, commandBody } from "../channels/slack/listeners/coordinator-app";
import { signedSlackRequest } from "../support/slack/signed-request";

const SIGNING_SECRET = "coordinator-tools-signing-secret";

const harness = useAppHarness({ env: { SLACK_SIGNING_SECRET: SIGNING_SECRET } });

const slackUrl = () => `http://127.0.0.1:${harness.port}/slack/events`;
let requests = 0;

/** `/lotse <text>` by a Slack user; resolves with the answer on the response URL, if one is expected. */
async function lotse(userId: string, commandText: string, options: { wait?: boolean } = {}): Promise<string | undefined> {
  requests += 1;
  const id = `e2e-${requests}`;
  const response = await fetch(slackUrl(), signedSlackRequest(commandBody({ userId, text: commandText, responseUrl: harness.slack.responseUrl(id) }), SIGNING_SECRET));
  expect(response.status).toBe(200);
  if (options.wait === false) return undefined;
  const answer = await waitFor(() => harness.slack.responses.find((candidate) => candidate.id === id), `the answer to /lotse ${commandText}`);
  return String(answer.body.text);
}

/** The offers shown to residents since the given RecommendationShown id. */
async function shownSince(id: number): Promise<number[]> {
  const rows = await harness.prisma.recommendationShown.findMany({ where: { id: { gt: id } }, orderBy: { id: "asc" } });
  return rows.map((row) => row.opportunityId);
}

async function lastShownId(): Promise<number> {
  return (await harness.prisma.recommendationShown.findFirst({ orderBy: { id: "desc" } }))?.id ?? 0;
}

async function coordinatorOf(organisationId: number): Promise<string> {
  const coordinator = await harness.prisma.coordinator.findFirstOrThrow({ where: { organisationId }, orderBy: { id: "asc" } });
  return coordinator.slackUserId;
}

describe("coordinators' tools", () => {
  it("counts recommendations, and a paused offer is not recommended any more until it is resumed", async () => {
    const before = await lastShownId();
    const first = harness.user({ firstName: "Anna" });
    await onboard(first);
    const shown = await shownSince(before);
    expect(shown).toHaveLength(3);

    const paused = await harness.prisma.opportunity.findUniqueOrThrow({ where: { id: shown[0]! } });
    const coordinator = await coordinatorOf(paused.organisationId);
    expect(await lotse(coordinator, `angebot pausieren ${paused.slug}`)).toContain(paused.title);

    const beforeSecond = await lastShownId();
    await onboard(harness.user({ firstName: "Bernd" }));
    const shownToSecond = await shownSince(beforeSecond);
    expect(shownToSecond).toHaveLength(3);
    expect(shownToSecond).not.toContain(paused.id);

    await lotse(coordinator, `angebot aktivieren ${paused.slug}`);
    const beforeThird = await lastShownId();
    await onboard(harness.user({ firstName: "Clara" }));
    expect(await shownSince(beforeThird)).toContain(paused.id);
  });

  it("sends a coordinator's message to the accepted volunteer, in the volunteer's language", async () => {
    const resident = harness.user({ firstName: "Olena", languageCode: "en" });
    await onboard(resident, { locale: "en" });
    await startSignup(resident, /^1\. /, "en");
    await resident.tap(text("signup-message-skip", {}, "en"));
    await resident.tap(text("signup-confirm-yes", {}, "en"));
    const person = await harness.prisma.resident.findFirstOrThrow({ where: { channelUserId: String(resident.id) } });
    const signup = await harness.prisma.signup.findFirstOrThrow({
      where: { residentId: person.id },
      include: { opportunity: { include: { organisation: true, translations: { where: { locale: "en" } } } } },
    });
    const coordinator = await coordinatorOf(signup.opportunity.organisationId);
    await updateSignupStatus({ prisma: harness.prisma, signupId: signup.id, status: "accepted", coordinatorSlackUserId: coordinator, wakeOutbox: harness.app.deps.wakeOutbox });
    // The resident hears of the acceptance first; the broadcast comes after it.
    await waitFor(
      async () => (await harness.prisma.notification.findFirst({ where: { kind: "signup-status-changed", status: "sent", stream: `telegram:resident:${person.id}` } })) ?? undefined,
      "the acceptance delivered",
    );
    const mark = resident.mark();

    await lotse(coordinator, `nachricht ${signup.opportunity.slug}`, { wait: false });
    const opened = await waitFor(() => harness.slack.okCalls("views.open").at(-1), "the broadcast modal");
    const view = opened.body.view as Record<string, unknown>;
    const message = "Hello everyone! Saturday starts at 10 instead of 9.";
    const submitted = await fetch(slackUrl(), signedSlackRequest(broadcastSubmissionBody(coordinator, { id: "V0VIEW00001", type: "modal", ...view }, message), SIGNING_SECRET));
    expect(submitted.status).toBe(200);

    const told = await resident.waitForReply({ since: mark });
    expect(told.text).toBe(
      harness.app.deps.translator.t("en", "notify-broadcast", {
        title: localizedTitle(signup.opportunity, "en"),
        organisation: signup.opportunity.organisation.name,
        message,
      }),
    );
    await waitFor(
      async () => (await harness.prisma.notification.findFirst({ where: { kind: "broadcast-message", status: "sent" } })) ?? undefined,
      "the broadcast notification marked sent",
    );
    const answer = await waitFor(() => harness.slack.okCalls("chat.postMessage").find((call) => call.body.channel === coordinator), "the coordinator's confirmation");
    expect(answer.body.text).toBe(harness.app.deps.translator.t("de", "slack-broadcast-sent", { count: 1, title: signup.opportunity.title }));
  });
});
