// Offers in every state the network manager's list tells apart, on top of the coordinators'
// network (two organisations, three current offers, coordinators and a network manager).
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { createCoordinatorNetwork } from "../coordinator/fixtures";

export const NOW = new Date("2026-11-23T11:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

export async function createAdminNetwork(prisma: PrismaClient) {
  const network = await createCoordinatorNetwork(prisma);
  // Every offer was confirmed recently unless a test says otherwise.
  await prisma.opportunity.updateMany({ data: { confirmedAt: daysAgo(10) } });
  const offer = (slug: string, extra: Record<string, unknown>) => network.opportunity(slug, { title: `Angebot ${slug}`, confirmedAt: daysAgo(10), ...extra });
  const expired = await offer("sommerfest-2026", { validUntil: new Date("2026-08-31T00:00:00Z") });
  const paused = await offer("kochkurs", { pausedAt: daysAgo(3), pausedBy: "U0MGHKOORD" });
  const inactive = await offer("alte-werkstatt", { active: false });
  const due = await offer("gartenhilfe", { confirmedAt: daysAgo(100) });
  const asked = await offer("repair-cafe", { confirmedAt: daysAgo(100), freshnessAskedAt: daysAgo(2) });
  const stale = await offer("spielenachmittag", { confirmedAt: daysAgo(120), freshnessAskedAt: daysAgo(20), staleSince: daysAgo(6) });
  const full = await offer("vorlesen-klein", { capacity: 1 });
  await network.signup(full.id, { at: daysAgo(1) });
  return { ...network, expired, paused, inactive, due, asked, stale, full };
}
