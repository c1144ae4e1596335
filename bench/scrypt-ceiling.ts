// The sign-in ceiling: the password hash alone, as many as possible in a fixed time with a fixed
// number in flight. HASHER=service runs the service's own hasher (Better Auth's scrypt, N=16384
// r=16 p=1, on its worker threads of lower priority); HASHER=node runs Better Auth's
// `hashPassword` as shipped (the same scrypt on node:crypto's thread pool).
import { hashPassword } from 'better-auth/crypto'
import { scryptPasswordHasher } from '../src/auth/password-hasher.js'

const concurrency = Number(process.env.CONCURRENCY ?? 8)
const seconds = Number(process.env.SECONDS ?? 5)
const hash = process.env.HASHER === 'node' ? hashPassword : async (password: string) => scryptPasswordHasher.hash(password)
let done = 0
const deadline = Date.now() + seconds * 1000
const started = Date.now()
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (Date.now() < deadline) {
    await hash('correct-horse-battery')
    done += 1
  }
}))
process.stdout.write(JSON.stringify({ hashesPerSecond: done / ((Date.now() - started) / 1000) }))
