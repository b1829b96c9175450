/**
 * Media types and the typed image model: Docker Image Manifest V2 Schema 2 and manifest lists,
 * OCI image manifests and indexes (image-spec v1.1: `artifactType`, `subject`, annotations).
 * Schema 1 is refused.
 */
import { isDigest, type Digest } from './digest.js'
import { UnsupportedManifestError } from './errors.js'

export const MediaType = {
  OciManifest: 'application/vnd.oci.image.manifest.v1+json',
  OciIndex: 'application/vnd.oci.image.index.v1+json',
  OciConfig: 'application/vnd.oci.image.config.v1+json',
  OciEmpty: 'application/vnd.oci.empty.v1+json',
  OciLayer: 'application/vnd.oci.image.layer.v1.tar',
  OciLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  OciLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  OciForeignLayer: 'application/vnd.oci.image.layer.nondistributable.v1.tar',
  OciForeignLayerGzip: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
  OciForeignLayerZstd: 'application/vnd.oci.image.layer.nondistributable.v1.tar+zstd',
  DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  DockerConfig: 'application/vnd.docker.container.image.v1+json',
  DockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  DockerForeignLayer: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
  DockerSchema1: 'application/vnd.docker.distribution.manifest.v1+json',
  DockerSchema1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws'
} as const

/** Every manifest type the client reads, for `Accept` (ghcr.io answers 404 for types not accepted). */
export const MANIFEST_ACCEPT = [
  MediaType.OciIndex,
  MediaType.OciManifest,
  MediaType.DockerManifestList,
  MediaType.DockerManifest
].join(', ')

/** Largest manifest the client reads or writes (the distribution spec's suggested 4 MiB). */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024

/** A content descriptor (image-spec `descriptor.md`). */
export interface Descriptor {
  mediaType: string
  digest: Digest
  size: number
  urls?: string[]
  annotations?: Record<string, string>
  platform?: Platform
  artifactType?: string
  data?: string
}

export interface Platform {
  architecture: string
  os: string
  'os.version'?: string
  'os.features'?: string[]
  variant?: string
  features?: string[]
}

/** An image manifest (OCI or Docker schema 2). */
export interface ImageManifest {
  schemaVersion: 2
  mediaType?: string
  artifactType?: string
  config: Descriptor
  layers: Descriptor[]
  subject?: Descriptor
  annotations?: Record<string, string>
}

/** An index (OCI image index or Docker manifest list). */
export interface ImageIndex {
  schemaVersion: 2
  mediaType?: string
  artifactType?: string
  manifests: Descriptor[]
  subject?: Descriptor
  annotations?: Record<string, string>
}

export function isIndex(mediaType: string): boolean {
  return mediaType === MediaType.OciIndex || mediaType === MediaType.DockerManifestList
}

export function isImageManifest(mediaType: string): boolean {
  return mediaType === MediaType.OciManifest || mediaType === MediaType.DockerManifest
}

export function isManifest(mediaType: string): boolean {
  return isIndex(mediaType) || isImageManifest(mediaType)
}

export function isSchema1(mediaType: string): boolean {
  return mediaType === MediaType.DockerSchema1 || mediaType === MediaType.DockerSchema1Signed
}

/**
 * Whether a layer may be uploaded. Foreign (non-distributable) layers, as in Windows base
 * images, keep their descriptor and URLs and are fetched from those URLs, never pushed.
 */
export function isDistributable(mediaType: string): boolean {
  return (
    mediaType !== MediaType.DockerForeignLayer &&
    mediaType !== MediaType.OciForeignLayer &&
    mediaType !== MediaType.OciForeignLayerGzip &&
    mediaType !== MediaType.OciForeignLayerZstd
  )
}

/** A parsed manifest, with its exact bytes (never re-serialised: the digest is of these bytes). */
export type ParsedManifest =
  | { kind: 'index'; mediaType: string; bytes: Buffer; index: ImageIndex }
  | { kind: 'image'; mediaType: string; bytes: Buffer; manifest: ImageManifest }

function checkDescriptor(d: unknown, where: string): Descriptor {
  const desc = d as Partial<Descriptor> | null
  if (!desc || typeof desc !== 'object')
    throw new UnsupportedManifestError(`${where} is not a descriptor`)
  if (typeof desc.mediaType !== 'string')
    throw new UnsupportedManifestError(`${where} has no mediaType`)
  if (typeof desc.digest !== 'string' || !isDigest(desc.digest)) {
    throw new UnsupportedManifestError(
      `${where} has an invalid digest ${JSON.stringify(desc.digest)}`
    )
  }
  if (typeof desc.size !== 'number' || !Number.isSafeInteger(desc.size) || desc.size < 0) {
    throw new UnsupportedManifestError(`${where} has an invalid size`)
  }
  // Platforms are matched, printed and shown in summaries: strings where strings belong.
  const p = desc.platform as Partial<Record<keyof Platform, unknown>> | undefined
  if (
    p !== undefined &&
    (!p ||
      typeof p !== 'object' ||
      typeof p.os !== 'string' ||
      typeof p.architecture !== 'string' ||
      (p.variant !== undefined && typeof p.variant !== 'string'))
  ) {
    throw new UnsupportedManifestError(`${where} has an invalid platform`)
  }
  return desc as Descriptor
}

/**
 * Parses manifest bytes. `mediaType` is the type the registry or layout declared; the
 * document's own `mediaType` wins when present. Schema 1 and unknown types are refused with a
 * message that says so; every descriptor's digest and size is checked, since digests later
 * name files and URL paths. `what` names the manifest in those messages (`manifest
 * ghcr.io/o/app@sha256:…`), for a refusal that says which document it is about.
 */
export function parseManifest(bytes: Buffer, declaredType?: string, what?: string): ParsedManifest {
  try {
    return parse(bytes, declaredType)
  } catch (error) {
    if (what && error instanceof UnsupportedManifestError)
      throw new UnsupportedManifestError(`${what}: ${error.message}`)
    throw error
  }
}

function parse(bytes: Buffer, declaredType?: string): ParsedManifest {
  if (bytes.length > MAX_MANIFEST_BYTES) {
    throw new UnsupportedManifestError(
      `manifest of ${bytes.length} bytes exceeds the ${MAX_MANIFEST_BYTES}-byte limit`
    )
  }
  let doc: Record<string, unknown>
  try {
    doc = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>
  } catch {
    throw new UnsupportedManifestError('manifest is not valid JSON')
  }
  if (!doc || typeof doc !== 'object')
    throw new UnsupportedManifestError('manifest is not a JSON object')
  const own = typeof doc.mediaType === 'string' ? doc.mediaType : undefined
  if (doc.schemaVersion === 1 || isSchema1(own ?? '') || isSchema1(declaredType ?? '')) {
    throw new UnsupportedManifestError(
      'Docker Image Manifest V2 Schema 1 is not supported (deprecated, and refused by ghcr.io); re-push the image with a current Docker or skopeo to convert it to schema 2 or OCI'
    )
  }
  if (doc.schemaVersion !== 2)
    throw new UnsupportedManifestError(`unsupported schemaVersion ${String(doc.schemaVersion)}`)
  let mediaType = own ?? declaredType
  // An OCI document may omit mediaType; its shape tells which it is.
  if (!mediaType || !isManifest(mediaType)) {
    if (!own && Array.isArray(doc.manifests)) mediaType = MediaType.OciIndex
    else if (!own && doc.config && Array.isArray(doc.layers)) mediaType = MediaType.OciManifest
    else
      throw new UnsupportedManifestError(
        `unsupported manifest media type ${JSON.stringify(mediaType ?? '')}`
      )
  }
  if (isIndex(mediaType)) {
    if (!Array.isArray(doc.manifests))
      throw new UnsupportedManifestError('index has no manifests list')
    doc.manifests.forEach((m, i) => checkDescriptor(m, `manifests[${i}]`))
    if (doc.subject !== undefined) checkDescriptor(doc.subject, 'subject')
    return { kind: 'index', mediaType, bytes, index: doc as unknown as ImageIndex }
  }
  checkDescriptor(doc.config, 'config')
  if (!Array.isArray(doc.layers)) throw new UnsupportedManifestError('manifest has no layers list')
  doc.layers.forEach((l, i) => checkDescriptor(l, `layers[${i}]`))
  if (doc.subject !== undefined) checkDescriptor(doc.subject, 'subject')
  return { kind: 'image', mediaType, bytes, manifest: doc as unknown as ImageManifest }
}

/** Filesystem layers: what an image's layers are (image-spec `layer.md`, Docker schema 2). */
const LAYER_TYPES = new Set<string>([
  MediaType.OciLayer,
  MediaType.OciLayerGzip,
  MediaType.OciLayerZstd,
  MediaType.OciForeignLayer,
  MediaType.OciForeignLayerGzip,
  MediaType.OciForeignLayerZstd,
  MediaType.DockerLayer,
  MediaType.DockerForeignLayer,
  'application/vnd.docker.image.rootfs.diff.tar'
])

/**
 * Why a manifest is not a container image (a cosign signature, an attestation, another
 * artifact: their configs and layers say so), or undefined when it is one.
 */
export function notAnImage(manifest: ImageManifest): string | undefined {
  if (manifest.artifactType) return `an artifact of type ${manifest.artifactType}`
  const config = manifest.config.mediaType
  if (config !== MediaType.OciConfig && config !== MediaType.DockerConfig)
    return `its config is ${config}, not an image config`
  const odd = manifest.layers.find(l => !LAYER_TYPES.has(l.mediaType))
  if (odd) return `its layer ${odd.digest} is ${odd.mediaType}, not a filesystem layer`
  return undefined
}

/** Whether two platforms name the same os, architecture and variant (arm64 is v8, arm is v7). */
export function samePlatform(a: Platform, b: Platform): boolean {
  const variant = (p: Platform): string | undefined =>
    p.variant || (p.architecture === 'arm64' ? 'v8' : p.architecture === 'arm' ? 'v7' : undefined)
  return a.os === b.os && a.architecture === b.architecture && variant(a) === variant(b)
}

/** `os/arch[/variant]` of a platform. */
/** buildx's annotations on an attestation manifest's descriptor in an index. */
export const ATTESTATION_TYPE = 'vnd.docker.reference.type'
export const ATTESTATION_SUBJECT = 'vnd.docker.reference.digest'

/**
 * Whether an index entry is an attestation manifest beside an image (buildx's provenance and
 * SBOM), not an image of a platform: it says so, or its platform is `unknown/unknown`.
 */
export function isAttestationEntry(desc: Descriptor): boolean {
  return (
    desc.annotations?.[ATTESTATION_TYPE] === 'attestation-manifest' ||
    (desc.platform?.os === 'unknown' && desc.platform.architecture === 'unknown')
  )
}

/**
 * The platform an image config declares (`os`, `architecture`, `variant`, `os.version`), or
 * undefined when the bytes are not a config that says.
 */
export function configPlatform(bytes: Buffer): Platform | undefined {
  let config: Record<string, unknown>
  try {
    config = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>
  } catch {
    return undefined
  }
  const { os, architecture, variant } = config
  const osVersion = config['os.version']
  if (typeof os !== 'string' || typeof architecture !== 'string' || !os || !architecture)
    return undefined
  return {
    os,
    architecture,
    ...(typeof variant === 'string' && variant && { variant }),
    ...(typeof osVersion === 'string' && osVersion && { 'os.version': osVersion })
  }
}

export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/')
}

/** Whether `p` matches the wanted `os/arch[/variant]` (a missing variant matches any, arm64 ≈ v8). */
export function platformMatches(p: Platform | undefined, wanted: string): boolean {
  if (!p) return false
  const [os, arch, variant] = wanted.split('/')
  if (p.os !== os || p.architecture !== arch) return false
  if (!variant) return true
  const have = p.variant ?? (arch === 'arm64' ? 'v8' : undefined)
  return have === variant
}
