// The App Home: opened by a coordinator, it is published with their open signups (overdue
// first) and the figures of the last 30 days; anybody else sees that they are not registered.
import { describe, expect, it } from "vitest";
import type { MessageArgs } from "../../../../../src/i18n/translator";
import { testTranslator } from "../../../../support/slack/fixtures";
import { MGH_COORDINATOR, STRANGER } from "../../../../services/coordinator/fixtures";
import { useCoordinatorApp } from "../coordinator-app";

const translator = testTranslator();
const t = (key: string, args?: MessageArgs) => translator.t("de", key, args);
// Monday 23 November 2026, noon in Berlin.
const now = new Date("2026-11-23T11:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

const { slack, db, network, coordinatorApp } = useCoordinatorApp({ now: () => now });

const homeOpened = (user: string, tab = "home") => ({ type: "app_home_opened", user, channel: `D${user.slice(1)}`, tab, event_ts: "1700000000.000100" });

type Block = { type: string; text?: { text: string }; elements?: Array<{ text: string }> };

async function published(user: string): Promise<Block[]> {
  await expect.poll(() => slack.okCalls("views.publish").filter((call) => call.body.user_id === user).length).toBe(1);
  const view = slack.okCalls("views.publish").find((call) => call.body.user_id === user)!.body.view as { type: string; blocks: Block[] };
  expect(view.type).toBe("home");
  return view.blocks;
}

describe("app_home_opened", () => {
  it("publishes the coordinator's open signups, overdue first, and the figures of 30 days", async () => {
    const contacted = await network.signup(network.leihOma.id, { at: daysAgo(20), firstName: "Erika", steps: [{ status: "contacted", at: daysAgo(19) }] });
    const overdue = await network.signup(network.lesepaten.id, { at: daysAgo(4), firstName: "Hans" });
    const fresh = await network.signup(network.leihOma.id, { at: daysAgo(1), firstName: "Mia" });
    await network.signup(network.ausgabe.id, { at: daysAgo(6), firstName: "Tafelgast" });

    expect(await coordinatorApp.event(homeOpened(MGH_COORDINATOR))).toBe(200);

    const blocks = await published(MGH_COORDINATOR);
    const texts = blocks.map((block) => block.text?.text ?? block.elements?.map((element) => element.text).join(" ") ?? "");
    expect(blocks[0]).toMatchObject({ type: "header", text: { text: t("slack-home-heading") } });
    const openLines = texts[1]!.split("\n");
    expect(openLines[0]).toBe(t("slack-open-heading", { count: 3 }));
    expect(openLines[1]).toMatch(new RegExp(`^:warning: \\*${t("slack-open-overdue")}\\* · .*#${overdue.signupId} `));
    expect(openLines[2]).toContain(`#${contacted.signupId} `);
    expect(openLines[3]).toContain(`#${fresh.signupId} `);
    const all = texts.join("\n");
    expect(all).not.toContain("Tafelgast");
    expect(all).toContain(t("slack-stats-heading", { days: 30, from: "24.10.2026", to: "23.11.2026" }));
    expect(all).toContain(t("slack-stats-signups", { total: 3, new: 2, contacted: 1, accepted: 0, declined: 0, withdrawn: 0 }));
    expect(all).not.toContain("Saalberger Tafel");
  });

  it("tells an unregistered user that they are not a coordinator, and shows no data", async () => {
    await network.signup(network.leihOma.id, { at: daysAgo(2), firstName: "Erika" });

    await coordinatorApp.event(homeOpened(STRANGER));

    const blocks = await published(STRANGER);
    expect(blocks.map((block) => block.text?.text)).toEqual([t("slack-home-heading"), t("slack-home-not-coordinator")]);
  });

  it("leaves the messages tab alone", async () => {
    await coordinatorApp.event(homeOpened(MGH_COORDINATOR, "messages"));
    await coordinatorApp.event(homeOpened(STRANGER));
    await published(STRANGER);
    expect(slack.okCalls("views.publish").filter((call) => call.body.user_id === MGH_COORDINATOR)).toEqual([]);
  });
});
