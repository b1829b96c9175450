/**
 * `docker save` archives (`docker-archive:`), read in one streaming pass and written as a
 * stream for `docker load`.
 *
 * Reading turns an archive into an OCI image layout on disk, which the copy then pushes:
 * - the OCI form newer engines write (`oci-layout`, `index.json`, `blobs/sha256/…`) keeps every
 *   blob and manifest byte for byte, so digests are preserved;
 * - the classic form (`manifest.json`, `<id>/layer.tar`, `<id>.json`) keeps the config bytes
 *   (so the image ID stays the config digest) and gzip-compresses uncompressed layers while they
 *   stream by, in zlib's thread pool; layers that are compressed already are kept as they are.
 * Entry names are validated before use, blob names must be valid digests, and every blob is
 * verified against its name before it is kept.
 */
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Readable, Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { compressible, createLayerGzip } from './compress.js'
import { isDigest, parseDigest, sha256, type Digest } from './digest.js'
import { REF_NAME, blobPath } from './layout.js'
import { MediaType, parseManifest, type Descriptor, type ImageIndex } from './media-types.js'
import { readTar, writeTar, type TarInput } from './tar.js'
import { VerifyStream } from './verify.js'
import { readSmallBlob, type ImageSource } from './store.js'
import { InvalidArchiveError } from './errors.js'

/** Small entries (JSON documents) are kept in memory up to this size. */
const MAX_DOCUMENT = 16 * 1024 * 1024

/** The result of reading an archive into a layout. */
export interface ArchiveImage {
  /** The image's root (a manifest, or an index for an OCI-form archive of one). */
  root: Descriptor
  /** `RepoTags` of the archive (`name:tag`), for messages and defaults. */
  repoTags: string[]
  /** Whether the layers were rewritten (compressed), so digests differ from the archive's. */
  converted: boolean
}

export interface ReadArchiveOptions {
  /** gzip level for uncompressed layers of classic archives (1 fastest … 9 smallest). Default 1. */
  gzipLevel?: number
  /** Layers compressed at once. Default: the number of cores. */
  compressConcurrency?: number
  /** Which image of a multi-image archive (`name:tag` as in RepoTags); default the only one. */
  image?: string
  /** Tag under which the image is recorded in the layout's index.json. Default `latest`. */
  tag?: string
  /**
   * Called as each layer is in the layout, final and hashed, while the archive is still being
   * read: a caller may start uploading it.
   */
  onLayer?: (layer: Descriptor) => void
}

interface LayerRecord {
  digest: Digest
  size: number
  mediaType: string
  /** Whether the action compressed it (so its digest is not the archive's). */
  recompressed?: boolean
}

/** Hashes and counts what flows through. */
class Hasher extends Transform {
  readonly hash = createHash('sha256')
  bytes = 0
  override _transform(chunk: Buffer, _e: BufferEncoding, cb: TransformCallback): void {
    this.hash.update(chunk)
    this.bytes += chunk.length
    cb(null, chunk)
  }
}

const GZIP_MAGIC = [0x1f, 0x8b]
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd]

function startsWith(buf: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b)
}

/** Yields the first chunk(s) after peeking at the first bytes. */
async function peek(
  body: AsyncGenerator<Buffer>,
  n: number
): Promise<{ head: Buffer; rest: AsyncGenerator<Buffer> }> {
  const first: Buffer[] = []
  let size = 0
  while (size < n) {
    const next = await body.next()
    if (next.done) break
    first.push(next.value)
    size += next.value.length
  }
  const head = Buffer.concat(first)
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.length) yield head
    yield* body
  }
  return { head, rest: rest() }
}

async function readDocument(body: AsyncGenerator<Buffer>, name: string): Promise<Buffer> {
  const parts: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    size += chunk.length
    if (size > MAX_DOCUMENT)
      throw new InvalidArchiveError(`archive entry ${name} is over ${MAX_DOCUMENT} bytes`)
    parts.push(chunk)
  }
  return Buffer.concat(parts)
}

/** What the archive held, read into the layout's blob store: the phase before any choice. */
interface ArchiveContents {
  /** JSON documents and metadata files, by archive path. */
  documents: Map<string, Buffer>
  /** `blobs/sha256/<hex>` entries (an OCI-form archive), verified on the way in. */
  blobs: Map<string, LayerRecord>
  /** Layer files of the Docker form, stored as they are or compressed. */
  layers: Map<string, LayerRecord>
  /** `docker save` links a repeated layer to its first copy: path → target. */
  links: Map<string, string>
}

/** An image of `manifest.json`. */
interface ArchiveEntry {
  Config: string
  RepoTags?: string[] | null
  Layers: string[]
  LayerSources?: Record<string, Descriptor>
}

const repoTagsOf = (m: { RepoTags?: string[] | null } | undefined): string[] => m?.RepoTags ?? []

/**
 * Reads a `docker save` archive from `input` into the OCI layout at `dir` (created if needed).
 * Nothing is recorded in index.json unless the whole archive was read and verified.
 */
export async function readDockerArchive(
  input: AsyncIterable<Buffer | Uint8Array>,
  dir: string,
  options: ReadArchiveOptions = {}
): Promise<ArchiveImage> {
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true })
  const contents = await readEntries(input, dir, options)
  const tag = options.tag ?? 'latest'
  const manifestJson = contents.documents.get('manifest.json')
  const entries: ArchiveEntry[] = manifestJson ? JSON.parse(manifestJson.toString('utf8')) : []
  const chosen = options.image
    ? entries.find(e => repoTagsOf(e).includes(options.image!))
    : entries.length === 1
      ? entries[0]
      : undefined
  if (contents.documents.has('index.json') && contents.documents.has('oci-layout'))
    return keepOciLayout(contents, dir, entries, chosen, options.image, tag)
  if (!manifestJson)
    throw new InvalidArchiveError('not a docker save archive: it has no manifest.json')
  if (!chosen) {
    const names = entries.flatMap(repoTagsOf)
    throw new InvalidArchiveError(
      options.image
        ? `the archive has no image ${options.image} (it has: ${names.join(', ') || 'untagged images'})`
        : `the archive holds ${entries.length} images; name one (${names.join(', ')})`
    )
  }
  return convertDockerImage(contents, dir, chosen, tag)
}

/**
 * Streams every entry of the archive: blobs into the store verified, layers stored (those that
 * come uncompressed, compressed in parallel), documents held. Resolves once every layer is in.
 */
async function readEntries(
  input: AsyncIterable<Buffer | Uint8Array>,
  dir: string,
  options: ReadArchiveOptions
): Promise<ArchiveContents> {
  const contents: ArchiveContents = {
    documents: new Map(),
    blobs: new Map(),
    layers: new Map(),
    links: new Map()
  }
  const { documents, blobs, layers, links } = contents
  const level = options.gzipLevel ?? 1
  const compressor = new LayerCompressor(
    dir,
    Math.max(1, options.compressConcurrency ?? availableParallelism()),
    level,
    (name, stored) => {
      layers.set(name, { ...stored, mediaType: MediaType.DockerLayer, recompressed: true })
      options.onLayer?.({ ...stored, mediaType: MediaType.DockerLayer })
    }
  )

  for await (const entry of readTar(input)) {
    const { name, type, size } = entry.header
    if (type === 'symlink' || type === 'hardlink') {
      // docker save links a repeated layer to its first copy.
      const target =
        type === 'symlink' ? join(name, '..', entry.header.linkname) : entry.header.linkname
      links.set(name, target.replace(/^\.\//, ''))
      continue
    }
    if (type !== 'file') continue
    const blob = /^blobs\/sha256\/([^/]+)$/.exec(name)
    if (blob) {
      const digest = `sha256:${blob[1]}`
      if (!isDigest(digest))
        throw new InvalidArchiveError(`archive entry ${name} is not named by a valid digest`)
      // Streamed to disk and verified on the way, whatever its size: an archive of many
      // mid-sized layers must not be held in memory. Documents among the blobs (manifests,
      // configs) are read back from disk when needed.
      const tmp = join(dir, 'blobs', 'sha256', `.partial-${randomBytes(6).toString('hex')}`)
      try {
        await pipeline(
          Readable.from(entry.body()),
          new VerifyStream(parseDigest(digest), size, `archive blob ${name}`),
          createWriteStream(tmp, { highWaterMark: 1 << 20 })
        )
        await rename(tmp, blobPath(dir, digest))
      } catch (error) {
        await rm(tmp, { force: true })
        throw error
      }
      blobs.set(name, { digest: parseDigest(digest), size, mediaType: '' })
      continue
    }
    // Everything but the JSON documents and metadata files is layer content, streamed.
    const isDocument =
      name.endsWith('.json') ||
      name.endsWith('/json') ||
      name === 'repositories' ||
      name === 'oci-layout' ||
      name.endsWith('/VERSION')
    if (!isDocument) {
      const { head, rest } = await peek(entry.body(), 64 * 1024)
      if (startsWith(head, GZIP_MAGIC) || startsWith(head, ZSTD_MAGIC)) {
        const stored = await storeBlob(dir, rest, undefined)
        const mediaType = startsWith(head, GZIP_MAGIC)
          ? MediaType.DockerLayer
          : MediaType.OciLayerZstd
        layers.set(name, { ...stored, mediaType })
        options.onLayer?.({ ...stored, mediaType })
      } else if (!compressible(head.subarray(512, 512 + 32 * 1024))) {
        // Content that does not compress (past the first tar header) is mostly stored, which
        // runs faster than docker save produces it: straight through, no spool to disk.
        const stored = await storeBlob(dir, rest, createLayerGzip({ level }))
        layers.set(name, { ...stored, mediaType: MediaType.DockerLayer, recompressed: true })
        options.onLayer?.({ ...stored, mediaType: MediaType.DockerLayer })
      } else {
        const raw = join(dir, 'blobs', 'sha256', `.raw-${randomBytes(6).toString('hex')}`)
        try {
          await pipeline(Readable.from(rest), createWriteStream(raw, { highWaterMark: 1 << 20 }))
        } catch (error) {
          await rm(raw, { force: true })
          throw error
        }
        compressor.add(name, raw)
      }
      continue
    }
    documents.set(name, await readDocument(entry.body(), name))
  }
  await compressor.done()
  return contents
}

/**
 * Uncompressed layers, spooled to disk as they stream by and compressed in parallel, so the
 * archive keeps flowing while earlier layers compress on every core.
 */
class LayerCompressor {
  private readonly jobs: Array<Promise<void>> = []
  private running = 0
  private readonly waiting: Array<() => void> = []

  constructor(
    private readonly dir: string,
    private readonly slots: number,
    private readonly level: number,
    private readonly onStored: (name: string, stored: { digest: Digest; size: number }) => void
  ) {}

  /** Compresses the spooled file `raw` of layer `name` when a slot is free, then removes it. */
  add(name: string, raw: string): void {
    const job = (async () => {
      if (this.running >= this.slots) await new Promise<void>(r => this.waiting.push(r))
      this.running++
      try {
        const stored = await storeBlob(
          this.dir,
          createReadStream(raw, { highWaterMark: 1 << 20 }),
          createLayerGzip({ level: this.level })
        )
        this.onStored(name, stored)
      } finally {
        this.running--
        this.waiting.shift()?.()
        await rm(raw, { force: true })
      }
    })()
    // Awaited (and its error reported) in done(); never an unhandled rejection.
    job.catch(() => undefined)
    this.jobs.push(job)
  }

  /** Settles when every layer is compressed; throws the first failure. */
  async done(): Promise<void> {
    const results = await Promise.allSettled(this.jobs)
    const failed = results.find(r => r.status === 'rejected')
    if (failed) throw failed.reason
  }
}

/** Writes `source` (through `transform`) into the store under its digest. */
async function storeBlob(
  dir: string,
  source: AsyncIterable<Buffer>,
  transform: Transform | undefined
): Promise<{ digest: Digest; size: number }> {
  const tmp = join(dir, 'blobs', 'sha256', `.partial-${randomBytes(6).toString('hex')}`)
  const out = new Hasher()
  try {
    const stages = transform
      ? [Readable.from(source), transform, out, createWriteStream(tmp, { highWaterMark: 1 << 20 })]
      : [Readable.from(source), out, createWriteStream(tmp, { highWaterMark: 1 << 20 })]
    await (pipeline as (...s: unknown[]) => Promise<void>)(...stages)
    const digest = `sha256:${out.hash.digest('hex')}` as Digest
    await rename(tmp, blobPath(dir, digest))
    return { digest, size: out.bytes }
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  }
}

/** A JSON document of the archive: a named file, or a blob (read back from the layout). */
async function documentOf(
  contents: ArchiveContents,
  dir: string,
  name: string
): Promise<Buffer | undefined> {
  const held = contents.documents.get(name)
  if (held) return held
  const blob = contents.blobs.get(name)
  if (!blob || blob.size > MAX_DOCUMENT) return undefined
  return readFile(blobPath(dir, blob.digest))
}

/** OCI form: the archive is a layout already; its manifests and blobs are kept byte for byte. */
async function keepOciLayout(
  contents: ArchiveContents,
  dir: string,
  entries: ArchiveEntry[],
  chosen: ArchiveEntry | undefined,
  image: string | undefined,
  tag: string
): Promise<ArchiveImage> {
  const idx = JSON.parse(contents.documents.get('index.json')!.toString('utf8')) as ImageIndex
  let root = idx.manifests.length === 1 ? idx.manifests[0] : undefined
  if (chosen || image) {
    const want = image ?? repoTagsOf(chosen)[0]
    root =
      idx.manifests.find(
        m =>
          m.annotations?.['io.containerd.image.name']?.endsWith(`/${want}`) ||
          m.annotations?.['io.containerd.image.name'] === want ||
          m.annotations?.[REF_NAME] === want
      ) ?? root
  }
  if (!root)
    throw new InvalidArchiveError(
      `the archive holds ${idx.manifests.length} images; name one (${entries.flatMap(repoTagsOf).join(', ')})`
    )
  if (!contents.blobs.has(`blobs/sha256/${root.digest.slice(7)}`))
    throw new InvalidArchiveError(
      `the archive's index.json names ${root.digest}, which the archive does not hold`
    )
  parseManifest(
    (await documentOf(contents, dir, `blobs/sha256/${root.digest.slice(7)}`)) ?? Buffer.alloc(0),
    root.mediaType
  )
  await writeLayoutIndex(
    dir,
    { mediaType: root.mediaType, digest: root.digest, size: root.size },
    tag
  )
  return {
    root: { mediaType: root.mediaType, digest: root.digest, size: root.size },
    repoTags: chosen ? repoTagsOf(chosen) : entries.flatMap(repoTagsOf),
    converted: false
  }
}

/** Docker form: a schema 2 manifest written for the chosen image's config and layers. */
async function convertDockerImage(
  contents: ArchiveContents,
  dir: string,
  chosen: ArchiveEntry,
  tag: string
): Promise<ArchiveImage> {
  const configName = chosen.Config
  const configBytes = await documentOf(contents, dir, configName)
  if (!configBytes)
    throw new InvalidArchiveError(
      `the archive's manifest.json names config ${configName}, which the archive does not hold`
    )
  const config = JSON.parse(configBytes.toString('utf8')) as { rootfs?: { diff_ids?: string[] } }
  const configDigest = sha256(configBytes)
  await writeFile(blobPath(dir, configDigest), configBytes)
  const diffIds = config.rootfs?.diff_ids ?? []
  const resolve = (name: string): string => {
    let current = name
    for (let i = 0; i < 16 && contents.links.has(current); i++)
      current = contents.links.get(current)!
    return current
  }
  let converted = false
  const layerDescriptors: Descriptor[] = chosen.Layers.map((layerName, i) => {
    const foreign = diffIds[i] ? chosen.LayerSources?.[diffIds[i]!] : undefined
    if (foreign) return foreign
    const resolved = resolve(layerName)
    const record = contents.layers.get(resolved) ?? contents.blobs.get(resolved)
    if (!record)
      throw new InvalidArchiveError(
        `the archive's manifest.json names layer ${layerName}, which the archive does not hold`
      )
    if (record.recompressed) converted = true
    return {
      mediaType: record.mediaType || MediaType.DockerLayer,
      digest: record.digest,
      size: record.size
    }
  })
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.DockerManifest,
      config: { mediaType: MediaType.DockerConfig, digest: configDigest, size: configBytes.length },
      layers: layerDescriptors
    })
  )
  const manifestDigest = sha256(manifest)
  await writeFile(blobPath(dir, manifestDigest), manifest)
  const root: Descriptor = {
    mediaType: MediaType.DockerManifest,
    digest: manifestDigest,
    size: manifest.length
  }
  await writeLayoutIndex(dir, root, tag)
  return { root, repoTags: repoTagsOf(chosen), converted }
}

async function writeLayoutIndex(dir: string, root: Descriptor, tag: string): Promise<void> {
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MediaType.OciIndex,
    manifests: [
      {
        mediaType: root.mediaType,
        digest: root.digest,
        size: root.size,
        annotations: { [REF_NAME]: tag }
      }
    ]
  }
  await writeFile(join(dir, 'index.json'), JSON.stringify(index))
}

/**
 * A docker-loadable archive of one image, as a stream: `manifest.json` with `RepoTags`, the
 * config, then each layer as it is read from `source` (compressed layers are fine: `docker load`
 * decompresses them and checks them against the config's diff_ids).
 */
export async function dockerArchiveStream(
  source: ImageSource,
  manifestDesc: Descriptor,
  manifestBytes: Buffer,
  repoTags: string[]
): Promise<Readable> {
  const parsed = parseManifest(manifestBytes, manifestDesc.mediaType)
  if (parsed.kind !== 'image')
    throw new InvalidArchiveError('a docker archive holds one platform image, not an index')
  const m = parsed.manifest
  const configBytes = await readSmallBlob(source, m.config)
  const configName = `${m.config.digest.slice(7)}.json`
  const layerName = (d: Descriptor): string =>
    `${d.digest.slice(7)}.tar${d.mediaType.endsWith('gzip') ? '.gz' : d.mediaType.endsWith('zstd') ? '.zst' : ''}`
  const manifestJson = Buffer.from(
    JSON.stringify([{ Config: configName, RepoTags: repoTags, Layers: m.layers.map(layerName) }])
  )
  const seen = new Set<string>()
  const inputs: TarInput[] = [{ name: configName, size: configBytes.length, content: configBytes }]
  for (const layer of m.layers) {
    if (seen.has(layer.digest)) continue
    seen.add(layer.digest)
    inputs.push({
      name: layerName(layer),
      size: layer.size,
      content: () => source.blob(layer).open(0) as AsyncIterable<Buffer>
    })
  }
  // The names come last: a reader (docker load) that sees the archive cut short before it has
  // tagged nothing.
  inputs.push({ name: 'manifest.json', size: manifestJson.length, content: manifestJson })
  return writeTar(inputs)
}
