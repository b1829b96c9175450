/**
 * Test images written as OCI image layouts, from scratch (no network): random layers, a config,
 * a manifest in OCI or Docker schema 2 form, optionally several platforms under an index.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface LayerSpec {
  /** Bytes of (incompressible) content. */
  size: number
  /** A foreign (non-distributable) layer with URLs: its blob is not written to the layout. */
  foreign?: boolean
}

export interface ImageSpec {
  layers: LayerSpec[]
  format?: 'oci' | 'docker'
  platform?: { os: string; architecture: string; variant?: string }
  labels?: Record<string, string>
}

export interface BuiltImage {
  digest: string
  mediaType: string
  size: number
  bytes: Buffer
  configDigest: string
  layers: Array<{ digest: string; size: number; mediaType: string }>
}

function digestOf(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

export function writeBlob(dir: string, data: Buffer): string {
  const digest = digestOf(data)
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true })
  writeFileSync(join(dir, 'blobs', 'sha256', digest.slice(7)), data)
  return digest
}

/** Writes one image's blobs into the layout at `dir` (without touching index.json). */
export function writeImage(dir: string, spec: ImageSpec): BuiltImage {
  const docker = spec.format === 'docker'
  const layers = spec.layers.map(l => {
    // gzip of random bytes: a real gzip stream, barely compressible.
    const data = gzipSync(randomBytes(l.size), { level: 1 })
    const digest = l.foreign ? digestOf(data) : writeBlob(dir, data)
    const mediaType = l.foreign
      ? docker
        ? 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip'
        : 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip'
      : docker
        ? 'application/vnd.docker.image.rootfs.diff.tar.gzip'
        : 'application/vnd.oci.image.layer.v1.tar+gzip'
    return {
      digest,
      size: data.length,
      mediaType,
      diffId: digestOf(data),
      ...(l.foreign && { urls: [`https://foreign.example.invalid/layers/${digest}`] })
    }
  })
  const platform = spec.platform ?? { os: 'linux', architecture: 'amd64' }
  const config = Buffer.from(
    JSON.stringify({
      ...platform,
      created: '2026-01-01T00:00:00Z',
      config: { Labels: spec.labels ?? {} },
      rootfs: { type: 'layers', diff_ids: layers.map(l => l.diffId) }
    })
  )
  const configDigest = writeBlob(dir, config)
  const manifest = {
    schemaVersion: 2,
    mediaType: docker
      ? 'application/vnd.docker.distribution.manifest.v2+json'
      : 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: docker
        ? 'application/vnd.docker.container.image.v1+json'
        : 'application/vnd.oci.image.config.v1+json',
      digest: configDigest,
      size: config.length
    },
    layers: layers.map(({ diffId: _d, ...l }) => l)
  }
  const bytes = Buffer.from(JSON.stringify(manifest, null, 3))
  const digest = writeBlob(dir, bytes)
  return { digest, mediaType: manifest.mediaType, size: bytes.length, bytes, configDigest, layers }
}

export function writeIndexJson(
  dir: string,
  entries: Array<{ mediaType: string; digest: string; size: number; tag: string }>
): void {
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: entries.map(e => ({
        mediaType: e.mediaType,
        digest: e.digest,
        size: e.size,
        annotations: { 'org.opencontainers.image.ref.name': e.tag }
      }))
    })
  )
}

/** A layout at `dir` holding one image tagged `tag`. */
export function makeLayout(dir: string, spec: ImageSpec, tag = 'latest'): BuiltImage {
  const image = writeImage(dir, spec)
  writeIndexJson(dir, [{ ...image, tag }])
  return image
}

/** A layout holding an index of one image per platform, tagged `tag`. */
export function makeIndexLayout(
  dir: string,
  platforms: Array<{ os: string; architecture: string; variant?: string }>,
  layers: LayerSpec[],
  tag = 'latest',
  format: 'oci' | 'docker' = 'oci'
): BuiltImage & { children: BuiltImage[] } {
  const children = platforms.map(platform => writeImage(dir, { layers, platform, format }))
  const index = {
    schemaVersion: 2,
    mediaType:
      format === 'docker'
        ? 'application/vnd.docker.distribution.manifest.list.v2+json'
        : 'application/vnd.oci.image.index.v1+json',
    manifests: children.map((c, i) => ({
      mediaType: c.mediaType,
      digest: c.digest,
      size: c.size,
      platform: platforms[i]
    }))
  }
  const bytes = Buffer.from(JSON.stringify(index))
  const digest = writeBlob(dir, bytes)
  writeIndexJson(dir, [{ mediaType: index.mediaType, digest, size: bytes.length, tag }])
  return {
    digest,
    mediaType: index.mediaType,
    size: bytes.length,
    bytes,
    configDigest: '',
    layers: [],
    children
  }
}

/** Writes `size` random bytes to a file in 1 MiB pieces (for large benchmark layers). */
export async function writeRandomFile(path: string, size: number): Promise<void> {
  const out = createWriteStream(path)
  for (let done = 0; done < size;) {
    const n = Math.min(1024 * 1024, size - done)
    if (!out.write(randomBytes(n))) await new Promise<void>(r => out.once('drain', () => r()))
    done += n
  }
  await new Promise<void>((resolve, reject) =>
    out.end((e?: Error | null) => (e ? reject(e) : resolve()))
  )
}

/**
 * An index as buildx writes it with provenance: each platform's image, and after each an
 * attestation manifest (`unknown/unknown`, annotated with its subject). Tagged `tag`.
 */
export function makeAttestedIndexLayout(
  dir: string,
  platforms: Array<{ os: string; architecture: string; variant?: string }>,
  tag = 'latest'
): { digest: string; bytes: Buffer; images: BuiltImage[]; attestations: BuiltImage[] } {
  const images = platforms.map(platform => writeImage(dir, { layers: [{ size: 2000 }], platform }))
  const attestations = images.map(() => writeImage(dir, { layers: [{ size: 300 }] }))
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: images.flatMap((image, i) => [
      {
        mediaType: image.mediaType,
        digest: image.digest,
        size: image.size,
        platform: platforms[i]
      },
      {
        mediaType: attestations[i]!.mediaType,
        digest: attestations[i]!.digest,
        size: attestations[i]!.size,
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: {
          'vnd.docker.reference.type': 'attestation-manifest',
          'vnd.docker.reference.digest': image.digest
        }
      }
    ])
  }
  const bytes = Buffer.from(JSON.stringify(index))
  const digest = writeBlob(dir, bytes)
  writeIndexJson(dir, [{ mediaType: index.mediaType, digest, size: bytes.length, tag }])
  return { digest, bytes, images, attestations }
}

/**
 * An OCI artifact manifest that refers to `subject` (an attestation or signature pushed with
 * the referrers API in mind), tagged `tag` in the layout.
 */
export function makeReferrerLayout(
  dir: string,
  subject: { mediaType: string; digest: string; size: number },
  artifactType = 'application/vnd.in-toto+json',
  tag = 'latest'
): { digest: string } {
  const empty = Buffer.from('{}')
  const emptyDigest = writeBlob(dir, empty)
  const payload = Buffer.from(JSON.stringify({ statement: randomBytes(8).toString('hex') }))
  const manifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    artifactType,
    config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: emptyDigest, size: 2 },
    layers: [{ mediaType: artifactType, digest: writeBlob(dir, payload), size: payload.length }],
    subject
  }
  const bytes = Buffer.from(JSON.stringify(manifest))
  const digest = writeBlob(dir, bytes)
  writeIndexJson(dir, [{ mediaType: manifest.mediaType, digest, size: bytes.length, tag }])
  return { digest }
}
