// Turning the bytes of a CSV file into text. German Excel saves "CSV (Trennzeichen-getrennt)" in
// Windows-1252 and "CSV UTF-8" with a byte order mark; other tools write UTF-8 without one. A file
// that is valid UTF-8 is taken as UTF-8: Windows-1252 text with umlauts is practically never valid
// UTF-8 (ä is 0xE4, which in UTF-8 must be followed by two continuation bytes).

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

// Node 20's TextDecoder("windows-1252") decodes 0x80–0x9F as Latin-1 control characters instead
// of €, „, – …, so this table does it. Bytes the code page leaves undefined (0x81, 0x8D, 0x8F,
// 0x90, 0x9D) map to the control character of the same number, as the WHATWG encoding standard says.
const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,
  0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    for (const byte of bytes.subarray(start, start + CHUNK)) {
      codes.push(byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte);
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join("");
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Decodes UTF-8 strictly: undefined when the bytes are not valid UTF-8. */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a text file whose encoding nobody told us: a byte order mark decides (UTF-8, UTF-16),
 * else valid UTF-8 is UTF-8, else Windows-1252. The byte order mark is not part of the text.
 * Returns undefined for bytes that are no text at all (a NUL byte outside UTF-16).
 */
export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeUtf8Strict(bytes.subarray(3));
    if (text !== undefined) return text.includes("\u0000") ? undefined : { text, encoding: "utf-8" };
    return undefined;
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder("utf-16le", { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder("utf-16be", { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  if (bytes.includes(0)) return undefined;
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8" };
  return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
}
