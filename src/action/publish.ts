/**
 * Pushing an image from an OCI layout with the embedded client, as `build-push` and `push` do:
 * blobs first, then the manifest (or the index and its children), then each tag, with progress
 * lines, the outputs, and the job summary.
 */
import * as core from '@actions/core'
import {
  copyImage,
  formatPlatform,
  OciLayoutSource,
  parseManifest,
  RemoteDestination,
  type CopyResult,
  type Descriptor
} from '../registry/index.js'
import type { RunContext } from './context.js'
import type { Inputs } from './inputs.js'
import type { Session } from './login.js'
import { isGitHubRegistry, packageSettingsUrl } from './token.js'

const MiB = 1024 * 1024
const PROGRESS_EVERY_MS = 5000

function mib(bytes: number): string {
  return `${(bytes / MiB).toFixed(1)} MiB`
}

function short(digest: string): string {
  return digest.slice(0, 19)
}

/** Progress lines: per layer bytes and rate at most every few seconds, and a final line each. */
export function progressReporter(): Parameters<typeof copyImage>[2] {
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
      const seconds = s ? (Date.now() - s.at) / 1000 : 0
      const what = {
        pushed: `pushed in ${seconds.toFixed(1)} s`,
        present: 'already present',
        mounted: 'mounted from another repository',
        foreign: 'foreign layer, not uploaded'
      }[outcome]
      core.info(`  ${short(desc.digest)}  ${mib(desc.size).padStart(10)}  ${what}`)
    }
  }
}

/** What `build-push`, `push` and the summary report about an image. */
export interface ImageReport {
  digest: string
  ref: string
  tags: string[]
  imageid: string
  platforms: Array<{ platform: string; digest: string }>
  size: number
  result?: CopyResult
  pushed: boolean
  seconds: number
  createdPackage: boolean
}

/** Describes an image in a layout without pushing it (for builds that are not pushed). */
export async function describeLayout(
  dir: string,
  tag: string
): Promise<Omit<ImageReport, 'ref' | 'tags' | 'pushed' | 'seconds' | 'createdPackage'>> {
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
  return {
    digest: root.digest,
    imageid: '',
    platforms: parsed.index.manifests
      .filter(m => m.platform && m.platform.os !== 'unknown')
      .map(m => ({ platform: formatPlatform(m.platform!), digest: m.digest })),
    size
  }
}

/** Sum of the sizes an image's blobs take (for the summary). */
async function imageSize(source: OciLayoutSource, root: Descriptor): Promise<number> {
  const bytes = await source.manifest(root)
  const parsed = parseManifest(bytes, root.mediaType)
  if (parsed.kind === 'image')
    return parsed.manifest.layers.reduce((n, l) => n + l.size, parsed.manifest.config.size)
  let total = 0
  for (const child of parsed.index.manifests) {
    if (child.platform?.os === 'unknown') continue
    total += await imageSize(source, child)
  }
  return total
}

/** Pushes the image of a layout to `inputs.image` with `tags`. */
export async function pushLayout(
  dir: string,
  layoutTag: string,
  tags: string[],
  inputs: Inputs,
  ctx: RunContext,
  session: Session
): Promise<ImageReport> {
  const repository = session.client.repository(inputs.image.repository)
  const name = `${inputs.image.registry}/${inputs.image.repository}`
  const started = Date.now()
  let createdPackage = false
  try {
    if (isGitHubRegistry(inputs.registry, ctx.serverUrl))
      createdPackage = (await repository.listTags()).length === 0
  } catch {
    // Only the "new package" notice depends on it.
  }
  const source = new OciLayoutSource(dir, layoutTag)
  core.info(`Pushing ${name} with tags ${tags.join(', ')}`)
  let result: CopyResult
  try {
    result = await copyImage(source, new RemoteDestination(repository), {
      tags,
      ...progressReporter()
    })
  } catch (error) {
    throw session.explain(error, `push ${name}`, inputs.image.repository, true)
  }
  const seconds = (Date.now() - started) / 1000
  const rootDesc = await source.rootDescriptor()
  const size = await imageSize(source, rootDesc)
  core.info(`Digest: ${result.digest}`)
  if (createdPackage) {
    const settings = packageSettingsUrl(
      ctx.serverUrl,
      inputs.image.repository,
      (ctx.event.repository as { owner?: { type?: string } } | undefined)?.owner?.type ===
        'Organization'
    )
    core.notice(
      `${name} is a new package. New ghcr.io packages start private: change its visibility and who may use it in the package settings (${settings}).`,
      { title: 'New package' }
    )
  }
  return {
    digest: result.digest,
    ref: `${name}@${result.digest}`,
    tags: tags.map(t => `${name}:${t}`),
    imageid: result.configDigest ?? '',
    platforms: result.manifests
      .filter(m => m.platform && m.platform !== 'unknown/unknown')
      .map(m => ({ platform: m.platform!, digest: m.digest })),
    size,
    result,
    pushed: true,
    seconds,
    createdPackage
  }
}

/** Sets the outputs; `metadata` is JSON with everything plus the transfer statistics. */
export function setImageOutputs(report: ImageReport, extra: Record<string, unknown> = {}): void {
  core.setOutput('digest', report.digest)
  core.setOutput('ref', report.ref)
  core.setOutput('tags', report.tags.join('\n'))
  core.setOutput('imageid', report.imageid)
  const stats = report.result?.stats
  core.setOutput(
    'metadata',
    JSON.stringify({
      digest: report.digest,
      ref: report.ref,
      tags: report.tags,
      imageid: report.imageid,
      mediaType: report.result?.mediaType,
      platforms: report.platforms,
      size: report.size,
      pushed: report.pushed,
      ...(stats && {
        transfer: {
          layersPushed: stats.pushed,
          layersPresent: stats.present,
          layersMounted: stats.mounted,
          layersForeign: stats.foreign,
          bytesPushed: stats.bytesPushed,
          bytesReused: stats.bytesReused
        }
      }),
      ...extra
    })
  )
}

/** The job summary table of a build-push or push. */
export function summarizeImage(
  title: string,
  report: ImageReport,
  name: string,
  notes: string[] = []
): void {
  const s = report.result?.stats
  const rows: Array<[string, string]> = [
    ['image', name],
    [
      'tags',
      report.tags.length
        ? report.tags.map(t => `<code>${t}</code>`).join('<br>')
        : 'none (not pushed)'
    ],
    ['digest', `<code>${report.digest}</code>`],
    ['pinned reference', report.ref ? `<code>${report.ref}</code>` : 'none (not pushed)'],
    [
      'platforms',
      report.platforms.length ? report.platforms.map(p => p.platform).join(', ') : 'single platform'
    ],
    ['size', mib(report.size)]
  ]
  if (s) {
    rows.push([
      'layers',
      `${s.pushed} pushed, ${s.present} already present, ${s.mounted} mounted, ${s.foreign} foreign`
    ])
    rows.push(['sent', `${mib(s.bytesPushed)} (${mib(s.bytesReused)} reused)`])
  }
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
