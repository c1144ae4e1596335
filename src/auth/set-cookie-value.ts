/** The value a response's Set-Cookie gives `name` (URL-decoded), if it sets one. */
export function setCookieValue(headers: Headers, name: string): string | undefined {
  for (const cookie of headers.getSetCookie()) {
    const [pair = ''] = cookie.split(';')
    const separator = pair.indexOf('=')
    if (pair.slice(0, separator) === name) return decodeURIComponent(pair.slice(separator + 1))
  }
  return undefined
}
