import { describe, expect, it } from "vitest";
import { parseConfig, parseDatabaseUrl } from "../src/config";

const TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345";

function errorOf(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected a configuration error");
}

describe("parseConfig", () => {
  it("runs in the terminal on the embedded database when nothing is set", () => {
    expect(parseConfig({})).toMatchObject({ databaseUrl: "file:./data/lotse.db", logLevel: null, port: 3000, telegram: null, slack: null, outbox: { maxAttempts: 8 } });
  });

  it("reads how often the outbox tries before it parks a notification", () => {
    expect(parseConfig({ OUTBOX_MAX_ATTEMPTS: "3" }).outbox).toEqual({ maxAttempts: 3 });
  });

  it("places the city in Thuringia on Berlin time and chases signups after 2, 5 and 10 working days, unless told otherwise", () => {
    expect(parseConfig({})).toMatchObject({
      city: { state: "TH", timeZone: "Europe/Berlin" },
      followUps: { reminderWorkingDays: 2, escalationWorkingDays: 5, releaseWorkingDays: 10 },
      checkIns: { firstAfterDays: 14, secondAfterMonths: 3 },
    });
    const config = parseConfig({
      CITY_STATE: "by",
      CITY_TIME_ZONE: "Europe/Vienna",
      SIGNUP_REMINDER_WORKING_DAYS: "3",
      SIGNUP_ESCALATION_WORKING_DAYS: "8",
      SIGNUP_RELEASE_WORKING_DAYS: "12",
      CHECK_IN_FIRST_DAYS: "21",
      CHECK_IN_SECOND_MONTHS: "6",
    });
    expect(config.city).toEqual({ state: "BY", timeZone: "Europe/Vienna" });
    expect(config.followUps).toEqual({ reminderWorkingDays: 3, escalationWorkingDays: 8, releaseWorkingDays: 12 });
    expect(config.checkIns).toEqual({ firstAfterDays: 21, secondAfterMonths: 6 });
  });

  it("refuses a release before the escalation, and a second check-in before the first", () => {
    expect(() => parseConfig({ SIGNUP_ESCALATION_WORKING_DAYS: "6", SIGNUP_RELEASE_WORKING_DAYS: "6" })).toThrow(/^SIGNUP_RELEASE_WORKING_DAYS: must be more than/);
    expect(() => parseConfig({ CHECK_IN_FIRST_DAYS: "60", CHECK_IN_SECOND_MONTHS: "2" })).toThrow(/^CHECK_IN_SECOND_MONTHS: must come after/);
  });

  it("reminds of a Führungszeugnis re-check 60 days ahead unless told otherwise, within 1 to 365 days", () => {
    expect(parseConfig({}).certificates).toEqual({ recheckNoticeDays: 60 });
    expect(parseConfig({ CERTIFICATE_RECHECK_NOTICE_DAYS: "30" }).certificates).toEqual({ recheckNoticeDays: 30 });
    expect(errorOf({ CERTIFICATE_RECHECK_NOTICE_DAYS: "0" })).toBe("CERTIFICATE_RECHECK_NOTICE_DAYS: must be at least 1");
    expect(errorOf({ CERTIFICATE_RECHECK_NOTICE_DAYS: "366" })).toBe("CERTIFICATE_RECHECK_NOTICE_DAYS: must be at most 365");
    expect(errorOf({ CERTIFICATE_RECHECK_NOTICE_DAYS: "zwei Monate" })).toBe("CERTIFICATE_RECHECK_NOTICE_DAYS: must be a whole number");
  });

  it("asks about an offer after 90 days and gives 14 days to answer unless told otherwise, within bounds", () => {
    expect(parseConfig({}).freshness).toEqual({ confirmAfterDays: 90, answerWithinDays: 14 });
    expect(parseConfig({ OPPORTUNITY_CONFIRM_AFTER_DAYS: "180", OPPORTUNITY_CONFIRM_WITHIN_DAYS: "30" }).freshness).toEqual({ confirmAfterDays: 180, answerWithinDays: 30 });
    expect(errorOf({ OPPORTUNITY_CONFIRM_AFTER_DAYS: "6" })).toBe("OPPORTUNITY_CONFIRM_AFTER_DAYS: must be at least 7");
    expect(errorOf({ OPPORTUNITY_CONFIRM_AFTER_DAYS: "731" })).toBe("OPPORTUNITY_CONFIRM_AFTER_DAYS: must be at most 730");
    expect(errorOf({ OPPORTUNITY_CONFIRM_WITHIN_DAYS: "0" })).toBe("OPPORTUNITY_CONFIRM_WITHIN_DAYS: must be at least 1");
    expect(errorOf({ OPPORTUNITY_CONFIRM_WITHIN_DAYS: "91" })).toBe("OPPORTUNITY_CONFIRM_WITHIN_DAYS: must be at most 90");
    expect(errorOf({ OPPORTUNITY_CONFIRM_WITHIN_DAYS: "zwei Wochen" })).toBe("OPPORTUNITY_CONFIRM_WITHIN_DAYS: must be a whole number");
  });

  it("keeps data as long as the privacy notice says unless told otherwise, within bounds", () => {
    expect(parseConfig({}).retention).toEqual({
      inactiveResidentMonths: 12,
      signupTextMonths: 6,
      conversationMonths: 6,
      certificateMonths: 3,
      notificationDays: 30,
      telegramUpdateHours: 24,
      dialogueDays: 30,
    });
    expect(
      parseConfig({
        RETENTION_INACTIVE_MONTHS: "24",
        RETENTION_SIGNUP_TEXT_MONTHS: "3",
        RETENTION_CONVERSATION_MONTHS: "12",
        RETENTION_CERTIFICATE_MONTHS: "0",
        RETENTION_NOTIFICATION_DAYS: "7",
        RETENTION_TELEGRAM_UPDATE_HOURS: "48",
        RETENTION_DIALOGUE_DAYS: "14",
      }).retention,
    ).toEqual({ inactiveResidentMonths: 24, signupTextMonths: 3, conversationMonths: 12, certificateMonths: 0, notificationDays: 7, telegramUpdateHours: 48, dialogueDays: 14 });
    expect(errorOf({ RETENTION_DIALOGUE_DAYS: "0" })).toBe("RETENTION_DIALOGUE_DAYS: must be at least 1");
    expect(errorOf({ RETENTION_INACTIVE_MONTHS: "0" })).toBe("RETENTION_INACTIVE_MONTHS: must be at least 1");
    expect(errorOf({ RETENTION_INACTIVE_MONTHS: "61" })).toBe("RETENTION_INACTIVE_MONTHS: must be at most 60");
    expect(errorOf({ RETENTION_SIGNUP_TEXT_MONTHS: "0" })).toBe("RETENTION_SIGNUP_TEXT_MONTHS: must be at least 1");
    expect(errorOf({ RETENTION_CONVERSATION_MONTHS: "61" })).toBe("RETENTION_CONVERSATION_MONTHS: must be at most 60");
    expect(errorOf({ RETENTION_CONVERSATION_MONTHS: "ein halbes Jahr" })).toBe("RETENTION_CONVERSATION_MONTHS: must be a whole number");
    // § 72a (5) SGB VIII: three months after the activity ended at the latest.
    expect(errorOf({ RETENTION_CERTIFICATE_MONTHS: "4" })).toMatch(/^RETENTION_CERTIFICATE_MONTHS: must be at most 3 \(§ 72a \(5\) SGB VIII/);
    expect(errorOf({ RETENTION_NOTIFICATION_DAYS: "0" })).toBe("RETENTION_NOTIFICATION_DAYS: must be at least 1");
    expect(errorOf({ RETENTION_NOTIFICATION_DAYS: "366" })).toBe("RETENTION_NOTIFICATION_DAYS: must be at most 365");
    // Telegram delivers an update again for up to a day: a shorter memory would let a repeat through.
    expect(errorOf({ RETENTION_TELEGRAM_UPDATE_HOURS: "23" })).toBe("RETENTION_TELEGRAM_UPDATE_HOURS: must be at least 24");
    expect(errorOf({ RETENTION_TELEGRAM_UPDATE_HOURS: "169" })).toBe("RETENTION_TELEGRAM_UPDATE_HOURS: must be at most 168");
  });

  it("treats empty values as unset, as a copied .env.example has them", () => {
    expect(parseConfig({ TELEGRAM_BOT_TOKEN: "", SLACK_BOT_TOKEN: "", PORT: "" }).telegram).toBeNull();
  });

  it("reads Telegram long polling, webhook mode and Slack", () => {
    const config = parseConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
      TELEGRAM_WEBHOOK_URL: "https://lotse.example.org/telegram/webhook",
      TELEGRAM_WEBHOOK_SECRET: "a_secret_of_sixteen_chars",
      PORT: "8080",
      SLACK_BOT_TOKEN: "xoxb-1-2-3",
      SLACK_NETWORK_CHANNEL: "C0NETZWERK",
      SLACK_API_URL: "http://127.0.0.1:9000/api",
    });
    expect(config.telegram).toEqual({
      token: TOKEN,
      apiRoot: "http://127.0.0.1:8081",
      startupTimeoutMs: 20_000,
      webhook: { url: "https://lotse.example.org/telegram/webhook", secret: "a_secret_of_sixteen_chars" },
    });
    expect(parseConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_STARTUP_TIMEOUT: "5" }).telegram?.startupTimeoutMs).toBe(5_000);
    expect(config.port).toBe(8080);
    expect(config.slack).toEqual({ token: "xoxb-1-2-3", apiUrl: "http://127.0.0.1:9000/api/", networkChannel: "C0NETZWERK", signingSecret: null, appToken: null });
  });

  it("reads SLACK_APP_TOKEN for Socket Mode", () => {
    const slack = { SLACK_BOT_TOKEN: "xoxb-1-2-3", SLACK_NETWORK_CHANNEL: "C0NETZWERK" };
    expect(parseConfig({ ...slack, SLACK_APP_TOKEN: "xapp-1-A0APP-123-abc" }).slack).toMatchObject({ appToken: "xapp-1-A0APP-123-abc", signingSecret: null });
    expect(parseConfig({ ...slack, SLACK_APP_TOKEN: "  " }).slack?.appToken).toBeNull();
  });

  it.each([
    [{ TELEGRAM_BOT_TOKEN: "not-a-token" }, /^TELEGRAM_BOT_TOKEN: /],
    [{ TELEGRAM_STARTUP_TIMEOUT: "0" }, /^TELEGRAM_STARTUP_TIMEOUT: must be at least 1$/],
    [{ PORT: "abc" }, /^PORT: must be a port number$/],
    [{ PORT: "70000" }, /^PORT: /],
    [{ DATABASE_URL: "postgres://db/lotse" }, /^DATABASE_URL: /],
    [{ TELEGRAM_API_ROOT: "ftp://example.org" }, /^TELEGRAM_API_ROOT: /],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: "https://lotse.example.org/hook" }, /^TELEGRAM_WEBHOOK_SECRET: is required/],
    [{ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: "http://lotse.example.org/hook", TELEGRAM_WEBHOOK_SECRET: "a_secret_of_sixteen_chars" }, /^TELEGRAM_WEBHOOK_URL: must be an https URL/],
    [{ TELEGRAM_WEBHOOK_URL: "https://lotse.example.org/hook", TELEGRAM_WEBHOOK_SECRET: "a_secret_of_sixteen_chars" }, /^TELEGRAM_BOT_TOKEN: is required for webhook mode/],
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, /^SLACK_NETWORK_CHANNEL: is required/],
    [{ SLACK_BOT_TOKEN: "xoxp-user-token", SLACK_NETWORK_CHANNEL: "C0NETZWERK" }, /^SLACK_BOT_TOKEN: must be a bot token/],
    [{ SLACK_SIGNING_SECRET: "secret" }, /^SLACK_BOT_TOKEN: is required with SLACK_SIGNING_SECRET/],
    [{ SLACK_BOT_TOKEN: "xoxb-1", SLACK_NETWORK_CHANNEL: "C0NETZWERK", SLACK_APP_TOKEN: "xoxb-not-an-app-token" }, /^SLACK_APP_TOKEN: must be an app-level token starting with xapp-$/],
    [{ SLACK_APP_TOKEN: "xapp-1-A0APP-123-abc" }, /^SLACK_BOT_TOKEN: is required with SLACK_APP_TOKEN/],
    [{ LOG_LEVEL: "loud" }, /^LOG_LEVEL: /],
    [{ OUTBOX_MAX_ATTEMPTS: "0" }, /^OUTBOX_MAX_ATTEMPTS: must be at least 1$/],
    [{ OUTBOX_MAX_ATTEMPTS: "oft" }, /^OUTBOX_MAX_ATTEMPTS: must be a whole number$/],
    [{ CITY_STATE: "Thüringen" }, /^CITY_STATE: must be a Bundesland code: BW, BY, .*TH$/],
    [{ CITY_STATE: "BUND" }, /^CITY_STATE: must be a Bundesland code/],
    [{ CITY_TIME_ZONE: "Berlin" }, /^CITY_TIME_ZONE: must be an IANA time zone such as Europe\/Berlin$/],
    [{ SIGNUP_REMINDER_WORKING_DAYS: "0" }, /^SIGNUP_REMINDER_WORKING_DAYS: must be at least 1$/],
    [{ SIGNUP_ESCALATION_WORKING_DAYS: "zwei" }, /^SIGNUP_ESCALATION_WORKING_DAYS: must be a whole number$/],
    [{ SIGNUP_REMINDER_WORKING_DAYS: "5", SIGNUP_ESCALATION_WORKING_DAYS: "5" }, /^SIGNUP_ESCALATION_WORKING_DAYS: must be more than SIGNUP_REMINDER_WORKING_DAYS \(5\)/],
  ])("stops on %j with one line naming the variable", (env, expected) => {
    const message = errorOf(env);
    expect(message).toMatch(expected);
    expect(message).not.toContain("\n");
  });

  it("reads whom the privacy notice names, each one line and bounded, null when unset", () => {
    expect(parseConfig({}).privacy).toEqual({ controller: null, contactEmail: null, dpo: null });
    expect(parseConfig({ PRIVACY_CONTROLLER: "", PRIVACY_CONTACT_EMAIL: " ", PRIVACY_DPO: "" }).privacy).toEqual({ controller: null, contactEmail: null, dpo: null });
    const privacy = parseConfig({
      PRIVACY_CONTROLLER: " Netzwerk für Generationen Saalberg e. V., Marktplatz 1, 07999 Saalberg ",
      PRIVACY_CONTACT_EMAIL: "datenschutz@netzwerk-saalberg.example.org",
      PRIVACY_DPO: "Datenschutzbeauftragte der Stadt Saalberg, dsb@saalberg.example.org",
    }).privacy;
    expect(privacy).toEqual({
      controller: "Netzwerk für Generationen Saalberg e. V., Marktplatz 1, 07999 Saalberg",
      contactEmail: "datenschutz@netzwerk-saalberg.example.org",
      dpo: "Datenschutzbeauftragte der Stadt Saalberg, dsb@saalberg.example.org",
    });
    expect(errorOf({ PRIVACY_CONTACT_EMAIL: "datenschutz at saalberg" })).toBe("PRIVACY_CONTACT_EMAIL: must be an e-mail address such as datenschutz@example.org");
    expect(errorOf({ PRIVACY_CONTROLLER: "Netzwerk\nMarktplatz 1" })).toBe("PRIVACY_CONTROLLER: must be one line (separate the parts with commas)");
    expect(errorOf({ PRIVACY_DPO: "x".repeat(301) })).toBe("PRIVACY_DPO: must be at most 300 characters");
    expect(parseConfig({ PRIVACY_DPO: "x".repeat(300) }).privacy.dpo).toHaveLength(300);
  });

  it("never echoes a secret in its error", () => {
    expect(errorOf({ TELEGRAM_BOT_TOKEN: "123:short-secret" })).not.toContain("short-secret");
  });
});

describe("parseDatabaseUrl", () => {
  it("defaults to the embedded file and checks the scheme", () => {
    expect(parseDatabaseUrl({})).toBe("file:./data/lotse.db");
    expect(() => parseDatabaseUrl({ DATABASE_URL: "mysql://x" })).toThrow(/^DATABASE_URL: /);
  });
});
