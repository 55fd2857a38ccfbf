// /lotse end to end on the Slack side: signed slash commands through our HTTP front into the
// real Bolt app, answers on the response URL of the fake Slack API.
import { describe, expect, it } from "vitest";
import { parseLotseCommand } from "../../../../../src/channels/slack/listeners/commands/lotse";
import type { BotLocale } from "../../../../../src/domain/vocabulary";
import type { MessageArgs } from "../../../../../src/i18n/translator";
import { parseCsv } from "../../../../support/csv";
import { testTranslator } from "../../../../support/slack/fixtures";
import { MGH_COORDINATOR, NETWORK_MANAGER, STRANGER, TAFEL_COORDINATOR } from "../../../../services/coordinator/fixtures";
import { useCoordinatorApp } from "../coordinator-app";

const translator = testTranslator();
const t = (key: string, args?: MessageArgs, locale: BotLocale = "de") => translator.t(locale, key, args);

const now = new Date("2026-11-23T11:00:00Z");
const HOUR = 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * HOUR);

const { slack, db, network, coordinatorApp } = useCoordinatorApp({ now: () => now });

const lotse = async (userId: string, text: string) => {
  const answer = await coordinatorApp.command(userId, text);
  expect(answer!.body.response_type).toBe("ephemeral");
  return String(answer!.body.text);
};

describe("parseLotseCommand", () => {
  it("reads the sub-commands and their arguments", () => {
    expect(parseLotseCommand("")).toEqual({ kind: "help", unknown: false });
    expect(parseLotseCommand(" Hilfe ")).toEqual({ kind: "help", unknown: false });
    expect(parseLotseCommand("offen")).toEqual({ kind: "open" });
    expect(parseLotseCommand("statistik")).toEqual({ kind: "statistics", days: 30 });
    expect(parseLotseCommand("Statistik 365")).toEqual({ kind: "statistics", days: 365 });
    expect(parseLotseCommand("angebot pausieren leih-oma")).toEqual({ kind: "pause", slug: "leih-oma" });
    expect(parseLotseCommand("angebot  aktivieren  leih-oma")).toEqual({ kind: "resume", slug: "leih-oma" });
    expect(parseLotseCommand("nachricht leih-oma")).toEqual({ kind: "broadcast", slug: "leih-oma" });
    expect(parseLotseCommand("export")).toEqual({ kind: "export" });
  });

  it("names a wrong argument of a known sub-command, and takes anything else for help", () => {
    expect(parseLotseCommand("statistik 0")).toEqual({ kind: "invalid", hint: "days", command: "statistik" });
    expect(parseLotseCommand("statistik 366")).toMatchObject({ kind: "invalid", hint: "days" });
    expect(parseLotseCommand("statistik viele")).toMatchObject({ kind: "invalid", hint: "days" });
    expect(parseLotseCommand("angebot pausieren")).toEqual({ kind: "invalid", hint: "slug", command: "angebot pausieren" });
    expect(parseLotseCommand("nachricht <@U123>")).toMatchObject({ kind: "invalid", hint: "slug" });
    expect(parseLotseCommand("offen bitte")).toEqual({ kind: "help", unknown: true });
    expect(parseLotseCommand("loeschen alles")).toEqual({ kind: "help", unknown: true });
  });
});

describe("/lotse hilfe", () => {
  it("shows the usage, and for anything unknown says so first", async () => {
    expect(await lotse(MGH_COORDINATOR, "hilfe")).toBe(t("slack-lotse-help"));
    expect(await lotse(MGH_COORDINATOR, "")).toBe(t("slack-lotse-help"));
    expect(await lotse(MGH_COORDINATOR, "zaubern")).toBe(`${t("slack-lotse-unknown")}\n\n${t("slack-lotse-help")}`);
  });
});

describe("unregistered Slack users", () => {
  it("get a polite refusal and no data from any sub-command", async () => {
    await network.signup(network.leihOma.id, { at: daysAgo(2), firstName: "Erika" });
    for (const text of ["offen", "statistik", "export", "angebot pausieren leih-oma", "nachricht leih-oma"]) {
      expect(await lotse(STRANGER, text)).toBe(t("slack-lotse-not-coordinator"));
    }
    expect(slack.okCalls("views.open")).toEqual([]);
    expect(slack.files.size).toBe(0);
    expect((await db.prisma.opportunity.findUniqueOrThrow({ where: { id: network.leihOma.id } })).pausedAt).toBeNull();
  });
});

describe("/lotse offen", () => {
  it("lists the open signups of the caller's organisation only, oldest first, with age and status", async () => {
    const fresh = await network.signup(network.leihOma.id, { at: daysAgo(1), firstName: "Erika" });
    const older = await network.signup(network.lesepaten.id, { at: daysAgo(6), firstName: "Hans", steps: [{ status: "contacted", at: daysAgo(5) }] });
    await network.signup(network.leihOma.id, { at: daysAgo(8), steps: [{ status: "accepted", at: daysAgo(7) }] });
    const tafel = await network.signup(network.ausgabe.id, { at: daysAgo(3), firstName: "Tafelgast" });

    const text = await lotse(MGH_COORDINATOR, "offen");

    const item = (id: number, title: string, status: string, days: number, who: string) =>
      t("slack-open-item", { id: String(id), title, organisation: "Mehrgenerationenhaus Altstadt", status: t(`status-${status}`), age: t("slack-open-age", { days }), who });
    expect(text.split("\n")).toEqual([
      t("slack-open-heading", { count: 2 }),
      `• ${item(older.signupId, "Lesepaten", "contacted", 6, "Hans")}`,
      `• ${item(fresh.signupId, "Leih-Oma gesucht", "new", 1, "Erika")}`,
    ]);
    expect(text).not.toContain(`#${tafel.signupId} `);
    expect(text).not.toContain("Tafelgast");

    const tafelText = await lotse(TAFEL_COORDINATOR, "offen");
    expect(tafelText).toContain(`#${tafel.signupId} `);
    expect(tafelText).not.toContain("Erika");

    const managerText = await lotse(NETWORK_MANAGER, "offen");
    expect(managerText.split("\n")[0]).toBe(t("slack-open-heading", { count: 3 }));
  });

  it("says so when nothing is open", async () => {
    expect(await lotse(MGH_COORDINATOR, "offen")).toBe([t("slack-open-heading", { count: 0 }), t("slack-open-none")].join("\n"));
  });
});

describe("/lotse statistik", () => {
  it("gives the figures of the caller's organisation over 30 days by default, and says the residents are network-wide", async () => {
    await network.signup(network.leihOma.id, { at: daysAgo(10), steps: [{ status: "contacted", at: new Date(daysAgo(10).getTime() + 2 * HOUR) }] });
    await network.signup(network.lesepaten.id, { at: daysAgo(5), steps: [{ status: "accepted", at: new Date(daysAgo(5).getTime() + 4 * HOUR) }] });
    await network.signup(network.ausgabe.id, { at: daysAgo(4) });

    const text = await lotse(MGH_COORDINATOR, "statistik");

    expect(text).toContain(t("slack-stats-heading", { days: 30, from: "24.10.2026", to: "23.11.2026" }));
    expect(text).toContain(t("slack-stats-residents-network", { count: 3 }));
    expect(text).toContain(t("slack-stats-organisation", { organisation: "Mehrgenerationenhaus Altstadt" }));
    expect(text).toContain(t("slack-stats-signups", { total: 2, new: 0, contacted: 1, accepted: 1, declined: 0, withdrawn: 0 }));
    // 2 h and 4 h: the median is 3 h.
    expect(text).toContain(t("slack-stats-first-answer", { duration: t("slack-duration-hours", { count: 3 }), answered: 2, unanswered: 0 }));
    expect(text).not.toContain("Saalberger Tafel");
    expect(text).not.toContain(t("slack-stats-total"));
  });

  it("takes the days, refuses a window outside 1 to 365, and gives the network manager every organisation", async () => {
    await network.signup(network.leihOma.id, { at: daysAgo(10) });
    expect(await lotse(MGH_COORDINATOR, "statistik 7")).toContain(t("slack-stats-signups", { total: 0, new: 0, contacted: 0, accepted: 0, declined: 0, withdrawn: 0 }));
    expect(await lotse(MGH_COORDINATOR, "statistik 400")).toBe(t("slack-lotse-invalid-days"));

    const text = await lotse(NETWORK_MANAGER, "statistik");
    expect(text).toContain(t("slack-stats-residents", { count: 1 }));
    expect(text).toContain(t("slack-stats-total"));
    expect(text).toContain(t("slack-stats-organisation", { organisation: "Saalberger Tafel e. V." }));
  });
});

describe("/lotse angebot pausieren | aktivieren", () => {
  it("pauses and resumes an offer of the caller's organisation", async () => {
    const args = { title: "Leih-Oma gesucht", organisation: "Mehrgenerationenhaus Altstadt", slug: "leih-oma" };

    expect(await lotse(MGH_COORDINATOR, "angebot pausieren leih-oma")).toBe(t("slack-pause-done", args));
    expect(await db.prisma.opportunity.findUniqueOrThrow({ where: { id: network.leihOma.id } })).toMatchObject({ pausedAt: now, pausedBy: MGH_COORDINATOR });
    expect(await lotse(MGH_COORDINATOR, "angebot pausieren leih-oma")).toBe(t("slack-pause-already", args));

    expect(await lotse(MGH_COORDINATOR, "angebot aktivieren leih-oma")).toBe(t("slack-resume-done", args));
    expect((await db.prisma.opportunity.findUniqueOrThrow({ where: { id: network.leihOma.id } })).pausedAt).toBeNull();
    expect(await lotse(MGH_COORDINATOR, "angebot aktivieren leih-oma")).toBe(t("slack-resume-already", args));
  });

  it("refuses another organisation's offer, an unknown slug and a missing one", async () => {
    expect(await lotse(TAFEL_COORDINATOR, "angebot pausieren leih-oma")).toBe(
      t("slack-opportunity-not-yours", { slug: "leih-oma", organisation: "Mehrgenerationenhaus Altstadt" }),
    );
    expect((await db.prisma.opportunity.findUniqueOrThrow({ where: { id: network.leihOma.id } })).pausedAt).toBeNull();
    expect(await lotse(MGH_COORDINATOR, "angebot pausieren gibt-es-nicht")).toBe(t("slack-opportunity-not-found", { slug: "gibt-es-nicht" }));
    expect(await lotse(MGH_COORDINATOR, "angebot aktivieren")).toBe(t("slack-lotse-invalid-slug", { command: "angebot aktivieren" }));
  });

  it("warns when the offer stays switched off by the network file", async () => {
    await db.prisma.opportunity.update({ where: { id: network.leihOma.id }, data: { active: false } });
    await lotse(MGH_COORDINATOR, "angebot pausieren leih-oma");
    const args = { title: "Leih-Oma gesucht", organisation: "Mehrgenerationenhaus Altstadt", slug: "leih-oma" };
    expect(await lotse(MGH_COORDINATOR, "angebot aktivieren leih-oma")).toBe(`${t("slack-resume-done", args)}\n${t("slack-resume-inactive")}`);
  });
});

describe("/lotse nachricht", () => {
  it("opens the modal for an offer with accepted volunteers", async () => {
    await network.signup(network.leihOma.id, { at: daysAgo(5), steps: [{ status: "accepted", at: daysAgo(4) }] });
    await network.signup(network.leihOma.id, { at: daysAgo(5), steps: [{ status: "accepted", at: daysAgo(4) }] });

    await coordinatorApp.command(MGH_COORDINATOR, "nachricht leih-oma", { wait: false });

    await expect.poll(() => slack.okCalls("views.open").length).toBe(1);
    const opened = slack.okCalls("views.open")[0]!;
    expect(opened.body.trigger_id).toBe("1337.42.trigger");
    const view = opened.body.view as { callback_id: string; private_metadata: string; blocks: Array<{ text?: { text: string } }> };
    expect(view.callback_id).toBe("lotse_broadcast");
    expect(JSON.parse(view.private_metadata)).toEqual({ opportunityId: network.leihOma.id });
    expect(view.blocks[0]!.text!.text).toBe(t("slack-broadcast-modal-intro", { count: 2, title: "Leih-Oma gesucht", organisation: "Mehrgenerationenhaus Altstadt" }));
    expect(slack.responses).toEqual([]);
  });

  it("opens no modal for another organisation's offer or one without accepted volunteers", async () => {
    await network.signup(network.leihOma.id, { at: daysAgo(5), steps: [{ status: "accepted", at: daysAgo(4) }] });
    expect(await lotse(TAFEL_COORDINATOR, "nachricht leih-oma")).toBe(t("slack-opportunity-not-yours", { slug: "leih-oma", organisation: "Mehrgenerationenhaus Altstadt" }));
    await network.signup(network.lesepaten.id, { at: daysAgo(5) });
    expect(await lotse(MGH_COORDINATOR, "nachricht lesepaten")).toBe(t("slack-broadcast-no-volunteers", { title: "Lesepaten" }));
    expect(slack.okCalls("views.open")).toEqual([]);
  });
});

describe("/lotse export", () => {
  it("uploads the organisation's signups as CSV into the caller's direct messages, contact data only where shared", async () => {
    const shared = await network.signup(network.leihOma.id, { at: daysAgo(3), firstName: "Erika" });
    const notShared = await network.signup(network.lesepaten.id, { at: daysAgo(2), firstName: "Hans" });
    await db.prisma.signup.update({ where: { id: notShared.signupId }, data: { contactConsentAt: null } });
    const injected = await network.signup(network.lesepaten.id, { at: daysAgo(1), firstName: "=cmd|' /C calc'!A0" });
    await network.signup(network.ausgabe.id, { at: daysAgo(1), firstName: "Tafelgast" });

    expect(await lotse(MGH_COORDINATOR, "export")).toBe(t("slack-export-sent"));

    expect(slack.okCalls("conversations.open").map((call) => call.body.users)).toEqual([MGH_COORDINATOR]);
    const files = [...slack.files.values()];
    expect(files).toHaveLength(1);
    const file = files[0]!;
    expect(file).toMatchObject({ completed: true, channel: `D${MGH_COORDINATOR.slice(1)}`, filename: "anmeldungen-2026-11-23.csv", initialComment: t("slack-export-comment", { count: 3 }) });
    const table = parseCsv(file.content.toString("utf8").replace(/^\uFEFF/, ""));
    expect(table[0]).toEqual([
      t("slack-export-header-signup-id"),
      t("slack-export-header-created"),
      t("slack-export-header-status"),
      t("slack-export-header-status-changed"),
      t("slack-export-header-opportunity-slug"),
      t("slack-export-header-opportunity-title"),
      t("slack-export-header-organisation"),
      t("slack-export-header-first-name"),
      t("slack-export-header-telegram"),
    ]);
    const rows = new Map(table.slice(1).map((row) => [Number(row[0]), row]));
    expect([...rows.keys()]).toEqual([shared.signupId, notShared.signupId, injected.signupId]);
    expect(rows.get(shared.signupId)!.slice(2)).toEqual([t("status-new"), "2026-11-20 12:00", "leih-oma", "Leih-Oma gesucht", "Mehrgenerationenhaus Altstadt", "Erika", expect.stringMatching(/^person_\d+$/)]);
    expect(rows.get(notShared.signupId)!.slice(7)).toEqual(["", ""]);
    expect(rows.get(injected.signupId)![7]).toBe("'=cmd|' /C calc'!A0");
    expect(file.content.toString("utf8")).not.toContain("Tafelgast");
  });

  it("says so when the upload fails", async () => {
    slack.failNext("files.getUploadURLExternal", { error: "not_allowed_token_type" });
    expect(await lotse(MGH_COORDINATOR, "export")).toBe(t("slack-export-failed"));
  });
});
