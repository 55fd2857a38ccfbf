// The same flows in a terminal: numbered choices instead of buttons, so a newcomer can try the
// bot with `npm start` and no Telegram account. Reads lines from `input`, writes to `output`.
import { createInterface } from "node:readline";
import type { ConversationDeps } from "../../conversation/conversation-deps";
import { renderOutputs, type RenderedMessage } from "../../conversation/render";
import { runTurn, type ChannelInput } from "../../conversation/run-turn";
import type { ResidentIdentity } from "../../services/resident/resident-identity";

export interface ConsoleChannelOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  identity?: ResidentIdentity;
  /** Sent as if typed first; "/start" opens the conversation. */
  firstInput?: string;
  /** The terminal's language (from LANG), used until the resident picks one. */
  preferredLocale?: string;
}

const DEFAULT_IDENTITY: ResidentIdentity = { channel: "console", channelUserId: "local", firstName: null, telegramUsername: null };

/** Runs until the input ends (Ctrl-D) or the user types /exit. Resolves when done. */
export async function runConsoleChannel(deps: ConversationDeps, options: ConsoleChannelOptions): Promise<void> {
  const identity = options.identity ?? DEFAULT_IDENTITY;
  const write = (text: string) => options.output.write(`${text}\n`);
  let lastQuestion: RenderedMessage["question"] | undefined;

  const turn = async (input: ChannelInput) => {
    const result = await runTurn(deps, identity, input, { preferredLocale: options.preferredLocale });
    const messages = renderOutputs(deps.translator, result.locale, result.outputs);
    for (const message of messages) {
      write("");
      if (message.document) {
        // The terminal is the resident's own: the file is shown there, not saved anywhere, so
        // no copy of their data is left behind in the working directory.
        if (message.text) write(message.text);
        write(`--- ${message.document.fileName} ---`);
        write(message.document.content.trimEnd());
        write(`--- ${message.document.fileName} ---`);
        continue;
      }
      write(message.text);
      if (message.question) write(formatChoices(message.question));
      lastQuestion = message.question ?? lastQuestion;
    }
    write("");
    options.output.write("> ");
  };

  const lines = createInterface({ input: options.input, terminal: false });
  // Taken before the first turn: readline's iterator keeps only the lines (and the end of the
  // input) that come after it exists, and piped input may all arrive while the first turn runs.
  const typed = lines[Symbol.asyncIterator]();
  try {
    await turn(parseConsoleLine(options.firstInput ?? "/start", undefined));
    for await (const line of { [Symbol.asyncIterator]: () => typed }) {
      if (line.trim() === "/exit") break;
      await turn(parseConsoleLine(line, lastQuestion));
    }
  } finally {
    lines.close();
  }
}

function formatChoices(question: NonNullable<RenderedMessage["question"]>): string {
  const rows = question.choices.map((choice, index) => {
    const tick = question.kind === "multiple" ? (choice.selected ? "[x] " : "[ ] ") : "";
    return `  ${index + 1}) ${tick}${choice.text}`;
  });
  if (question.finish) rows.push(`  0) ${question.finish}`);
  if (question.kind === "multiple") rows.push("  (1, 3, 5 …)");
  return rows.join("\n");
}

/**
 * A typed line as engine input: "/cmd" is a command; for a question with choices a number picks
 * an option ("1, 3" several), 0 is done/skip; anything else is text (which a question with
 * choices answers with a hint and asks again).
 */
export function parseConsoleLine(line: string, question: RenderedMessage["question"] | undefined): ChannelInput {
  const text = line.trim();
  const command = /^\/([A-Za-z0-9_]+)$/.exec(text);
  if (command) return { type: "command", command: command[1]! };
  if (!question) return { type: "text", text };
  // A number answers the question last shown; naming it (flow and step) lets the engine tell
  // when that is no longer the current question.
  const answered = { flowId: question.flowId, stepId: question.stepId };
  if (question.kind === "text") {
    if (question.finish && text === "0") return { type: "finish", ...answered };
    return { type: "text", text };
  }
  if (question.kind === "multiple" && text === "" && question.finish) return { type: "finish", ...answered };
  const numbers = text.split(/[\s,;]+/).filter(Boolean);
  if (numbers.length === 0 || !numbers.every((part) => /^\d+$/.test(part))) return { type: "text", text };
  const picked = numbers.map((part) => Number(part));
  if (picked.length === 1 && picked[0] === 0 && question.finish) return { type: "finish", ...answered };
  const values = picked.map((number) => question.choices[number - 1]?.value ?? `#${number}`);
  if (question.kind === "multiple") return { type: "choices", ...answered, values };
  return { type: "choice", ...answered, value: values[0]! };
}
