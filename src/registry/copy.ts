/**
 * Copy as a graph walk: children before parents, so a manifest is never written before all it
 * references exists; blobs deduplicated by digest across the whole copy; a bounded number of
 * transfers at once; blobs the destination has are skipped, blobs another repository of the
 * same registry has are mounted; foreign layers keep their descriptors and URLs and are not
 * uploaded.
 */
import { setMaxListeners } from 'node:events'
import { sha256, type Digest } from './digest.js'
import {
  isDistributable,
  parseManifest,
  platformMatches,
  formatPlatform,
  type Descriptor,
  type ParsedManifest
} from './media-types.js'
import type { ImageDestination, ImageSource } from './store.js'
import { PlatformNotFoundError } from './errors.js'

/** What happened to one blob. */
export type BlobOutcome = 'copied' | 'present' | 'mounted' | 'foreign'

/** Totals of a copy, for the `metadata` output and the summary. */
export interface CopyStats {
  /** Blobs copied: uploaded to a registry, or downloaded into a layout. */
  copied: number
  present: number
  mounted: number
  foreign: number
  /** Bytes moved (copied blobs). */
  bytesCopied: number
  /** Bytes not sent because the destination had them or mounted them. */
  bytesReused: number
}

export interface CopyEvents {
  /** A blob transfer started. */
  onBlobStart?(desc: Descriptor): void
  /** Bytes of a blob moved (negative when a failed attempt is given back). */
  onBlobProgress?(desc: Descriptor, bytes: number): void
  /** A blob is done, and how. */
  onBlobDone?(desc: Descriptor, outcome: BlobOutcome): void
  onManifest?(desc: Descriptor): void
}

export interface CopyOptions extends CopyEvents {
  /** Tags to put the root under; none puts it by digest only. */
  tags?: string[]
  /**
   * Blob transfers at once. Default 4. Small blobs (up to {@link SMALL_BLOB}) count a quarter
   * each: up to 16 of them move at once.
   */
  concurrency?: number
  /** Only this platform of an index (`os/arch[/variant]`); its manifest becomes the root. */
  platform?: string
}

export interface CopyResult {
  /** The root that was written (the chosen platform's manifest when `platform` was given). */
  digest: Digest
  mediaType: string
  size: number
  /** For an index: each child manifest and its platform. */
  manifests: Array<{ digest: Digest; platform?: string; mediaType: string; size: number }>
  /** For a single image: its config digest. */
  configDigest?: Digest
  stats: CopyStats
}

/**
 * A tiny weighted semaphore: tasks take `weight` of `limit` units (1 unless told), in the order
 * they came; with `signal`, nothing new starts once it is aborted.
 */
export class Limiter {
  private used = 0
  private readonly queue: Array<{ weight: number; start: () => void }> = []
  constructor(
    private readonly limit: number,
    private readonly signal?: AbortSignal
  ) {}
  async run<T>(task: () => Promise<T>, weight = 1): Promise<T> {
    const w = Math.min(Math.max(1, weight), this.limit)
    // Units are handed straight to the waiters in order, so no newcomer can overtake one, nor
    // take them in between and run over the limit.
    if (this.queue.length > 0 || this.used + w > this.limit)
      await new Promise<void>(start => this.queue.push({ weight: w, start }))
    else this.used += w
    try {
      // A copy that already failed starts nothing new.
      if (this.signal?.aborted) throw this.signal.reason
      return await task()
    } finally {
      this.used -= w
      while (this.queue.length > 0 && this.used + this.queue[0]!.weight <= this.limit) {
        const next = this.queue.shift()!
        this.used += next.weight
        next.start()
      }
    }
  }
}

/**
 * Blobs up to this size are bound by round trips, not bandwidth: they run `SMALL_PER_SLOT` to a
 * transfer slot, so that an image of many small layers moves in one or two round trips.
 */
export const SMALL_BLOB = 1024 * 1024
export const SMALL_PER_SLOT = 4

/** Copies the image (or index) `source` names to `destination`. */
export async function copyImage(
  source: ImageSource,
  destination: ImageDestination,
  options: CopyOptions = {}
): Promise<CopyResult> {
  // The first failure aborts the transfers still running; the copy reports only after every
  // one of them has stopped, so nothing is left writing behind the caller's back.
  const controller = new AbortController()
  const units = Math.max(1, options.concurrency ?? 4) * SMALL_PER_SLOT
  const limiter = new Limiter(units, controller.signal)
  // Each transfer listens for the abort; as many at once as the limiter lets run is expected.
  setMaxListeners(units + 10, controller.signal)
  // Manifests take turns too: an index of thousands of children must not open thousands of
  // requests (and connections, and files) at once. A slot is held for one request, never
  // while waiting for children, so nested indexes cannot starve each other.
  const manifestLimiter = new Limiter(Math.max(1, options.concurrency ?? 4), controller.signal)
  const all = async (tasks: Array<Promise<void>>): Promise<void> => {
    const results = await Promise.allSettled(tasks)
    const failed = results.find(r => r.status === 'rejected')
    // Report the failure that started it all, not a sibling's "aborted" that followed from it.
    if (failed) throw controller.signal.aborted ? controller.signal.reason : failed.reason
  }
  const stats = emptyStats()
  const blobs = new Map<string, Promise<void>>()
  const manifests = new Map<string, Promise<void>>()

  /** Counts a blob that is done, and tells the listener how. */
  const done = (desc: Descriptor, outcome: BlobOutcome): void => {
    stats[outcome]++
    if (outcome === 'copied') stats.bytesCopied += desc.size
    else if (outcome !== 'foreign') stats.bytesReused += desc.size
    options.onBlobDone?.(desc, outcome)
  }

  /** Reports a blob the destination holds as part of a manifest it has, without asking. */
  const heldBlob = (desc: Descriptor): Promise<void> => {
    let pending = blobs.get(desc.digest)
    if (!pending) {
      pending = Promise.resolve()
      blobs.set(desc.digest, pending)
      done(desc, isDistributable(desc.mediaType) ? 'present' : 'foreign')
    }
    return pending
  }

  const copyBlob = (desc: Descriptor): Promise<void> => {
    let pending = blobs.get(desc.digest)
    if (!pending) {
      pending = limiter
        .run(
          async () => {
            if (!isDistributable(desc.mediaType)) return done(desc, 'foreign')
            if (await destination.hasBlob(desc)) return done(desc, 'present')
            if (
              source.mountFrom &&
              destination.mountBlob &&
              (await destination.mountBlob(desc, source.mountFrom))
            ) {
              return done(desc, 'mounted')
            }
            options.onBlobStart?.(desc)
            const progress = options.onBlobProgress
              ? (n: number) => options.onBlobProgress!(desc, n)
              : undefined
            await destination.putBlob(desc, source.blob(desc), progress, controller.signal)
            done(desc, 'copied')
          },
          desc.size > SMALL_BLOB ? SMALL_PER_SLOT : 1
        )
        .catch((error: unknown) => {
          if (!controller.signal.aborted) controller.abort(error)
          throw error
        })
      blobs.set(desc.digest, pending)
    }
    return pending
  }

  /** Copies a manifest and everything below it; `tag` only for the root. */
  const copyManifest = (
    desc: Descriptor,
    bytes: Buffer | undefined,
    tags: string[]
  ): Promise<void> => {
    const key = `${desc.digest}\u0000${tags.join(',')}`
    let pending = manifests.get(key)
    if (!pending) {
      pending = (async () => {
        const content = bytes ?? (await manifestLimiter.run(() => source.manifest(desc)))
        const parsed = parseManifest(
          content,
          desc.mediaType,
          `manifest ${desc.digest} of ${source.description}`
        )
        const full = { ...desc, mediaType: parsed.mediaType }
        // One HEAD of an image's manifest stands for its config and layers (crane does the
        // same): an image pushed before costs no blob checks. An index's children are still
        // walked, each answering for its own blobs, so the report names every blob.
        const held =
          destination.holdsGraph !== undefined &&
          (await manifestLimiter.run(() => destination.holdsGraph!(full)))
        if (parsed.kind === 'index') {
          await all(parsed.index.manifests.map(child => copyManifest(child, undefined, [])))
        } else {
          const m = parsed.manifest
          const blob = held ? heldBlob : copyBlob
          await all([blob(m.config), ...m.layers.map(blob)])
        }
        await manifestLimiter.run(async () => {
          if (tags.length === 0) {
            // Where holdsGraph answered no, the manifest was not there: no need to ask twice.
            const present =
              held ||
              (destination.holdsGraph === undefined && (await destination.hasManifest(full)))
            if (!present) await destination.putManifest(full, content)
          } else {
            for (const tag of tags) await destination.putManifest(full, content, tag)
          }
        })
        options.onManifest?.(full)
      })()
      manifests.set(key, pending)
    }
    return pending
  }

  const { desc: rootDesc, bytes: rootBytes, parsed } = await copyRoot(source, options.platform)
  await copyManifest(rootDesc, rootBytes, options.tags ?? [])
  await destination.commit?.()
  return copyResultOf(rootBytes, parsed, stats)
}

/**
 * The manifest a copy starts from: the source's root, or, with `platform`, that platform's
 * image of the root index.
 */
export async function copyRoot(
  source: ImageSource,
  platform: string | undefined
): Promise<{ desc: Descriptor; bytes: Buffer; parsed: ParsedManifest }> {
  const root = await source.root()
  const parsed = parseManifest(root.bytes, root.mediaType, source.description)
  const desc = { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length }
  if (!platform || parsed.kind !== 'index') return { desc, bytes: root.bytes, parsed }
  const child = parsed.index.manifests.find(m => platformMatches(m.platform, platform))
  if (!child) {
    const have = parsed.index.manifests.map(m =>
      m.platform ? formatPlatform(m.platform) : m.digest
    )
    throw new PlatformNotFoundError(source.description, platform, have)
  }
  const bytes = await source.manifest(child)
  return {
    desc: {
      mediaType: child.mediaType,
      digest: child.digest,
      size: child.size,
      ...(child.platform && { platform: child.platform })
    },
    bytes,
    parsed: parseManifest(
      bytes,
      child.mediaType,
      `manifest ${child.digest} of ${source.description}`
    )
  }
}

/** Statistics of a copy that has moved nothing yet. */
export function emptyStats(): CopyStats {
  return { copied: 0, present: 0, mounted: 0, foreign: 0, bytesCopied: 0, bytesReused: 0 }
}

/** What a copy of the manifest `bytes` reports: its digest, children or config, and `stats`. */
export function copyResultOf(bytes: Buffer, parsed: ParsedManifest, stats: CopyStats): CopyResult {
  return {
    digest: sha256(bytes),
    mediaType: parsed.mediaType,
    size: bytes.length,
    manifests:
      parsed.kind === 'index'
        ? parsed.index.manifests.map(m => ({
            digest: m.digest,
            mediaType: m.mediaType,
            size: m.size,
            ...(m.platform && { platform: formatPlatform(m.platform) })
          }))
        : [],
    ...(parsed.kind === 'image' && { configDigest: parsed.manifest.config.digest }),
    stats
  }
}
