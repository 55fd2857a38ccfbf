// Reading what the poster service wrote, as a phone and a PDF viewer would: QR codes decoded
// with a real QR reader (jsQR on the PNG's pixels), PDFs parsed just enough to count pages and
// to read the text drawn with the standard fonts.
import { inflateSync } from "node:zlib";
import jsQR from "jsqr";
import { PNG } from "pngjs";

/** The text a QR code in a PNG carries, or null when no reader finds one. */
export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

export function pngSize(png: Buffer): { width: number; height: number } {
  const image = PNG.sync.read(png);
  return { width: image.width, height: image.height };
}

/** Pages of a PDF: its page objects ("/Type /Page", not "/Type /Pages"). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type \/Page(?![a-zA-Z])/g) ?? []).length;
}

// Windows-1252 beyond Latin-1 (0x80–0x9F), as PDF's standard fonts encode it.
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹", 0x8c: "Œ", 0x8e: "Ž",
  0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};

/** Every line of text the PDF draws (pdfkit: one TJ array of hex strings per line), page by page in order. */
export function pdfTextLines(pdf: Buffer): string[] {
  const lines: string[] = [];
  // latin1 keeps every byte as one character, so the compressed streams survive the round trip.
  for (const stream of pdf.toString("latin1").matchAll(/>>\nstream\n([\s\S]*?)\nendstream/g)) {
    const body = Buffer.from(stream[1]!, "latin1");
    let content: string;
    try {
      content = inflateSync(body).toString("latin1");
    } catch {
      content = body.toString("latin1");
    }
    for (const match of content.matchAll(/\[([^\]]*)\] TJ/g)) {
      const hex = [...match[1]!.matchAll(/<([0-9a-f]*)>/g)].map((part) => part[1]).join("");
      const bytes = hex.match(/../g) ?? [];
      lines.push(bytes.map((byte) => WIN_ANSI_HIGH[parseInt(byte, 16)] ?? String.fromCharCode(parseInt(byte, 16))).join(""));
    }
  }
  return lines;
}
