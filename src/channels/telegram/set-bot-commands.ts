import type { Api } from "grammy";
import { BOT_LOCALES, DEFAULT_LOCALE } from "../../domain/vocabulary";
import type { Translator } from "../../i18n/translator";

/** The commands shown in Telegram's menu; the English aliases work but are not listed. */
export const MENU_COMMANDS = ["start", "angebote", "profil", "meine", "sprache", "hilfe", "datenschutz", "loeschen"] as const;

export async function setBotCommands(api: Api, translator: Translator): Promise<void> {
  for (const locale of BOT_LOCALES) {
    const commands = MENU_COMMANDS.map((command) => ({ command, description: translator.t(locale, `command-${command}`) }));
    // The default list (no language) is German; Telegram shows the English one to English clients.
    await api.setMyCommands(commands, locale === DEFAULT_LOCALE ? {} : { language_code: locale });
  }
}
