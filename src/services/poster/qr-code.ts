// QR codes of the bot's deep links, as PNG (printing, office software), SVG (print shops,
// scaling) and as a matrix the poster draws itself (sharp at any size in the PDF).
import QRCode from "qrcode";

/**
 * Error correction "Q" (about 25 % of the code may be lost): a poster on a notice board gets
 * creased, faded and scribbled on; the links are short enough that the code stays coarse.
 */
export const QR_ERROR_CORRECTION = "Q" as const;
/** Pixels per side of the PNG: about 8.7 cm at 300 dpi, sharp on any printed size up to A5. */
export const QR_PNG_SIZE = 1024;
/** The quiet zone around the code, in modules: the 4 the standard asks for, so every reader finds it. */
export const QR_MARGIN = 4;

export async function qrPng(text: string, size: number = QR_PNG_SIZE): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: "png", errorCorrectionLevel: QR_ERROR_CORRECTION, margin: QR_MARGIN, width: size });
}

export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: QR_ERROR_CORRECTION, margin: QR_MARGIN });
}

/** The code's modules (without the quiet zone): `dark(row, column)` for 0 ≤ row, column < size. */
export interface QrMatrix {
  size: number;
  dark(row: number, column: number): boolean;
}

export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  return { size: modules.size, dark: (row, column) => modules.get(row, column) !== 0 };
}
