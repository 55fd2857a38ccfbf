// lotse coordinator add | list | remove, in-process against a test database.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createCoordinatorNetwork } from "../services/coordinator/fixtures";
import { runLotseOn } from "./lotse-harness";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
  await createCoordinatorNetwork(db.prisma);
});
afterEach(() => db.close());

const lotse = (...args: string[]) => runLotseOn(db, args);

describe("lotse coordinator", () => {
  it("adds a coordinator of an organisation and a network manager, and lists them", async () => {
    expect(await lotse("coordinator", "add", "U0NEU0001", "--name", "Jana Berger", "--org", "tafel")).toEqual({
      code: 0,
      out: "Eingetragen: Jana Berger (U0NEU0001), Saalberger Tafel e. V.",
      err: "",
    });
    expect((await lotse("coordinator", "add", "W0GRID001", "--name", "Tom Vogel")).out).toBe("Eingetragen: Tom Vogel (W0GRID001), Netzwerk-Koordination (alle Organisationen)");

    const { code, out } = await lotse("coordinator", "list");

    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toMatch(/^Name\s+Slack-ID\s+Organisation$/);
    expect(lines.slice(2).map((line) => line.split(/\s{2,}/))).toEqual([
      ["Katrin", "U0NETZWERK", "Netzwerk-Koordination (alle Organisationen)"],
      ["Tom Vogel", "W0GRID001", "Netzwerk-Koordination (alle Organisationen)"],
      ["Sabine", "U0MGHKOORD", "Mehrgenerationenhaus Altstadt (mgh)"],
      ["Jana Berger", "U0NEU0001", "Saalberger Tafel e. V. (tafel)"],
      ["Renate", "U0TAFELKOORD", "Saalberger Tafel e. V. (tafel)"],
    ]);
  });

  it("updates an id that exists and says what it was", async () => {
    expect((await lotse("coordinator", "add", "U0MGHKOORD", "--name", "Sabine Krause", "--org", "tafel")).out).toBe(
      "Die ID war schon eingetragen und wurde geändert: vorher Sabine (U0MGHKOORD), Mehrgenerationenhaus Altstadt; jetzt Sabine Krause (U0MGHKOORD), Saalberger Tafel e. V.",
    );
    expect((await lotse("coordinator", "add", "U0MGHKOORD", "--name", "Sabine Krause", "--org", "tafel")).out).toBe("Schon so eingetragen: Sabine Krause (U0MGHKOORD), Saalberger Tafel e. V.");
  });

  it("refuses a malformed Slack id with exit 2 and an unknown organisation with exit 1", async () => {
    const malformed = await lotse("coordinator", "add", "sabine", "--name", "Sabine");
    expect(malformed.code).toBe(2);
    expect(malformed.err).toBe("„sabine“ ist keine Slack-Mitglieds-ID: sie beginnt mit U oder W, gefolgt von Großbuchstaben und Ziffern (z. B. U0123ABCD).\n(Hilfe: lotse --help)");

    expect(await lotse("coordinator", "add", "U0NEU0001", "--name", "Jana", "--org", "mhg")).toEqual({ code: 1, out: "", err: "Es gibt keine Organisation „mhg“. Meinten Sie mgh?" });
    expect(await db.prisma.coordinator.count()).toBe(3);
  });

  it("removes a coordinator, and exits with 1 for an id nobody has", async () => {
    expect(await lotse("coordinator", "remove", "U0TAFELKOORD")).toEqual({ code: 0, out: "Ausgetragen: Renate (U0TAFELKOORD), Saalberger Tafel e. V.", err: "" });
    expect(await lotse("coordinator", "remove", "U0TAFELKOORD")).toEqual({
      code: 1,
      out: "",
      err: "Unter der Slack-ID U0TAFELKOORD ist niemand eingetragen (lotse coordinator list zeigt alle).",
    });
    expect((await lotse("--lang", "en", "coordinator", "remove", "U0MGHKOORD")).out).toBe("Removed: Sabine (U0MGHKOORD), Mehrgenerationenhaus Altstadt");
  });
});
