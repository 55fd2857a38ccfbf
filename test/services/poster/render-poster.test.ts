import { describe, expect, it } from "vitest";
import { offerDeepLink, offerShortLink } from "../../../src/domain/deep-link";
import { OFFERS_PER_PAGE, renderPosterPdf, toWinAnsi, type PosterEntry } from "../../../src/services/poster/render-poster";
import { pdfPageCount, pdfTextLines } from "./read-back";

const texts = { invitation: "Machen Sie mit! Scannen Sie einen Code.", footer: (page: number, pages: number) => `Stand: 1. März 2027 · Seite ${page} von ${pages}` };

function entries(count: number): PosterEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    title: `Angebot ${index + 1}`,
    summary: "Kurz beschrieben.",
    link: offerDeepLink("lotse_saalberg_bot", index + 1),
    shortLink: offerShortLink("lotse_saalberg_bot", index + 1),
  }));
}

describe("the A4 poster of an organisation", () => {
  it("is a PDF with one page per three offers, each page with its own header and footer", async () => {
    for (const [count, pages] of [[1, 1], [3, 1], [4, 2], [7, 3]] as const) {
      const pdf = await renderPosterPdf({ organisationName: "Mehrgenerationenhaus Auenhain", entries: entries(count), texts, createdAt: new Date("2027-03-01T09:00:00Z") });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdf.subarray(-6).toString("latin1")).toMatch(/%%EOF\s*$/);
      expect(pdfPageCount(pdf), `${count} offers`).toBe(pages);
      const lines = pdfTextLines(pdf);
      expect(lines.filter((line) => line === "Mehrgenerationenhaus Auenhain")).toHaveLength(pages);
      expect(lines.filter((line) => line.startsWith("Stand: 1. März 2027 · Seite "))).toHaveLength(pages);
      expect(lines).toContain(`Stand: 1. März 2027 · Seite ${pages} von ${pages}`);
    }
    expect(OFFERS_PER_PAGE).toBe(3);
  });

  it("prints each offer's title, summary and short link, umlauts, quotes and dashes as they are", async () => {
    const entry: PosterEntry = {
      title: "Leih-Oma – „Großeltern“ auf Zeit",
      summary: "Spielen, vorlesen, zuhören … für Familien in Südstadt.",
      link: offerDeepLink("lotse_saalberg_bot", 42),
      shortLink: offerShortLink("lotse_saalberg_bot", 42),
    };
    const pdf = await renderPosterPdf({ organisationName: "Familienzentrum „Regenbogen“", entries: [entry], texts, createdAt: new Date() });
    // A line ends in the space it was broken at.
    const text = pdfTextLines(pdf).join(" ").replace(/ {2,}/g, " ");
    expect(text).toContain("Familienzentrum „Regenbogen“");
    expect(text).toContain("Leih-Oma – „Großeltern“ auf Zeit");
    expect(text).toContain("Spielen, vorlesen, zuhören … für Familien in Südstadt.");
    expect(text).toContain("t.me/lotse_saalberg_bot?start=o42");
    // On a screen the code is a link too.
    expect(pdf.toString("latin1")).toContain("(https://t.me/lotse_saalberg_bot?start=o42)");
  });

  it("cuts texts too long for their place instead of spilling onto more pages", async () => {
    const long = (word: string) => Array.from({ length: 120 }, () => word).join(" ");
    const crowded = entries(3).map((entry) => ({ ...entry, title: long("Nachbarschaftshilfe"), summary: long("Einkaufen") }));
    const pdf = await renderPosterPdf({ organisationName: long("Stadtteilzentrum"), entries: crowded, texts: { ...texts, invitation: long("Bitte") }, createdAt: new Date() });
    expect(pdfPageCount(pdf)).toBe(1);
    const lines = pdfTextLines(pdf);
    expect(lines.filter((line) => line.startsWith("Stadtteilzentrum"))).toHaveLength(2);
    expect(lines.filter((line) => line.startsWith("Nachbarschaftshilfe"))).toHaveLength(3 * 2);
    expect(lines.filter((line) => line.endsWith("…"))).not.toHaveLength(0);
  });

  it("makes an empty organisation one page with just its header", async () => {
    const pdf = await renderPosterPdf({ organisationName: "Tafel", entries: [], texts, createdAt: new Date() });
    expect(pdfPageCount(pdf)).toBe(1);
  });
});

describe("toWinAnsi", () => {
  it("keeps what Helvetica prints and replaces or drops the rest", () => {
    expect(toWinAnsi("Äpfel, Öl, Übung, Straße – „ja“ ‚so‘ … 5 € • é")).toBe("Äpfel, Öl, Übung, Straße – „ja“ ‚so‘ … 5 € • é");
    expect(toWinAnsi("Ab 16 → Treffpunkt ≥ 10 Uhr")).toBe("Ab 16 -> Treffpunkt >= 10 Uhr");
    expect(toWinAnsi("Čaj mit Łucja 🌻 und Привет")).toBe("Caj mit ucja und");
    expect(toWinAnsi("Zeile\nzwei\u00ADteilig\u2068X\u2069")).toBe("Zeile zweiteiligX");
  });
});
