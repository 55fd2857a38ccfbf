// lotse qr: QR codes and posters, as the network manager runs it (runLotse with captured output).
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runLotse } from "../../src/cli/lotse";
import { parseConfig, parseTelegramBotUsername } from "../../src/config";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createMiniNetwork } from "../services/fixtures";
import { decodeQrPng, pdfPageCount, pdfTextLines } from "../services/poster/read-back";

const BOT = "lotse_saalberg_bot";
const now = new Date("2027-03-01T10:00:00Z");

let db: TestDatabase;
let dir: string;
beforeEach(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), "lotse-qr-"));
});
afterEach(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

async function lotse(args: string[], env: Record<string, string> = { TELEGRAM_BOT_USERNAME: BOT }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runLotse(args, { DATABASE_URL: db.databaseUrl, ...env }, { io: { out: (text) => out.push(text), err: (text) => err.push(text), isTTY: false }, now: () => now });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("lotse qr SLUG", () => {
  it("writes a PNG and an SVG of the offer's deep link into a new folder and names them", async () => {
    const { opportunity } = await createMiniNetwork(db.prisma);
    const offer = await opportunity("leih-oma-auenhain");
    const out = path.join(dir, "neu", "qr");

    const result = await lotse(["qr", "leih-oma-auenhain", "--out", out]);

    expect(result).toMatchObject({ code: 0, err: "" });
    const link = `https://t.me/${BOT}?start=o${offer.id}`;
    expect(result.out).toBe([`Link: ${link}`, "Geschrieben:", `  ${path.join(out, "leih-oma-auenhain.png")}`, `  ${path.join(out, "leih-oma-auenhain.svg")}`].join("\n"));
    expect(decodeQrPng(await readFile(path.join(out, "leih-oma-auenhain.png")))).toBe(link);
    expect(await readFile(path.join(out, "leih-oma-auenhain.svg"), "utf8")).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<\/svg>\s*$/);
  });

  it("takes the bot from --bot (a copied @ is fine), and warns about an offer that takes no signups", async () => {
    const { opportunity } = await createMiniNetwork(db.prisma);
    const offer = await opportunity("besuchsdienst", { pausedAt: now });

    const result = await lotse(["qr", "besuchsdienst", "--out", dir, "--bot", "@anderer_bot"], {});

    expect(result.code).toBe(0);
    expect(result.out).toContain(`Link: https://t.me/anderer_bot?start=o${offer.id}`);
    expect(result.err).toBe("Hinweis: „Titel besuchsdienst“ nimmt zurzeit keine Anmeldungen an (ausgeschaltet, pausiert, abgelaufen oder voll). Wer den Code jetzt scannt, sieht im Bot die übrigen Angebote.");
    expect(decodeQrPng(await readFile(path.join(dir, "besuchsdienst.png")))).toBe(`https://t.me/anderer_bot?start=o${offer.id}`);
  });

  it("fails with exit code 1 for an unknown slug, suggesting the nearest, and writes nothing", async () => {
    const { opportunity } = await createMiniNetwork(db.prisma);
    await opportunity("leih-oma-auenhain");

    expect(await lotse(["qr", "leih-oma-auenhian", "--out", dir])).toEqual({
      code: 1,
      out: "",
      err: "Es gibt kein Angebot mit dem Kürzel „leih-oma-auenhian“.\nMeinten Sie „leih-oma-auenhain“?",
    });
    expect(await lotse(["qr", "schach", "--out", dir, "--lang", "en"])).toEqual({ code: 1, out: "", err: 'There is no offer with the slug "schach".\nlotse list shows every slug.' });
    expect(await readdir(dir)).toEqual([]);
  });

  it("fails with exit code 1 without a bot username, and 2 for a wrong one or a wrong call", async () => {
    expect(await lotse(["qr", "x", "--out", dir], {})).toMatchObject({ code: 1, out: "", err: expect.stringMatching(/^Der Benutzername des Bots fehlt.*TELEGRAM_BOT_USERNAME.*--bot/) });
    expect(await lotse(["qr", "x", "--bot", "lotse"])).toMatchObject({ code: 2, err: expect.stringContaining("„lotse“ ist kein Benutzername eines Telegram-Bots") });
    expect(await lotse(["qr", "x"], { TELEGRAM_BOT_USERNAME: "lotse" })).toMatchObject({ code: 2, err: expect.stringMatching(/^lotse: TELEGRAM_BOT_USERNAME: must end in "bot"/) });
    expect(await lotse(["qr"])).toMatchObject({ code: 2, err: expect.stringContaining("entweder das Kürzel eines Angebots an") });
    expect(await lotse(["qr", "x", "--all"])).toMatchObject({ code: 2, err: expect.stringContaining("entweder das Kürzel eines Angebots an") });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("lotse qr --all", () => {
  it("writes a code per available offer and an A4 poster per organisation, three offers a page", async () => {
    const { opportunity, mgh } = await createMiniNetwork(db.prisma);
    const tafel = await db.prisma.organisation.create({ data: { slug: "tafel", name: "Altstädter Tafel", description: "Tafel", address: "Am Markt 2" } });
    const offers = [];
    for (const slug of ["a-eins", "b-zwei", "c-drei", "d-vier"]) offers.push(await opportunity(slug, { summary: `Kurz über ${slug} – mit „Umlauten“: äöüß` }));
    await opportunity("pausiert", { pausedAt: now });
    const ausgabe = await opportunity("ausgabe", { organisationId: tafel.id, title: "Lebensmittel ausgeben" });
    const out = path.join(dir, "plakate");

    const result = await lotse(["qr", "--all", "--out", out]);

    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out.split("\n")[0]).toBe(`5 QR-Codes (PNG und SVG) und 2 Plakate in ${out}:`);
    const files = (await readdir(out)).sort();
    expect(files).toEqual(
      [...["a-eins", "b-zwei", "c-drei", "d-vier", "ausgabe"].flatMap((slug) => [`${slug}.png`, `${slug}.svg`]), "poster-mgh.pdf", "poster-tafel.pdf"].sort(),
    );
    for (const file of files) expect(result.out).toContain(`  ${path.join(out, file)}`);
    expect(decodeQrPng(await readFile(path.join(out, "ausgabe.png")))).toBe(`https://t.me/${BOT}?start=o${ausgabe.id}`);

    const poster = await readFile(path.join(out, "poster-mgh.pdf"));
    expect(poster.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfPageCount(poster)).toBe(2);
    const text = pdfTextLines(poster).join(" ").replace(/ {2,}/g, " ");
    expect(text).toContain(mgh.name);
    expect(text).toContain("Machen Sie mit! Scannen Sie einen Code mit der Kamera Ihres Handys.");
    expect(text).toContain("Kurz über a-eins – mit „Umlauten“: äöüß");
    for (const offer of offers) expect(text).toContain(`t.me/${BOT}?start=o${offer.id}`);
    expect(text).toContain("Ehrenamtslotse · Stand: 1. März 2027 · Seite 2 von 2");
    expect(text).not.toContain("pausiert");
    expect(pdfPageCount(await readFile(path.join(out, "poster-tafel.pdf")))).toBe(1);
  });

  it("says so and writes nothing when no offer takes signups", async () => {
    expect(await lotse(["qr", "--all", "--out", path.join(dir, "leer")])).toEqual({ code: 0, out: "Kein Angebot nimmt gerade Anmeldungen an; es wurde nichts geschrieben.", err: "" });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("TELEGRAM_BOT_USERNAME", () => {
  it("is optional, loses a copied @, and a wrong value stops start-up naming it", () => {
    expect(parseTelegramBotUsername({})).toBeNull();
    expect(parseTelegramBotUsername({ TELEGRAM_BOT_USERNAME: "" })).toBeNull();
    expect(parseTelegramBotUsername({ TELEGRAM_BOT_USERNAME: "@Lotse_Saalberg_Bot" })).toBe("Lotse_Saalberg_Bot");
    expect(() => parseConfig({ TELEGRAM_BOT_USERNAME: "lotse saalberg" })).toThrow(/^TELEGRAM_BOT_USERNAME: must be the bot's username/);
  });
});
