// lotse stats: the funnel as an aligned table per organisation and district, or as CSV.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/db";
import { recordRecommendationsShown } from "../../src/services/opportunity/record-recommendations-shown";
import { createCoordinatorNetwork } from "../services/coordinator/fixtures";
import { runLotseOn } from "./lotse-harness";

const db = useTestDatabase();

const now = new Date("2026-11-23T11:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
const lotse = (...args: string[]) => runLotseOn(db, args, { now });

async function someFigures() {
  const network = await createCoordinatorNetwork(db.prisma);
  await network.signup(network.leihOma.id, { at: daysAgo(40), steps: [{ status: "accepted", at: daysAgo(39) }] });
  await network.signup(network.lesepaten.id, { at: daysAgo(5), steps: [{ status: "contacted", at: daysAgo(4) }] });
  await network.signup(network.ausgabe.id, { at: daysAgo(2) });
  await recordRecommendationsShown({ prisma: db.prisma, opportunityIds: [network.leihOma.id, network.ausgabe.id], now: daysAgo(3) });
  return network;
}

/** A table's row by its first column: the numbers after the name. */
function row(out: string, section: string, name: string): string[] | undefined {
  const lines = out.split("\n\n").find((block, index, blocks) => blocks[index - 1] === section)?.split("\n") ?? [];
  return lines.find((line) => line.startsWith(`${name}  `))?.slice(name.length).trim().split(/\s+/);
}

describe("lotse stats", () => {
  it("shows the last 30 days per organisation, per district and in total", async () => {
    await someFigures();

    const { code, out, err } = await lotse("stats");

    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out.split("\n")[0]).toBe("Zahlen vom 24.10.2026 bis 23.11.2026");
    expect(out).toMatch(/^Name\s+Neu\s+Empfohlen\s+Angemeldet\s+Kontaktiert\s+Zugesagt\s+Begonnen\s+Nach 3 Mon\.$/m);
    // The fixture's residents finished their profiles on 1 November: three of them, all "anywhere".
    expect(row(out, "Nach Organisation", "Mehrgenerationenhaus Altstadt")).toEqual(["–", "1", "1", "1", "0", "0", "0"]);
    expect(row(out, "Nach Organisation", "Saalberger Tafel e. V.")).toEqual(["–", "1", "1", "0", "0", "0", "0"]);
    expect(row(out, "Nach Organisation", "Gesamt")).toEqual(["3", "2", "2", "1", "0", "0", "0"]);
    expect(row(out, "Nach Stadtteil (Angebote nach ihrem Ort, Einwohner*innen nach ihrer Wahl)", "Altstadt")).toEqual(["0", "2", "2", "1", "0", "0", "0"]);
    expect(row(out, "Nach Stadtteil (Angebote nach ihrem Ort, Einwohner*innen nach ihrer Wahl)", "Nord")).toEqual(["0", "0", "0", "0", "0", "0", "0"]);
    expect(row(out, "Nach Stadtteil (Angebote nach ihrem Ort, Einwohner*innen nach ihrer Wahl)", "stadtweit / überall")).toEqual(["3", "0", "0", "0", "0", "0", "0"]);
    expect(out).toContain("Angemeldet bis Nach 3 Mon.: die Anmeldungen des Zeitraums");
  });

  it("takes --since in both date forms, from the start of that day in the city", async () => {
    await someFigures();

    const german = await lotse("stats", "--since", "01.10.2026");
    const iso = await lotse("stats", "--since", "2026-10-01");

    expect(german).toEqual(iso);
    expect(german.out.split("\n")[0]).toBe("Zahlen vom 01.10.2026 bis 23.11.2026");
    expect(row(german.out, "Nach Organisation", "Mehrgenerationenhaus Altstadt")).toEqual(["–", "1", "2", "2", "1", "0", "0"]);
  });

  it("writes CSV for Excel with --format csv", async () => {
    await someFigures();

    const { code, out } = await lotse("stats", "--format", "csv", "--lang", "en");

    expect(code).toBe(0);
    const records = parse(out, { delimiter: ";" }) as string[][];
    expect(records[0]).toEqual(["Group", "Name", "New", "Shown", "Signed up", "Contacted", "Accepted", "Started", "After 3 mo."]);
    expect(records).toContainEqual(["Total", "Total", "3", "2", "2", "1", "0", "0", "0"]);
    expect(records).toContainEqual(["Organisation", "Saalberger Tafel e. V.", "", "1", "1", "0", "0", "0", "0"]);
    expect(records).toContainEqual(["District", "Nord", "0", "0", "0", "0", "0", "0", "0"]);
  });

  it("refuses a day that does not exist or has not come yet, with exit 2", async () => {
    const invalid = await lotse("stats", "--since", "2026-13-01");
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain("kein Datum; bitte JJJJ-MM-TT oder TT.MM.JJJJ");

    expect(await lotse("stats", "--since", "24.11.2026")).toMatchObject({ code: 2, err: "Der 24.11.2026 liegt nicht in der Vergangenheit." });
  });
});
