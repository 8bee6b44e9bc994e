/**
 * What every text and every timestamp a client sends must be before it reaches the database, in one
 * place. PostgreSQL refuses a NUL character in text and a year outside its range; JavaScript strings
 * may hold unpaired UTF-16 surrogates, which are not text at all. Requests holding them are the
 * client's mistake (400), so they are refused at the boundary instead of failing a query (500).
 */

/** A NUL, or a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const unpairedSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const plainTextMessage = 'must not contain NUL characters or unpaired UTF-16 surrogates';

/** Whether `value` is text PostgreSQL can store: no NUL, no unpaired surrogate. */
export function isPlainText(value: string): boolean {
  return !value.includes('\u0000') && !unpairedSurrogate.test(value);
}

/**
 * RFC 3339 date-times of an instant from 0001-01-01 to 9999-12-31 (UTC) that JavaScript can represent:
 * so not `0000-01-01T00:00:00Z`, which PostgreSQL refuses, nor a leap second `…23:59:60Z` or a
 * 30 February, which `Date` cannot hold.
 */
const dateTime = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/;
const earliest = Date.parse('0001-01-01T00:00:00Z');
const latest = Date.parse('9999-12-31T23:59:59.999Z');

export const dateTimeMessage =
  'must be an RFC 3339 date-time from year 0001 to 9999, like 2026-01-31T18:00:00Z';

/** Whether `value` is a date-time this API can store and compare (see dateTimeMessage). */
export function isStorableDateTime(value: string): boolean {
  const match = dateTime.exec(value);
  if (match === null) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetHours = match[9] === undefined ? 0 : Number(match[9]);
  const offsetMinutes = match[10] === undefined ? 0 : Number(match[10]);
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return false;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  const instant = Date.parse(value);
  return instant >= earliest && instant <= latest;
}

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}
