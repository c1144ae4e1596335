import { AppError } from '../errors/error-codes.js'

/**
 * RFC 3339's date-time, as the spec's `format: date-time` admits it (Ajv's check runs first): a
 * date, `T` (or `t`, or a space), a time with optional fractions of a second, and `Z` or an offset.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/

const FIRST_YEAR = 1
const LAST_YEAR = 9999

function invalid(field: string, why: string): AppError {
  return new AppError('VALIDATION_ERROR', `${field}: ${why}`)
}

/**
 * The one reading of a date-time a client sent (a query parameter or a body field): the instant
 * it names, or 400 VALIDATION_ERROR naming the field. The schema's `format: date-time` admits
 * what a JavaScript Date and the database cannot hold: a leap second (`23:59:60`, which `new Date`
 * turns into an Invalid Date), year 0000, and a time whose offset carries it past 9999 or before
 * year 1 (`9999-12-31T23:59:59-23:59` is in year 10000 in UTC). Each of those is refused here, so
 * that no such value reaches a comparison, a page cursor or a query. The fields are read one by
 * one, not by `Date.parse` (whose leniency differs between engines, and which takes years 0 to 99
 * for 1900 to 1999 through `Date.UTC`).
 */
export function parseDateTimeInput(value: string, field: string): Date {
  const match = DATE_TIME.exec(value)
  if (match === null) throw invalid(field, 'must match format "date-time"')
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number]
  const milliseconds = Number((match[7] ?? '').slice(0, 3).padEnd(3, '0'))
  if (second === 60) throw invalid(field, 'a leap second (:60) cannot be stored; send :59')
  if (year < FIRST_YEAR || year > LAST_YEAR) throw invalid(field, `the year must be from ${FIRST_YEAR} to ${LAST_YEAR}`)
  const offsetHours = match[9] === undefined ? 0 : Number(match[9])
  const offsetMinutes = match[10] === undefined ? 0 : Number(match[10])
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) throw invalid(field, 'must match format "date-time"')
  const local = new Date(0)
  local.setUTCFullYear(year, month - 1, day)
  local.setUTCHours(hour, minute, second, milliseconds)
  // A day the month does not have (02-30) rolls over into the next month: refused, not moved.
  if (local.getUTCFullYear() !== year || local.getUTCMonth() !== month - 1 || local.getUTCDate() !== day) throw invalid(field, 'must match format "date-time"')
  const offsetMs = (match[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000
  const instant = new Date(local.getTime() - offsetMs)
  const utcYear = instant.getUTCFullYear()
  if (Number.isNaN(instant.getTime()) || utcYear < FIRST_YEAR || utcYear > LAST_YEAR) {
    throw invalid(field, `the time must fall in years ${FIRST_YEAR} to ${LAST_YEAR} in UTC (its offset moves it out)`)
  }
  return instant
}
