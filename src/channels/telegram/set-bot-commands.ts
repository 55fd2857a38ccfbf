import type { Api } from "grammy";
import type { Flow } from "../../domain/flows/flow-schema";
import { BOT_LOCALES, DEFAULT_LOCALE, LOCALES, type BotLocale } from "../../domain/vocabulary";
import type { Translator } from "../../i18n/translator";

/** The order of the menu, by flow; flows not listed have no menu entry. */
const MENU_FLOWS = ["onboarding", "recommendations", "profile", "my-signups", "question", "language", "help", "privacy", "my-data", "erase"] as const;

/**
 * The menu of one locale, derived from the flows and the locale table: a flow's `commands:` list
 * names its German command first and its English one last ([angebote, offers]); the locale says
 * which it shows. The description is `command-<English name>` in the locale's own words.
 */
export function menuCommands(flows: ReadonlyMap<string, Flow>, translator: Translator, locale: BotLocale): Array<{ command: string; description: string }> {
  return MENU_FLOWS.flatMap((flowId) => {
    const names = flows.get(flowId)?.commands ?? [];
    if (names.length === 0) return [];
    const english = names.at(-1)!;
    const command = LOCALES[locale].commandNames === "de" ? names[0]! : english;
    return [{ command, description: translator.t(locale, `command-${english}`) }];
  });
}

/**
 * One menu per Telegram language: the default (no language_code) is German; every locale with
 * a Telegram menu gets its own under its language code. Plain German shares the German menu
 * (Telegram has no language code for it).
 */
export async function setBotCommands(api: Api, translator: Translator, flows: ReadonlyMap<string, Flow>): Promise<void> {
  // All at once: one after the other they held up every start by seven round trips.
  const menus = BOT_LOCALES.filter((locale) => LOCALES[locale].telegramMenu).map((locale) =>
    api.setMyCommands(menuCommands(flows, translator, locale), locale === DEFAULT_LOCALE ? {} : { language_code: LOCALES[locale].language }),
  );
  const failed = (await Promise.allSettled(menus)).find((outcome) => outcome.status === "rejected");
  if (failed) throw failed.reason;
}
