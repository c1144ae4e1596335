import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { PendingRegistrationRow } from '../db/tables.js'

/** Registration codes: six digits, ten minutes, three wrong tries per address. */
export const REGISTRATION_CODE_TTL_MS = 10 * 60_000
export const REGISTRATION_CODE_ATTEMPTS = 3

export function newRegistrationCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0')
}

/**
 * Codes are stored as an HMAC keyed with the service secret and bound to the address: a copy of
 * the table does not give the codes away, as a plain hash of six digits would.
 */
export async function hashRegistrationCode(request: FastifyRequest, email: string, code: string): Promise<string> {
  const { secret } = await request.server.auth.$context
  return createHmac('sha256', secret).update(`registration-code:${email}:${code}`).digest('base64url')
}

/** The registration this code belongs to: every candidate is compared, in constant time each. */
export function matchRegistration(rows: readonly PendingRegistrationRow[], codeHash: string): PendingRegistrationRow | undefined {
  const given = Buffer.from(codeHash)
  let found: PendingRegistrationRow | undefined
  for (const row of rows) {
    const stored = Buffer.from(row.code_hash)
    if (stored.length === given.length && timingSafeEqual(stored, given)) found ??= row
  }
  return found
}

/** Emails the code, in the background as every message is. */
export async function sendRegistrationCode(request: FastifyRequest, email: string, code: string): Promise<void> {
  await request.server.mailer.send({
    to: email,
    subject: 'Your verification code',
    kind: 'registration_code',
    text: `Your code is ${code}. It expires in ten minutes.\n\nIf you did not register, ignore this message: without the code nothing happens.\n`,
    link: `code ${code}`,
  })
}
