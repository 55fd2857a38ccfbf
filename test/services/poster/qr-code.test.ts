import { describe, expect, it } from "vitest";
import { offerDeepLink } from "../../../src/domain/deep-link";
import { QR_PNG_SIZE, qrMatrix, qrPng, qrSvg } from "../../../src/services/poster/qr-code";
import { decodeQrPng, pngSize } from "./read-back";

const link = offerDeepLink("lotse_saalberg_bot", 12);

describe("QR codes of deep links", () => {
  it("writes a PNG large enough to print that a QR reader decodes back to the link", async () => {
    const png = await qrPng(link);
    expect(pngSize(png)).toEqual({ width: QR_PNG_SIZE, height: QR_PNG_SIZE });
    expect(decodeQrPng(png)).toBe(link);
  });

  it("reads back the longest link there can be (a 32-character bot name, a 9-digit id)", async () => {
    const longest = offerDeepLink(`a${"b".repeat(28)}bot`, 999_999_999);
    expect(decodeQrPng(await qrPng(longest, 512))).toBe(longest);
  });

  it("writes an SVG: one svg element, square, with the quiet zone around the matrix the poster draws", async () => {
    const svg = await qrSvg(link);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*>/);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    expect(svg.match(/<svg\b/g)).toHaveLength(1);
    const size = qrMatrix(link).size;
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
    // Dark modules are drawn as a path; nothing from outside (scripts, links) is in it.
    expect(svg).toMatch(/<path [^>]*stroke="#000000"[^>]* d="M[^"]+"/);
    expect(svg).not.toMatch(/<script|href=/);
  });

  it("gives the poster the same modules as the PNG (the finder pattern in the corners)", () => {
    const matrix = qrMatrix(link);
    // Version 3 or so: 4·version + 17 modules a side.
    expect((matrix.size - 17) % 4).toBe(0);
    for (const [row, column] of [[0, 0], [0, matrix.size - 1], [matrix.size - 1, 0], [3, 3]] as const) expect(matrix.dark(row, column)).toBe(true);
    expect(matrix.dark(1, 1)).toBe(false);
  });
});
