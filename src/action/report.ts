/**
 * What the user reads about an image: progress lines while blobs move, the step's outputs
 * (`digest`, `ref`, `tags`, `imageid`, `metadata`), and the job summary.
 */
import * as core from '@actions/core'
import {
  formatPlatform,
  formatReference,
  OciLayoutSource,
  parseManifest,
  type CopyEvents,
  type CopyResult,
  type CopyStats,
  type Descriptor,
  type ImageSource,
  type Reference
} from '../registry/index.js'

import { declarePushedImage } from './artifacts.js'
import { html } from './log.js'

const MiB = 1024 * 1024
const PROGRESS_EVERY_MS = 5000

function mib(bytes: number): string {
  return `${(bytes / MiB).toFixed(1)} MiB`
}

function short(digest: string): string {
  return digest.slice(0, 19)
}

/** Which way blobs move: up to a registry, or down from one. */
export type Direction = 'upload' | 'download'

/** Progress lines: per blob bytes and rate at most every few seconds, and a final line each. */
export function progressReporter(direction: Direction): CopyEvents {
  const started = new Map<string, { at: number; done: number; lastLog: number }>()
  return {
    onBlobStart: desc => started.set(desc.digest, { at: Date.now(), done: 0, lastLog: Date.now() }),
    onBlobProgress: (desc, bytes) => {
      const s = started.get(desc.digest)
      if (!s) return
      s.done += bytes
      const now = Date.now()
      if (now - s.lastLog >= PROGRESS_EVERY_MS) {
        s.lastLog = now
        const rate = s.done / Math.max(0.001, (now - s.at) / 1000)
        core.info(`  ${short(desc.digest)}  ${mib(s.done)} / ${mib(desc.size)}  (${mib(rate)}/s)`)
      }
    },
    onBlobDone: (desc, outcome) => {
      const s = started.get(desc.digest)
      const seconds = s ? secondsSince(s.at) : 0
      const what = {
        copied: `${direction === 'upload' ? 'pushed' : 'downloaded'} in ${seconds.toFixed(1)} s`,
        present: direction === 'upload' ? 'already present' : 'from the cache',
        mounted: 'mounted from another repository',
        foreign: 'foreign layer, not uploaded'
      }[outcome]
      core.info(`  ${short(desc.digest)}  ${mib(desc.size).padStart(10)}  ${what}`)
    }
  }
}

/** What a command reports about the image it built, pushed, pulled, tagged or copied. */
export interface ImageReport {
  /** The manifest or index written (or, for a pull, resolved). */
  digest: string
  /** `<registry>/<repository>@<digest>`; empty when nothing was pushed. */
  ref: string
  /** Full references written. */
  tags: string[]
  imageid: string
  /** An index's platforms and their digests. */
  platforms: Array<{ platform: string; digest: string }>
  /** One platform taken from an index (pull): which, and its manifest's digest. */
  platform?: { platform: string; digest: string }
  /** Bytes of the image's blobs (config and layers). */
  size: number
  seconds: number
  /** What moved, and which way. */
  transfer?: { direction: Direction; stats: CopyStats; mediaType: string }
}

/** The platforms of an index, without attestation manifests (`unknown/unknown`). */
export function platformsOf(result: Pick<CopyResult, 'manifests'>): ImageReport['platforms'] {
  return result.manifests
    .filter(m => m.platform && m.platform !== 'unknown/unknown')
    .map(m => ({ platform: m.platform!, digest: m.digest }))
}

/**
 * Sum of the sizes of an image's blobs: config and layers, over every platform of an index
 * (attestations left out).
 */
export async function imageSize(source: ImageSource, root: Descriptor): Promise<number> {
  const parsed = parseManifest(
    await source.manifest(root),
    root.mediaType,
    `manifest ${root.digest} of ${source.description}`
  )
  if (parsed.kind === 'image')
    return parsed.manifest.layers.reduce((n, l) => n + l.size, parsed.manifest.config.size)
  let total = 0
  for (const child of parsed.index.manifests) {
    if (child.platform?.os === 'unknown') continue
    total += await imageSize(source, child)
  }
  return total
}

/**
 * The config digest of the image a root stands for: its own, or, for an index that wraps one
 * image with attestations beside it (buildx's default provenance), that image's. Empty for a
 * multi-platform index.
 */
export async function imageIdOf(
  source: ImageSource,
  root: { configDigest?: string; manifests: CopyResult['manifests'] }
): Promise<string> {
  if (root.configDigest) return root.configDigest
  const images = root.manifests.filter(m => m.platform && m.platform !== 'unknown/unknown')
  if (images.length !== 1) return ''
  const child = images[0]!
  const { mediaType, digest, size } = child
  const bytes = await source.manifest({ mediaType, digest, size })
  const parsed = parseManifest(bytes, child.mediaType)
  return parsed.kind === 'image' ? parsed.manifest.config.digest : ''
}

/** Describes an image in a layout without pushing it (for builds that are not pushed). */
export async function describeLayout(
  dir: string,
  tag: string
): Promise<Pick<ImageReport, 'digest' | 'imageid' | 'platforms' | 'size'>> {
  const source = new OciLayoutSource(dir, tag)
  const root = await source.root()
  const parsed = parseManifest(root.bytes, root.mediaType)
  const size = await imageSize(source, {
    mediaType: root.mediaType,
    digest: root.digest,
    size: root.bytes.length
  })
  if (parsed.kind === 'image') {
    return { digest: root.digest, imageid: parsed.manifest.config.digest, platforms: [], size }
  }
  const manifests = parsed.index.manifests.map(m => ({
    mediaType: m.mediaType,
    digest: m.digest,
    size: m.size,
    ...(m.platform && { platform: formatPlatform(m.platform) })
  }))
  return {
    digest: root.digest,
    imageid: await imageIdOf(source, { manifests }),
    platforms: platformsOf({ manifests }),
    size
  }
}

/** The `metadata` output's account of what moved. */
function transferMetadata(transfer: NonNullable<ImageReport['transfer']>): Record<string, unknown> {
  const s = transfer.stats
  if (transfer.direction === 'download') {
    return {
      download: {
        layersDownloaded: s.copied,
        layersCached: s.present,
        bytesDownloaded: s.bytesCopied,
        bytesCached: s.bytesReused
      }
    }
  }
  return {
    transfer: {
      layersPushed: s.copied,
      layersPresent: s.present,
      layersMounted: s.mounted,
      layersForeign: s.foreign,
      bytesPushed: s.bytesCopied,
      bytesReused: s.bytesReused
    }
  }
}

/**
 * Sets the outputs; `metadata` is JSON with everything plus the transfer statistics. An image
 * this step wrote is also declared to the runner's artifacts list, where the runner offers one.
 */
export function setImageOutputs(report: ImageReport, extra: Record<string, unknown> = {}): void {
  const pushed = report.ref !== '' && report.transfer?.direction !== 'download'
  // The image's name without tag or digest, as actions/attest takes it (subject-name).
  const name = report.ref.replace(/@[^@]*$/, '')
  core.setOutput('digest', report.digest)
  core.setOutput('ref', report.ref)
  core.setOutput('name', name)
  core.setOutput('pushed', String(pushed))
  core.setOutput('tags', report.tags.join('\n'))
  core.setOutput('imageid', report.imageid)
  core.setOutput(
    'metadata',
    JSON.stringify({
      digest: report.digest,
      ref: report.ref,
      tags: report.tags,
      imageid: report.imageid,
      mediaType: report.transfer?.mediaType,
      platforms: report.platforms,
      ...(report.platform && {
        platform: report.platform.platform,
        platformDigest: report.platform.digest
      }),
      size: report.size,
      ...(name && { name }),
      pushed,
      ...(report.transfer && transferMetadata(report.transfer)),
      ...extra
    })
  )
  if (pushed) declarePushedImage(name, report.digest)
}

/** The summary's platform row. */
function platformRow(report: ImageReport): string {
  // Platform names come from the image's index: text of the image's author, not markup.
  if (report.platform)
    return `${html(report.platform.platform)} (<code>${report.platform.digest}</code>)`
  if (report.platforms.length) return report.platforms.map(p => html(p.platform)).join(', ')
  return 'single platform'
}

/** The summary's rows about what moved. */
function transferRows(transfer: NonNullable<ImageReport['transfer']>): Array<[string, string]> {
  const s = transfer.stats
  if (transfer.direction === 'download') {
    return [
      ['layers', `${s.copied} downloaded, ${s.present} from the cache`],
      ['received', `${mib(s.bytesCopied)} (${mib(s.bytesReused)} from the cache)`]
    ]
  }
  return [
    [
      'layers',
      `${s.copied} pushed, ${s.present} already present, ${s.mounted} mounted, ${s.foreign} foreign`
    ],
    ['sent', `${mib(s.bytesCopied)} (${mib(s.bytesReused)} reused)`]
  ]
}

/** The job summary table of an image. */
export function summarizeImage(
  title: string,
  report: ImageReport,
  name: string,
  notes: string[] = []
): void {
  const pulled = report.transfer?.direction === 'download'
  const rows: Array<[string, string]> = [['image', name]]
  if (!pulled) {
    rows.push([
      'tags',
      report.tags.length
        ? report.tags.map(t => `<code>${t}</code>`).join('<br>')
        : 'none (not pushed)'
    ])
  }
  rows.push(['digest', `<code>${report.digest}</code>`])
  rows.push(['pinned reference', report.ref ? `<code>${report.ref}</code>` : 'none (not pushed)'])
  rows.push(['platforms', platformRow(report)])
  rows.push(['size', mib(report.size)])
  if (report.transfer) rows.push(...transferRows(report.transfer))
  rows.push(['time', `${report.seconds.toFixed(1)} s`])
  core.summary.addHeading(title, 3)
  core.summary.addTable([
    [
      { data: 'what', header: true },
      { data: 'value', header: true }
    ],
    ...rows
  ])
  for (const note of notes) core.summary.addRaw(`> ${note}`, true)
}

/** Seconds since `started` (a `Date.now()`), as the summary's time row shows them. */
export function secondsSince(started: number): number {
  return (Date.now() - started) / 1000
}

/**
 * The report of an image a command wrote or read, `name` being `<registry>/<repository>`: its
 * `ref` and full `tags` follow from the name, and are empty for an image written nowhere
 * (`written: false`, a build that was not pushed).
 */
export function imageReport(image: {
  name: string
  digest: string
  tags?: string[]
  imageid?: string
  platforms?: ImageReport['platforms']
  platform?: ImageReport['platform']
  size: number
  started: number
  transfer?: ImageReport['transfer']
  written?: boolean
}): ImageReport {
  const written = image.written ?? true
  return {
    digest: image.digest,
    ref: written ? `${image.name}@${image.digest}` : '',
    tags: written ? (image.tags ?? []).map(t => `${image.name}:${t}`) : [],
    imageid: image.imageid ?? '',
    platforms: image.platforms ?? [],
    ...(image.platform && { platform: image.platform }),
    size: image.size,
    seconds: secondsSince(image.started),
    ...(image.transfer && { transfer: image.transfer })
  }
}

/** The report of an upload of `result` into `name` under `tags`. */
export function uploadReport(
  result: CopyResult,
  name: string,
  tags: string[],
  size: number,
  started: number
): ImageReport {
  return imageReport({
    name,
    digest: result.digest,
    tags,
    imageid: result.configDigest ?? '',
    platforms: platformsOf(result),
    size,
    started,
    transfer: { direction: 'upload', stats: result.stats, mediaType: result.mediaType }
  })
}

/**
 * The report of a download of `result` (the image `served` resolved to, or its `chosen`
 * platform of an index) from `name`.
 */
export function downloadReport(
  result: CopyResult,
  name: string,
  served: { digest: string; mediaType: string },
  started: number,
  chosen?: string
): ImageReport {
  return imageReport({
    name,
    digest: served.digest,
    imageid: result.configDigest ?? '',
    platforms: chosen ? [] : platformsOf(result),
    ...(chosen && { platform: { platform: chosen, digest: result.digest } }),
    size: result.stats.bytesCopied + result.stats.bytesReused,
    started,
    transfer: { direction: 'download', stats: result.stats, mediaType: served.mediaType }
  })
}

/**
 * The end of a copy of `source` into `name` under `tags` (tag, copy): the digest line, the
 * outputs (with `source` in `metadata`) and the summary, titled `verb source`.
 */
export function reportCopy(
  verb: string,
  source: Reference,
  result: CopyResult,
  target: { name: string; tags: string[]; size: number; started: number },
  extra: Record<string, unknown> = {}
): void {
  core.info(`Digest: ${result.digest}`)
  const report = uploadReport(result, target.name, target.tags, target.size, target.started)
  setImageOutputs(report, { source: formatReference(source), ...extra })
  summarizeImage(`${verb} ${formatReference(source)}`, report, target.name)
}
