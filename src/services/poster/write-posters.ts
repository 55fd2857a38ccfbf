// lotse qr --all: a QR code (PNG and SVG) of every offer that takes signups now, and one A4
// poster PDF per organisation with all of its offers (render-poster.ts).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../../generated/prisma/client";
import { offerDeepLink, offerShortLink } from "../../domain/deep-link";
import type { BotLocale } from "../../domain/vocabulary";
import { listPosterOrganisations } from "./poster-offers";
import { renderPosterPdf, type PosterTexts } from "./render-poster";
import { safeFileName, writeQrFiles } from "./write-offer-qr-codes";

export interface WrittenPosters {
  organisations: number;
  offers: number;
  /** Every file written: per organisation its offers' PNG and SVG, then its poster. */
  files: string[];
}

export async function writePosters(options: {
  prisma: PrismaClient;
  botUsername: string;
  outDir: string;
  now: Date;
  /** The language of the offers' texts on the posters (the translation, or German). */
  locale: BotLocale;
  texts: PosterTexts;
}): Promise<WrittenPosters> {
  const { botUsername, outDir, now } = options;
  const organisations = await listPosterOrganisations(options);
  const files: string[] = [];
  if (organisations.length === 0) return { organisations: 0, offers: 0, files };
  await mkdir(outDir, { recursive: true });
  let offers = 0;
  for (const organisation of organisations) {
    for (const offer of organisation.offers) {
      files.push(...(await writeQrFiles(offer, botUsername, outDir)).files);
      offers++;
    }
    const pdf = await renderPosterPdf({
      organisationName: organisation.name,
      entries: organisation.offers.map((offer) => ({
        title: offer.title,
        summary: offer.summary,
        link: offerDeepLink(botUsername, offer.id),
        shortLink: offerShortLink(botUsername, offer.id),
      })),
      texts: options.texts,
      createdAt: now,
    });
    const posterPath = path.join(outDir, `poster-${safeFileName(organisation.slug)}.pdf`);
    await writeFile(posterPath, pdf);
    files.push(posterPath);
  }
  return { organisations: organisations.length, offers, files };
}
