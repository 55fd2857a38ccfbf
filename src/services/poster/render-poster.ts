// An A4 poster sheet of one organisation's offers, for the notice board of a Mehrgenerationenhaus:
// the organisation's name, a line on what to do, then per offer its QR code (the bot's deep link)
// with the link printed under it, title and summary. Large type for older readers, three offers
// a page, every page complete on its own (each one may hang somewhere else).
//
// The font is PDF's standard Helvetica (no font file to ship): it covers Windows-1252, so German
// umlauts, ß, „…“ quotes, – dashes, … and € print; anything beyond is replaced (toWinAnsi).
import PDFDocument from "pdfkit";
import { QR_MARGIN, qrMatrix, type QrMatrix } from "./qr-code";

export interface PosterEntry {
  title: string;
  summary: string;
  /** What the QR code carries: https://t.me/<bot>?start=o12. */
  link: string;
  /** The link as printed under the code, for typing by hand. */
  shortLink: string;
}

export interface PosterTexts {
  /** Under the organisation's name: what to do with the codes. */
  invitation: string;
  /** At the bottom of each page (date, page x of y). */
  footer: (page: number, pages: number) => string;
}

export interface PosterOptions {
  organisationName: string;
  entries: readonly PosterEntry[];
  texts: PosterTexts;
  /** The document's creation date (metadata). */
  createdAt: Date;
}

export const OFFERS_PER_PAGE = 3;

// A4 in points (1/72 inch), and a margin of about 17 mm.
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const FOOTER_HEIGHT = 24;
/** The code's side at most, in points (about 6 cm). */
const QR_MAX = 170;
const GAP = 22;
const INK = "#111111";
const MUTED = "#444444";
const RULE = "#BBBBBB";

const FONT = { regular: "Helvetica", bold: "Helvetica-Bold" };
const SIZE = { organisation: 30, invitation: 15, title: 21, summary: 15, link: 11, footer: 10 };

/** The poster as PDF bytes; pages = ceil(entries / OFFERS_PER_PAGE), at least one. */
export async function renderPosterPdf(options: PosterOptions): Promise<Buffer> {
  const { texts } = options;
  const organisationName = toWinAnsi(options.organisationName);
  const doc = new PDFDocument({
    size: "A4",
    // Positions are set by hand; without margins pdfkit never breaks a page on its own.
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    autoFirstPage: false,
    lang: "de-DE",
    info: { Title: organisationName, Author: "Ehrenamtslotse", Creator: "lotse qr", CreationDate: options.createdAt },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const pages = chunk(options.entries, OFFERS_PER_PAGE);
  if (pages.length === 0) pages.push([]);
  pages.forEach((entries, index) => {
    doc.addPage({ size: "A4", margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    const top = drawHeader(doc, organisationName, toWinAnsi(texts.invitation));
    const bottom = PAGE.height - MARGIN - FOOTER_HEIGHT;
    const slotHeight = (bottom - top) / OFFERS_PER_PAGE;
    entries.forEach((entry, position) => drawEntry(doc, entry, top + position * slotHeight, slotHeight, position > 0));
    drawFooter(doc, toWinAnsi(texts.footer(index + 1, pages.length)));
  });
  doc.end();
  return finished;
}

/** Name and invitation; returns where the offers begin. */
function drawHeader(doc: PDFKit.PDFDocument, organisationName: string, invitation: string): number {
  let y = MARGIN;
  doc.font(FONT.bold).fontSize(SIZE.organisation).fillColor(INK);
  const nameHeight = Math.min(doc.heightOfString(organisationName, { width: CONTENT_WIDTH }), SIZE.organisation * 1.25 * 2);
  doc.text(organisationName, MARGIN, y, { width: CONTENT_WIDTH, height: nameHeight, ellipsis: true });
  y += nameHeight + 8;
  doc.font(FONT.regular).fontSize(SIZE.invitation).fillColor(MUTED);
  const invitationHeight = Math.min(doc.heightOfString(invitation, { width: CONTENT_WIDTH, lineGap: 2 }), (SIZE.invitation + 4) * 3);
  doc.text(invitation, MARGIN, y, { width: CONTENT_WIDTH, height: invitationHeight, ellipsis: true, lineGap: 2 });
  y += invitationHeight + 14;
  doc.moveTo(MARGIN, y).lineTo(PAGE.width - MARGIN, y).lineWidth(1.5).strokeColor(INK).stroke();
  return y + 10;
}

function drawEntry(doc: PDFKit.PDFDocument, entry: PosterEntry, top: number, height: number, ruleAbove: boolean): void {
  if (ruleAbove) doc.moveTo(MARGIN, top).lineTo(PAGE.width - MARGIN, top).lineWidth(0.75).strokeColor(RULE).stroke();
  const matrix = qrMatrix(entry.link);
  // From the top: the quiet zone (4 modules, white, as the standard asks), the code, 2 modules,
  // the printed link, a little room. The code's black edge lines up with the text above it;
  // its quiet zone on the left lies in the page margin.
  const linkHeight = SIZE.link * 1.3;
  const bottomPadding = 10;
  const codeSide = Math.min(QR_MAX, (height - linkHeight - bottomPadding) / (1 + (QR_MARGIN + 2) / matrix.size));
  const module = codeSide / matrix.size;
  const codeTop = top + QR_MARGIN * module;
  drawQr(doc, matrix, MARGIN, codeTop, module);
  // Opened on a screen, the code is also a link.
  doc.link(MARGIN, codeTop, codeSide, codeSide, entry.link);

  // The printed link, as large as fits under the code.
  const shortLink = toWinAnsi(entry.shortLink);
  doc.font(FONT.regular).fillColor(INK);
  const linkWidth = codeSide + GAP - 4;
  let linkSize = SIZE.link;
  while (linkSize > 7 && doc.fontSize(linkSize).widthOfString(shortLink) > linkWidth) linkSize -= 0.5;
  doc.fontSize(linkSize).text(shortLink, MARGIN, codeTop + codeSide + 2 * module, { width: linkWidth, lineBreak: false });

  const textLeft = MARGIN + codeSide + GAP;
  const textWidth = PAGE.width - MARGIN - textLeft;
  const bottom = top + height - bottomPadding;
  let y = codeTop - 3;
  const title = toWinAnsi(entry.title);
  doc.font(FONT.bold).fontSize(SIZE.title).fillColor(INK);
  const titleHeight = Math.min(doc.heightOfString(title, { width: textWidth }), SIZE.title * 1.25 * 2, bottom - y);
  doc.text(title, textLeft, y, { width: textWidth, height: titleHeight, ellipsis: true });
  y += titleHeight + 6;
  const summary = toWinAnsi(entry.summary);
  doc.font(FONT.regular).fontSize(SIZE.summary).fillColor(MUTED);
  const summaryHeight = Math.min(doc.heightOfString(summary, { width: textWidth, lineGap: 2 }), bottom - y);
  if (summaryHeight >= SIZE.summary) doc.text(summary, textLeft, y, { width: textWidth, height: summaryHeight, ellipsis: true, lineGap: 2 });
}

/** The code as vector shapes (sharp at any print size), its first module at (left, top). */
function drawQr(doc: PDFKit.PDFDocument, matrix: QrMatrix, left: number, top: number, module: number): void {
  // One rectangle per run of dark modules in a row, slightly taller than a module so that no
  // hairline shows between rows in viewers that smooth edges.
  for (let row = 0; row < matrix.size; row++) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.dark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.dark(row, column)) column++;
      const overlap = row < matrix.size - 1 ? module * 0.04 : 0;
      doc.rect(left + start * module, top + row * module, (column - start) * module, module + overlap);
    }
  }
  doc.fillColor("#000000").fill();
}

function drawFooter(doc: PDFKit.PDFDocument, footer: string): void {
  const y = PAGE.height - MARGIN - SIZE.footer;
  doc.font(FONT.regular).fontSize(SIZE.footer).fillColor(MUTED);
  doc.text(footer, MARGIN, y, { width: CONTENT_WIDTH, align: "center", lineBreak: false });
}

/** Windows-1252 beyond Latin-1: what Helvetica in a PDF can print besides U+0020–007E and U+00A0–00FF. */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const REPLACEMENTS: Record<string, string> = {
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "–",
  "\u2015": "—",
  "\u2032": "'",
  "\u2033": '"',
  "\u2192": "->",
  "\u2190": "<-",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2212": "-", // minus sign
  "\u00AD": "", // soft hyphen
  "\u200B": "", // zero-width space
  "\u2009": " ", // thin space
  "\u202F": " ", // narrow no-break space
  "\u2007": " ",
  "\u2068": "", // isolates, as the bot's texts may carry them
  "\u2069": "",
  "\u2066": "",
  "\u2067": "",
};

/**
 * Text that Helvetica can print: Windows-1252 as is, a few look-alikes replaced, accented letters
 * outside it reduced to their base letter ("č" becomes "c"), everything else (emoji, other
 * scripts) dropped. Line breaks become spaces.
 */
export function toWinAnsi(text: string): string {
  let result = "";
  for (const char of text.normalize("NFC")) {
    if (char in REPLACEMENTS) {
      result += REPLACEMENTS[char];
      continue;
    }
    if (isWinAnsi(char)) {
      result += char;
      continue;
    }
    if (char === "\n" || char === "\t") {
      result += " ";
      continue;
    }
    const base = char.normalize("NFD").replace(/\p{M}+/gu, "");
    if (base !== char && [...base].every(isWinAnsi)) result += base;
  }
  return result.replace(/ {2,}/g, " ").trim();
}

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks;
}
