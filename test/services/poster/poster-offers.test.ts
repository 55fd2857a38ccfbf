import { describe, expect, it } from "vitest";
import { findPosterOffer, listPosterOrganisations, PosterOfferNotFoundError, suggestSlug } from "../../../src/services/poster/poster-offers";
import { useTestDatabase } from "../../support/db";
import { createMiniNetwork, createResident } from "../fixtures";

const db = useTestDatabase();
const now = new Date("2027-03-01T10:00:00Z");

describe("offers for QR codes and posters", () => {
  it("lists the offers that take signups now, by organisation and title, in the poster's language", async () => {
    const { mgh, opportunity } = await createMiniNetwork(db.prisma);
    const tafel = await db.prisma.organisation.create({ data: { slug: "tafel", name: "Altstädter Tafel", description: "Tafel", address: "Am Markt 2" } });
    const closed = await db.prisma.organisation.create({ data: { slug: "zu", name: "Geschlossen", description: "-", address: "-", active: false } });
    await opportunity("zeitungsprojekt", { title: "Zeitung", translations: { create: { locale: "en", title: "Newspaper", summary: "Short" } } });
    await opportunity("besuchsdienst", { title: "Besuchsdienst" });
    await opportunity("paused", { pausedAt: now });
    await opportunity("inactive", { active: false });
    await opportunity("expired", { validUntil: new Date("2027-02-27T00:00:00Z") });
    const full = await opportunity("full", { capacity: 1 });
    await db.prisma.signup.create({ data: { residentId: (await createResident(db.prisma)).id, opportunityId: full.id, status: "new" } });
    await opportunity("ausgabe", { title: "Lebensmittel ausgeben", organisationId: tafel.id });
    await opportunity("of-closed", { organisationId: closed.id });

    const german = await listPosterOrganisations({ prisma: db.prisma, now, locale: "de" });
    expect(german.map((organisation) => [organisation.name, organisation.offers.map((offer) => offer.title)])).toEqual([
      ["Altstädter Tafel", ["Lebensmittel ausgeben"]],
      [mgh.name, ["Besuchsdienst", "Zeitung"]],
    ]);
    expect(german[1]!.offers[0]).toMatchObject({ slug: "besuchsdienst", available: true, organisation: { slug: "mgh", name: mgh.name } });

    const english = await listPosterOrganisations({ prisma: db.prisma, now, locale: "en" });
    // The translation where there is one, German otherwise.
    expect(english[1]!.offers.map((offer) => offer.title)).toEqual(["Besuchsdienst", "Newspaper"]);
  });

  it("finds one offer by slug, available or not, and suggests the nearest slug for a typo", async () => {
    const { opportunity } = await createMiniNetwork(db.prisma);
    const paused = await opportunity("leih-oma-auenhain", { pausedAt: now });
    expect(await findPosterOffer({ prisma: db.prisma, slug: "Leih-Oma-Auenhain", now, locale: "de" })).toMatchObject({ id: paused.id, available: false });

    const error = await findPosterOffer({ prisma: db.prisma, slug: "leih-oma-auenhian", now, locale: "de" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PosterOfferNotFoundError);
    expect(error).toMatchObject({ slug: "leih-oma-auenhian", suggestion: "leih-oma-auenhain" });
  });
});

describe("suggestSlug", () => {
  const slugs = ["leih-oma-auenhain", "lesepaten-kita-sonnenblume", "mittagstisch-west"];
  it("suggests a near miss or a slug containing what was typed, and nothing for something else", () => {
    expect(suggestSlug("leih-oma-auenhein", slugs)).toBe("leih-oma-auenhain");
    expect(suggestSlug("mittagstisch", slugs)).toBe("mittagstisch-west");
    expect(suggestSlug("schach", slugs)).toBeNull();
    expect(suggestSlug("x", [])).toBeNull();
  });
});
