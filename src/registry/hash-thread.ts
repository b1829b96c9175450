/**
 * Hashing large blobs off the main thread. A download's main thread parses HTTP and hands
 * chunks to the file system; hashing every byte there as well (sha256 at about 1.5 GB/s) made
 * it the longest single piece of a pull. The main thread keeps one large blob; for every
 * other one downloading at the same time the chunks are copied into 1 MiB batches that
 * are handed over (transferred, not copied again) to one of two worker threads, which hash
 * them in order; the digest comes back when the blob ends. The batches in flight per blob are
 * bounded, so memory does not grow with the blob: a writer that outruns the hashing waits.
 *
 * Workers start when a second large blob is hashed at once, and hold the process open only
 * while they have work.
 * If a worker cannot be started, hashing happens inline, as for small blobs.
 */
import { createHash, type Hash } from 'node:crypto'
import type { Worker } from 'node:worker_threads'

const BATCH = 1024 * 1024
/** Batches of one blob handed over and not yet hashed before its writer waits. */
const IN_FLIGHT = 4
const WORKERS = 2
/** Blobs smaller than this are hashed inline: a round trip to a thread costs more. */
export const OFF_THREAD_MIN = 4 * BATCH

// CommonJS, evaluated by the worker itself: no file to bundle.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const hashes = new Map()
parentPort.on('message', m => {
  if (m.op === 'start') hashes.set(m.id, createHash(m.algorithm))
  else if (m.op === 'data') {
    hashes.get(m.id).update(new Uint8Array(m.buffer, 0, m.length))
    parentPort.postMessage({ op: 'ack', id: m.id, buffer: m.buffer }, [m.buffer])
  } else if (m.op === 'end') {
    const hash = hashes.get(m.id)
    hashes.delete(m.id)
    parentPort.postMessage({ op: 'digest', id: m.id, hex: hash.digest('hex') })
  } else if (m.op === 'drop') hashes.delete(m.id)
})
`

interface Job {
  acked: (buffer: ArrayBuffer) => void
  digest: (hex: string) => void
  fail: (error: Error) => void
}

class HashThread {
  readonly jobs = new Map<number, Job>()
  private readonly worker: Worker

  constructor() {
    // The worker hashes buffers that live outside its heap: a small heap keeps its memory small.
    // Loaded with the first worker, not at start: most runs hash nothing large enough.
    const { Worker } = process.getBuiltinModule('node:worker_threads')
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 }
    })
    this.worker.on(
      'message',
      (m: { op: 'ack' | 'digest'; id: number; hex?: string; buffer?: ArrayBuffer }) => {
        const job = this.jobs.get(m.id)
        if (m.buffer) spare.push(m.buffer)
        if (!job) return
        if (m.op === 'ack') job.acked(m.buffer!)
        else {
          this.jobs.delete(m.id)
          this.idle()
          job.digest(m.hex!)
        }
      }
    )
    this.worker.on('error', error => {
      for (const job of this.jobs.values()) job.fail(error)
      this.jobs.clear()
      pool.splice(pool.indexOf(this), 1)
    })
    // After the listeners: listening for messages refs the worker again.
    this.worker.unref()
  }

  post(message: object, transfer?: ArrayBuffer[]): void {
    this.worker.postMessage(message, transfer)
  }

  /** Holds the process open while a blob is being hashed here. */
  busy(): void {
    this.worker.ref()
  }

  private idle(): void {
    if (this.jobs.size === 0) this.worker.unref()
  }

  drop(id: number): void {
    if (!this.jobs.delete(id)) return
    this.post({ op: 'drop', id })
    this.idle()
  }
}

const pool: HashThread[] = []
/**
 * Batch buffers come back from the workers with their acknowledgements and are used again:
 * a fresh megabyte per batch would cost a page fault per page, a quarter-million per gigabyte.
 */
const spare: ArrayBuffer[] = []
const batchBuffer = (): Buffer => {
  const buffer = spare.pop()
  return buffer ? Buffer.from(buffer) : Buffer.allocUnsafeSlow(BATCH)
}
let nextId = 0
let unavailable = false

function thread(): HashThread | undefined {
  if (unavailable) return undefined
  // The one with the fewest blobs; a new one only when every one has work.
  const least = pool.reduce<HashThread | undefined>(
    (a, b) => (!a || b.jobs.size < a.jobs.size ? b : a),
    undefined
  )
  if (least && (least.jobs.size === 0 || pool.length >= WORKERS)) return least
  try {
    const fresh = new HashThread()
    pool.push(fresh)
    return fresh
  } catch {
    unavailable = true
    return least
  }
}

/** A digest computed as bytes are fed in, on a worker thread when one is available. */
export interface StreamHash {
  /** Feeds bytes in order; when it returns a promise, wait for it before feeding more. */
  update(chunk: Buffer): Promise<void> | undefined
  /** The hex digest of everything fed in. */
  digest(): Promise<string>
  /** Gives up (the blob failed); no digest follows. */
  abort(): void
}

class InlineHash implements StreamHash {
  private readonly hash: Hash
  constructor(
    algorithm: string,
    /** Called once when the hash is finished or given up. */
    private release?: () => void
  ) {
    this.hash = createHash(algorithm)
  }
  update(chunk: Buffer): undefined {
    this.hash.update(chunk)
    return undefined
  }
  digest(): Promise<string> {
    this.done()
    return Promise.resolve(this.hash.digest('hex'))
  }
  abort(): void {
    this.done()
  }
  private done(): void {
    this.release?.()
    this.release = undefined
  }
}

class ThreadHash implements StreamHash {
  private readonly id = nextId++
  private batch = batchBuffer()
  private filled = 0
  private inFlight = 0
  private waiting: (() => void) | undefined
  private failure: Error | undefined
  private result: Promise<string>

  constructor(
    private readonly thread: HashThread,
    algorithm: string
  ) {
    let settle!: { resolve: (hex: string) => void; reject: (error: Error) => void }
    this.result = new Promise<string>((resolve, reject) => (settle = { resolve, reject }))
    this.result.catch(() => undefined)
    thread.jobs.set(this.id, {
      acked: () => {
        this.inFlight--
        const wake = this.waiting
        this.waiting = undefined
        wake?.()
      },
      digest: hex => settle.resolve(hex),
      fail: error => {
        this.failure = error
        settle.reject(error)
        const wake = this.waiting
        this.waiting = undefined
        wake?.()
      }
    })
    thread.busy()
    thread.post({ op: 'start', id: this.id, algorithm })
  }

  update(chunk: Buffer): Promise<void> | undefined {
    let offset = 0
    while (offset < chunk.length) {
      const n = chunk.copy(this.batch, this.filled, offset)
      this.filled += n
      offset += n
      if (this.filled === BATCH) this.send()
    }
    if (this.inFlight < IN_FLIGHT || this.failure) return undefined
    return new Promise<void>(resolve => (this.waiting = resolve))
  }

  private send(): void {
    const { buffer } = this.batch
    this.thread.post({ op: 'data', id: this.id, buffer, length: this.filled }, [
      buffer as ArrayBuffer
    ])
    this.inFlight++
    this.batch = batchBuffer()
    this.filled = 0
  }

  digest(): Promise<string> {
    if (this.filled > 0) this.send()
    this.thread.post({ op: 'end', id: this.id })
    return this.result
  }

  abort(): void {
    this.thread.drop(this.id)
  }
}

/** Whether a large blob is being hashed on the main thread now. */
let largeInline = false

/**
 * A hash for a blob of `size` bytes. One large blob at a time is hashed on the main thread,
 * which has room for it (and a lone download, as of one big layer, starts no thread); every
 * other large blob downloading at the same time goes to a worker thread.
 */
export function streamHash(algorithm: string, size: number): StreamHash {
  if (size < OFF_THREAD_MIN) return new InlineHash(algorithm)
  if (!largeInline) {
    largeInline = true
    return new InlineHash(algorithm, () => (largeInline = false))
  }
  const worker = thread()
  return worker ? new ThreadHash(worker, algorithm) : new InlineHash(algorithm)
}
