/**
 * /datenschutz (/privacy) over Telegram: the privacy notice with its version and the controller,
 * the contact address and the data-protection officer the network configured (PRIVACY_*), in
 * the resident's language; a placeholder, and a warning at start-up, where one is not set.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRIVACY_VERSION } from "../../src/domain/vocabulary";
import { captureLogs, startAppHarness, text, type AppHarness } from "../support/app-harness";

/** The retention periods the notice states: the defaults, as these tests set no RETENTION_* variable. */
const RETENTION_DEFAULTS = { inactiveMonths: 12, conversationMonths: 6, textMonths: 6 };

const CONTROLLER = "Netzwerk für Generationen Saalberg e. V., Marktplatz 1, 07999 Saalberg";
const EMAIL = "datenschutz@netzwerk-saalberg.example.org";
const DPO = "Datenschutzbeauftragte der Stadt Saalberg, dsb@saalberg.example.org";

const INCOMPLETE = "privacy notice incomplete: /datenschutz shows a placeholder for what is not set (see README, Privacy)";

describe("the privacy notice of a network that filled in its contacts", () => {
  let h: AppHarness;
  const logs = captureLogs("warn");
  beforeAll(async () => {
    h = await startAppHarness({ slack: false, logger: logs.logger, env: { PRIVACY_CONTROLLER: CONTROLLER, PRIVACY_CONTACT_EMAIL: EMAIL, PRIVACY_DPO: DPO } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("names the version, the controller, the contact and the data-protection officer, in German and English", async () => {
    const args = { version: PRIVACY_VERSION, controller: CONTROLLER, email: EMAIL, dpo: DPO, ...RETENTION_DEFAULTS };

    const german = h.user({ languageCode: "de" });
    await german.send("/datenschutz");
    const notice = german.lastReply().text;
    expect(notice).toBe(text("privacy-text", args));
    for (const part of [PRIVACY_VERSION, CONTROLLER, EMAIL, DPO]) expect(notice).toContain(part);
    expect(notice).not.toContain(text("privacy-not-entered"));

    const english = h.user({ languageCode: "en" });
    await english.send("/privacy");
    expect(english.lastReply().text).toBe(text("privacy-text", args, "en"));
    expect(english.lastReply().text).toContain(DPO);
  });

  it("works before anything is stored, and stores nothing", async () => {
    const visitor = h.user({ languageCode: "de" });
    await visitor.send("/datenschutz");
    expect(visitor.lastReply().text).toContain(CONTROLLER);
    expect(await h.prisma.resident.count({ where: { channelUserId: String(visitor.id) } })).toBe(0);
  });

  it("does not warn at start-up", () => {
    expect(logs.records.filter((record) => record.msg === INCOMPLETE)).toEqual([]);
  });
});

describe("the privacy notice of a network that has not filled them in yet", () => {
  let h: AppHarness;
  const logs = captureLogs("warn");
  beforeAll(async () => {
    h = await startAppHarness({ slack: false, logger: logs.logger, env: { PRIVACY_CONTROLLER: CONTROLLER } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("shows a placeholder in the resident's language for each contact that is missing", async () => {
    const german = h.user({ languageCode: "de" });
    await german.send("/datenschutz");
    const missing = text("privacy-not-entered");
    expect(german.lastReply().text).toBe(text("privacy-text", { version: PRIVACY_VERSION, controller: CONTROLLER, email: missing, dpo: missing, ...RETENTION_DEFAULTS }));

    const english = h.user({ languageCode: "en" });
    await english.send("/privacy");
    const missingEn = text("privacy-not-entered", undefined, "en");
    expect(english.lastReply().text).toBe(text("privacy-text", { version: PRIVACY_VERSION, controller: CONTROLLER, email: missingEn, dpo: missingEn, ...RETENTION_DEFAULTS }, "en"));
  });

  it("warns once at start-up, naming the variables that are not set and nothing else", () => {
    const warnings = logs.records.filter((record) => record.msg === INCOMPLETE);
    expect(warnings).toEqual([expect.objectContaining({ level: 40, missing: ["PRIVACY_CONTACT_EMAIL", "PRIVACY_DPO"] })]);
    expect(JSON.stringify(warnings)).not.toContain(CONTROLLER);
  });
});
