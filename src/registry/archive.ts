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
  const documents = new Map<string, Buffer>()
  const blobs = new Map<string, LayerRecord>()
  const layers = new Map<string, LayerRecord>()
  const links = new Map<string, string>()
  const level = options.gzipLevel ?? 1
  // Uncompressed layers are spooled to disk as they stream by and compressed in parallel, so
  // the archive keeps flowing while earlier layers compress on every core.
  const compressing: Array<Promise<void>> = []
  let running = 0
  const waiting: Array<() => void> = []
  const slots = Math.max(1, options.compressConcurrency ?? availableParallelism())
  const compressLater = (name: string, raw: string): void => {
    const job = (async () => {
      if (running >= slots) await new Promise<void>(resolve => waiting.push(resolve))
      running++
      try {
        const stored = await store(
          createReadStream(raw, { highWaterMark: 1 << 20 }),
          createLayerGzip({ level })
        )
        layers.set(name, { ...stored, mediaType: MediaType.DockerLayer, recompressed: true })
        options.onLayer?.({ ...stored, mediaType: MediaType.DockerLayer })
      } finally {
        running--
        waiting.shift()?.()
        await rm(raw, { force: true })
      }
    })()
    // Awaited (and its error reported) after the archive is read; never an unhandled rejection.
    job.catch(() => undefined)
    compressing.push(job)
  }

  const store = async (
    source: AsyncIterable<Buffer>,
    transform: Transform | undefined
  ): Promise<{ digest: Digest; size: number }> => {
    const tmp = join(dir, 'blobs', 'sha256', `.partial-${randomBytes(6).toString('hex')}`)
    const out = new Hasher()
    try {
      const stages = transform
        ? [
            Readable.from(source),
            transform,
            out,
            createWriteStream(tmp, { highWaterMark: 1 << 20 })
          ]
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
        const stored = await store(rest, undefined)
        const mediaType = startsWith(head, GZIP_MAGIC)
          ? MediaType.DockerLayer
          : MediaType.OciLayerZstd
        layers.set(name, { ...stored, mediaType })
        options.onLayer?.({ ...stored, mediaType })
      } else if (!compressible(head.subarray(512, 512 + 32 * 1024))) {
        // Content that does not compress (past the first tar header) is mostly stored, which
        // runs faster than docker save produces it: straight through, no spool to disk.
        const stored = await store(rest, createLayerGzip({ level }))
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
        compressLater(name, raw)
      }
      continue
    }
    documents.set(name, await readDocument(entry.body(), name))
  }

  const results = await Promise.allSettled(compressing)
  const failed = results.find(r => r.status === 'rejected')
  if (failed) throw failed.reason

  /** A JSON document of the archive: a named file, or a blob (read back from the layout). */
  const document = async (name: string): Promise<Buffer | undefined> => {
    const held = documents.get(name)
    if (held) return held
    const blob = blobs.get(name)
    if (!blob || blob.size > MAX_DOCUMENT) return undefined
    return readFile(blobPath(dir, blob.digest))
  }

  const tag = options.tag ?? 'latest'
  const index = documents.get('index.json')
  const manifestJson = documents.get('manifest.json')
  const repoTagsOf = (m: { RepoTags?: string[] | null } | undefined): string[] => m?.RepoTags ?? []
  let entries: Array<{
    Config: string
    RepoTags?: string[] | null
    Layers: string[]
    LayerSources?: Record<string, Descriptor>
  }> = []
  if (manifestJson) entries = JSON.parse(manifestJson.toString('utf8'))
  const chosen = options.image
    ? entries.find(e => repoTagsOf(e).includes(options.image!))
    : entries.length === 1
      ? entries[0]
      : undefined

  if (index && documents.has('oci-layout')) {
    // OCI form: the archive is a layout already; keep its manifests and blobs byte for byte.
    const idx = JSON.parse(index.toString('utf8')) as ImageIndex
    let root = idx.manifests.length === 1 ? idx.manifests[0] : undefined
    if (chosen || options.image) {
      const want = options.image ?? repoTagsOf(chosen)[0]
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
    if (!blobs.has(`blobs/sha256/${root.digest.slice(7)}`))
      throw new InvalidArchiveError(
        `the archive's index.json names ${root.digest}, which the archive does not hold`
      )
    parseManifest(
      (await document(`blobs/sha256/${root.digest.slice(7)}`)) ?? Buffer.alloc(0),
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
  const configName = chosen.Config
  const configBytes = await document(configName)
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
    for (let i = 0; i < 16 && links.has(current); i++) current = links.get(current)!
    return current
  }
  let converted = false
  const layerDescriptors: Descriptor[] = chosen.Layers.map((layerName, i) => {
    const foreign = diffIds[i] ? chosen.LayerSources?.[diffIds[i]!] : undefined
    if (foreign) return foreign
    const resolved = resolve(layerName)
    const record = layers.get(resolved) ?? blobs.get(resolved)
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
