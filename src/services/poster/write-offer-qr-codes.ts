// lotse qr SLUG: the QR code of one offer's deep link, as <slug>.png and <slug>.svg in a folder.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../../generated/prisma/client";
import { offerDeepLink } from "../../domain/deep-link";
import type { BotLocale } from "../../domain/vocabulary";
import { findPosterOffer, type PosterOffer } from "./poster-offers";
import { qrPng, qrSvg } from "./qr-code";

export interface WrittenQrCodes {
  offer: PosterOffer;
  link: string;
  /** The files written, PNG first. */
  files: string[];
}

/** Throws PosterOfferNotFoundError (with a suggestion) for an unknown slug; writes nothing then. */
export async function writeOfferQrCodes(options: {
  prisma: PrismaClient;
  slug: string;
  botUsername: string;
  outDir: string;
  now: Date;
  locale: BotLocale;
}): Promise<WrittenQrCodes> {
  const offer = await findPosterOffer(options);
  const { link, files } = await writeQrFiles(offer, options.botUsername, options.outDir);
  return { offer, link, files };
}

/** <slug>.png and <slug>.svg of the offer's deep link; the folder is made if missing. */
export async function writeQrFiles(offer: Pick<PosterOffer, "id" | "slug">, botUsername: string, outDir: string): Promise<{ link: string; files: string[] }> {
  const link = offerDeepLink(botUsername, offer.id);
  await mkdir(outDir, { recursive: true });
  const base = path.join(outDir, safeFileName(offer.slug));
  const [png, svg] = await Promise.all([qrPng(link), qrSvg(link)]);
  await writeFile(`${base}.png`, png);
  await writeFile(`${base}.svg`, svg, "utf8");
  return { link, files: [`${base}.png`, `${base}.svg`] };
}

/** Slugs are lowercase words and hyphens (the import checks that); anything else cannot reach a path. */
export function safeFileName(slug: string): string {
  const name = slug.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  return name === "" ? "angebot" : name;
}
