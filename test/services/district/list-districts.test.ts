// listDistricts reads directly what Prisma's findMany ordered by name reads.
import { describe, expect, it } from "vitest";
import { listDistricts } from "../../../src/services/district/list-districts";
import { useTestDatabase } from "../../support/db";
import { createMiniNetwork } from "../fixtures";

const db = useTestDatabase();

describe("listDistricts", () => {
  it("lists every district by name, as Prisma orders them", async () => {
    await createMiniNetwork(db.prisma);
    await db.prisma.district.create({ data: { slug: "oestliche-vorstadt", name: "Östliche Vorstadt" } });
    await db.prisma.district.create({ data: { slug: "buergerpark", name: "Bürgerpark" } });

    const districts = await listDistricts(db.prisma);
    expect(districts).toEqual(await db.prisma.district.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }));
    expect(districts.map((district) => district.slug)).toEqual(["altstadt", "buergerpark", "nord", "oestliche-vorstadt"]);
  });

  it("is empty before a network is imported", async () => {
    expect(await listDistricts(db.prisma)).toEqual([]);
  });
});
