// Small hand-made networks for service tests: a few rows, each test sees exactly what it set up.
import type { PrismaClient } from "../../src/generated/prisma/client";
import { INTEREST_KEYS } from "../../src/domain/vocabulary";

export async function createMiniNetwork(prisma: PrismaClient) {
  for (const [index, key] of INTEREST_KEYS.entries()) await prisma.interest.create({ data: { key, sortOrder: index } });
  const altstadt = await prisma.district.create({ data: { slug: "altstadt", name: "Altstadt" } });
  const nord = await prisma.district.create({ data: { slug: "nord", name: "Nord", neighbours: { connect: { id: altstadt.id } } } });
  await prisma.district.update({ where: { id: altstadt.id }, data: { neighbours: { connect: { id: nord.id } } } });
  const mgh = await prisma.organisation.create({
    data: { slug: "mgh", name: "Mehrgenerationenhaus Altstadt", description: "MGH", address: "Markt 1", slackChannel: "C0MGH" },
  });
  const opportunity = (slug: string, extra: Record<string, unknown> = {}) =>
    prisma.opportunity.create({
      data: {
        slug,
        organisationId: mgh.id,
        title: `Titel ${slug}`,
        summary: "Kurz",
        description: "Lang",
        locationKind: "district",
        districtId: altstadt.id,
        schedule: JSON.stringify(["sat-morning"]),
        hoursPerWeek: 2,
        frequency: "regular",
        interests: { connect: [{ key: "kinder" }] },
        ...extra,
      },
    });
  return { altstadt, nord, mgh, opportunity };
}

export async function createResident(prisma: PrismaClient, channelUserId = "1001", extra: Record<string, unknown> = {}) {
  return prisma.resident.create({
    data: {
      channel: "telegram",
      channelUserId,
      firstName: "Erika",
      telegramUsername: "erika_m",
      consentAt: new Date("2026-11-01T10:00:00Z"),
      consentVersion: "2026-11",
      timeSlots: JSON.stringify(["weekend-morning"]),
      hoursPerWeek: 2,
      districtChoice: "any",
      languages: JSON.stringify(["de"]),
      profileCompleteAt: new Date("2026-11-01T10:00:00Z"),
      interests: { connect: [{ key: "kinder" }] },
      ...extra,
    },
  });
}
