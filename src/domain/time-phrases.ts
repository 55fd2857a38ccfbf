// What people write into the "Zeiten" column ("Mo-Fr vormittags", "Sa 10-12 Uhr", "mittwochs
// nachmittags", "nach Absprache") → the slot vocabulary (vocabulary.ts), or the first word we
// do not understand, so that the importer can quote the cell. Pure.
//
// Rules, in the order a reader meets them:
// - Days: Mo Di Mi Do Fr Sa So (with or without dot), Montag … Sonntag, montags, an Montagen,
//   Sonnabend; werktags / wochentags / an Werktagen / unter der Woche = Mo–Fr; (am) Wochenende = Sa+So; täglich,
//   jeden Tag = every day. Ranges "Mo-Fr", "Mo bis Fr", "Mo–Fr" (wrapping: "Fr-Mo" is Fr Sa So Mo).
// - Parts of the day: morning until 12, afternoon 12–17, evening from 17 (DAYPART_MINUTES).
//   vormittags, morgens, früh → morning; nachmittags → afternoon; abends → evening; mittags → morning
//   and afternoon (lunch time straddles noon); tagsüber, ganztags, den ganzen Tag → morning and afternoon.
//   Compounds work: Dienstagnachmittag, samstagvormittags, Samstag-Vormittag.
// - Clock times map to every part they overlap: "10-12 Uhr" → morning, "11-13 Uhr" → morning and
//   afternoon, "16:30–18 Uhr" → afternoon and evening. A single time is a start: "14 Uhr", "ab 17 Uhr",
//   "um 9.30" → the part it falls in. "bis 14 Uhr" runs from midnight. A number needs "Uhr", "h", a
//   colon/dot, a range or "ab"/"um" to count as a time ("Mo 10" is not understood).
// - Days and parts combine in either order ("Mo-Fr vormittags", "vormittags Mo-Fr"). A phrase goes on
//   until a day follows its part of day (or the other way round): "Mo, Mi und Fr vormittags" is three
//   mornings, "Mo 10-12 Uhr, Do nachmittags" is Monday morning and Thursday afternoon. ";" always ends
//   a phrase.
// - A day without a part of day means all of that day ("samstags" → Saturday morning, afternoon and
//   evening); a part without a day means that part on every day ("abends" → every evening): the
//   slots say when an offer may happen, and the wider reading keeps it from being hidden.
// - flexibel, nach Absprache, nach Vereinbarung, egal, jederzeit, variabel → "flexible", unless the
//   text also names days or times ("Mo-Fr nach Absprache" → Mo–Fr, all parts).
// - How often does not matter to slots and is skipped: "jeden 1. und 3. Dienstag im Monat",
//   "14-tägig", "1x pro Woche", "alle zwei Wochen", "2-3 Stunden".
// - The slot codes themselves ("sat-morning, wed-afternoon", "flexible") are accepted too.
// Anything else fails: "werktags außer Mittwoch" must not quietly include Wednesday, and "nach
// Absprache, auch am Wochenende" must not become weekends only.
import { DAYPARTS, OPPORTUNITY_SLOTS, WEEKDAYS, type Daypart, type OpportunitySlot, type Weekday } from "./vocabulary";

/** The minutes of the day each part covers, [from, to). */
export const DAYPART_MINUTES: Readonly<Record<Daypart, readonly [number, number]>> = {
  morning: [0, 12 * 60],
  afternoon: [12 * 60, 17 * 60],
  evening: [17 * 60, 24 * 60],
};

export const TIME_PHRASE_FAILURES = ["empty", "unknown-word", "bad-time", "bad-range", "no-time"] as const;
/**
 * empty: nothing written; unknown-word: `word` is not understood; bad-time: `word` is no clock time
 * (25 Uhr, 10:75, or a bare number); bad-range: a dash or "bis" without a day or time on both sides
 * (`word` is what stands next to it); no-time: only filler words ("am", "jeweils").
 */
export type TimePhraseFailure = (typeof TIME_PHRASE_FAILURES)[number];

export type TimePhraseResult =
  | { ok: true; value: "flexible" | OpportunitySlot[] }
  | { ok: false; reason: TimePhraseFailure; word?: string };

// ---------------------------------------------------------------- words

const WORKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri"];
const WEEKEND: readonly Weekday[] = ["sat", "sun"];
const DAY_STEMS: Readonly<Record<string, Weekday>> = {
  montag: "mon",
  dienstag: "tue",
  mittwoch: "wed",
  donnerstag: "thu",
  freitag: "fri",
  samstag: "sat",
  sonnabend: "sat",
  sonntag: "sun",
};

function dayWords(): Map<string, readonly Weekday[]> {
  const words = new Map<string, readonly Weekday[]>();
  for (const [stem, day] of Object.entries(DAY_STEMS)) {
    for (const ending of ["", "s", "e", "en"]) words.set(stem + ending, [day]);
  }
  const abbreviations = { mo: "mon", di: "tue", mi: "wed", do: "thu", fr: "fri", sa: "sat", so: "sun" } as const;
  for (const [word, day] of Object.entries(abbreviations)) words.set(word, [day]);
  for (const day of WEEKDAYS) words.set(day, [day]); // as in the slot codes
  for (const stem of ["werktag", "wochentag"]) {
    for (const ending of ["", "s", "e", "en"]) words.set(stem + ending, WORKDAYS);
  }
  words.set("werktaeglich", WORKDAYS);
  for (const word of ["wochenende", "wochenenden", "wochenends"]) words.set(word, WEEKEND);
  for (const word of ["taeglich", "tagtaeglich"]) words.set(word, WEEKDAYS);
  return words;
}
const DAY_WORDS = dayWords();

/** "Tag" means every day only after these ("jeden Tag", "an allen Tagen"). */
const EVERY = new Set(["jeden", "jede", "alle", "allen"]);
const DAY_NOUNS = new Set(["tag", "tage", "tagen"]);

const DAYTIME: readonly Daypart[] = ["morning", "afternoon"];

function partWords(): Map<string, readonly Daypart[]> {
  const words = new Map<string, readonly Daypart[]>();
  const add = (parts: readonly Daypart[], ...list: string[]) => list.forEach((word) => words.set(word, parts));
  const nouns = (...stems: string[]) => stems.flatMap((stem) => ["", "s", "e", "en"].map((ending) => stem + ending));
  add(["morning"], ...nouns("vormittag", "morgen"), "frueh", "fruehmorgens", "morning", "mornings");
  add(["afternoon"], ...nouns("nachmittag", "spaetnachmittag"), "afternoon", "afternoons");
  add(["evening"], ...nouns("abend", "vorabend"), "evening", "evenings");
  add(DAYTIME, "mittag", "mittags", "mittagszeit", "tagsueber", "ganztags", "ganztaegig", "ganztaegs");
  return words;
}
const PART_WORDS = partWords();

const FLEX_WORDS = new Set([
  "flexibel",
  "flexible",
  "flexiblen",
  "egal",
  "jederzeit",
  "variabel",
  "variable",
  "absprache",
  "vereinbarung",
  "individuell",
  "individueller",
  "einteilbar",
  "frei",
]);

const SOFT_SEPARATOR_WORDS = new Set(["und", "u", "oder", "sowie", "bzw"]);
/** Words that add nothing to when (articles, prepositions), or say how often, which slots do not hold. */
const FILLERS = new Set(
  [
    "am an den dem der die das des jeden jede jeder jedes immer jeweils meist meistens",
    "ab von vom um gegen uhr h zwischen im in zur zu zeit zeiten zeitlich termin termine nach ca circa etwa",
    "alle allen ganze ganzen woche wochen monat monats monatlich woechentlich regelmaessig vierzehntaegig",
    "zwei drei vier einmal zweimal dreimal mal x pro",
    "erste ersten erster zweite zweiten dritte dritten vierte vierten letzte letzten",
  ].flatMap((line) => line.split(" ")),
);
/** After a number: how often or how long, not when ("1x", "2 mal", "3 Stunden", "alle 2 Wochen"). */
const AMOUNT_UNITS = new Set(["x", "mal", "std", "stunde", "stunden", "woche", "wochen", "monat", "monate", "minuten", "min"]);
/** After a number and an optional dash: a rhythm ("14-tägig", "2-wöchentlich"). */
const RHYTHM_WORDS = new Set(["taegig", "taeglich", "taegl", "woechig", "woechentlich"]);
/** Before a number: it is a time even without "Uhr". */
const TIME_MARKERS = new Set(["ab", "um", "von", "bis", "gegen", "ca", "circa"]);

function fold(word: string): string {
  return word.toLowerCase().replaceAll("ä", "ae").replaceAll("ö", "oe").replaceAll("ü", "ue").replaceAll("ß", "ss");
}

// ---------------------------------------------------------------- tokens

type Token =
  | { kind: "word"; text: string; key: string }
  | { kind: "number"; text: string; hours: number; minutes: number; clock: boolean }
  | { kind: "ordinal"; text: string }
  | { kind: "dash"; text: string }
  | { kind: "separator"; text: string; hard: boolean }
  | { kind: "slot"; text: string; slot: OpportunitySlot }
  | { kind: "other"; text: string };

const SLOT_CODE = new RegExp(`^(?:${WEEKDAYS.join("|")})-(?:${DAYPARTS.join("|")})(?![\\p{L}\\d])`, "iu");

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let rest = text;
  let match: RegExpExecArray | null;
  while (rest.length > 0) {
    if ((match = /^\s+/u.exec(rest))) {
      if (match[0].includes("\n")) tokens.push({ kind: "separator", text: "\n", hard: true });
    } else if ((match = SLOT_CODE.exec(rest))) {
      tokens.push({ kind: "slot", text: match[0], slot: match[0].toLowerCase() as OpportunitySlot });
    } else if ((match = /^(\d{1,2})[:.](\d{2})(?!\d)/.exec(rest))) {
      tokens.push({ kind: "number", text: match[0], hours: Number(match[1]), minutes: Number(match[2]), clock: true });
    } else if ((match = /^\d+\.(?!\d)/.exec(rest))) {
      tokens.push({ kind: "ordinal", text: match[0] });
    } else if ((match = /^\d+/.exec(rest))) {
      tokens.push({ kind: "number", text: match[0], hours: Number(match[0]), minutes: 0, clock: false });
    } else if ((match = /^\p{L}+/u.exec(rest))) {
      tokens.push({ kind: "word", text: match[0], key: fold(match[0]) });
    } else if ((match = /^[-‐‑‒–—−]/u.exec(rest))) {
      tokens.push({ kind: "dash", text: match[0] });
    } else if ((match = /^[;|]/.exec(rest))) {
      tokens.push({ kind: "separator", text: match[0], hard: true });
    } else if ((match = /^[,/+&]/.exec(rest))) {
      tokens.push({ kind: "separator", text: match[0], hard: false });
    } else if ((match = /^[.:()]/.exec(rest))) {
      // abbreviation dots ("Mo."), "Mo, Mi: 9-12 Uhr", "(nachmittags)": nothing to say
    } else {
      match = /^./su.exec(rest)!;
      tokens.push({ kind: "other", text: match[0] });
    }
    rest = rest.slice(match[0].length);
  }
  return tokens;
}

// ---------------------------------------------------------------- items

type Item =
  | { kind: "days"; days: readonly Weekday[] }
  | { kind: "parts"; parts: readonly Daypart[] }
  | { kind: "slot"; slot: OpportunitySlot }
  | { kind: "end" }
  | { kind: "flexible" };

class PhraseError extends Error {
  constructor(
    readonly reason: TimePhraseFailure,
    readonly word?: string,
  ) {
    super(reason);
  }
}

function dayRange(from: Weekday, to: Weekday): Weekday[] {
  const days: Weekday[] = [];
  for (let index = WEEKDAYS.indexOf(from); ; index = (index + 1) % WEEKDAYS.length) {
    days.push(WEEKDAYS[index]!);
    if (WEEKDAYS[index] === to) return days;
  }
}

/** The day a word names when it names exactly one ("Mo", "dienstags"; not "werktags"). */
function singleDay(token: Token | undefined): Weekday | undefined {
  if (token?.kind !== "word") return undefined;
  const days = DAY_WORDS.get(token.key);
  return days?.length === 1 ? days[0] : undefined;
}

/** A day and a part of day in one word: "dienstagnachmittags" → tue + afternoon. */
function compound(key: string): { day: Weekday; parts: readonly Daypart[] } | undefined {
  for (const [stem, day] of Object.entries(DAY_STEMS)) {
    if (!key.startsWith(stem)) continue;
    const rest = key.slice(stem.length);
    const parts = PART_WORDS.get(rest) ?? (rest.startsWith("s") ? PART_WORDS.get(rest.slice(1)) : undefined);
    if (parts) return { day, parts };
  }
  return undefined;
}

function minutesOf(token: Extract<Token, { kind: "number" }>, isEnd: boolean): number {
  const { hours, minutes } = token;
  if (minutes > 59 || hours > 24 || (hours === 24 && (minutes > 0 || !isEnd))) throw new PhraseError("bad-time", token.text);
  return hours * 60 + minutes;
}

function partsOverlapping(from: number, to: number): Daypart[] {
  const end = to > from ? to : 24 * 60; // "20-1 Uhr" runs until midnight as far as slots go
  return DAYPARTS.filter((part) => DAYPART_MINUTES[part][0] < end && from < DAYPART_MINUTES[part][1]);
}

function partsAt(minute: number): Daypart[] {
  return DAYPARTS.filter((part) => DAYPART_MINUTES[part][0] <= minute && minute < DAYPART_MINUTES[part][1]);
}

function isWord(token: Token | undefined, ...keys: string[]): boolean {
  return token?.kind === "word" && keys.includes(token.key);
}

function isRangeMark(token: Token | undefined): boolean {
  return token?.kind === "dash" || isWord(token, "bis");
}

function toItems(tokens: Token[]): Item[] {
  const items: Item[] = [];
  let index = 0;
  const previousWord = () => {
    const previous = tokens[index - 1];
    return previous?.kind === "word" ? previous.key : undefined;
  };

  /** A time or range of times starting at tokens[index]; advances past it. */
  const readTime = (startMinute: number | undefined): readonly Daypart[] => {
    const first = tokens[index] as Extract<Token, { kind: "number" }>;
    const explicitBefore = TIME_MARKERS.has(previousWord() ?? "");
    const opensBetween = previousWord() === "zwischen";
    index++;
    let explicit = first.clock || explicitBefore;
    if (isWord(tokens[index], "uhr", "h")) {
      explicit = true;
      index++;
    }
    const mark = tokens[index];
    const second = tokens[index + 1];
    if ((isRangeMark(mark) || (opensBetween && isWord(mark, "und"))) && second?.kind === "number") {
      index += 2;
      if (isWord(tokens[index], "uhr", "h")) index++;
      return partsOverlapping(minutesOf(first, false), minutesOf(second, true));
    }
    if (startMinute !== undefined) return partsOverlapping(startMinute, minutesOf(first, true));
    if (!explicit) throw new PhraseError("bad-time", first.text);
    return partsAt(minutesOf(first, false));
  };

  while (index < tokens.length) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    switch (token.kind) {
      case "slot":
        items.push({ kind: "slot", slot: token.slot });
        index++;
        break;
      case "ordinal":
        index++;
        break;
      case "separator":
        if (token.hard) items.push({ kind: "end" });
        index++;
        break;
      case "other":
        throw new PhraseError("unknown-word", token.text);
      case "dash":
        throw new PhraseError("bad-range", [tokens[index - 1]?.text, token.text, next?.text].filter(Boolean).join(""));
      case "number": {
        // How often or how long, not when: "1x", "2 Stunden", "alle 2 Wochen", "14-tägig".
        if (next?.kind === "word" && AMOUNT_UNITS.has(next.key) && !token.clock) {
          index += 2;
          break;
        }
        const unitAfterRange = tokens[index + 3];
        const isAmountRange =
          isRangeMark(next) && tokens[index + 2]?.kind === "number" && isWord(unitAfterRange, ...AMOUNT_UNITS);
        if (isAmountRange) {
          index += 4; // "2-3 Stunden"
          break;
        }
        const rhythm = next?.kind === "dash" ? tokens[index + 2] : next;
        if (rhythm?.kind === "word" && RHYTHM_WORDS.has(rhythm.key) && !token.clock) {
          index += next?.kind === "dash" ? 3 : 2;
          break;
        }
        items.push({ kind: "parts", parts: readTime(undefined) });
        break;
      }
      case "word": {
        const key = token.key;
        if (key === "bis" && next?.kind === "number") {
          index++; // "bis 14 Uhr": from the start of the day
          items.push({ kind: "parts", parts: readTime(0) });
          break;
        }
        const days = DAY_WORDS.get(key);
        if (days) {
          const from = singleDay(token);
          const after = tokens[index + 2];
          if (from !== undefined && isRangeMark(next)) {
            const to = singleDay(after);
            if (to !== undefined) {
              items.push({ kind: "days", days: dayRange(from, to) });
              index += 3;
              break;
            }
            if (next?.kind === "dash") {
              // "Samstag-Vormittag" is a hyphenated compound, not a range.
              if (after?.kind !== "word" || !PART_WORDS.has(after.key)) {
                throw new PhraseError("bad-range", [token.text, next.text, after?.text].filter(Boolean).join(""));
              }
              index++;
            }
            // else "Mo bis 12 Uhr": the "bis" belongs to the time.
          }
          items.push({ kind: "days", days });
          index++;
          break;
        }
        if (key === "unter" && isWord(next, "der") && isWord(tokens[index + 2], "woche")) {
          items.push({ kind: "days", days: WORKDAYS }); // "unter der Woche" = on weekdays
          index += 3;
          break;
        }
        if (DAY_NOUNS.has(key)) {
          if (previousWord() === "ganzen") items.push({ kind: "parts", parts: DAYTIME });
          else if (EVERY.has(previousWord() ?? "")) items.push({ kind: "days", days: WEEKDAYS });
          else throw new PhraseError("unknown-word", token.text);
          index++;
          break;
        }
        const parts = PART_WORDS.get(key);
        if (parts) {
          items.push({ kind: "parts", parts });
          index++;
          break;
        }
        const both = compound(key);
        if (both) {
          items.push({ kind: "days", days: [both.day] }, { kind: "parts", parts: both.parts });
          index++;
          break;
        }
        if (FLEX_WORDS.has(key)) items.push({ kind: "flexible" });
        else if (key === "woche" && previousWord() === "ganze") items.push({ kind: "days", days: WEEKDAYS });
        else if (!FILLERS.has(key) && !SOFT_SEPARATOR_WORDS.has(key) && key !== "bis") {
          throw new PhraseError("unknown-word", token.text);
        } else if (key === "bis") {
          throw new PhraseError("bad-range", [tokens[index - 1]?.text, token.text, next?.text].filter(Boolean).join(" "));
        }
        index++;
        break;
      }
    }
  }
  return items;
}

// ---------------------------------------------------------------- phrases → slots

export function parseTimePhrase(text: string): TimePhraseResult {
  const normalized = text.normalize("NFC").trim();
  if (normalized === "") return { ok: false, reason: "empty" };
  let items: Item[];
  try {
    items = toItems(tokenize(normalized));
  } catch (error) {
    if (error instanceof PhraseError) {
      const { reason, word } = error;
      return word === undefined ? { ok: false, reason } : { ok: false, reason, word };
    }
    throw error;
  }

  const slots = new Set<OpportunitySlot>();
  let flexible = false;
  let days: Set<Weekday> | undefined;
  let parts: Set<Daypart> | undefined;
  let daysFirst = true;
  const endPhrase = () => {
    if (days === undefined && parts === undefined) return;
    for (const day of days ?? WEEKDAYS) for (const part of parts ?? DAYPARTS) slots.add(`${day}-${part}`);
    days = undefined;
    parts = undefined;
  };

  for (const item of items) {
    switch (item.kind) {
      case "days":
        // A day after the phrase's part of day starts the next phrase ("Mo 10-12 Uhr, Do …").
        if (days !== undefined && parts !== undefined && daysFirst) endPhrase();
        if (days === undefined && parts === undefined) daysFirst = true;
        days ??= new Set();
        for (const day of item.days) days.add(day);
        break;
      case "parts":
        // …and a part of day after the days of a phrase that began with one ("vormittags Mo, nachmittags Fr").
        if (days !== undefined && parts !== undefined && !daysFirst) endPhrase();
        if (days === undefined && parts === undefined) daysFirst = false;
        parts ??= new Set();
        for (const part of item.parts) parts.add(part);
        break;
      case "slot":
        endPhrase();
        slots.add(item.slot);
        break;
      case "end":
        endPhrase();
        break;
      case "flexible":
        flexible = true;
        break;
    }
  }
  endPhrase();

  if (slots.size > 0) return { ok: true, value: OPPORTUNITY_SLOTS.filter((slot) => slots.has(slot)) };
  if (flexible) return { ok: true, value: "flexible" };
  return { ok: false, reason: "no-time" };
}
