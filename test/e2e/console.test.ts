/**
 * The console channel end to end: the same flows in a terminal, numbered choices instead of
 * buttons. First in-process through streams (startApp without Telegram and Slack, so the
 * outbox keeps the notification pending), then the real entry point `npm start` runs as a
 * child process on a fresh database.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConsoleLine, runConsoleChannel } from "../../src/channels/console/console-channel";
import { createPrismaClient } from "../../src/db/client";
import { PRIVACY_VERSION } from "../../src/domain/vocabulary";
import { captureLogs, freshDatabaseUrl, startAppHarness, text, waitFor, type AppHarness } from "../support/app-harness";
import { REPO_ROOT, runMain, runNode } from "../support/process/run-main";


/** Drives runConsoleChannel like a person at a terminal: a line in, wait for the next prompt. */
class ConsoleSession {
  readonly input = new PassThrough();
  readonly output = new PassThrough();
  transcript = "";
  readonly finished: Promise<void>;

  constructor(h: AppHarness) {
    this.output.setEncoding("utf8");
    this.output.on("data", (chunk: string) => {
      this.transcript += chunk;
    });
    this.finished = runConsoleChannel(h.app.deps, { input: this.input, output: this.output, preferredLocale: "de_DE.UTF-8" });
  }

  private get prompts(): number {
    return this.transcript.match(/(^|\n)> /g)?.length ?? 0;
  }

  /** Waits for the prompt after the first turn ("/start"); returns what was printed. */
  async opened(): Promise<string> {
    await waitFor(() => this.prompts >= 1, "the first prompt", { timeoutMs: 10_000 });
    return this.transcript;
  }

  /** Types a line and returns everything printed in answer, up to the next prompt. */
  async send(line: string): Promise<string> {
    const before = this.prompts;
    const from = this.transcript.length;
    this.input.write(`${line}\n`);
    await waitFor(() => this.prompts > before, `the prompt after ${JSON.stringify(line)}`, { timeoutMs: 10_000 });
    return this.transcript.slice(from);
  }
}

/** The number printed before a choice: "  3) [ ] Familien" → "3". */
function numberOf(printed: string, label: string): string {
  for (const line of printed.split("\n")) {
    const match = /^ {2}(\d+)\) (?:\[[ x]\] )?(.*)$/.exec(line);
    if (match && match[2] === label) return match[1]!;
  }
  throw new Error(`no numbered choice ${JSON.stringify(label)} in:\n${printed}`);
}

describe("console channel in-process", () => {
  let h: AppHarness;
  const logs = captureLogs("warn");
  beforeAll(async () => {
    h = await startAppHarness({ telegram: false, slack: false, database: "fresh", outboxIntervalMs: 50, logger: logs.logger });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("runs onboarding, recommendations and a signup with numbered answers; the notification waits for Slack", async () => {
    expect(h.config.telegram).toBeNull();
    expect(h.config.slack).toBeNull();
    expect(h.app.bot).toBeNull();
    const session = new ConsoleSession(h);

    // The terminal's LANG is German: the bot proposes German; "other" shows every language.
    const opening = await session.opened();
    expect(opening).toContain(text("onboarding-language-suggest"));
    expect(opening).toContain(`  1) ${text("onboarding-language-suggest-yes")}\n  2) ${text("onboarding-language-other")}`);
    const list = await session.send(numberOf(opening, text("onboarding-language-other")));
    expect(list).toContain(text("onboarding-language"));
    expect(list).toContain(`  1) ${text("locale-name-de")}\n  2) ${text("locale-name-de-x-simple")}\n  3) ${text("locale-name-en")}`);

    let printed = await session.send(numberOf(list, text("locale-name-de")));
    expect(printed).toContain(text("onboarding-privacy"));
    printed = await session.send(numberOf(printed, text("onboarding-privacy-agree")));

    // A multiple choice: ticks in brackets, 0 for done, several numbers at once.
    expect(printed).toContain(text("onboarding-interests"));
    expect(printed).toContain(`[ ] ${text("interest-kinder")}`);
    expect(printed).toContain(`  0) ${text("common-done")}`);
    // Text where a number is expected: the hint and the same question again.
    const hint = await session.send("Kinder bitte");
    expect(hint).toContain(text("common-use-buttons"));
    expect(hint).toContain(text("onboarding-interests"));
    printed = await session.send(`${numberOf(printed, text("interest-kinder"))}, ${numberOf(printed, text("interest-familien"))}`);

    expect(printed).toContain(text("onboarding-time-slots"));
    printed = await session.send(numberOf(printed, text("slot-flexible")));
    expect(printed).toContain(text("onboarding-hours"));
    printed = await session.send(numberOf(printed, text("hours-4")));
    expect(printed).toContain(text("onboarding-district"));
    printed = await session.send(numberOf(printed, text("onboarding-district-any")));
    expect(printed).toContain(text("onboarding-languages"));
    printed = await session.send(numberOf(printed, text("language-de")));

    // Three offers, each with its "passt zu" line, then numbered buttons to pick one.
    expect(printed).toContain(text("onboarding-profile-saved"));
    expect(printed).toContain(text("recommendations-heading"));
    expect(printed.match(/\npasst zu: \S/g)).toHaveLength(3);
    expect(printed).toContain(text("recommendations-pick"));
    expect(printed).toMatch(/\n {2}1\) 1\. \S/);
    expect(printed).toMatch(/\n {2}3\) 3\. \S/);
    expect(printed).toContain(`) ${text("recommendations-more")}`);

    printed = await session.send("1");
    const resident = await h.prisma.resident.findUniqueOrThrow({ where: { channel_channelUserId: { channel: "console", channelUserId: "local" } } });
    expect(resident.consentVersion).toBe(PRIVACY_VERSION);
    const title = printed.split("\n").find((line) => line.trim() !== "")!;
    const opportunity = await h.prisma.opportunity.findFirstOrThrow({ where: { title }, include: { organisation: true } });
    expect(printed).toContain(text("signup-decide", { opportunityTitle: opportunity.title }));

    printed = await session.send(numberOf(printed, text("signup-start")));
    if (printed.includes(text("signup-requirements-ok"))) printed = await session.send(numberOf(printed, text("signup-requirements-ok")));
    expect(printed).toContain(text("signup-contact-consent", { organisationName: opportunity.organisation.name }));
    printed = await session.send(numberOf(printed, text("signup-contact-consent-yes")));
    expect(printed).toContain(text("signup-message", { organisationName: opportunity.organisation.name }));
    expect(printed).toContain(`  0) ${text("signup-message-skip")}`);
    printed = await session.send("Grüße aus der Konsole");
    expect(printed).toContain(text("signup-confirm", { organisationName: opportunity.organisation.name, opportunityTitle: opportunity.title }));
    printed = await session.send(numberOf(printed, text("signup-confirm-yes")));
    expect(printed).toContain(text("signup-done", { organisationName: opportunity.organisation.name }));

    const signup = await h.prisma.signup.findUniqueOrThrow({
      where: { residentId_opportunityId: { residentId: resident.id, opportunityId: opportunity.id } },
    });
    expect(signup).toMatchObject({ status: "new", message: "Grüße aus der Konsole" });
    expect(signup.contactConsentAt).toBeInstanceOf(Date);

    // No Slack configured: the outbox runs (the signup kicked it) and leaves the row pending.
    const deferredBefore = logs.records.filter((record) => record.msg === "notifications waiting for a channel without sender").length;
    await waitFor(
      () => logs.records.filter((record) => record.msg === "notifications waiting for a channel without sender").length > deferredBefore,
      "an outbox run that found the notification and had no Slack sender for it",
    );
    expect(logs.records.some((record) => String(record.msg).startsWith("Slack is not configured"))).toBe(true);
    const notification = await h.prisma.notification.findFirstOrThrow({ where: { kind: "signup-created", payload: JSON.stringify({ signupId: signup.id }) } });
    expect(notification).toMatchObject({ channel: "slack", status: "pending", attempts: 0, externalRef: null, sentAt: null });

    // /exit ends the session.
    session.input.write("/exit\n");
    await session.finished;
  });

  it("answers lines piped in while the first turn still runs, and ends with the input", async () => {
    // As `echo 1 | npm start` does: the line and the end of the input come before the first prompt.
    const input = new PassThrough();
    const output = new PassThrough();
    let transcript = "";
    output.setEncoding("utf8").on("data", (chunk: string) => (transcript += chunk));
    input.end("1\n");
    await runConsoleChannel(h.app.deps, { input, output, identity: { channel: "console", channelUserId: "piped", firstName: null, telegramUsername: null }, preferredLocale: "de_DE.UTF-8" });

    expect(transcript).toContain(text("onboarding-language-suggest"));
    expect(transcript).toContain(text("onboarding-privacy"));
  });

  it("reads a typed line as a command, numbers or text depending on the question", () => {
    const multiple = {
      flowId: "onboarding",
      stepId: "interests",
      kind: "multiple" as const,
      choices: [
        { value: "kinder", text: "Kinder", selected: false },
        { value: "familien", text: "Familien", selected: false },
      ],
      finish: "Fertig",
      update: false,
    };
    expect(parseConsoleLine("/hilfe", multiple)).toEqual({ type: "command", command: "hilfe" });
    expect(parseConsoleLine("1, 2", multiple)).toEqual({ type: "choices", flowId: "onboarding", stepId: "interests", values: ["kinder", "familien"] });
    expect(parseConsoleLine("0", multiple)).toEqual({ type: "finish", flowId: "onboarding", stepId: "interests" });
    expect(parseConsoleLine("7", multiple)).toEqual({ type: "choices", flowId: "onboarding", stepId: "interests", values: ["#7"] });
    expect(parseConsoleLine("Kinder", multiple)).toEqual({ type: "text", text: "Kinder" });
    expect(parseConsoleLine("Hallo", undefined)).toEqual({ type: "text", text: "Hallo" });
  });
});

describe("npm start (src/main.ts) as a child process", () => {
  it("starts the console on a fresh database, talks, and exits 0 when stdin ends", async () => {
    const db = await freshDatabaseUrl();
    try {
      const result = await runMain({ DATABASE_URL: db.databaseUrl, LANG: "de_DE.UTF-8" }, { stdinLines: ["1", "1"] });

      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain("Ehrenamtslotse – Konsole");
      expect(result.stdout).toContain(text("onboarding-language-suggest"));
      expect(result.stdout).toContain(`  1) ${text("onboarding-language-suggest-yes")}`);
      // "1" kept German, the second "1" agreed to the privacy notice.
      expect(result.stdout).toContain(text("onboarding-privacy"));
      expect(result.stdout).toContain(text("onboarding-interests"));

      // The database was created, migrated, seeded and written to.
      const prisma = createPrismaClient(db.databaseUrl);
      try {
        expect(await prisma.opportunity.count()).toBeGreaterThan(0);
        const resident = await prisma.resident.findUniqueOrThrow({ where: { channel_channelUserId: { channel: "console", channelUserId: "local" } } });
        expect(resident.consentAt).toBeInstanceOf(Date);
      } finally {
        await prisma.$disconnect();
      }
    } finally {
      await db.remove();
    }
  }, 30_000);

  it("runs the same from the bundle as `npm start` does (scripts/start.mjs)", async () => {
    const db = await freshDatabaseUrl();
    try {
      const result = await runMain({ DATABASE_URL: db.databaseUrl, LANG: "de_DE.UTF-8" }, { stdinLines: ["1"], entry: "npm-start", timeoutMs: 60_000 });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain("Ehrenamtslotse – Konsole");
      expect(result.stdout).toContain(text("onboarding-privacy"));

      // The bundle's Slack part is a chunk that takes Slack's libraries from node_modules
      // (scripts/bundle.mjs); it loads in plain Node, as in production after Telegram answers.
      const slackChunk = readdirSync(path.join(REPO_ROOT, "dist")).find((name) => name.startsWith("start-slack-"));
      expect(slackChunk).toBeDefined();
      const loaded = await runNode([
        "--input-type=module",
        "-e",
        `const chunk = await import(${JSON.stringify(pathToFileURL(path.join(REPO_ROOT, "dist", slackChunk!)).href)}); process.stdout.write(typeof chunk.startSlack);`,
      ]);
      expect(loaded, loaded.stderr).toMatchObject({ code: 0, stdout: "function" });
    } finally {
      await db.remove();
    }
  }, 70_000);

  it("refuses a bad environment variable with one line naming it and a non-zero exit", async () => {
    const db = await freshDatabaseUrl();
    try {
      const result = await runMain({ DATABASE_URL: db.databaseUrl, PORT: "abc", LANG: "de_DE.UTF-8" }, { stdinLines: [] });

      expect(result.code).not.toBe(0);
      const lines = result.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/\bPORT\b/);
      expect(result.stdout).toBe("");
    } finally {
      await db.remove();
    }
  }, 20_000);
});
