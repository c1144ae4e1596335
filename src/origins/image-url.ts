import { AppError } from '../errors/error-codes.js'

/**
 * Whether a profile picture URL may be stored: an absolute http(s) URL, as the WHATWG URL parser
 * (every browser's) reads it. The spec's pattern is checked first; this is the check that counts,
 * because a pattern can be fooled by what a parser drops or folds (tabs, newlines, case, `\\`).
 * A `javascript:` or `data:` URL rendered as a link or image by a front end would run or smuggle
 * content in its origin; credentials in a URL leak wherever it is shown.
 */
export function isAcceptableImageUrl(value: string): boolean {
  // Control characters, whitespace and backslashes are dropped or rewritten by the parser.
  if (/[\u0000-\u0020\u007f-\u009f\\]/u.test(value)) return false
  // Said as an absolute URL with an authority: the parser would also read `http:///x` or `http:x`
  // as http://x/, which is not what was written.
  if (!/^https?:\/\/[^/?#]/i.test(value)) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  if (url.username !== '' || url.password !== '') return false
  return url.hostname !== ''
}

/** Refuses an image URL that may not be stored, as a validation error of the field. */
export function assertAcceptableImageUrl(value: string | undefined): void {
  if (value !== undefined && !isAcceptableImageUrl(value)) throw new AppError('VALIDATION_ERROR', 'image: must be an absolute http or https URL')
}
