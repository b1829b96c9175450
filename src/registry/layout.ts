/**
 * OCI image layouts (image-spec `image-layout.md`): a directory with `oci-layout`,
 * `index.json` and `blobs/<alg>/<hex>`. Digests are validated before they name a file, and
 * content is written to a temporary name and renamed only after it is verified.
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs'
import { mkdir, open as openFile, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import {
  digestAlgorithm,
  digestHex,
  hasherFor,
  parseDigest,
  sha256,
  type Digest
} from './digest.js'
import { ContentMismatchError, InvalidLayoutError, UnsupportedManifestError } from './errors.js'
import {
  MediaType,
  MAX_MANIFEST_BYTES,
  isManifest,
  type Descriptor,
  type ImageIndex
} from './media-types.js'
import type { ImageDestination, ImageSource, RootManifest } from './store.js'
import type { BlobSource, ProgressListener } from './client.js'
import { counted, VerifyStream, verifyBytes } from './verify.js'
import { SMALL_BLOB } from './copy.js'

/** The annotation that names an image in a layout's index.json. */
export const REF_NAME = 'org.opencontainers.image.ref.name'

/** Path of a blob inside a layout; the digest is validated first. */
export function blobPath(root: string, digest: string): string {
  const d = parseDigest(digest)
  return join(root, 'blobs', digestAlgorithm(d), digestHex(d))
}

/** Reads a layout's index.json. */
export async function readLayoutIndex(root: string): Promise<ImageIndex> {
  let marker: { imageLayoutVersion?: string }
  try {
    marker = JSON.parse(await readFile(join(root, 'oci-layout'), 'utf8')) as {
      imageLayoutVersion?: string
    }
  } catch {
    throw new InvalidLayoutError(`${root} is not an OCI image layout (no readable oci-layout file)`)
  }
  if (marker.imageLayoutVersion !== '1.0.0') {
    throw new InvalidLayoutError(
      `${root}: unsupported imageLayoutVersion ${JSON.stringify(marker.imageLayoutVersion)}`
    )
  }
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8')) as ImageIndex
  if (!Array.isArray(index.manifests))
    throw new InvalidLayoutError(`${root}/index.json has no manifests list`)
  return index
}

/** Reads an image from a layout: the one named `tag`, or the only one there is. */
export class OciLayoutSource implements ImageSource {
  readonly description: string

  /**
   * `trusted`: this process wrote the layout from content it verified moments ago (a pull
   * about to be loaded into the engine), so its blobs are read without hashing them again.
   */
  constructor(
    readonly dir: string,
    readonly tag?: string,
    private readonly options: { trusted?: boolean } = {}
  ) {
    this.description = `oci:${dir}${tag ? `:${tag}` : ''}`
  }

  /** The descriptor of the image this source reads, from index.json. */
  async rootDescriptor(): Promise<Descriptor> {
    const index = await readLayoutIndex(this.dir)
    const candidates = this.tag
      ? index.manifests.filter(m => m.annotations?.[REF_NAME] === this.tag)
      : index.manifests
    if (candidates.length === 0) {
      const names = index.manifests.map(m => m.annotations?.[REF_NAME]).filter(Boolean)
      throw new InvalidLayoutError(
        this.tag
          ? `${this.dir} has no image tagged ${this.tag}${names.length ? ` (it has: ${names.join(', ')})` : ''}`
          : `${this.dir} holds no image`
      )
    }
    if (candidates.length > 1) {
      const names = candidates.map(m => m.annotations?.[REF_NAME] ?? m.digest)
      throw new InvalidLayoutError(
        `${this.dir} holds ${candidates.length} images (${names.join(', ')}); name one as oci:PATH:TAG`
      )
    }
    return candidates[0]!
  }

  async root(): Promise<RootManifest> {
    const desc = await this.rootDescriptor()
    if (!isManifest(desc.mediaType))
      throw new UnsupportedManifestError(
        `${this.description}: unsupported media type ${desc.mediaType}`
      )
    const bytes = await this.manifest(desc)
    return { bytes, mediaType: desc.mediaType, digest: desc.digest }
  }

  async manifest(desc: Descriptor): Promise<Buffer> {
    if (desc.size > MAX_MANIFEST_BYTES)
      throw new UnsupportedManifestError(
        `manifest ${desc.digest} is over ${MAX_MANIFEST_BYTES} bytes`
      )
    const bytes = await readFile(blobPath(this.dir, desc.digest))
    verifyBytes(bytes, desc.digest, desc.size, `manifest ${desc.digest} in ${this.dir}`)
    return bytes
  }

  /** The blob file; its size is checked on open, its digest by whoever receives it. */
  blob(desc: Descriptor, onProgress?: ProgressListener): BlobSource {
    const path = blobPath(this.dir, desc.digest)
    if (this.options.trusted) {
      return {
        replayable: true,
        open: (offset: number) =>
          counted(
            createReadStream(path, { start: offset, highWaterMark: 1024 * 1024 }),
            onProgress
          ),
        uploadChunks: (offset: number) => fileChunks(path, offset)
      }
    }
    // What leaves for a registry is hashed on the way: a blob file that changed since it was
    // written fails before its last byte is sent, with both digests.
    return {
      replayable: true,
      verified: true,
      open: (offset: number) =>
        counted(
          Readable.from(verifiedChunks(desc, this.dir, path, offset, readFrom(path, offset)), {
            objectMode: false
          }),
          onProgress
        ),
      uploadChunks: (offset: number) =>
        verifiedChunks(desc, this.dir, path, offset, fileChunks(path, offset))
    }
  }

  /** Checks the blob file's size before an upload; a missing or short file fails early. */
  async checkBlob(desc: Descriptor): Promise<void> {
    const s = await stat(blobPath(this.dir, desc.digest)).catch(() => undefined)
    if (!s) throw new InvalidLayoutError(`${this.dir} is missing blob ${desc.digest}`)
    if (s.size !== desc.size)
      throw new ContentMismatchError(
        `blob ${desc.digest} in ${this.dir}`,
        `${desc.size} bytes`,
        `${s.size} bytes`
      )
  }
}

/** Writes images into a layout; `commit` writes index.json with the tags added. */
export class OciLayoutDestination implements ImageDestination {
  readonly description: string
  private readonly entries: Descriptor[] = []
  private ready: Promise<void> | undefined
  /** With `empty`: the blobs written here, which are all the directory has. */
  private readonly written: Set<string> | undefined
  /** The blob directories known to exist, made once each. */
  private readonly dirs = new Set<string>()

  /**
   * `empty`: the directory was made empty for this destination alone, so a blob it has not
   * written is not there, and nobody need look.
   */
  constructor(
    readonly root: string,
    options: { empty?: boolean } = {}
  ) {
    this.description = `oci:${root}`
    if (options.empty) this.written = new Set()
  }

  /** Makes the layout's directories and its `oci-layout` file where missing; once. */
  prepare(): Promise<void> {
    this.ready ??= (async () => {
      const sha256Dir = join(this.root, 'blobs', 'sha256')
      await mkdir(sha256Dir, { recursive: true })
      this.dirs.add(sha256Dir)
      if (!existsSync(join(this.root, 'oci-layout'))) {
        await writeFile(
          join(this.root, 'oci-layout'),
          JSON.stringify({ imageLayoutVersion: '1.0.0' })
        )
      }
    })()
    return this.ready
  }

  async hasBlob(desc: Descriptor): Promise<boolean> {
    if (this.written) return this.written.has(blobPath(this.root, desc.digest))
    const s = await stat(blobPath(this.root, desc.digest)).catch(() => undefined)
    return !!s && s.size === desc.size
  }

  /** Makes the directory of a blob's file, unless it is known to exist. */
  private async blobDir(path: string): Promise<void> {
    const dir = dirname(path)
    if (this.dirs.has(dir)) return
    await mkdir(dir, { recursive: true })
    this.dirs.add(dir)
  }

  /** Renames a verified blob's file into place. */
  private async place(tmp: string, path: string): Promise<void> {
    await rename(tmp, path)
    this.written?.add(path)
  }

  async putBlob(
    desc: Descriptor,
    source: BlobSource,
    _onProgress?: ProgressListener,
    signal?: AbortSignal
  ): Promise<void> {
    await this.prepare()
    const path = blobPath(this.root, desc.digest)
    await this.blobDir(path)
    const tmp = `${path}.partial-${randomBytes(4).toString('hex')}`
    try {
      // A small blob from a source that verifies itself is gathered in memory and written with
      // one call: a stream pipeline per blob costs more than the bytes do at that size. The copy
      // runs at most its small-blob slots of them at once (16 at the default concurrency).
      if (source.verified && source.chunks && desc.size <= SMALL_BLOB) {
        await writeFile(
          tmp,
          await gathered(source.chunks(signal), desc, signal),
          signal ? { signal } : {}
        )
        await this.place(tmp, path)
        return
      }
      await pipeline(
        source.open(0),
        // A self-verifying source fails its own stream on a mismatch; hash only once.
        new VerifyStream(desc.digest, desc.size, undefined, !source.verified),
        // Large writes: the threadpool round trip per 64 KiB chunk, not the disk, limited single streams.
        createWriteStream(tmp, { highWaterMark: 1024 * 1024 }),
        signal ? { signal } : {}
      )
      await this.place(tmp, path)
    } catch (error) {
      await rm(tmp, { force: true })
      throw error
    }
  }

  hasManifest(desc: Descriptor): Promise<boolean> {
    return this.hasBlob(desc)
  }

  async putManifest(desc: Descriptor, bytes: Buffer, tag?: string): Promise<void> {
    await this.prepare()
    verifyBytes(bytes, desc.digest, desc.size, `manifest ${desc.digest}`)
    const path = blobPath(this.root, desc.digest)
    await this.blobDir(path)
    const tmp = `${path}.partial-${randomBytes(4).toString('hex')}`
    await writeFile(tmp, bytes)
    await this.place(tmp, path)
    if (tag !== undefined) {
      this.entries.push({
        mediaType: desc.mediaType,
        digest: desc.digest,
        size: desc.size,
        ...(desc.platform && { platform: desc.platform }),
        annotations: { [REF_NAME]: tag }
      })
    }
  }

  /** Writes index.json: the entries added, replacing earlier ones of the same name. */
  async commit(): Promise<void> {
    await this.prepare()
    const indexPath = join(this.root, 'index.json')
    let index: ImageIndex = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] }
    if (existsSync(indexPath)) index = await readLayoutIndex(this.root)
    const names = new Set(this.entries.map(e => e.annotations?.[REF_NAME]))
    index.manifests = [
      ...index.manifests.filter(m => !names.has(m.annotations?.[REF_NAME])),
      ...this.entries
    ]
    const tmp = `${indexPath}.partial-${randomBytes(4).toString('hex')}`
    await writeFile(tmp, JSON.stringify(index))
    await rename(tmp, indexPath)
  }
}

/**
 * A self-verifying source's chunks in one buffer: its iteration has checked the digest and the
 * size by the time it ends, and the length is checked again here before anything is written.
 */
async function gathered(
  chunks: AsyncIterable<Buffer>,
  desc: Pick<Descriptor, 'digest' | 'size'>,
  signal: AbortSignal | undefined
): Promise<Buffer> {
  const parts: Buffer[] = []
  for await (const chunk of chunks) {
    signal?.throwIfAborted()
    parts.push(chunk)
  }
  signal?.throwIfAborted()
  const bytes = Buffer.concat(parts)
  if (bytes.length !== desc.size)
    throw new ContentMismatchError(
      `blob ${desc.digest} size`,
      `${desc.size} bytes`,
      `${bytes.length} bytes`
    )
  return bytes
}

/** Digest of manifest bytes as stored in a layout. */
export function manifestDigest(bytes: Buffer): Digest {
  return sha256(bytes)
}

/** Buffers a file upload cycles through; see {@link BlobSource.uploadChunks}. */
const UPLOAD_RING = 3
const UPLOAD_CHUNK = 1024 * 1024

/**
 * A file's content from `offset` as 1 MiB chunks read into a ring of three reused buffers. At
 * most two chunks are held by the socket at once (the HTTP client writes one and waits for the
 * socket to drain before it takes another when the socket is busy), so the third is free to
 * fill; and the registry verifies the upload's digest, so an upload could never be stored
 * wrong even if that reasoning failed.
 */
/** The file from `offset`, in the stream's own buffers (not reused). */
async function* readFrom(path: string, offset: number): AsyncGenerator<Buffer> {
  yield* createReadStream(path, {
    start: offset,
    highWaterMark: 1024 * 1024
  }) as AsyncIterable<Buffer>
}

/**
 * Passes `chunks` (the blob from `offset`) on while hashing them, the part before `offset`
 * hashed first from the file; throws before yielding the chunk that ends the blob if the
 * digest or size is not the descriptor's.
 */
async function* verifiedChunks(
  desc: Pick<Descriptor, 'digest' | 'size'>,
  layout: string,
  path: string,
  offset: number,
  chunks: AsyncIterable<Buffer>
): AsyncGenerator<Buffer> {
  const { hash, algorithm } = hasherFor(desc.digest)
  let seen = 0
  if (offset > 0) {
    for await (const chunk of fileChunks(path, 0)) {
      const part = chunk.subarray(0, Math.max(0, offset - seen))
      hash.update(part)
      seen += part.length
      if (seen >= offset) break
    }
  }
  const what = `blob ${desc.digest} in ${layout}`
  for await (const chunk of chunks) {
    seen += chunk.length
    if (seen > desc.size)
      throw new ContentMismatchError(`${what} size`, `${desc.size} bytes`, `more than ${desc.size}`)
    hash.update(chunk)
    if (seen === desc.size) {
      const actual = `${algorithm}:${hash.digest('hex')}`
      if (actual !== desc.digest) throw new ContentMismatchError(what, desc.digest, actual)
    }
    yield chunk
  }
  if (seen < desc.size)
    throw new ContentMismatchError(`${what} size`, `${desc.size} bytes`, `${seen} bytes`)
}

async function* fileChunks(path: string, offset: number): AsyncGenerator<Buffer> {
  const file = await openFile(path, 'r')
  const ring = Array.from({ length: UPLOAD_RING }, () => Buffer.allocUnsafeSlow(UPLOAD_CHUNK))
  let position = offset
  try {
    for (let i = 0; ; i++) {
      const buffer = ring[i % UPLOAD_RING]!
      const { bytesRead } = await file.read(buffer, 0, buffer.length, position)
      if (bytesRead === 0) return
      position += bytesRead
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    await file.close()
  }
}

/**
 * Sets annotations on the OCI index a layout holds under `tag`: `set` replace what the index
 * has, `defaults` only fill what it lacks. The index is rewritten as a new blob (its children
 * are untouched) and the layout's entry points at it. Returns false, changing nothing, when the
 * root is not an OCI index (a single image, or a Docker manifest list, which has no place
 * for annotations).
 */
export async function annotateIndex(
  dir: string,
  tag: string,
  set: Record<string, string>,
  defaults: Record<string, string> = {}
): Promise<boolean> {
  const layout = await readLayoutIndex(dir)
  const entry = layout.manifests.find(m => m.annotations?.[REF_NAME] === tag)
  if (!entry || entry.mediaType !== MediaType.OciIndex) return false
  const source = new OciLayoutSource(dir, tag)
  const doc = JSON.parse((await source.manifest(entry)).toString('utf8')) as ImageIndex & {
    annotations?: Record<string, string>
  }
  doc.annotations = { ...defaults, ...doc.annotations, ...set }
  const bytes = Buffer.from(JSON.stringify(doc))
  const digest = sha256(bytes)
  await writeFile(blobPath(dir, digest), bytes)
  entry.digest = digest
  entry.size = bytes.length
  await writeFile(join(dir, 'index.json'), JSON.stringify(layout))
  return true
}
