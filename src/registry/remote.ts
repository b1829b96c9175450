/** A registry repository as an image source or destination. */
import { RegistryError } from './errors.js'
import { MAX_MANIFEST_BYTES, type Descriptor } from './media-types.js'
import type { BlobSource, ProgressListener, Repository } from './client.js'
import type { ImageDestination, ImageSource, RootManifest } from './store.js'
import { verifyBytes } from './verify.js'

/** Reads from a repository, starting at a tag or digest. */
export class RemoteSource implements ImageSource {
  readonly description: string
  readonly mountFrom: { registry: string; repository: string }

  /**
   * `known`: the root manifest as the caller already read it (its digest checked against its
   * bytes), so that it is not asked for again.
   */
  constructor(
    readonly repository: Repository,
    readonly reference: string,
    private readonly known?: RootManifest
  ) {
    const sep = reference.includes(':') ? '@' : ':'
    this.description = `${repository.client.registry}/${repository.name}${sep}${reference}`
    this.mountFrom = { registry: repository.client.registry, repository: repository.name }
  }

  async root(): Promise<RootManifest> {
    if (this.known) return this.known
    const m = await this.repository.getManifest(this.reference)
    return { bytes: m.bytes, mediaType: m.mediaType, digest: m.digest }
  }

  async manifest(desc: Descriptor): Promise<Buffer> {
    if (desc.size > MAX_MANIFEST_BYTES)
      throw new RegistryError(0, 'GET', desc.digest, [
        { code: 'MANIFEST_TOO_LARGE', message: `${desc.size} bytes` }
      ])
    if (this.known?.digest === desc.digest) {
      verifyBytes(this.known.bytes, desc.digest, desc.size, `manifest ${desc.digest}`)
      return this.known.bytes
    }
    const m = await this.repository.getManifest(desc.digest)
    verifyBytes(m.bytes, desc.digest, desc.size, `manifest ${desc.digest}`)
    return m.bytes
  }

  /** Streams the blob, verified while it streams; reopening starts a new verified download. */
  blob(desc: Descriptor, onProgress?: ProgressListener): BlobSource {
    return {
      replayable: true,
      verified: true,
      open: (offset: number) => {
        if (offset !== 0) throw new Error('a remote blob is read from its start')
        return this.repository.openBlob(desc, onProgress)
      },
      chunks: signal => this.repository.blobChunks(desc, onProgress, signal)
    }
  }
}

/** Writes to a repository. */
export class RemoteDestination implements ImageDestination {
  readonly description: string

  constructor(readonly repository: Repository) {
    this.description = `${repository.client.registry}/${repository.name}`
  }

  async hasBlob(desc: Descriptor): Promise<boolean> {
    return (await this.repository.blobSize(desc.digest, true)) !== undefined
  }

  putBlob(
    desc: Descriptor,
    source: BlobSource,
    onProgress?: ProgressListener,
    signal?: AbortSignal
  ): Promise<void> {
    return this.repository.pushBlob(desc, source, {
      ...(onProgress && { onProgress }),
      ...(signal && { signal })
    })
  }

  async mountBlob(
    desc: Descriptor,
    from: { registry: string; repository: string }
  ): Promise<boolean> {
    if (
      from.registry !== this.repository.client.registry ||
      from.repository === this.repository.name
    )
      return false
    return this.repository.mountBlob(desc.digest, from.repository)
  }

  async hasManifest(desc: Descriptor): Promise<boolean> {
    return (await this.repository.headManifest(desc.digest, true)) !== undefined
  }

  /**
   * A shortcut only: a registry that refuses the HEAD (some answer a repository that does not
   * exist yet with a denial, not a 404) gets the blob-by-blob walk, whose requests report any
   * real refusal.
   */
  async holdsGraph(desc: Descriptor): Promise<boolean> {
    try {
      return await this.hasManifest(desc)
    } catch {
      return false
    }
  }

  async putManifest(desc: Descriptor, bytes: Buffer, tag?: string): Promise<void> {
    await this.repository.putManifest(tag ?? desc.digest, bytes, desc.mediaType)
  }
}
