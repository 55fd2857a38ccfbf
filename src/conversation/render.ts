// Outputs of the flow engine as localized, channel-neutral messages: text plus choices.
// Telegram turns choices into inline buttons, the console into numbered lines.
import type { Choice, Label, Output } from "../domain/flows/engine";
import type { BotLocale } from "../domain/vocabulary";
import type { Translator } from "../i18n/translator";

export interface RenderedChoice {
  value: string;
  text: string;
  selected: boolean;
}

export interface RenderedMessage {
  text: string;
  /** Set when the message asks something. */
  question?: {
    /** The question's flow and step; answers carry them back so stale buttons are recognised. */
    flowId: string;
    stepId: string;
    kind: "single" | "multiple" | "text" | "confirm";
    choices: RenderedChoice[];
    /** The done button (multiple) or skip button (optional text). */
    finish?: string;
    maxLength?: number;
    /** Re-render of the question just shown (a ticked box): edit it in place. */
    update: boolean;
  };
  /** Set when the message is a file; `text` is then its caption (may be empty). */
  document?: { fileName: string; content: string };
}

export function renderOutputs(translator: Translator, locale: BotLocale, outputs: readonly Output[]): RenderedMessage[] {
  const label = (value: Label) => ("key" in value ? translator.t(locale, value.key) : value.text);
  return outputs.map((output): RenderedMessage => {
    switch (output.type) {
      case "text":
        return { text: output.text };
      case "document":
        return { text: output.caption ?? "", document: { fileName: output.fileName, content: output.content } };
      case "message":
        return { text: translator.t(locale, output.key, output.args) };
      case "question":
        return {
          text: translator.t(locale, output.key, output.args),
          question: {
            flowId: output.flowId,
            stepId: output.stepId,
            kind: output.kind,
            choices: output.choices.map((choice: Choice) => ({ value: choice.value, text: label(choice.label), selected: choice.selected ?? false })),
            ...(output.finish ? { finish: label(output.finish) } : {}),
            ...(output.maxLength ? { maxLength: output.maxLength } : {}),
            update: output.update,
          },
        };
    }
  });
}
