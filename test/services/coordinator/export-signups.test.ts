import { createSilentLogger } from "../../../src/logger";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EXPORT_COLUMNS, exportSignups, neutraliseFormula, type ExportLabels } from "../../../src/services/coordinator/export-signups";
import { findCoordinatorScope } from "../../../src/services/coordinator/find-coordinator-scope";
import { eraseResident } from "../../../src/services/resident/erase-resident";
import { parseCsv } from "../../support/csv";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { createCoordinatorNetwork, MGH_COORDINATOR } from "./fixtures";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.close());

const at = new Date("2026-11-10T09:30:00Z");
const labels: ExportLabels = {
  headers: Object.fromEntries(EXPORT_COLUMNS.map((column) => [column, column])) as ExportLabels["headers"],
  status: { new: "Neu", contacted: "Kontaktiert", accepted: "Zugesagt", declined: "Abgesagt", withdrawn: "Zurückgezogen" },
};

describe("exportSignups", () => {
  it("exports the organisation's signups with names and usernames only where shared, formulas neutralised", async () => {
    const network = await createCoordinatorNetwork(db.prisma);
    const telefon = await network.opportunity("telefonkette", { title: "+49 Telefonkette" });
    const consented = await network.signup(network.leihOma.id, { at, firstName: "Erika", steps: [{ status: "contacted", at: new Date("2026-11-11T15:00:00Z") }] });
    const formula = await network.signup(telefon.id, { at, resident: await network.resident({ firstName: '=HYPERLINK("http://x.example";"klick")', telegramUsername: "@hans_x" }) });
    const withoutConsent = await network.signup(network.lesepaten.id, { at, firstName: "Ohne" });
    // The contact consent is asked in the signup flow; an older signup may lack it.
    await db.prisma.signup.update({ where: { id: withoutConsent.signupId }, data: { contactConsentAt: null } });
    const erased = await network.signup(network.lesepaten.id, { at, firstName: "Geloescht" });
    const person = await db.prisma.resident.findUniqueOrThrow({ where: { id: erased.residentId } });
    await eraseResident({ prisma: db.prisma, identity: { channel: "telegram", channelUserId: person.channelUserId }, now: at, by: "resident", logger: createSilentLogger() });
    await network.signup(network.ausgabe.id, { at, firstName: "Tafelgast" }); // the other organisation's

    const scope = await findCoordinatorScope({ prisma: db.prisma, slackUserId: MGH_COORDINATOR });
    const { csv, rows } = await exportSignups({ prisma: db.prisma, scope, labels, timeZone: "Europe/Berlin" });

    expect(rows).toBe(4);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const table = parseCsv(csv.slice(1));
    expect(table[0]).toEqual([...EXPORT_COLUMNS]);
    const byId = new Map(table.slice(1).map((row) => [Number(row[0]), row]));
    expect([...byId.keys()].sort()).toEqual([consented.signupId, formula.signupId, withoutConsent.signupId, erased.signupId].sort());
    expect(byId.get(consented.signupId)).toEqual([
      String(consented.signupId),
      "2026-11-10 10:30",
      "Kontaktiert",
      "2026-11-11 16:00",
      "leih-oma",
      "Leih-Oma gesucht",
      "Mehrgenerationenhaus Altstadt",
      "Erika",
      expect.stringMatching(/^person_\d+$/),
    ]);
    expect(byId.get(formula.signupId)!.slice(5)).toEqual(["'+49 Telefonkette", "Mehrgenerationenhaus Altstadt", `'=HYPERLINK("http://x.example";"klick")`, "hans_x"]);
    expect(byId.get(withoutConsent.signupId)!.slice(7)).toEqual(["", ""]);
    expect(byId.get(erased.signupId)!.slice(2)).toEqual(["Zurückgezogen", "2026-11-10 10:30", "lesepaten", "Lesepaten", "Mehrgenerationenhaus Altstadt", "", ""]);
    // No message, no chat id, no languages.
    expect(csv).not.toContain("Ich freue mich");
    expect(csv).not.toContain("Tafelgast");
  });
});

describe("neutraliseFormula", () => {
  it("puts an apostrophe before cells a spreadsheet would run", () => {
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "Erika", "", "1-2"].map(neutraliseFormula)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=1", "Erika", "", "1-2"]);
  });
});
