// lotse qr SLUG | --all [--out DIR] [--bot NAME]: QR codes of the bot's deep links for posters in
// a Mehrgenerationenhaus, and with --all an A4 poster sheet (PDF) per organisation. The link
// names the offer by its id (src/domain/deep-link.ts), so printed codes survive slug renames.
import path from "node:path";
import type { Command } from "commander";
import { parseTelegramBotUsername } from "../../config";
import { botUsernameSchema } from "../../domain/deep-link";
import { DEFAULT_TIME_ZONE } from "../../domain/working-days";
import { PosterOfferNotFoundError } from "../../services/poster/poster-offers";
import { writeOfferQrCodes } from "../../services/poster/write-offer-qr-codes";
import { writePosters } from "../../services/poster/write-posters";
import type { LotseContext } from "../lotse";

interface QrOptions {
  all?: boolean;
  out: string;
  bot?: string;
}

export function registerQrCommand(program: Command, context: LotseContext): void {
  const { t } = context;
  program
    .command("qr")
    .description(t("cli-qr-description"))
    .argument("[slug]", t("cli-qr-argument-slug"))
    .option("--all", t("cli-qr-option-all"))
    .option("--out <dir>", t("cli-qr-option-out"), ".")
    .option("--bot <username>", t("cli-qr-option-bot"))
    .action(async (slug: string | undefined, options: QrOptions, command: Command) => {
      if ((slug === undefined) === !options.all) command.error(t("cli-qr-slug-or-all"), { exitCode: 2, code: "lotse.usage" });
      const botUsername = botUsernameOf(options, context, command);
      if (botUsername === null) {
        context.io.err(t("cli-qr-no-bot"));
        return context.fail(1);
      }
      const outDir = path.resolve(options.out);
      if (slug !== undefined) return qrOfOne(context, slug, botUsername, outDir);
      return qrOfAll(context, botUsername, outDir);
    });
}

/** --bot first, else TELEGRAM_BOT_USERNAME (a wrong value there stops lotse as any config error does). */
function botUsernameOf(options: QrOptions, context: LotseContext, command: Command): string | null {
  if (options.bot === undefined) return parseTelegramBotUsername(context.env);
  const parsed = botUsernameSchema.safeParse(options.bot);
  if (!parsed.success) command.error(context.t("cli-qr-invalid-bot", { value: options.bot }), { exitCode: 2, code: "lotse.usage" });
  return parsed.data;
}

async function qrOfOne(context: LotseContext, slug: string, botUsername: string, outDir: string): Promise<void> {
  const { t, io } = context;
  try {
    const written = await context.withDatabase((prisma) => writeOfferQrCodes({ prisma, slug, botUsername, outDir, now: context.now(), locale: context.lang }));
    io.out(t("cli-qr-link", { link: written.link }));
    io.out(t("cli-qr-written"));
    for (const file of written.files) io.out(`  ${file}`);
    if (!written.offer.available) io.err(t("cli-qr-not-available", { title: written.offer.title }));
  } catch (error) {
    if (!(error instanceof PosterOfferNotFoundError)) throw error;
    io.err(t("cli-qr-unknown-offer", { slug: error.slug }));
    io.err(error.suggestion ? t("cli-qr-did-you-mean", { suggestion: error.suggestion }) : t("cli-qr-list-hint"));
    context.fail(1);
  }
}

async function qrOfAll(context: LotseContext, botUsername: string, outDir: string): Promise<void> {
  const { t, io, lang } = context;
  const now = context.now();
  const date = new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", { dateStyle: "long", timeZone: DEFAULT_TIME_ZONE }).format(now);
  const written = await context.withDatabase((prisma) =>
    writePosters({
      prisma,
      botUsername,
      outDir,
      now,
      locale: lang,
      texts: {
        invitation: t("cli-qr-poster-invitation"),
        footer: (page, pages) => t("cli-qr-poster-footer", { date, page, pages }),
      },
    }),
  );
  if (written.offers === 0) {
    io.out(t("cli-qr-nothing"));
    return;
  }
  io.out(t("cli-qr-written-all", { offers: written.offers, posters: written.organisations, dir: outDir }));
  for (const file of written.files) io.out(`  ${file}`);
}
