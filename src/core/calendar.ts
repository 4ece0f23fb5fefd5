// Dates as the files write them: YYYY-MM-DD, and a day that exists.

/** The first year an assessment date may have: earlier is a typing mistake ("0026-11-21"). */
export const FIRST_YEAR = 1900;

/** YYYY-MM-DD with a month of 01–12 and a day of 01–31; whether that day exists is isCalendarDate's. */
export const DATE_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * True when a YYYY-MM-DD text names a day that exists from 1900 on (no 2026-02-31). Text that
 * DATE_PATTERN refuses, such as 2026-13-45 or 2026-01-32, is left to that check, so it is not
 * reported twice.
 */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return true;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= FIRST_YEAR && day <= daysIn(year, month);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
