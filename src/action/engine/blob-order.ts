/**
 * The order in which a loopback registry streams blob bodies to the engine. The engine asks
 * for three layers at a time but unpacks them one after another, in the image's order; three
 * bodies streamed at once each come at a third of the pace, so the first layer, which the
 * engine waits for before it can unpack anything, arrives up to three times later. On this
 * project's bench (1 GiB in 8 layers, local registry, a pull through the verifying proxy):
 * 1.1–1.2× `docker pull` with every body at once, about 1.0× one at a time.
 *
 * So bodies go one at a time, the blob that comes first in the image (config, then layers)
 * first among those asked for. When the bodies streaming move slower than `minRate` over half
 * a second, as over a slow network, where more connections bring more bytes, one more may
 * stream at once, up to `maxWindow` (the engine's own three).
 */
export interface TurnOptions {
  /** Bytes per second below which another body may stream at once. Default 50 MB/s. */
  minRate?: number
  /** The most bodies streaming at once. Default 3. */
  maxWindow?: number
}

export interface Turn {
  /** Resolves when this body may stream. */
  ready: Promise<void>
  /** Counts bytes streamed for this body. */
  sent(bytes: number): void
  /** The body ended, failed, or the engine hung up; safe to call more than once. */
  release(now?: number): void
}

/** The shortest time the streaming bodies' pace is judged over. */
const MEASURE_MS = 500

export class BlobTurns {
  private window = 1
  private active = 0
  private readonly waiting: Array<{ rank: number; go: () => void }> = []
  private bytes = 0
  /** When the current measuring interval began; undefined while nothing streams. */
  private since: number | undefined
  private readonly minRate: number
  private readonly maxWindow: number

  constructor(options: TurnOptions = {}) {
    this.minRate = options.minRate ?? 50_000_000
    this.maxWindow = options.maxWindow ?? 3
  }

  /** A turn for the blob at `rank` (its place in the image). */
  take(rank: number, now = Date.now()): Turn {
    let state: 'waiting' | 'active' | 'done' = 'waiting'
    let resolve!: () => void
    const ready = new Promise<void>(r => (resolve = r))
    const entry = {
      rank,
      go: (): void => {
        state = 'active'
        this.active++
        resolve()
      }
    }
    this.waiting.push(entry)
    this.waiting.sort((a, b) => a.rank - b.rank)
    this.next(now)
    return {
      ready,
      sent: bytes => {
        if (state === 'active') this.bytes += bytes
      },
      release: (now = Date.now()) => {
        if (state === 'waiting') this.waiting.splice(this.waiting.indexOf(entry), 1)
        else if (state === 'active') this.active--
        state = 'done'
        this.next(now)
      }
    }
  }

  /** A turn that never waits and takes no place among the ones streaming (a small blob). */
  free(): Turn {
    return { ready: Promise.resolve(), sent: () => undefined, release: () => undefined }
  }

  /**
   * Called at intervals: when blobs wait and the bodies streaming through at least the last
   * `MEASURE_MS` moved fewer than `minRate` bytes a second, one more may stream.
   */
  tick(now = Date.now()): void {
    if (this.since === undefined) {
      if (this.active > 0) this.restart(now)
      return
    }
    const seconds = (now - this.since) / 1000
    if (seconds * 1000 < MEASURE_MS) return
    const slow = this.bytes / seconds < this.minRate
    if (slow && this.waiting.length > 0 && this.active > 0 && this.window < this.maxWindow) {
      this.window++
      this.next(now)
    }
    this.restart(now)
  }

  private restart(now: number): void {
    this.bytes = 0
    this.since = this.active > 0 ? now : undefined
  }

  private next(now: number): void {
    while (this.active < this.window && this.waiting.length > 0) {
      this.waiting.shift()!.go()
      // A body that just started is measured from now.
      this.restart(now)
    }
  }
}
