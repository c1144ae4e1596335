/**
 * The fetch orval's generated client calls: the one a team hands it to set the base URL (and, in
 * a browser app, credentials). orval passes the operation's path and RequestInit; the answer is
 * `{ data, status, headers }`, as its fetch client types it.
 */
let baseUrl = ''

export function setOrvalBaseUrl(url: string): void {
  baseUrl = url
}

export async function orvalFetch<T>(path: string, init: RequestInit): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, { ...init, redirect: 'manual' })
  const text = await response.text()
  return { data: text === '' ? undefined : JSON.parse(text), status: response.status, headers: response.headers } as T
}
