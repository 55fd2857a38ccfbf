// /loeschen end to end: the real grammY against the local Bot API, the real Bolt app and WebClient
// against the local Slack Web API. A resident signs up with a message, asks the team a question
// and gets an answer through the "Antworten" modal; after /loeschen no table holds their name,
// Telegram id, username, message, question or answer, and no message the bot posted in Slack
// shows them any more: the signup message is anonymised, the question and the answer's copy are
// replaced by a short note.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestUser } from "../support/telegram";
import { onboard, startAppHarness, startSignup, text, waitFor, type AppHarness } from "../support/app-harness";
import { signedSlackRequest } from "../support/slack/signed-request";

const SIGNING_SECRET = "erasure-signing-secret";
const RESIDENT = { id: 5_550_123_987, firstName: "Wilhelmine", username: "wilhelmine_q" };
const MESSAGE = "Abends unter 0170 5550123 erreichbar.";
const QUESTION = "Darf mein Enkel Jonathan mitkommen?";
const ANSWER = "Gern, Jonathan ist herzlich willkommen.";

let harness: AppHarness;
beforeAll(async () => {
  harness = await startAppHarness({ env: { SLACK_SIGNING_SECRET: SIGNING_SECRET } });
});
afterAll(async () => {
  await harness?.close();
});

/** An interaction (button, modal) as Slack posts it: a form with the JSON payload, signed. */
async function interaction(payload: Record<string, unknown>): Promise<number> {
  const request = signedSlackRequest(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), SIGNING_SECRET);
  const response = await fetch(`http://127.0.0.1:${harness.port}/slack/events`, request);
  await response.text();
  return response.status;
}

function slackTexts(): string[] {
  return [...harness.slack.messages.values()].map((message) => JSON.stringify(message.blocks ?? null) + String(message.text));
}

const outboxEmpty = () => waitFor(async () => (await harness.prisma.notification.count({ where: { status: "pending" } })) === 0, "the outbox to be empty");

/** Signed up with a message, asked a question about the signup, answered by a coordinator in the modal. */
async function residentWithConversation(user: TestUser) {
  await onboard(user);
  await startSignup(user);
  await user.send(MESSAGE);
  await user.tap(text("signup-confirm-yes"));
  const resident = await harness.prisma.resident.findFirstOrThrow({ where: { channelUserId: String(user.id) } });
  const signup = await waitFor(
    async () => (await harness.prisma.signup.findFirst({ where: { residentId: resident.id, slackTs: { not: null } }, include: { opportunity: { include: { organisation: true } } } })) ?? undefined,
    "the signup's Slack message",
  );
  const coordinator = await harness.prisma.coordinator.findFirstOrThrow({ where: { organisationId: signup.opportunity.organisationId } });

  await user.send("/frage");
  await user.tap(new RegExp(`^${signup.opportunity.organisation.name.slice(0, 8)}|${signup.opportunity.title.slice(0, 8)}`));
  await user.send(QUESTION);
  expect(user.lastReply().text).toBe(text("question-sent"));
  const thread = await waitFor(async () => (await harness.prisma.relayThread.findFirst({ where: { residentId: resident.id, slackTs: { not: null } } })) ?? undefined, "the conversation's thread");

  // "Antworten" under the question opens the modal; the answer goes to the resident and a copy into the thread.
  const opened = harness.slack.okCalls("views.open").length;
  expect(
    await interaction({
      type: "block_actions",
      user: { id: coordinator.slackUserId },
      trigger_id: "trigger-erasure",
      team: { id: "T0TEAM0001" },
      channel: { id: thread.slackChannel },
      container: { type: "message", channel_id: thread.slackChannel, message_ts: thread.slackTs },
      actions: [{ action_id: "relay_answer", block_id: "b", value: String(thread.id), type: "button", action_ts: "1" }],
    }),
  ).toBe(200);
  const modal = await waitFor(() => harness.slack.okCalls("views.open")[opened], "the modal");
  const view = (typeof modal.body.view === "string" ? JSON.parse(modal.body.view) : modal.body.view) as { callback_id: string; private_metadata: string };
  const mark = user.mark();
  expect(
    await interaction({
      type: "view_submission",
      user: { id: coordinator.slackUserId },
      team: { id: "T0TEAM0001" },
      view: { id: "V1", type: "modal", callback_id: view.callback_id, private_metadata: view.private_metadata, state: { values: { answer: { text: { type: "plain_text_input", value: ANSWER } } } } },
    }),
  ).toBe(200);
  expect((await user.waitForReply({ since: mark })).text).toContain(ANSWER);
  // Both the question and the answer's copy know where they are in Slack.
  const posts = await waitFor(async () => {
    const messages = await harness.prisma.relayMessage.findMany({ where: { threadId: thread.id }, orderBy: { id: "asc" } });
    return messages.length === 2 && messages.every((message) => message.slackPostTs !== null) ? messages : undefined;
  }, "the question and the answer's copy recorded with their Slack positions");
  await outboxEmpty();
  return { resident, signup, thread, posts };
}

describe("/loeschen", () => {
  it("leaves no trace in any table and no message the bot posted in Slack", async () => {
    const user = harness.user(RESIDENT);
    const { resident, signup, thread, posts } = await residentWithConversation(user);
    const before = slackTexts().join("\n");
    for (const shown of [RESIDENT.firstName, RESIDENT.username, MESSAGE, QUESTION, ANSWER]) expect(before, shown).toContain(shown);

    await user.send("/loeschen");
    expect(user.lastReply().text).toBe(text("erase-confirm"));
    await user.tap(text("erase-confirm-yes"));
    expect(user.lastReply().text).toBe(text("erase-done"));
    await outboxEmpty();

    // Slack: the signup message shows the person no more, and the bot's posts of their words are notes.
    const after = slackTexts();
    // The number's tail, not its prefix: four digits like "0170" can turn up in a timestamp or id.
    for (const secret of [RESIDENT.firstName, RESIDENT.username, MESSAGE, QUESTION, ANSWER, "Jonathan", "5550123"]) {
      expect(after.filter((shown) => shown.includes(secret)), secret).toEqual([]);
    }
    const signupMessage = harness.slack.messages.get(`${signup.slackChannel}:${signup.slackTs}`)!;
    expect(JSON.stringify(signupMessage.blocks)).toContain(text("slack-signup-anonymised"));
    for (const post of posts) {
      const message = harness.slack.messages.get(`${post.slackChannel}:${post.slackPostTs}`)!;
      expect(message.text).toBe(text("slack-message-redacted"));
      expect(message.blocks).toEqual([]);
      expect(message.threadTs).toBe(thread.slackTs);
    }

    // The database: every table, every row.
    const tables = await harness.prisma.$queryRawUnsafe<Array<{ name: string }>>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'");
    for (const { name } of tables) {
      const rows = JSON.stringify(await harness.prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}"`), (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
      for (const secret of [String(RESIDENT.id), RESIDENT.firstName, RESIDENT.username, MESSAGE, QUESTION, ANSWER, "Jonathan"]) {
        expect(rows.includes(secret), `${name} contains ${secret}`).toBe(false);
      }
    }
    expect(await harness.prisma.resident.count({ where: { id: resident.id } })).toBe(0);
    expect(await harness.prisma.relayThread.count({ where: { id: thread.id } })).toBe(0);
    expect(await harness.prisma.relayMessage.count({ where: { threadId: thread.id } })).toBe(0);
    expect(await harness.prisma.notification.count({ where: { stream: `telegram:resident:${resident.id}` } })).toBe(0);
    const kept = await harness.prisma.signup.findUniqueOrThrow({ where: { id: signup.id } });
    expect(kept).toMatchObject({ residentId: null, message: null, status: "withdrawn" });
  });
});
