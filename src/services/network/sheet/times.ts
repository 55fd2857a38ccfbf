// The "zeiten" column. The export writes one item per slot ("Mi nachmittags, Sa vormittags") or
// "flexibel", and reads that form back itself, so a round trip never depends on the phrase parser;
// everything else people write ("Mo-Fr vormittags", "Sa 10-12 Uhr", "mittwochs nachmittags") goes
// to the time-phrase parser (src/domain/time-phrases.ts).
import { DAYPARTS, OPPORTUNITY_SLOTS, WEEKDAYS, type Daypart, type OpportunitySlot, type Weekday } from "../../../domain/vocabulary";
import { fold } from "./cells";

export type Schedule = "flexible" | OpportunitySlot[];
/** As parseTimePhrase (src/domain/time-phrases.ts) answers: a failure code and the word it stumbled on. */
export type TimeParseResult = { ok: true; value: Schedule } | { ok: false; reason: string; word?: string };
export type TimePhraseParser = (text: string) => TimeParseResult;

const DAY_NAMES: Readonly<Record<Weekday, string>> = { mon: "Mo", tue: "Di", wed: "Mi", thu: "Do", fri: "Fr", sat: "Sa", sun: "So" };
const PART_NAMES: Readonly<Record<Daypart, string>> = { morning: "vormittags", afternoon: "nachmittags", evening: "abends" };
const FLEXIBLE = "flexibel";

export function formatSchedule(schedule: Schedule): string {
  if (schedule === "flexible") return FLEXIBLE;
  return OPPORTUNITY_SLOTS.filter((slot) => schedule.includes(slot))
    .map((slot) => {
      const [day, part] = slot.split("-") as [Weekday, Daypart];
      return `${DAY_NAMES[day]} ${PART_NAMES[part]}`;
    })
    .join(", ");
}

const dayByName = new Map<string, Weekday>(WEEKDAYS.map((day) => [fold(DAY_NAMES[day]), day]));
const partByName = new Map<string, Daypart>(DAYPARTS.map((part) => [fold(PART_NAMES[part]), part]));

/** The export's own form, or a list of slot keys as in the network file ("wed-afternoon"); else undefined. */
function readCanonical(text: string): Schedule | undefined {
  const folded = fold(text);
  if (folded === FLEXIBLE || folded === "flexible") return "flexible";
  const items = text.split(/[,;]/).map((item) => item.trim()).filter((item) => item !== "");
  if (items.length === 0) return undefined;
  const slots: OpportunitySlot[] = [];
  for (const item of items) {
    const key = fold(item) as OpportunitySlot;
    if ((OPPORTUNITY_SLOTS as readonly string[]).includes(key)) {
      slots.push(key);
      continue;
    }
    const words = item.split(/\s+/);
    const day = words.length === 2 ? dayByName.get(fold(words[0]!)) : undefined;
    const part = words.length === 2 ? partByName.get(fold(words[1]!)) : undefined;
    if (day === undefined || part === undefined) return undefined;
    slots.push(`${day}-${part}`);
  }
  return slots;
}

/** Reads a "zeiten" cell: the export's form directly, anything else through the phrase parser. */
export function readSchedule(text: string, parsePhrase: TimePhraseParser): TimeParseResult {
  const canonical = readCanonical(text);
  if (canonical !== undefined) return { ok: true, value: canonical };
  return parsePhrase(text);
}
