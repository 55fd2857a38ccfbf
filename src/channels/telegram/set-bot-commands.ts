import type { Api } from "grammy";
import { DEFAULT_LOCALE, type BotLocale } from "../../domain/vocabulary";
import type { Translator } from "../../i18n/translator";

/**
 * The commands shown in Telegram's menu, per language. Both sets work in either language
 * (the flows list all names); the menu shows residents the words of their own language.
 */
export const MENU_COMMANDS: Record<BotLocale, readonly string[]> = {
  de: ["start", "angebote", "profil", "meine", "sprache", "hilfe", "datenschutz", "loeschen"],
  en: ["start", "offers", "profile", "signups", "language", "help", "privacy", "delete"],
};

export async function setBotCommands(api: Api, translator: Translator): Promise<void> {
  for (const [locale, names] of Object.entries(MENU_COMMANDS) as Array<[BotLocale, readonly string[]]>) {
    const commands = names.map((command) => ({ command, description: translator.t(locale, `command-${command}`) }));
    // The default list (no language) is German; Telegram shows the English one to English clients.
    await api.setMyCommands(commands, locale === DEFAULT_LOCALE ? {} : { language_code: locale });
  }
}
