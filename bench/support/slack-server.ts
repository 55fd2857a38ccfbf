// The fake Slack Web API in a worker thread of its own, for the outbox bench: the server that
// receives the messages does not take CPU time from the outbox worker being measured, as a Slack
// elsewhere would not. Counts the chat.postMessage calls it answered and reports when `expected`
// have arrived. Times are absolute (performance.timeOrigin + now), comparable between threads.
import { parentPort, workerData } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import { startFakeSlackApi } from "../../test/support/slack/fake-slack-api";

export type SlackServerMessage =
  | { type: "ready"; url: string }
  | { type: "received"; count: number; firstAt: number; lastAt: number }
  | { type: "closed" };

const expected = workerData.expected as number;
const port = parentPort!;
const now = () => performance.timeOrigin + performance.now();
let count = 0;
let firstAt = Number.NaN;
let lastAt = Number.NaN;
const report = () => port.postMessage({ type: "received", count, firstAt, lastAt } satisfies SlackServerMessage);

const slack = await startFakeSlackApi({
  onCall(call) {
    if (call.method !== "chat.postMessage" || call.failed) return;
    count += 1;
    lastAt = now();
    if (count === 1) firstAt = lastAt;
    if (count === expected) report();
  },
});
port.on("message", (message: { type: "report" | "close" }) => {
  if (message.type === "report") report();
  else
    void slack.close().then(() => {
      port.postMessage({ type: "closed" } satisfies SlackServerMessage);
      port.close();
    });
});
port.postMessage({ type: "ready", url: slack.url } satisfies SlackServerMessage);
