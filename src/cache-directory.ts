import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * node_modules/.cache/auth-service of the nearest node_modules above this module (the convention
 * of find-cache-dir: build tools keep what they derived there, and `npm ci` starts it afresh).
 * Undefined when there is none: a cache is only ever a shortcut.
 */
export function cacheFile(name: string): string | undefined {
  let directory = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(directory, 'node_modules'))) {
    if (path.dirname(directory) === directory) return undefined
    directory = path.dirname(directory)
  }
  return path.join(directory, 'node_modules', '.cache', 'auth-service', name)
}

/** The cached text, or undefined when it is missing or cannot be read. */
export function readCached(file: string | undefined): string | undefined {
  return readCachedBytes(file)?.toString('utf8')
}

/** The cached bytes, or undefined when they are missing, empty or cannot be read. */
export function readCachedBytes(file: string | undefined): Buffer | undefined {
  if (file === undefined) return undefined
  try {
    const bytes = readFileSync(file)
    return bytes.length === 0 ? undefined : bytes
  } catch {
    return undefined
  }
}

/**
 * Written under another name, then renamed, so a reader never sees half of it; a failure is
 * ignored. Files beside it whose names start with `replaces` (earlier versions) are removed.
 */
export function writeCached(file: string | undefined, content: string | Uint8Array, replaces?: string): void {
  if (file === undefined) return
  const directory = path.dirname(file)
  const temporary = `${file}.${process.pid}.${randomUUID()}`
  try {
    mkdirSync(directory, { recursive: true })
    writeFileSync(temporary, content)
    renameSync(temporary, file)
    if (replaces === undefined) return
    for (const name of readdirSync(directory)) {
      if (name.startsWith(replaces) && path.join(directory, name) !== file) rmSync(path.join(directory, name), { force: true })
    }
  } catch {
    rmSync(temporary, { force: true })
  }
}
