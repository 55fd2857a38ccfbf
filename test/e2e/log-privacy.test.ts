/**
 * No personal data in logs, at any level: the whole app (startAppHarness: the real grammY, Bolt
 * and WebClient against the local fakes) logs at "trace" while a resident goes through every flow
 * (onboarding, recommendations, details, a signup with a message, /meine, /frage, /profil,
 * /sprache, /datenschutz, /loeschen), coordinators use every Slack action (the status buttons, the
 * decline dialogue with a reason, the Antworten dialogue, a reply in the thread, /lotse offen,
 * statistik, export, nachricht, the App Home, the freshness buttons), every job runs, and
 * deliveries fail (Slack refuses a channel and fails a request, Telegram refuses a reply and a
 * status message). Then the complete log output is searched for every name, Telegram id, username,
 * text typed on either side, token and chat id the run used: none may appear.
 *
 * test/e2e/main-process.test.ts does the same for the real entry point's stdout under hostile
 * requests and crashes; this one covers the breadth of what the app does.
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { FRESHNESS_CONFIRM_ACTION_ID } from "../../src/channels/slack/opportunity-freshness-message";
import { DECLINE_REASON_ACTION_ID, DECLINE_REASON_BLOCK_ID, DECLINE_VIEW_ID } from "../../src/channels/slack/signup-dialog-ids";
import { RELAY_ANSWER_VIEW_ID, SIGNUP_ANSWER_ACTION_ID } from "../../src/channels/slack/relay-ids";
import { createLogger } from "../../src/logger";
import { broadcastSubmissionBody, commandBody } from "../channels/slack/listeners/coordinator-app";
import { NETWORK_CHANNEL, onboard, startAppHarness, startSignup, text, waitFor, type AppHarness } from "../support/app-harness";
import { signedSlackRequest, statusClickBody } from "../support/slack/signed-request";
import { viewSubmissionBody } from "../support/slack/signup-dialogs";
import { DEFAULT_FAKE_BOT_TOKEN } from "../support/telegram/fake-bot-api";

const SIGNING_SECRET = "log-privacy-signing-secret-5f3a9c";
/** Set by the harness for every run (test/support/app-harness.ts). */
const SLACK_BOT_TOKEN = "xoxb-test";

const RESIDENT = { id: 5829163047, firstName: "Roswitha", lastName: "Kleinschmidtova", username: "roswitha_k42", languageCode: "de" };
const TYPED = {
  message: "Ich wohne im Ginsterweg 17 und habe dienstags Zeit",
  question: "Ist der Treffpunkt barrierefrei erreichbar",
  teamAnswer: "Ja, mit Rampe am Seiteneingang",
  threadReply: "Bitte bringen Sie Ihren Ausweis mit",
  reason: "Leider passt die Uhrzeit nicht zu unserer Gruppe",
  broadcast: "Das Sommerfest ist am Samstag im Hof",
};

/** The app's log output, byte for byte, and its records. */
function captureRawLogs() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString("utf8").split("\n").filter((line) => line.trim() !== ""));
      callback();
    },
  });
  return { logger: createLogger({ level: "trace", destination }), lines };
}

describe("logs of a whole run", () => {
  it("hold no name, id, username, typed text, token or chat id, at trace level", async () => {
    const logs = captureRawLogs();
    const harness = await startAppHarness({ env: { SLACK_SIGNING_SECRET: SIGNING_SECRET }, logger: logs.logger, jobsFirstRunAfterMs: 3_600_000 });
    try {
      await runEverything(harness);
    } finally {
      await harness.close();
    }

    const output = logs.lines.join("\n");
    // Every line is one JSON record, and the run did log: errors, warnings and its debug detail.
    const records = logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.length).toBeGreaterThan(50);
    expect(records.some((record) => record.level === 20)).toBe(true);
    // … and the failures were among what it logged.
    const messages = new Set(records.map((record) => String(record.msg)));
    for (const logged of ["organisation channel unreachable, posting to the network channel", "could not update the signup message", "notification failed, will retry", "telegram update failed"]) {
      expect(messages, logged).toContain(logged);
    }

    const forbidden = [
      RESIDENT.firstName,
      RESIDENT.lastName,
      RESIDENT.username,
      String(RESIDENT.id),
      ...Object.values(TYPED),
      // A part of a typed text is as telling as all of it.
      "Ginsterweg",
      "barrierefrei",
      "Seiteneingang",
      DEFAULT_FAKE_BOT_TOKEN,
      DEFAULT_FAKE_BOT_TOKEN.split(":")[1]!,
      SLACK_BOT_TOKEN,
      SIGNING_SECRET,
    ];
    const leaks = forbidden.filter((secret) => output.includes(secret));
    const leakingLines = logs.lines.filter((line) => leaks.some((secret) => line.includes(secret)));
    expect(leaks, `personal data or secrets in the log:\n${leakingLines.slice(0, 10).join("\n")}`).toEqual([]);
  }, 120_000);
});

async function runEverything(h: AppHarness): Promise<void> {
  const { prisma, slack, telegram } = h;
  const events = `http://127.0.0.1:${h.port}/slack/events`;
  const post = async (body: string, contentType?: string) => {
    const request = signedSlackRequest(body, SIGNING_SECRET);
    const response = await fetch(events, contentType ? { ...request, headers: { ...(request.headers as Record<string, string>), "content-type": contentType } } : request);
    await response.text();
    expect(response.status).toBe(200);
  };
  const interaction = (payload: Record<string, unknown>) => post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
  let eventCounter = 0;
  const slackEvent = (event: Record<string, unknown>) =>
    post(JSON.stringify({ type: "event_callback", team_id: "T0TEAM0001", api_app_id: "A0APP00001", event, event_id: `Ev0LOG${++eventCounter}`, event_time: 1_800_000_000 }), "application/json");
  let commandCounter = 0;
  const lotse = async (userId: string, commandText: string, wait = true) => {
    const id = `log-privacy-${++commandCounter}`;
    await post(commandBody({ userId, text: commandText, responseUrl: slack.responseUrl(id) }));
    if (wait) await waitFor(() => slack.responses.find((response) => response.id === id), `the answer to /lotse ${commandText}`);
  };
  const newCall = (method: string, since: number) => waitFor(() => slack.okCalls(method)[since], `${method} #${since + 1}`);

  // --- a resident: onboarding, recommendations, details, a signup with a message
  const resident = h.user(RESIDENT);
  await onboard(resident, { languages: ["de", "uk"] });
  // The organisation's channel refuses the first post: the signup goes to the network channel, with a note.
  slack.failNext("chat.postMessage", { error: "channel_not_found" });
  await startSignup(resident);
  await resident.send(TYPED.message);
  await resident.tap(text("signup-confirm-yes"));
  const residentRow = await prisma.resident.findFirstOrThrow({ where: { channelUserId: String(RESIDENT.id) } });
  const first = await waitFor(
    async () => (await prisma.signup.findFirst({ where: { residentId: residentRow.id, slackTs: { not: null } }, include: { opportunity: true } })) ?? undefined,
    "the first signup's Slack message",
  );
  const coordinator = await prisma.coordinator.findFirstOrThrow({ where: { organisationId: first.opportunity.organisationId } });
  const manager = await prisma.coordinator.findFirstOrThrow({ where: { organisationId: null } });

  // A second signup, from the list of offers again.
  await resident.send("/angebote");
  await startSignup(resident, /^2\. /);
  await resident.tap(text("signup-message-skip"));
  await resident.tap(text("signup-confirm-yes"));
  const second = await waitFor(
    async () => (await prisma.signup.findFirst({ where: { residentId: residentRow.id, id: { not: first.id }, slackTs: { not: null } }, include: { opportunity: true } })) ?? undefined,
    "the second signup's Slack message",
  );
  const secondCoordinator = await prisma.coordinator.findFirstOrThrow({ where: { organisationId: second.opportunity.organisationId } });

  // --- /meine, /frage, /profil, /sprache, /datenschutz (whose first reply Telegram refuses)
  await resident.send("/meine");
  await resident.send("/frage");
  await resident.tap(resident.buttons()[0]!);
  await resident.send(TYPED.question);
  expect(resident.lastReply().text).toBe(text("question-sent"));
  await resident.send("/profil");
  await resident.tap(text("profile-field-hours"));
  await resident.tap(text("hours-2"));
  await resident.send("/sprache");
  await resident.tap(text("locale-name-en"));
  await resident.send("/language");
  await resident.tap(text("locale-name-de"));
  telegram.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });
  await resident.send("/datenschutz");
  await resident.send("/datenschutz");

  // --- Slack: "Kontaktiert" (the update in place fails once), the Antworten dialogue, a thread reply
  const firstMessage = { channel: first.slackChannel!, ts: first.slackTs! };
  slack.failNext("chat.update", { status: 500 });
  let since = slack.calls.filter((call) => call.method === "chat.update").length;
  await post(statusClickBody({ coordinator: coordinator.slackUserId, ...firstMessage, signupId: first.id, actionId: "signup_status_contacted" }));
  await waitFor(() => slack.calls.filter((call) => call.method === "chat.update").length > since, "the failed update in place");
  await waitFor(async () => (await prisma.signup.findUniqueOrThrow({ where: { id: first.id } })).status === "contacted", "the status contacted");

  let mark = resident.mark();
  since = slack.okCalls("views.open").length;
  await interaction({
    type: "block_actions",
    user: { id: coordinator.slackUserId, username: RESIDENT.username, name: RESIDENT.firstName },
    trigger_id: "11.22.33",
    team: { id: "T0TEAM0001" },
    channel: { id: firstMessage.channel },
    container: { type: "message", channel_id: firstMessage.channel, message_ts: firstMessage.ts },
    actions: [{ action_id: SIGNUP_ANSWER_ACTION_ID, block_id: "signup_status_actions", value: String(first.id), type: "button", action_ts: "1" }],
  });
  const answerModal = (await newCall("views.open", since)).body.view as { private_metadata: string };
  await post(viewSubmissionBody({ user: coordinator.slackUserId, callbackId: RELAY_ANSWER_VIEW_ID, privateMetadata: answerModal.private_metadata, values: { answer: { text: { type: "plain_text_input", value: TYPED.teamAnswer } } } }));
  await resident.waitForReply({ since: mark, matching: (message) => (message.text ?? "").includes(TYPED.teamAnswer) });

  const thread = await prisma.relayThread.findFirstOrThrow({ where: { signupId: first.id, slackTs: { not: null } } });
  mark = resident.mark();
  await slackEvent({ type: "message", user: coordinator.slackUserId, text: TYPED.threadReply, ts: "1800000001.000100", thread_ts: thread.slackTs!, channel: thread.slackChannel!, channel_type: "channel" });
  await resident.waitForReply({ since: mark, matching: (message) => (message.text ?? "").includes(TYPED.threadReply) });

  // --- "Zugesagt" for the second signup, then /lotse: nachricht (a message to its volunteers), offen, statistik, export, hilfe
  const secondMessage = { channel: second.slackChannel!, ts: second.slackTs! };
  await post(statusClickBody({ coordinator: secondCoordinator.slackUserId, ...secondMessage, signupId: second.id, actionId: "signup_status_accepted" }));
  await waitFor(async () => (await prisma.signup.findUniqueOrThrow({ where: { id: second.id } })).status === "accepted", "the status accepted");
  since = slack.okCalls("views.open").length;
  await lotse(secondCoordinator.slackUserId, `nachricht ${second.opportunity.slug}`, false);
  const broadcastModal = (await newCall("views.open", since)).body.view as Record<string, unknown>;
  mark = resident.mark();
  await post(broadcastSubmissionBody(secondCoordinator.slackUserId, broadcastModal, TYPED.broadcast));
  await resident.waitForReply({ since: mark, matching: (message) => (message.text ?? "").includes(TYPED.broadcast) });
  for (const sub of ["offen", "statistik 30", "export", "hilfe", "unbekannt"]) await lotse(manager.slackUserId, sub);
  await lotse(coordinator.slackUserId, "offen");
  since = slack.okCalls("views.publish").length;
  await slackEvent({ type: "app_home_opened", user: coordinator.slackUserId, tab: "home" });
  await newCall("views.publish", since);

  // --- the freshness question and its "Noch aktuell" button
  await prisma.opportunity.update({ where: { id: second.opportunityId }, data: { confirmedAt: new Date(Date.now() - 100 * 24 * 60 * 60 * 1000) } });
  expect((await h.app.jobs.runJobNow("opportunity-freshness")).ok).toBe(true);
  const question = await waitFor(
    () => [...slack.messages.values()].find((message) => JSON.stringify(message.blocks ?? "").includes(FRESHNESS_CONFIRM_ACTION_ID)),
    "the freshness question",
  );
  await post(statusClickBody({ coordinator: secondCoordinator.slackUserId, channel: question.channel, ts: question.ts, signupId: second.opportunityId, actionId: FRESHNESS_CONFIRM_ACTION_ID }));
  await waitFor(async () => (await prisma.opportunity.findUniqueOrThrow({ where: { id: second.opportunityId } })).freshnessAskedAt === null, "the offer confirmed");

  // --- "Abgesagt" with a reason; Telegram refuses the status message to the resident
  telegram.failNext("sendMessage", { error_code: 400, description: "Bad Request: chat not found" });
  since = slack.okCalls("views.open").length;
  await post(statusClickBody({ coordinator: coordinator.slackUserId, ...firstMessage, signupId: first.id, actionId: "signup_status_declined" }));
  const declineModal = (await newCall("views.open", since)).body.view as { private_metadata: string };
  await post(
    viewSubmissionBody({
      user: coordinator.slackUserId,
      callbackId: DECLINE_VIEW_ID,
      privateMetadata: declineModal.private_metadata,
      values: { [DECLINE_REASON_BLOCK_ID]: { [DECLINE_REASON_ACTION_ID]: { type: "plain_text_input", value: TYPED.reason } } },
    }),
  );
  await waitFor(
    async () => (await prisma.notification.findFirst({ where: { kind: "signup-status-changed", lastError: { not: null } } })) ?? undefined,
    "the refused status message",
  );

  // --- every job once
  for (const job of ["signup-follow-ups", "check-ins", "certificate-rechecks", "opportunity-freshness", "erase-inactive-residents", "delete-old-telegram-updates", "forget-unshared-usernames"]) {
    expect((await h.app.jobs.runJobNow(job)).ok, job).toBe(true);
  }

  // --- /loeschen; Slack fails the withdrawal's update with a 503, which the outbox will retry
  slack.failNext("chat.update", { status: 503 }, 5);
  await resident.send("/loeschen");
  await resident.tap(text("erase-confirm-yes"));
  expect(resident.lastReply().text).toBe(text("erase-done"));
  await waitFor(
    async () => (await prisma.notification.findFirst({ where: { kind: { in: ["signup-withdrawn", "signup-anonymised"] }, lastError: { not: null } } })) ?? undefined,
    "the failed Slack delivery after the erasure",
  );
  expect(NETWORK_CHANNEL).toBe(firstMessage.channel);
}
