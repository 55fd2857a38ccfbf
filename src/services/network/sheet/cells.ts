// Reading what people type into a spreadsheet cell: yes/no in several spellings, numbers with a
// German decimal comma, German and ISO dates, lists separated by "," or ";", and names that must
// match a vocabulary whatever their case or umlauts. Pure functions; the column readers
// (read-tables.ts) turn their failures into problems.
import { distance } from "fastest-levenshtein";

/**
 * The comparable form of a name: lower case, umlauts spelled out, spaces, hyphens and underscores
 * alike. "Kultur und Bildung", "kultur_und_bildung" and "KULTUR-UND-BILDUNG" are the same, and so
 * are "Süd" and "sued".
 */
export function fold(text: string): string {
  return text
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    .replace(/[\s_\-–]+/g, "-");
}

/** A list cell's items, split at "," and ";", trimmed, empty items dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * A list cell read against a vocabulary whose names may themselves contain a separator (the
 * interest "Handy, Computer, Internet"): the longest run of items that together form a known name
 * is taken as one item.
 */
export function splitListKnowing(text: string, isKnown: (candidate: string) => boolean): string[] {
  const pieces = text.split(/([,;\n])/);
  const items: string[] = [];
  // pieces alternates item, separator, item, …
  const itemPieces = pieces.filter((_, index) => index % 2 === 0);
  let start = 0;
  while (start < itemPieces.length) {
    let taken = 1;
    for (let end = itemPieces.length; end > start + 1; end--) {
      const joined = pieces.slice(start * 2, end * 2 - 1).join("").trim();
      if (isKnown(joined)) {
        taken = end - start;
        break;
      }
    }
    const item = pieces
      .slice(start * 2, (start + taken) * 2 - 1)
      .join("")
      .trim();
    if (item.length > 0) items.push(item);
    start += taken;
  }
  return items;
}

const TRUE_WORDS = new Set(["ja", "j", "x", "yes", "y", "true", "wahr", "1", "✓", "✔"]);
const FALSE_WORDS = new Set(["nein", "n", "no", "false", "falsch", "0", "-"]);

/** ja/nein, x, yes/no, true/false, 1/0; an empty cell is `empty` (the column's default). */
export function parseBoolean(text: string, empty: boolean): boolean | undefined {
  const word = fold(text);
  if (word === "") return empty;
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** "2,5", "2.5", "3": a decimal comma (as German Excel writes it) or point. */
export function parseNumber(text: string): number | undefined {
  const match = /^([+-]?\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (match === null) return undefined;
  return Number(`${match[1]}${match[2] === undefined ? "" : `.${match[2]}`}`);
}

/** A number as German Excel shows it: "2,5". */
export function formatNumber(value: number): string {
  return String(value).replace(".", ",");
}

/**
 * A calendar day from "2027-06-30", "30.06.2027" or "30.6.27" (two-digit years are this
 * century); also the ISO timestamp a spreadsheet date cell may arrive as. Returns "YYYY-MM-DD",
 * or undefined for anything else and for days that do not exist (31.02.).
 */
export function parseDate(text: string): string | undefined {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?$/.exec(value);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(value);
  if (iso !== null) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (german !== null) {
    [day, month, year] = [Number(german[1]), Number(german[2]), Number(german[3])];
    if (german[3]!.length === 2) year += 2000;
  } else {
    return undefined;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The readable names of one value of a vocabulary: its key, its German label, other spellings. */
export interface VocabularyEntry<Key extends string> {
  key: Key;
  names: readonly string[];
}

/** Finds values of a vocabulary by any of their names, ignoring case, umlauts and separators. */
export class Vocabulary<Key extends string> {
  private readonly byName = new Map<string, Key>();
  private readonly suggestions: { folded: string; shown: string }[] = [];

  constructor(entries: readonly VocabularyEntry<Key>[]) {
    for (const { key, names } of entries) {
      for (const name of [key, ...names]) {
        const folded = fold(name);
        if (folded !== "" && !this.byName.has(folded)) this.byName.set(folded, key);
      }
      // Suggestions show the key: that is what the export writes and what the column table lists.
      for (const name of [key, ...names]) this.suggestions.push({ folded: fold(name), shown: key });
    }
  }

  /** Cell texts looked up before: a large table repeats the same few values thousands of times. */
  private readonly found = new Map<string, Key | undefined>();

  find(text: string): Key | undefined {
    if (this.found.has(text)) return this.found.get(text);
    const key = this.byName.get(fold(text));
    if (this.found.size < 10_000) this.found.set(text, key);
    return key;
  }

  has(text: string): boolean {
    return this.find(text) !== undefined;
  }

  /** The key the manager probably meant, if the text is a near miss of one of the names. */
  suggest(text: string): string | undefined {
    return nearest(text, this.suggestions);
  }
}

/**
 * The closest candidate by edit distance, if it is close enough to be a slip ("kindr" → "kinder",
 * "titell" → "titel") rather than a different word. `shown` is what the suggestion says.
 */
export function nearest(text: string, candidates: readonly { folded: string; shown: string }[]): string | undefined {
  const folded = fold(text);
  if (folded === "") return undefined;
  let best: { shown: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (candidate.folded === "") continue;
    const d = distance(folded, candidate.folded);
    if (best === undefined || d < best.distance) best = { shown: candidate.shown, distance: d };
  }
  if (best === undefined) return undefined;
  // Up to a third of the word may be wrong, at most three letters: enough for typos and a
  // forgotten umlaut, not so much that "sport" suggests "senioren".
  const allowed = Math.min(3, Math.max(1, Math.floor(folded.length / 3)));
  return best.distance <= allowed ? best.shown : undefined;
}

/** "Leih-Oma Auenhain!" → "leih-oma-auenhain": what a slug for that text could be. */
export function slugify(text: string): string {
  return fold(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
