/**
 * gzip for layers the action compresses itself (from `docker save`), tuned for push speed:
 * level 1, which on this kind of content is within 2% of level 6's size at about twice the
 * speed, and windows that do not compress (already-compressed files, random data) are stored
 * instead of deflated, as pigz-style tools do. A sample of each 1 MiB window is test-compressed
 * to decide. The output is one ordinary gzip member (RFC 1952) that any reader decompresses.
 *
 * The member is framed here around a raw deflate stream, because Node applies `params()` (the
 * level switch between windows) to deflate streams only, not to gzip ones.
 */
import { Transform, type TransformCallback } from 'node:stream'
import type { DeflateRaw } from 'node:zlib'

/** node:zlib, loaded with the first layer compressed: most steps compress nothing. */
const zlib = (): typeof import('node:zlib') => process.getBuiltinModule('node:zlib')

const WINDOW = 1024 * 1024
const SAMPLE = 32 * 1024
/** A sample that deflates to more than this fraction of its size is stored. */
const STORE_ABOVE = 0.97
/** gzip header: magic, deflate, no flags, no mtime (reproducible), no extra flags, OS unknown. */
const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff])

/** Whether a sample is worth deflating. */
export function compressible(sample: Buffer): boolean {
  if (sample.length === 0) return true
  return zlib().deflateRawSync(sample, { level: 1 }).length <= sample.length * STORE_ABOVE
}

/**
 * A gzip stream that picks, per 1 MiB window, between deflating at `level` (default 1) and
 * storing. `adaptive: false` deflates every window at `level`.
 */
export function createLayerGzip(options: { level?: number; adaptive?: boolean } = {}): Transform {
  return new LayerGzip(options.level ?? 1, options.adaptive ?? true)
}

class LayerGzip extends Transform {
  private readonly deflate: DeflateRaw
  private current: number
  private pending: Buffer[] = []
  private pendingSize = 0
  private crc = 0
  private size = 0

  constructor(
    private readonly level: number,
    private readonly adaptive: boolean
  ) {
    super()
    this.current = level
    this.deflate = zlib().createDeflateRaw({ level, chunkSize: 256 * 1024 })
    this.deflate.on('data', (chunk: Buffer) => this.push(chunk))
    this.deflate.on('error', error => this.destroy(error))
    this.push(HEADER)
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.crc = zlib().crc32(chunk, this.crc)
    this.size += chunk.length
    this.pending.push(chunk)
    this.pendingSize += chunk.length
    if (this.pendingSize < WINDOW) return callback()
    this.writeWindows().then(() => callback(), callback)
  }

  /** Writes every full window held; the remainder waits for more input or the end. */
  private async writeWindows(): Promise<void> {
    const all = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending)
    let offset = 0
    for (; all.length - offset >= WINDOW; offset += WINDOW) {
      await this.writeWindow(all.subarray(offset, offset + WINDOW))
    }
    const rest = all.subarray(offset)
    this.pending = rest.length ? [rest] : []
    this.pendingSize = rest.length
  }

  override _flush(callback: TransformCallback): void {
    const rest = this.pendingSize ? Buffer.concat(this.pending) : undefined
    this.pending = []
    this.pendingSize = 0
    ;(rest ? this.writeWindow(rest) : Promise.resolve())
      .then(() => {
        this.deflate.once('end', () => {
          const trailer = Buffer.alloc(8)
          trailer.writeUInt32LE(this.crc >>> 0, 0)
          trailer.writeUInt32LE(this.size % 2 ** 32, 4)
          callback(null, trailer)
        })
        this.deflate.end()
      })
      .catch(callback)
  }

  private async writeWindow(window: Buffer): Promise<void> {
    if (this.adaptive) {
      const wanted = compressible(window.subarray(0, SAMPLE))
        ? this.level
        : zlib().constants.Z_NO_COMPRESSION
      if (wanted !== this.current) {
        await new Promise<void>(resolve =>
          this.deflate.params(wanted, zlib().constants.Z_DEFAULT_STRATEGY, () => resolve())
        )
        this.current = wanted
      }
    }
    if (!this.deflate.write(window))
      await new Promise<void>(resolve => this.deflate.once('drain', () => resolve()))
  }
}
