// Calendar days in the city's time zone, for the dates a network manager reads and writes
// ("bestaetigt_am"): an offer confirmed at 00:30 on 2 March in Saalberg was confirmed on
// 2 March, although that is still 1 March in UTC.
import { startOfDayIn, wallClockAsUtc } from "../../../domain/matching/calendar";

/** "YYYY-MM-DD" of the day `instant` falls on in timeZone. */
export function calendarDayIn(instant: Date, timeZone: string): string {
  const wholeSecond = Math.floor(instant.getTime() / 1000) * 1000;
  return new Date(wallClockAsUtc(wholeSecond, timeZone)).toISOString().slice(0, 10);
}

/** The instant the calendar day "YYYY-MM-DD" begins in timeZone. */
export function startOfCalendarDay(day: string, timeZone: string): Date {
  // Noon UTC lies inside that day in every zone between UTC−11 and UTC+11.
  return new Date(startOfDayIn(new Date(`${day}T12:00:00.000Z`), timeZone));
}
