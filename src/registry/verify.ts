/** Verification of content against its descriptor while it streams. */
import { Transform, type Readable, type TransformCallback } from 'node:stream'
import { hasherFor, sha256, type Digest } from './digest.js'
import { ContentMismatchError } from './errors.js'

/**
 * A pass-through that hashes and counts; it fails at the end (before signalling the end) when
 * the size or digest differs, and as soon as more bytes than `size` arrive.
 */
export class VerifyStream extends Transform {
  private readonly hash
  private readonly algorithm: string
  private received = 0

  /** With `hashing` false only the size is checked (for sources that verify themselves). */
  constructor(
    private readonly digest: Digest,
    private readonly size: number,
    private readonly what = `blob ${digest}`,
    hashing = true
  ) {
    super()
    const { hash, algorithm } = hasherFor(digest)
    this.hash = hashing ? hash : undefined
    this.algorithm = algorithm
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.received += chunk.length
    if (this.received > this.size) {
      callback(
        new ContentMismatchError(
          `${this.what} size`,
          `${this.size} bytes`,
          `more than ${this.size} bytes`
        )
      )
      return
    }
    this.hash?.update(chunk)
    callback(null, chunk)
  }

  override _flush(callback: TransformCallback): void {
    if (this.received !== this.size) {
      callback(
        new ContentMismatchError(
          `${this.what} size`,
          `${this.size} bytes`,
          `${this.received} bytes`
        )
      )
      return
    }
    const actual = this.hash ? `${this.algorithm}:${this.hash.digest('hex')}` : this.digest
    if (actual !== this.digest) {
      callback(new ContentMismatchError(this.what, this.digest, actual))
      return
    }
    callback()
  }
}

/** Checks bytes held in memory against a digest and size. */
export function verifyBytes(
  bytes: Buffer,
  digest: Digest,
  size: number | undefined,
  what: string
): void {
  if (size !== undefined && bytes.length !== size) {
    throw new ContentMismatchError(`${what} size`, `${size} bytes`, `${bytes.length} bytes`)
  }
  const actual = digest.startsWith('sha256:') ? sha256(bytes) : undefined
  if (actual === undefined) {
    const { hash, algorithm } = hasherFor(digest)
    const computed = `${algorithm}:${hash.update(bytes).digest('hex')}`
    if (computed !== digest) throw new ContentMismatchError(what, digest, computed)
    return
  }
  if (actual !== digest) throw new ContentMismatchError(what, digest, actual)
}

/**
 * A pass-through that reports bytes as they flow. (A `data` listener on the source would
 * switch it to flowing mode and lose bytes before the real consumer attaches.)
 */
export class CountingStream extends Transform {
  constructor(private readonly onBytes: (n: number) => void) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.onBytes(chunk.length)
    callback(null, chunk)
  }
}

/** `source` piped through a {@link CountingStream}; errors of the source are passed on. */
export function counted(source: Readable, onBytes: ((n: number) => void) | undefined): Readable {
  if (!onBytes) return source
  const counter = new CountingStream(onBytes)
  source.on('error', error => counter.destroy(error))
  counter.on('close', () => source.destroy())
  return source.pipe(counter)
}
