// The sign-in ceiling: Better Auth's own password hash (scrypt N=16384 r=16 p=1, on node:crypto's
// thread pool), as many as possible in a fixed time with a fixed number in flight.
import { hashPassword } from 'better-auth/crypto'

const concurrency = Number(process.env.CONCURRENCY ?? 8)
const seconds = Number(process.env.SECONDS ?? 5)
let done = 0
const deadline = Date.now() + seconds * 1000
const started = Date.now()
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (Date.now() < deadline) {
    await hashPassword('correct-horse-battery')
    done += 1
  }
}))
process.stdout.write(JSON.stringify({ hashesPerSecond: done / ((Date.now() - started) / 1000) }))
