// "Today" for validUntil is the city's calendar day, not the server's or UTC's: an
// opportunity valid until 14 January must be gone at 00:30 on 15 January in the city,
// although that is still 23:30 on 14 January in UTC.

/** The city the bot serves lies in this zone. */
export const DEFAULT_TIME_ZONE = "Europe/Berlin";

const DAY_MS = 86_400_000;
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallClockFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    wallClockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time in timeZone at a whole-second instant, written as if it were UTC. */
export function wallClockAsUtc(instantMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  return Date.UTC(
    fields.year ?? 0,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
}

/** The instant (epoch ms) at which the calendar day containing `now` began in timeZone. */
export function startOfDayIn(now: Date, timeZone: string): number {
  const instant = Math.floor(now.getTime() / 1000) * 1000; // the formatter drops milliseconds
  const wallClock = wallClockAsUtc(instant, timeZone);
  const midnightWallClock = Math.floor(wallClock / DAY_MS) * DAY_MS;
  // Subtract the zone's offset; look it up again at the guessed midnight because a
  // daylight-saving change during the night makes it differ from the offset now.
  const firstGuess = midnightWallClock - (wallClock - instant);
  return midnightWallClock - (wallClockAsUtc(firstGuess, timeZone) - firstGuess);
}

/**
 * validUntil names the last day an offer runs (stored as that date's midnight); it is valid
 * through that whole day in the city. Shared by matching and the signup rules.
 */
export function isPastValidUntil(validUntil: Date | null, now: Date, timeZone: string = DEFAULT_TIME_ZONE): boolean {
  return validUntil !== null && validUntil.getTime() < startOfDayIn(now, timeZone);
}
