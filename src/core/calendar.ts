// Dates as the files write them: YYYY-MM-DD, and a day that exists.

/** The first year an assessment date may have: earlier is a typing mistake ("0026-11-21"). */
export const FIRST_YEAR = 1900;

/**
 * True when a YYYY-MM-DD text names a day that exists from 1900 on (no 2026-02-31 or
 * 2026-13-45). Text of another form is left to the pattern check, so it is not reported twice.
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return true;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return true; // the pattern says so
  return year >= FIRST_YEAR && day >= 1 && day <= daysIn(year, month);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
