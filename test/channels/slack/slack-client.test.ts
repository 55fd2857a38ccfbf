// The Slack clients log through toSlackLogger: what the real WebClient writes at debug must name
// what happened without the request's content, and below the configured level nothing is shaped.
import { describe, expect, it } from "vitest";
import { createSlackWebClient } from "../../../src/channels/slack/slack-client";
import { captureLogs } from "../../support/app-harness";
import { useFakeSlackApi } from "../../support/slack/fake-slack-api";

const slack = useFakeSlackApi();
const MESSAGE = "Neue Anmeldung von Jürgen Öztürk, Telefon 0151 2345678";
const TOKEN = "xoxb-geheim-123";

describe("the Slack clients' log", () => {
  it("at debug follows each request without its body, token or answer", async () => {
    const logs = captureLogs("debug");
    const client = createSlackWebClient({ token: TOKEN, slackApiUrl: slack.url, logger: logs.logger });
    await client.chat.postMessage({ channel: "C0NETZWERK", text: MESSAGE, blocks: [{ type: "section", text: { type: "mrkdwn", text: MESSAGE } }] });

    const lines = logs.records.filter((record) => record.component === "slack-web-api");
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((record) => String(record.msg).includes("chat.postMessage"))).toBe(true);
    const written = JSON.stringify(logs.records);
    expect(written).not.toContain("Öztürk");
    // The number's tail, not "0151": a record's epoch-millisecond time can contain those four digits.
    expect(written).not.toContain("2345678");
    expect(written).not.toContain(TOKEN);
  });

  it("at info writes nothing of a request that went well", async () => {
    const logs = captureLogs("info");
    const client = createSlackWebClient({ token: TOKEN, slackApiUrl: slack.url, logger: logs.logger });
    await client.chat.postMessage({ channel: "C0NETZWERK", text: MESSAGE });

    expect(slack.okCalls("chat.postMessage")).toHaveLength(1);
    expect(logs.records.filter((record) => record.component === "slack-web-api")).toEqual([]);
  });
});
