// lotse list | show | pause | resume, in-process against a test database.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createAdminNetwork, NOW } from "../services/network-admin/fixtures";
import { runLotseOn } from "./lotse-harness";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
  await createAdminNetwork(db.prisma);
});
afterEach(() => db.close());

const lotse = (...args: string[]) => runLotseOn(db, args, { now: NOW });
/** The table's data rows (after the header and the rule), by their first column. */
const rowsOf = (out: string) =>
  new Map(
    out
      .split("\n")
      .slice(2)
      .filter((line) => /^[a-z0-9-]+\s{2}/.test(line))
      .map((line) => [line.split(/\s{2,}/)[0]!, line.split(/\s{2,}/)] as const),
  );

describe("lotse list", () => {
  it("lists the running offers as a table with status, freshness, confirmation day and places", async () => {
    const { code, out, err } = await lotse("list");

    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out.split("\n")[0]).toMatch(/^Kurzname\s+Titel\s+Organisation\s+Status\s+Aktualität\s+Bestätigt\s+Plätze$/);
    const rows = rowsOf(out);
    expect([...rows.keys()].sort()).toEqual(["gartenhilfe", "leih-oma", "lesepaten", "repair-cafe", "spielenachmittag", "tafel-ausgabe", "vorlesen-klein"]);
    expect(rows.get("leih-oma")).toEqual(["leih-oma", "Leih-Oma gesucht", "Mehrgenerationenhaus Altstadt", "aktiv", "aktuell", "13.11.2026", "0/–"]);
    expect(rows.get("vorlesen-klein")?.slice(3)).toEqual(["voll", "aktuell", "13.11.2026", "1/1"]);
    expect(rows.get("gartenhilfe")?.slice(3, 5)).toEqual(["aktiv", "fällig"]);
    expect(rows.get("repair-cafe")?.slice(3, 5)).toEqual(["aktiv", "angefragt"]);
    expect(rows.get("spielenachmittag")?.slice(3, 5)).toEqual(["nicht bestätigt", "veraltet"]);
    expect(out).toContain("7 Angebote.");
    expect(out).toContain("1 abgelaufenes Angebot nicht gezeigt (--expired). 2 abgeschaltete oder pausierte Angebote nicht gezeigt (--inactive).");
  });

  it("combines --expired and --stale, adds --inactive, limits to --org", async () => {
    expect([...rowsOf((await lotse("list", "--expired", "--stale")).out).keys()].sort()).toEqual(["gartenhilfe", "repair-cafe", "sommerfest-2026", "spielenachmittag"]);
    expect(rowsOf((await lotse("list", "--expired")).out).get("sommerfest-2026")?.[3]).toBe("abgelaufen");
    const inactive = rowsOf((await lotse("list", "--inactive")).out);
    expect(inactive.get("kochkurs")?.[3]).toBe("pausiert");
    expect(inactive.get("alte-werkstatt")?.[3]).toBe("inaktiv");
    expect([...rowsOf((await lotse("list", "--org", "tafel")).out).keys()]).toEqual(["tafel-ausgabe"]);
  });

  it("says so when nothing matches, and in English with --lang en", async () => {
    const empty = await lotse("list", "--org", "tafel", "--expired");
    expect(empty).toMatchObject({ code: 0, out: "Keine Angebote gefunden." });

    const english = await lotse("list", "--lang", "en", "--expired");
    expect(english.out.split("\n")[0]).toMatch(/^Short name\s+Title\s+Organisation\s+Status\s+Freshness\s+Confirmed\s+Places$/);
    expect(rowsOf(english.out).get("sommerfest-2026")?.slice(3, 6)).toEqual(["expired", "current", "2026-11-13"]);
    expect(english.out).toContain("1 offer.");
  });

  it("exits with 1 and a suggestion for an unknown organisation", async () => {
    expect(await lotse("list", "--org", "tafl")).toEqual({ code: 1, out: "", err: "Es gibt keine Organisation „tafl“. Meinten Sie tafel?" });
    expect((await lotse("list", "--org", "sportverein")).err).toBe("Es gibt keine Organisation „sportverein“. Vorhandene Organisationen: mgh, tafel");
  });

  it("takes the confirmation period from OPPORTUNITY_CONFIRM_AFTER_DAYS", async () => {
    const run = await runLotseOn(db, ["list", "--stale"], { now: NOW, env: { OPPORTUNITY_CONFIRM_AFTER_DAYS: "7" } });
    expect(rowsOf(run.out).get("leih-oma")?.[4]).toBe("fällig");
  });
});

describe("lotse show", () => {
  it("shows everything about an offer, signups as counts only", async () => {
    const network = await db.prisma.opportunity.findUniqueOrThrow({ where: { slug: "vorlesen-klein" } });
    await db.prisma.opportunityTranslation.create({ data: { opportunityId: network.id, locale: "en", title: "Reading", summary: "Reading aloud" } });

    const { code, out, err } = await lotse("show", "vorlesen-klein");

    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out.split("\n")[0]).toBe("Angebot vorlesen-klein");
    for (const line of [
      /^Status:\s+voll$/m,
      /^Aktualität:\s+aktuell, bestätigt am 13\.11\.2026$/m,
      /^Gültig bis:\s+unbefristet$/m,
      /^Organisation:\s+Mehrgenerationenhaus Altstadt \(mgh\)\n\s+Slack-Kanal C0MGH$/m,
      /^Koordination:\s+Sabine \(U0MGHKOORD\)$/m,
      /^Übersetzungen:\s+en; es fehlt: de-x-simple, uk, ru, ar, tr, fa$/m,
      /^Interessen:\s+Kinder und Jugendliche$/m,
      /^Zeit:\s+Samstagvormittag, 2 Std\.\/Woche, regelmäßig$/m,
      /^Ort:\s+Altstadt$/m,
      /^Plätze:\s+1 von 1 belegt$/m,
      /^Anmeldungen:\s+Neu 1 · Kontaktiert 0 · Zugesagt 0 · Abgesagt 0 · Zurückgezogen 0$/m,
    ]) {
      expect(out).toMatch(line);
    }
    // The signup's resident (fixture: first name Person…, username person_…) and message stay out.
    expect(out).not.toMatch(/Person|person_|Ich freue mich/);
  });

  it("shows pause and staleness", async () => {
    expect((await lotse("show", "kochkurs")).out).toMatch(/^Pausiert:\s+seit 20\.11\.2026, von U0MGHKOORD$/m);
    expect((await lotse("show", "spielenachmittag")).out).toMatch(/^Aktualität:\s+veraltet, bestätigt am 26\.07\.2026, veraltet seit 17\.11\.2026$/m);
    expect((await lotse("show", "repair-cafe")).out).toMatch(/^Aktualität:\s+angefragt, bestätigt am 15\.08\.2026, angefragt am 21\.11\.2026, ohne Antwort veraltet ab 05\.12\.2026$/m);
  });

  it("exits with 1 and suggests what was meant", async () => {
    expect(await lotse("show", "leih-oam")).toEqual({ code: 1, out: "", err: "Es gibt kein Angebot „leih-oam“. Meinten Sie leih-oma?" });
    expect((await lotse("show", "lese")).err).toBe("Es gibt kein Angebot „lese“. Meinten Sie lesepaten oder vorlesen-klein?");
    expect((await lotse("--lang", "en", "show", "gibt-es-nicht")).err).toBe('There is no offer "gibt-es-nicht". To see the offers: lotse list --inactive');
  });
});

describe("lotse pause and resume", () => {
  it("pauses and resumes, saying whether anything changed", async () => {
    expect(await lotse("pause", "leih-oma")).toEqual({
      code: 0,
      out: "Pausiert: „Leih-Oma gesucht“ (Mehrgenerationenhaus Altstadt). Es wird nicht mehr empfohlen und nimmt keine neuen Anmeldungen an.",
      err: "",
    });
    expect((await lotse("pause", "leih-oma")).out).toBe("„Leih-Oma gesucht“ (Mehrgenerationenhaus Altstadt) war schon pausiert.");
    expect(rowsOf((await lotse("list", "--inactive")).out).get("leih-oma")?.[3]).toBe("pausiert");
    expect(await db.prisma.opportunity.findUniqueOrThrow({ where: { slug: "leih-oma" } })).toMatchObject({ pausedBy: "lotse", pausedAt: NOW });

    expect((await lotse("resume", "leih-oma")).out).toBe("Wieder im Angebot: „Leih-Oma gesucht“ (Mehrgenerationenhaus Altstadt). Es gilt ab heute als bestätigt.");
    expect((await lotse("resume", "leih-oma")).out).toBe("„Leih-Oma gesucht“ (Mehrgenerationenhaus Altstadt) war nicht pausiert.");
  });

  it("notes that a switched-off offer stays off, and refuses unknown slugs with exit 1", async () => {
    await lotse("pause", "alte-werkstatt");
    const resumed = await lotse("resume", "alte-werkstatt");
    expect(resumed.code).toBe(0);
    expect(resumed.out).toContain("Hinweis: Das Angebot oder seine Organisation ist in der Tabelle abgeschaltet");

    expect(await lotse("pause", "kochkur")).toMatchObject({ code: 1, err: "Es gibt kein Angebot „kochkur“. Meinten Sie kochkurs?" });
  });
});
