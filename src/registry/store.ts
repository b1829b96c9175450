/**
 * Image stores: where a copy reads from and writes to. A registry repository, an OCI image
 * layout directory and (read-only) a docker-save archive all speak these two interfaces, so
 * the graph walk in `copy.ts` knows nothing of where bytes live.
 */
import type { Readable } from 'node:stream'
import type { Digest } from './digest.js'
import type { Descriptor } from './media-types.js'
import type { BlobSource, ProgressListener } from './client.js'
import { verifyBytes } from './verify.js'

/** The manifest a copy starts from. */
export interface RootManifest {
  bytes: Buffer
  mediaType: string
  digest: Digest
}

export interface ImageSource {
  /** A label for messages (`oci:/path:tag`, `ghcr.io/o/r:tag`). */
  readonly description: string
  /** The root manifest or index. */
  root(): Promise<RootManifest>
  /** Manifest bytes by descriptor, verified against its digest and size. */
  manifest(desc: Descriptor): Promise<Buffer>
  /** A blob's content. For a local store the bytes may be checked by the destination instead. */
  blob(desc: Descriptor, onProgress?: ProgressListener): BlobSource
  /** Set when blobs can be mounted from this source (same registry, other repository). */
  readonly mountFrom?: { registry: string; repository: string }
}

export interface ImageDestination {
  readonly description: string
  hasBlob(desc: Descriptor): Promise<boolean>
  /** Stores a blob; `signal` aborts the transfer, leaving nothing behind. */
  putBlob(
    desc: Descriptor,
    source: BlobSource,
    onProgress?: ProgressListener,
    signal?: AbortSignal
  ): Promise<void>
  /** Cross-repository mount; true when the blob is now there without an upload. */
  mountBlob?(desc: Descriptor, from: { registry: string; repository: string }): Promise<boolean>
  hasManifest(desc: Descriptor): Promise<boolean>
  /**
   * Whether the destination has this manifest and, with it, everything it references. A registry
   * stores a manifest only once all it references is there, so one request answers for the
   * whole graph below it; a layout, which may be partial, does not say.
   */
  holdsGraph?(desc: Descriptor): Promise<boolean>
  /** Stores a manifest by digest and, with `tag`, under that tag too. */
  putManifest(desc: Descriptor, bytes: Buffer, tag?: string): Promise<void>
  /** Called once at the end of a copy (a layout writes its index.json here). */
  commit?(): Promise<void>
}

/** Reads a readable into one buffer (for manifests and configs, never for layers). */
export async function readAll(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    size += (chunk as Buffer).length
    if (size > limit) {
      stream.destroy()
      throw new RangeError(`content exceeds ${limit} bytes`)
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** Reads a small blob (an image config) of `source` whole, verified against its descriptor. */
export async function readSmallBlob(
  source: ImageSource,
  desc: Descriptor,
  limit = 16 * 1024 * 1024
): Promise<Buffer> {
  if (desc.size > limit)
    throw new RangeError(`blob ${desc.digest} is ${desc.size} bytes, over ${limit}`)
  const bytes = await readAll(source.blob(desc).open(0), limit)
  verifyBytes(bytes, desc.digest, desc.size, `blob ${desc.digest}`)
  return bytes
}
