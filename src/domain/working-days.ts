// Working days of the city: Monday to Friday, except the public holidays of its Bundesland, on
// the calendar of its time zone. The follow-ups count in these ("two working days without an
// answer"), because a signup on Friday evening or before Easter is not a forgotten one on Sunday.
// Holidays come from feiertagejs (maintained, pinned), never from a list of our own.
import { getHolidays } from "feiertagejs";
import { wallClockAsUtc } from "./matching/calendar";

/** The Bundesländer by the codes feiertagejs uses (CITY_STATE). */
export const BUNDESLAENDER = ["BW", "BY", "BE", "BB", "HB", "HE", "HH", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"] as const;
export type Bundesland = (typeof BUNDESLAENDER)[number];

export interface WorkingDayOptions {
  /** IANA time zone whose calendar days count (CITY_TIME_ZONE); Europe/Berlin by default. */
  timeZone?: string;
  /** Whose public holidays are days off (CITY_STATE). */
  state: Bundesland;
}

export const DEFAULT_TIME_ZONE = "Europe/Berlin";
/** The sample city Saalberg lies in Thuringia; a city elsewhere sets CITY_STATE. */
export const DEFAULT_STATE: Bundesland = "TH";

const DAY_MS = 24 * 60 * 60 * 1000;

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    // RangeError: Intl does not know the zone; that is the answer, not a failure.
    return false;
  }
}

/**
 * The moment `n` working days after `start`: the same local time of day, `n` working days
 * later. A start on a day off counts from the beginning of the next working day, so only
 * time on working days adds up (Friday 15:00 + 2 = Tuesday 15:00; Saturday 10:00 + 1 = Tuesday 0:00).
 */
export function addWorkingDays(start: Date, n: number, options: WorkingDayOptions): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  const calendar = calendarOf(options);
  let { day, msOfDay } = startingPoint(start, calendar);
  for (let counted = 0; counted < n; counted++) day = nextWorkingDay(day, calendar.state);
  return instantOf(day, msOfDay, calendar.timeZone);
}

/**
 * How many whole working days lie between `a` and `b` (0 when `b` is not later): the largest n
 * with addWorkingDays(a, n) ≤ b.
 */
export function workingDaysBetween(a: Date, b: Date, options: WorkingDayOptions): number {
  const calendar = calendarOf(options);
  const { day: first, msOfDay } = startingPoint(a, calendar);
  let count = 0;
  let day = nextWorkingDay(first, calendar.state);
  while (instantOf(day, msOfDay, calendar.timeZone).getTime() <= b.getTime()) {
    count += 1;
    day = nextWorkingDay(day, calendar.state);
  }
  return count;
}

/** Whether the calendar day of `date` in the time zone is a working day. */
export function isWorkingDay(date: Date, options: WorkingDayOptions): boolean {
  const calendar = calendarOf(options);
  return isWorkingDayNumber(localParts(date, calendar.timeZone).day, calendar.state);
}

function calendarOf(options: WorkingDayOptions): { timeZone: string; state: Bundesland } {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone ${timeZone}`);
  if (!(BUNDESLAENDER as readonly string[]).includes(options.state)) throw new RangeError(`unknown Bundesland ${options.state}`);
  return { timeZone, state: options.state };
}

/** Where counting starts: the local day and time of `start`, or the next working day's midnight. */
function startingPoint(start: Date, calendar: { timeZone: string; state: Bundesland }): { day: number; msOfDay: number } {
  const local = localParts(start, calendar.timeZone);
  if (isWorkingDayNumber(local.day, calendar.state)) return local;
  return { day: nextWorkingDay(local.day, calendar.state), msOfDay: 0 };
}

// Calendar days are numbered from 1970-01-01 (day 0, a Thursday); a number plus a time of day
// is a wall-clock time in the city, turned into an instant only at the end.

function nextWorkingDay(day: number, state: Bundesland): number {
  let next = day + 1;
  while (!isWorkingDayNumber(next, state)) next += 1;
  return next;
}

function isWorkingDayNumber(day: number, state: Bundesland): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
  if (weekday === 0 || weekday === 6) return false;
  return !isPublicHoliday(day, state);
}

/**
 * A year's holidays per Bundesland, as day numbers. Kept: feiertagejs works the year out again
 * on every call, and a follow-up run asks about the same few weeks for every open signup.
 */
const holidayDays = new Map<string, ReadonlySet<number>>();

function isPublicHoliday(day: number, state: Bundesland): boolean {
  const year = new Date(day * DAY_MS).getUTCFullYear();
  const key = `${state}:${year}`;
  let days = holidayDays.get(key);
  if (!days) {
    // A holiday's date is a moment on that day in Germany (feiertagejs works in Europe/Berlin);
    // read on Berlin's calendar, it is the right day whatever zone the server runs in.
    days = new Set(getHolidays(year, state).map((holiday) => localParts(holiday.date, HOLIDAY_TIME_ZONE).day));
    holidayDays.set(key, days);
  }
  return days.has(day);
}

const HOLIDAY_TIME_ZONE = "Europe/Berlin";

/** The wall-clock time of an instant in the zone, as milliseconds on a UTC scale. */
function wallClockMs(instant: number, timeZone: string): number {
  // The shared formatter works on whole seconds; the milliseconds carry over unchanged.
  const ms = ((instant % 1000) + 1000) % 1000;
  return wallClockAsUtc(instant - ms, timeZone) + ms;
}

function localParts(date: Date, timeZone: string): { day: number; msOfDay: number } {
  const wall = wallClockMs(date.getTime(), timeZone);
  const day = Math.floor(wall / DAY_MS);
  return { day, msOfDay: wall - day * DAY_MS };
}

/**
 * The instant of a wall-clock time in the zone. A time that does not exist (the hour skipped
 * when summer time begins) becomes the same time one hour later; one that exists twice (when
 * it ends), the later of the two.
 */
function instantOf(day: number, msOfDay: number, timeZone: string): Date {
  const wall = day * DAY_MS + msOfDay;
  let instant = wall - (wallClockMs(wall, timeZone) - wall);
  const offset = wallClockMs(instant, timeZone) - instant;
  if (wall - instant !== offset) instant = wall - offset;
  return new Date(instant);
}
