import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

export interface ScryptParameters {
  readonly N: number
  readonly r: number
  readonly p: number
  readonly maxmem: number
}

/**
 * How much less a hashing thread counts than the rest of the process when the CPU is short
 * (Linux nice value: 0 is normal, 19 the lowest). A sign-in takes as long as its hash, so it
 * barely notices; the event loop, which answers every other request meanwhile, gets the CPU back
 * as soon as it wants it, instead of waiting its turn behind the hashes.
 */
const HASHING_NICE = 10

// The worker is this script, not a file: the same in `src` under tsx and in the compiled `dist`.
// On Linux a thread's nice value is its own, so renicing the worker leaves the event loop at 0.
const WORKER = `
const { parentPort } = require('node:worker_threads')
const { scryptSync } = require('node:crypto')
try { require('node:os').setPriority(${String(HASHING_NICE)}) } catch {}
parentPort.on('message', ({ id, password, salt, keyLength, parameters }) => {
  try {
    parentPort.postMessage({ id, key: scryptSync(password, salt, keyLength, parameters) })
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})`

interface Job {
  readonly id: number
  readonly password: string
  readonly salt: string
  readonly keyLength: number
  readonly parameters: ScryptParameters
  readonly resolve: (key: Buffer) => void
  readonly reject: (error: Error) => void
}

interface Reply {
  readonly id: number
  readonly key?: Uint8Array
  readonly error?: string
}

/**
 * scrypt on worker threads of lower priority, one hash per thread at a time, as many threads as
 * cores; hashes beyond that wait their turn in order. node:crypto's own `scrypt` runs on libuv's
 * thread pool, whose threads compete with the event loop as equals: with the cores busy hashing,
 * a health check waited tens of milliseconds for the CPU. An idle thread does not keep the process
 * alive, a hashing one does; a thread that dies fails its hash and is replaced at the next.
 */
export class ScryptPool {
  readonly #size: number
  readonly #idle: Worker[] = []
  readonly #busy = new Map<Worker, Job>()
  readonly #queue: Job[] = []
  #workers = 0
  #nextId = 0

  constructor(size = availableParallelism()) {
    this.#size = Math.max(1, size)
  }

  async scrypt(password: string, salt: string, keyLength: number, parameters: ScryptParameters): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.#nextId += 1
      this.#queue.push({ id: this.#nextId, password, salt, keyLength, parameters, resolve, reject })
      this.#drain()
    })
  }

  #drain(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? (this.#workers < this.#size ? this.#spawn() : undefined)
      if (worker === undefined) return
      const job = this.#queue.shift()!
      this.#busy.set(worker, job)
      worker.ref()
      worker.postMessage({ id: job.id, password: job.password, salt: job.salt, keyLength: job.keyLength, parameters: job.parameters })
    }
  }

  #spawn(): Worker {
    const worker = new Worker(WORKER, { eval: true })
    this.#workers += 1
    worker.on('message', (reply: Reply) => {
      const job = this.#busy.get(worker)
      this.#busy.delete(worker)
      this.#idle.push(worker)
      worker.unref()
      if (job !== undefined && job.id === reply.id) {
        if (reply.key === undefined) job.reject(new Error(reply.error ?? 'scrypt failed'))
        else job.resolve(Buffer.from(reply.key.buffer, reply.key.byteOffset, reply.key.byteLength))
      }
      this.#drain()
    })
    const lost = (error: Error): void => {
      const job = this.#busy.get(worker)
      this.#busy.delete(worker)
      const at = this.#idle.indexOf(worker)
      if (at >= 0) this.#idle.splice(at, 1)
      this.#workers -= 1
      job?.reject(error)
      this.#drain()
    }
    worker.on('error', lost)
    worker.on('exit', (code) => { if (this.#busy.has(worker) || this.#idle.includes(worker)) lost(new Error(`scrypt worker exited with code ${String(code)}`)) })
    return worker
  }
}
