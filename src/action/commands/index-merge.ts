/**
 * `command: index`: merges per-platform images (a matrix's push-by-digest legs, or any images
 * of the registry) into one multi-platform index, and tags it. No layer moves: sources in the
 * target repository are referenced where they are, and those of other repositories are copied
 * by mounting their blobs.
 *
 * Sources that are indexes themselves (buildx wraps an image with its attestations in one, and
 * earlier multi-platform images are ones) are flattened: each platform once, its attestation
 * manifests beside it (or dropped, with `attestations: drop`). The index carries the
 * `annotations` input and the images' description, source and licenses, where ghcr.io reads a
 * multi-platform package's description.
 */
import * as core from '@actions/core'
import { which } from '@actions/io'
import {
  ATTESTATION_SUBJECT,
  configPlatform,
  copyImage,
  emptyStats,
  formatPlatform,
  formatReference,
  isAttestationEntry,
  MediaType,
  notAnImage,
  parseManifest,
  pointerOf,
  readSmallBlob,
  RemoteDestination,
  RemoteSource,
  samePlatform,
  sha256,
  type CopyStats,
  type Descriptor,
  type ImageIndex,
  type Platform,
  type Reference,
  type Repository
} from '../../registry/index.js'
import type { RunContext } from '../context.js'
import { UserError } from '../errors.js'
import type { IndexInputs } from '../inputs/index.js'
import { findLegRecord, legRecordsUnavailable } from '../leg-records.js'
import { group, html } from '../log.js'
import { imageReport, progressReporter, setImageOutputs, summarizeImage } from '../report.js'
import { attestStep } from '../attest.js'
import { openTargetSession, type Session } from '../session.js'
import { DESCRIBING_LABELS } from '../tags.js'

/** An image to merge: where it is, and how the user named it. */
interface Source {
  ref: Reference
  /** For messages: the reference, or the leg it came from. */
  label: string
  /** A leg's record names the platform the image must have. */
  platform?: string
}

/** One platform of the merged index. */
interface Entry {
  descriptor: Descriptor & { platform: Platform }
  platform: string
  /** The repository it is read from. */
  from: Repository
  source: string
  /** Its attestation manifests, as their source index listed them. */
  attestations: Descriptor[]
  /** Config and layer bytes, for the size in the report. */
  size: number
}

/** How deep indexes may nest in a source (an index of indexes of images is two). */
const MAX_DEPTH = 4

/** A platform's name with `os.version` (Windows images differ by it). */
function platformKey(p: Platform): string {
  return p['os.version'] ? `${formatPlatform(p)} (${p['os.version']})` : formatPlatform(p)
}

export async function mergeIndex(inputs: IndexInputs, ctx: RunContext): Promise<void> {
  const started = Date.now()
  const name = `${inputs.image.registry}/${inputs.image.repository}`
  const sources = inputs.sources.length
    ? inputs.sources.map(ref => ({ ref, label: formatReference(ref) }))
    : await group("Find this run's legs", () => legSources(inputs, ctx))
  const session = await group('Login', () => openTargetSession(inputs, ctx, { write: true }))
  try {
    const target = session.client.repository(inputs.image.repository)
    const reader = new SourceReader(session)
    const { entries, describing } = await group('Read the sources', () => reader.read(sources))
    checkPlatforms(entries, sources, inputs)
    checkDescriptorAnnotations(entries, inputs)
    const foreign = entries.filter(e => e.from.name !== target.name)
    const stats = foreign.length
      ? await group(`Mount ${foreign.length} image(s) from other repositories`, () =>
          bringIn(foreign, target, inputs, session)
        )
      : emptyStats()
    const annotations = indexAnnotations(inputs, describing)
    const index: ImageIndex = {
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: entries.flatMap(e => [
        withDescriptorAnnotations(e, inputs),
        ...(inputs.attestations === 'keep' ? e.attestations : [])
      ]),
      ...(Object.keys(annotations).length && { annotations })
    }
    const bytes = Buffer.from(JSON.stringify(index, null, 2))
    const digest = sha256(bytes)
    await group('Push the index', async () => {
      try {
        // By digest first: the tags are written once the index is in the registry.
        await target.putManifest(digest, bytes, MediaType.OciIndex)
        for (const tag of inputs.tags) await target.putManifest(tag, bytes, MediaType.OciIndex)
      } catch (error) {
        throw session.explain(error, `push the index to ${name}`, inputs.image.repository, true)
      }
      core.info(`Digest: ${digest}`)
      core.info(`Tags: ${inputs.tags.map(t => `${name}:${t}`).join(', ')}`)
    })
    const report = imageReport({
      name,
      digest,
      tags: inputs.tags,
      platforms: entries.map(e => ({ platform: e.platform, digest: e.descriptor.digest })),
      size: entries.reduce((n, e) => n + e.size, 0),
      started,
      transfer: { direction: 'upload', stats, mediaType: MediaType.OciIndex }
    })
    // The index and each platform image it lists, signed in one statement.
    const attestation = inputs.attest
      ? await attestStep(inputs, ctx, target, [
          { mediaType: MediaType.OciIndex, digest, size: bytes.length },
          ...entries.map(e => e.descriptor)
        ])
      : undefined
    const attestations = inputs.attestations === 'keep' ? entries.flatMap(e => e.attestations) : []
    setImageOutputs(report, {
      ...(attestation && { attestation }),
      sources: entries.map(e => ({
        platform: e.platform,
        digest: e.descriptor.digest,
        source: e.source
      })),
      attestations: attestations.map(a => ({
        digest: a.digest,
        subject: a.annotations?.[ATTESTATION_SUBJECT] ?? ''
      })),
      annotations
    })
    summarizeImage(`Merged ${entries.length} platforms into ${name}`, report, name)
    core.summary.addTable([
      [
        { data: 'platform', header: true },
        { data: 'manifest', header: true },
        { data: 'from', header: true },
        { data: 'attestations', header: true }
      ],
      ...entries.map(e => [
        html(e.platform),
        `<code>${e.descriptor.digest}</code>`,
        html(e.source),
        inputs.attestations === 'keep' ? String(e.attestations.length) : 'dropped'
      ])
    ])
  } finally {
    await session.close()
  }
}

/** This run's legs for `platforms`, from their records; one error names every missing one. */
async function legSources(inputs: IndexInputs, ctx: RunContext): Promise<Source[]> {
  const unavailable = legRecordsUnavailable(ctx)
  if (unavailable) {
    throw new UserError(
      `sources is empty, so index merges this run's push-by-digest legs, but their records cannot be read: ${unavailable}. Set sources: to the legs' digests.`
    )
  }
  const found: Source[] = []
  const missing: string[] = []
  for (const platform of inputs.platforms) {
    let record
    try {
      record = await findLegRecord(ctx, inputs.image, platform)
    } catch (error) {
      if (error instanceof UserError) throw error
      // The record may well exist: the lookup failed, not the leg.
      throw new UserError(
        `The ${platform} leg's record could not be looked up in GitHub Actions' cache service (${error instanceof Error ? error.message : String(error)}); the leg may have recorded it all the same. Re-run this merge job, or set sources: to the legs' digests.`
      )
    }
    if (!record) {
      missing.push(platform)
      continue
    }
    core.info(
      `${platform}: ${record.digest} (attempt ${record.runAttempt}${record.runAttempt === ctx.runAttempt ? '' : ', an earlier attempt'})`
    )
    found.push({
      ref: { ...inputs.image, digest: record.digest },
      label: `the ${platform} leg`,
      platform
    })
  }
  if (missing.length) {
    const attempts = ctx.runAttempt > 1 ? `attempts 1 to ${ctx.runAttempt}` : 'attempt 1'
    // @actions/cache files entries under a version that names the compression: a leg on a
    // runner with zstd (GitHub's all have it) records under another version than a merge
    // runner without it can see.
    if (!(await which('zstd'))) {
      throw new UserError(
        `No record of ${missing.join(', ')} for ${inputs.image.registry}/${inputs.image.repository} is visible to this job (${attempts}), and this runner has no zstd: GitHub Actions' cache keeps entries made with zstd apart from those made without, so the legs' records (GitHub's runners have zstd) cannot be seen from here. Install zstd on this runner (apt-get install zstd), or set sources: to the legs' digests (README, "Matrix legs without the cache service").`
      )
    }
    throw new UserError(
      `No leg of this run (${attempts}) recorded ${missing.join(', ')} for ${inputs.image.registry}/${inputs.image.repository}. Each platform needs a job that ran this action with push-by-digest: true and the same image, and finished before this one (needs:). Re-run the failed leg, or set sources:.`
    )
  }
  return found
}

/** Reads sources into platform entries, verified, flattening indexes. */
class SourceReader {
  readonly entries: Entry[] = []
  /** From the images and source indexes, first found wins. */
  readonly describing: Record<string, string> = {}
  private readonly seen = new Set<string>()

  constructor(private readonly session: Session) {}

  async read(sources: Source[]): Promise<{ entries: Entry[]; describing: Record<string, string> }> {
    for (const source of sources) {
      const from = this.session.client.repository(source.ref.repository)
      try {
        const root = await from.getManifest(pointerOf(source.ref))
        if (this.seen.has(`${from.name}@${root.digest}`)) continue
        this.seen.add(`${from.name}@${root.digest}`)
        const desc = { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length }
        core.info(`${source.label}: ${root.digest}`)
        await this.visit(desc, root.bytes, source, from, 0)
      } catch (error) {
        if (error instanceof UserError) throw error
        throw this.session.explain(error, `read ${source.label}`, source.ref.repository, false)
      }
    }
    return { entries: this.entries, describing: this.describing }
  }

  private async visit(
    desc: Descriptor,
    bytes: Buffer,
    source: Source,
    from: Repository,
    depth: number
  ): Promise<void> {
    const parsed = parseManifest(bytes, desc.mediaType, `${source.label}: manifest ${desc.digest}`)
    if (parsed.kind === 'index') {
      if (depth >= MAX_DEPTH)
        throw new UserError(`${source.label} nests indexes more than ${MAX_DEPTH} deep`)
      this.describe(parsed.index.annotations)
      const images = parsed.index.manifests.filter(m => !isAttestationEntry(m))
      const attestations = parsed.index.manifests.filter(m => isAttestationEntry(m))
      for (const child of images) {
        const childBytes = await new RemoteSource(from, child.digest).manifest(child)
        await this.visit(child, childBytes, source, from, depth + 1)
        // An image's attestations name it as their subject; an image met twice (the same
        // digest in two sources) keeps each attestation once.
        const entry = this.entries.find(e => e.descriptor.digest === child.digest)
        for (const a of attestations) {
          if (
            entry &&
            a.annotations?.[ATTESTATION_SUBJECT] === child.digest &&
            !entry.attestations.some(b => b.digest === a.digest)
          )
            entry.attestations.push(a)
        }
      }
      return
    }
    const manifest = parsed.manifest
    if (manifest.subject) {
      throw new UserError(
        `${source.label} is an artifact attached to ${manifest.subject.digest} (it has a subject), not an image.`
      )
    }
    // The image itself says what it is: an entry's platform in a source index is only a
    // claim, and signatures or attestations listed as images must not stand for a platform.
    const listedAs = desc.platform ? ` (listed as ${formatPlatform(desc.platform)})` : ''
    const notImage = notAnImage(manifest)
    if (notImage) {
      throw new UserError(
        `${source.label}: ${desc.digest}${listedAs} is not an image (${notImage}), so it cannot stand for a platform in an index. Name the images themselves in sources.`
      )
    }
    this.describe(manifest.annotations)
    const config = await readSmallBlob(new RemoteSource(from, desc.digest), manifest.config)
    this.describe(labelsOf(config))
    const own = configPlatform(config)
    if (!own || own.os === 'unknown') {
      throw new UserError(
        `${source.label} (${desc.digest}) declares no platform in its config, so it has no place in an index.`
      )
    }
    if (desc.platform && !samePlatform(desc.platform, own)) {
      throw new UserError(
        `${source.label}: ${desc.digest}${listedAs} is a ${formatPlatform(own)} image by its config. An index entry must name the platform of the image it points to: fix the source index, or name the image by digest in sources.`
      )
    }
    // The entry's own platform where it agrees (it may carry os.features), else the config's.
    const platform = desc.platform ?? own
    const key = platformKey(platform)
    const same = this.entries.find(e => e.platform === key)
    if (same?.descriptor.digest === desc.digest) return
    if (same) {
      throw new UserError(
        `Two sources give ${key}: ${same.source} (${same.descriptor.digest}) and ${source.label} (${desc.digest}). An index has one image per platform; drop one of them from sources.`
      )
    }
    this.entries.push({
      descriptor: {
        mediaType: parsed.mediaType,
        digest: desc.digest,
        size: desc.size,
        ...(desc.annotations && { annotations: desc.annotations }),
        platform
      },
      platform: key,
      from,
      source: source.label,
      attestations: [],
      size: manifest.layers.reduce((n, l) => n + l.size, manifest.config.size)
    })
  }

  private describe(found: Record<string, string> | undefined): void {
    for (const key of DESCRIBING_LABELS) {
      const value = found?.[key]
      if (value && !(key in this.describing)) this.describing[key] = value
    }
  }
}

/** An image config's labels (`config.Labels`), or none. */
function labelsOf(config: Buffer): Record<string, string> {
  try {
    const labels = (JSON.parse(config.toString('utf8')) as { config?: { Labels?: unknown } }).config
      ?.Labels
    if (!labels || typeof labels !== 'object') return {}
    return Object.fromEntries(
      Object.entries(labels).filter((kv): kv is [string, string] => typeof kv[1] === 'string')
    )
  } catch {
    return {}
  }
}

/**
 * Each leg's record names its platform, and `platforms` next to `sources` lists what the merge
 * must have: a source that lacks its platform is an error, not a smaller index.
 */
function checkPlatforms(entries: Entry[], sources: Source[], inputs: IndexInputs): void {
  const have = new Set(entries.map(e => e.platform))
  for (const source of sources) {
    if (source.platform && !have.has(source.platform)) {
      throw new UserError(
        `${source.label} pushed ${formatReference(source.ref)}, which holds ${[...have].join(', ') || 'no image'}, not ${source.platform}.`
      )
    }
  }
  const absent = inputs.platforms.filter(p => !have.has(p))
  if (absent.length) {
    throw new UserError(
      `platforms lists ${absent.join(', ')}, and no source holds ${absent.length === 1 ? 'it' : 'them'} (the sources hold ${[...have].join(', ')}).`
    )
  }
  if (entries.length === 0) throw new UserError('The sources hold no image to merge.')
}

/** Copies images of other repositories (and their attestations) into the target by digest, their blobs mounted. */
async function bringIn(
  entries: Entry[],
  target: Repository,
  inputs: IndexInputs,
  session: Session
): Promise<CopyStats> {
  const stats = emptyStats()
  for (const entry of entries) {
    const manifests = [
      entry.descriptor,
      ...(inputs.attestations === 'keep' ? entry.attestations : [])
    ]
    for (const desc of manifests) {
      core.info(`${entry.platform}: ${entry.from.name}@${desc.digest}`)
      try {
        const result = await copyImage(
          new RemoteSource(entry.from, desc.digest),
          new RemoteDestination(target),
          { tags: [], ...progressReporter('upload') }
        )
        for (const k of Object.keys(stats) as Array<keyof CopyStats>) stats[k] += result.stats[k]
      } catch (error) {
        throw session.explain(
          error,
          `copy ${entry.from.name}@${desc.digest} into ${target.name}`,
          inputs.image.repository,
          true
        )
      }
    }
  }
  if (stats.copied) {
    core.notice(
      `${stats.copied} layer(s) could not be mounted from their repositories and were copied through this runner.`
    )
  }
  return stats
}

/**
 * The index's annotations: the images' description, source and licenses, then the input's
 * (plain and `index:` ones both annotate the index, the one thing this command writes).
 */
function indexAnnotations(
  inputs: IndexInputs,
  describing: Record<string, string>
): Record<string, string> {
  const annotations = { ...describing }
  for (const a of inputs.annotations)
    if (a.level === 'index' || a.level === 'manifest') annotations[a.key] = a.value
  return annotations
}

/**
 * A `manifest-descriptor[platform]:` annotation must land on an entry: one naming a platform
 * the merge does not hold is a mistake to report, not one to drop.
 */
function checkDescriptorAnnotations(entries: Entry[], inputs: IndexInputs): void {
  const held = new Set(entries.map(e => formatPlatform(e.descriptor.platform)))
  for (const a of inputs.annotations) {
    if (a.level !== 'manifest-descriptor' || !a.platforms) continue
    const absent = a.platforms.split(',').filter(p => !held.has(p))
    if (absent.length) {
      throw new UserError(
        `annotations: manifest-descriptor[${a.platforms}]:${a.key} names ${absent.join(', ')}, which the merged index does not hold (it holds ${[...held].join(', ')}). Nothing was pushed.`
      )
    }
  }
}

/** An entry's descriptor with the `manifest-descriptor:` annotations for its platform. */
function withDescriptorAnnotations(entry: Entry, inputs: IndexInputs): Descriptor {
  const extra = inputs.annotations.filter(
    a =>
      a.level === 'manifest-descriptor' &&
      (a.platforms === '' ||
        a.platforms.split(',').includes(formatPlatform(entry.descriptor.platform)))
  )
  if (!extra.length) return entry.descriptor
  return {
    ...entry.descriptor,
    annotations: {
      ...entry.descriptor.annotations,
      ...Object.fromEntries(extra.map(a => [a.key, a.value]))
    }
  }
}
