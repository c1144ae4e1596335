import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Config } from '../config.js'

export interface ResolvedSecret {
  readonly secret: string
  /** Set when the secret was read from or written to the data directory. */
  readonly file: string | undefined
  readonly created: boolean
}

/**
 * The configured secret, or in development one generated at first start and kept in
 * `<DATA_DIR>/secret` (mode 0600), so sessions, JWT keys and TOTP secrets survive restarts.
 */
export function resolveSecret(config: Config): ResolvedSecret {
  if (config.secret !== undefined) return { secret: config.secret, file: undefined, created: false }
  const file = path.join(config.dataDir, 'secret')
  if (existsSync(file)) return { secret: readFileSync(file, 'utf8').trim(), file, created: false }
  mkdirSync(config.dataDir, { recursive: true })
  const secret = randomBytes(32).toString('base64url')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  chmodSync(file, 0o600)
  return { secret, file, created: true }
}
