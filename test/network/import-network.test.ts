import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { INTEREST_KEYS } from "../../src/domain/vocabulary";
import { importNetwork } from "../../src/services/network/import-network";
import type { NetworkFile } from "../../src/services/network/network-file-schema";
import { parseNetworkFile } from "../../src/services/network/parse-network-file";
import { readNetworkFile } from "../../src/services/network/read-network-file";
import { SAMPLE_NETWORK_FILE, seedNetworkIfEmpty } from "../../src/services/network/seed-if-empty";
import { createTestDatabase } from "../support/db";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

const sampleNetwork = readNetworkFile(SAMPLE_NETWORK_FILE);

let database: TestDatabase;
let prisma: PrismaClient;

beforeEach(async () => {
  database = await createTestDatabase();
  prisma = database.prisma;
});

afterEach(async () => {
  await database.close();
});

async function rowCounts() {
  const [districts, organisations, coordinators, opportunities, interests, neighbourLinks, interestLinks] =
    await Promise.all([
      prisma.district.count(),
      prisma.organisation.count(),
      prisma.coordinator.count(),
      prisma.opportunity.count(),
      prisma.interest.count(),
      prisma.district.findMany({ select: { _count: { select: { neighbours: true } } } }),
      prisma.opportunity.findMany({ select: { _count: { select: { interests: true } } } }),
    ]);
  const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);
  return {
    districts,
    organisations,
    coordinators,
    opportunities,
    interests,
    neighbourLinks: sum(neighbourLinks.map((row) => row._count.neighbours)),
    interestLinks: sum(interestLinks.map((row) => row._count.interests)),
  };
}

describe("importNetwork with the sample network", () => {
  it("writes every entry of the file", async () => {
    const counts = await importNetwork(prisma, sampleNetwork);

    const expected = {
      districts: sampleNetwork.districts.length,
      organisations: sampleNetwork.organisations.length,
      coordinators: sampleNetwork.coordinators.length,
      opportunities: sampleNetwork.opportunities.length,
    };
    expect(counts).toEqual(expected);
    expect(await rowCounts()).toMatchObject({ ...expected, interests: INTEREST_KEYS.length });
    expect(counts.organisations).toBe(10);
    expect(counts.opportunities).toBeGreaterThanOrEqual(60);
  });

  it("stores the interests in vocabulary order", async () => {
    await importNetwork(prisma, sampleNetwork);
    const interests = await prisma.interest.findMany({ orderBy: { sortOrder: "asc" } });
    expect(interests.map((interest) => interest.key)).toEqual([...INTEREST_KEYS]);
  });

  it("stores neighbourhood in both directions", async () => {
    await importNetwork(prisma, sampleNetwork);
    const districts = await prisma.district.findMany({
      include: { neighbours: { select: { slug: true } }, neighbourOf: { select: { slug: true } } },
    });
    const neighboursOf = new Map(
      districts.map((district) => [district.slug, district.neighbours.map((neighbour) => neighbour.slug).sort()]),
    );
    for (const district of districts) {
      const neighbours = neighboursOf.get(district.slug) ?? [];
      expect(neighbours.length, district.slug).toBeGreaterThan(0);
      expect(district.neighbourOf.map((other) => other.slug).sort(), district.slug).toEqual(neighbours);
      for (const neighbour of neighbours) expect(neighboursOf.get(neighbour), `${neighbour} → ${district.slug}`).toContain(district.slug);
    }
  });

  it("maps location, schedule, languages, requirements and dates onto the columns", async () => {
    await importNetwork(prisma, sampleNetwork);
    const bySlug = async (slug: string) =>
      prisma.opportunity.findUniqueOrThrow({
        where: { slug },
        include: { district: true, organisation: true, interests: { orderBy: { key: "asc" } } },
      });

    const leihOma = await bySlug("leih-oma-auenhain");
    expect(leihOma).toMatchObject({
      locationKind: "district",
      district: { slug: "auenhain" },
      organisation: { slug: "mgh-auenhain" },
      schedule: '["wed-afternoon","sat-morning"]',
      requirements: '["fuehrungszeugnis"]',
      minCommitmentMonths: 6,
      capacity: 4,
      validUntil: null,
      active: true,
    });
    expect(leihOma.interests.map((interest) => interest.key)).toEqual(["familien", "kinder", "senioren"]);

    const telephone = await bySlug("telefonpatenschaft-senioren");
    expect(telephone).toMatchObject({ locationKind: "remote", districtId: null, schedule: "[]", capacity: null });

    const ukrainian = await bySlug("ukrainisch-begleitung-arzt");
    expect(ukrainian).toMatchObject({ locationKind: "citywide", languagesRequired: '["uk"]', languagesHelpful: '["ru"]' });

    const festival = await bySlug("fest-der-generationen-2027");
    expect(festival).toMatchObject({ frequency: "once", validUntil: new Date("2027-06-12T00:00:00.000Z") });

    expect(await bySlug("schneeraeumhilfe-sued")).toMatchObject({ active: false });
    expect(await prisma.organisation.findUniqueOrThrow({ where: { slug: "freiwilligenagentur" } })).toMatchObject({
      slackChannel: null,
      contactEmail: "info@freiwillig-saalberg.example.org",
    });
    const manager = await prisma.coordinator.findUniqueOrThrow({ where: { slackUserId: "U07KVOGT" } });
    expect(manager.organisationId).toBeNull();
  });

  it("is idempotent: importing the same file again changes nothing", async () => {
    await importNetwork(prisma, sampleNetwork);
    const before = await rowCounts();
    const opportunitiesBefore = await prisma.opportunity.findMany({ orderBy: { id: "asc" } });
    const organisationsBefore = await prisma.organisation.findMany({ orderBy: { id: "asc" } });

    const counts = await importNetwork(prisma, sampleNetwork);

    expect(counts.opportunities).toBe(before.opportunities);
    expect(await rowCounts()).toEqual(before);
    // Unchanged entries are not written at all, so even updatedAt stays as it was.
    expect(await prisma.opportunity.findMany({ orderBy: { id: "asc" } })).toEqual(opportunitiesBefore);
    expect(await prisma.organisation.findMany({ orderBy: { id: "asc" } })).toEqual(organisationsBefore);
  });

  it("updates edited entries in place and keeps entries missing from the file", async () => {
    await importNetwork(prisma, sampleNetwork);
    const original = await prisma.opportunity.findUniqueOrThrow({ where: { slug: "repair-cafe-lindenhof" } });

    const edited: NetworkFile = structuredClone(sampleNetwork);
    const repairCafe = edited.opportunities.find((opportunity) => opportunity.slug === "repair-cafe-lindenhof");
    if (repairCafe === undefined) throw new Error("test setup: repair-cafe-lindenhof is not in the sample network");
    repairCafe.title = "Repair-Café Lindenhof (jetzt auch sonntags)";
    repairCafe.interests = ["handwerk-technik"];
    repairCafe.schedule = ["sat-morning", "sun-afternoon"];
    repairCafe.active = false;
    edited.opportunities = edited.opportunities.filter((opportunity) => opportunity.slug !== "buecherbote");
    const before = await rowCounts();

    await importNetwork(prisma, edited);

    const updated = await prisma.opportunity.findUniqueOrThrow({
      where: { slug: "repair-cafe-lindenhof" },
      include: { interests: true },
    });
    expect(updated).toMatchObject({
      id: original.id,
      title: "Repair-Café Lindenhof (jetzt auch sonntags)",
      schedule: '["sat-morning","sun-afternoon"]',
      active: false,
    });
    expect(updated.interests.map((interest) => interest.key)).toEqual(["handwerk-technik"]);
    expect(await prisma.opportunity.findUnique({ where: { slug: "buecherbote" } })).not.toBeNull();
    expect(await rowCounts()).toEqual({ ...before, interestLinks: before.interestLinks - 1 });
  });
});

/** Two districts, each listed as the other's neighbour only once, to show the importer completes the pair. */
const SMALL_NETWORK = `
districts:
  - slug: altstadt
    name: Altstadt
    neighbours: [nord]
  - slug: nord
    name: Nord
  - slug: sued
    name: Süd
    neighbours: [altstadt]
organisations:
  - slug: treff
    name: Stadtteiltreff
    description: Ein Treff.
    address: Marktstraße 1, 07991 Saalberg
coordinators:
  - name: Katrin Vogt
    slackUserId: U07KVOGT
  - name: Pawel Nowak
    slackUserId: U07PNOWAK
    organisation: treff
opportunities:
  - slug: sprachcafe
    organisation: treff
    title: Sprachcafé
    summary: Plaudern auf Deutsch.
    description: Donnerstags im Treff.
    en: { title: Language café, summary: Chat in German. }
    interests: [integration]
    location: { district: altstadt }
    schedule: flexible
    hoursPerWeek: 1.5
    frequency: regular
`;

describe("importNetwork with a small file", () => {
  it("stores a neighbour listed on one side only in both directions", async () => {
    await importNetwork(prisma, parseNetworkFile(SMALL_NETWORK, "small.yaml"));
    const neighbours = async (slug: string) =>
      (
        await prisma.district.findUniqueOrThrow({ where: { slug }, include: { neighbours: { orderBy: { slug: "asc" } } } })
      ).neighbours.map((district) => district.slug);
    expect(await neighbours("altstadt")).toEqual(["nord", "sued"]);
    expect(await neighbours("nord")).toEqual(["altstadt"]);
    expect(await neighbours("sued")).toEqual(["altstadt"]);
  });

  it("moves a coordinator to another organisation on re-import", async () => {
    const network = parseNetworkFile(SMALL_NETWORK, "small.yaml");
    await importNetwork(prisma, network);
    const edited = structuredClone(network);
    edited.coordinators = edited.coordinators.map((coordinator) => ({ ...coordinator, organisation: undefined }));

    await importNetwork(prisma, edited);

    const coordinators = await prisma.coordinator.findMany();
    expect(coordinators).toHaveLength(2);
    expect(coordinators.map((coordinator) => coordinator.organisationId)).toEqual([null, null]);
  });

  it("writes nothing when the import fails half-way", async () => {
    const network = parseNetworkFile(SMALL_NETWORK, "small.yaml");
    // Bypasses validation on purpose: the districts are written before the broken reference is met.
    const broken: NetworkFile = {
      ...network,
      opportunities: network.opportunities.map((opportunity) => ({ ...opportunity, organisation: "gibt-es-nicht" })),
    };

    await expect(importNetwork(prisma, broken)).rejects.toThrow('organisation "gibt-es-nicht"');

    expect(await rowCounts()).toMatchObject({ districts: 0, organisations: 0, coordinators: 0, interests: 0 });
  });
});

describe("seedNetworkIfEmpty", () => {
  it("seeds the sample network on first start and leaves it alone afterwards", async () => {
    expect(await seedNetworkIfEmpty(prisma, SAMPLE_NETWORK_FILE)).toBe(true);
    const afterFirstStart = await rowCounts();
    expect(afterFirstStart.opportunities).toBe(sampleNetwork.opportunities.length);

    await prisma.opportunity.update({ where: { slug: "leih-oma-auenhain" }, data: { title: "Vom Netzwerk geändert" } });
    expect(await seedNetworkIfEmpty(prisma, SAMPLE_NETWORK_FILE)).toBe(false);

    expect(await rowCounts()).toEqual(afterFirstStart);
    const edited = await prisma.opportunity.findUniqueOrThrow({ where: { slug: "leih-oma-auenhain" } });
    expect(edited.title).toBe("Vom Netzwerk geändert");
  });

  it("does not read the seed file once the network exists", async () => {
    await importNetwork(prisma, parseNetworkFile(SMALL_NETWORK, "small.yaml"));
    expect(await seedNetworkIfEmpty(prisma, "/nonexistent/network.yaml")).toBe(false);
  });
});
