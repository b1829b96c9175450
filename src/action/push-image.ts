/**
 * Writing images into the target repository with progress lines: the image of an OCI layout
 * (`build-push`, `push`: blobs first, then the manifest or the index and its children, then
 * each tag, and the notice when the push created the package), or a remote image (`tag`,
 * `copy`).
 */
import * as core from '@actions/core'
import {
  configPlatform,
  copyImage,
  formatPlatform,
  Limiter,
  OciLayoutSource,
  parseManifest,
  pointerOf,
  readSmallBlob,
  RemoteDestination,
  RemoteSource,
  type CopyResult,
  type Descriptor,
  type Digest,
  type Reference,
  type Repository
} from '../registry/index.js'
import { ownerIsOrganization, type RunContext } from './context.js'
import type { CommonInputs } from './inputs/index.js'
import {
  imageIdOf,
  imageSize,
  platformsOf,
  progressReporter,
  uploadReport,
  type ImageReport
} from './report.js'
import type { Session } from './session.js'
import { isGitHubRegistry, packageSettingsUrl } from './token.js'

/**
 * Layers uploaded while the build is still writing the layout (`docker save` into layers,
 * compressed on every core): each starts as soon as it lands, so compression and upload
 * overlap as they do in `docker push`. Best effort: a failed early upload is left to the push
 * that follows, which sends whatever the registry still lacks.
 */
export class EarlyUploads {
  private readonly running: Array<Promise<void>> = []
  private readonly limiter: Limiter
  /** Digests this uploader sent, and their bytes. */
  readonly sent = new Map<string, number>()
  private readonly progress = progressReporter('upload')

  constructor(
    private readonly repository: Repository,
    private readonly dir: string,
    limit = 2
  ) {
    this.limiter = new Limiter(limit)
  }

  /** Starts uploading a layer that is now final in the layout. */
  add(layer: Descriptor): void {
    const job = this.limiter.run(async () => {
      if ((await this.repository.blobSize(layer.digest, true)) !== undefined) return
      this.progress.onBlobStart?.(layer)
      await this.repository.pushBlob(layer, new OciLayoutSource(this.dir).blob(layer), {
        onProgress: n => this.progress.onBlobProgress?.(layer, n)
      })
      this.sent.set(layer.digest, layer.size)
      this.progress.onBlobDone?.(layer, 'copied')
    })
    job.catch((error: unknown) =>
      core.debug(
        `early upload of ${layer.digest} failed, left to the push: ${error instanceof Error ? error.message : String(error)}`
      )
    )
    this.running.push(job)
  }

  /** Waits for the uploads under way (their failures are the push's to repair). */
  async settle(): Promise<void> {
    await Promise.allSettled(this.running)
  }
}

/** What a push wrote, beyond the report: for the record a push by digest leaves. */
export interface Pushed {
  createdPackage: boolean
  root: { digest: Digest; mediaType: string; size: number }
  /** The platforms of the image: an index's (attestations left out), or one image's own. */
  pushedPlatforms(): Promise<string[]>
}

/** Pushes the image of a layout to `inputs.image` with `tags` (none: by digest only). */
export async function pushLayout(
  dir: string,
  layoutTag: string,
  tags: string[],
  inputs: CommonInputs,
  ctx: RunContext,
  session: Session,
  early?: EarlyUploads
): Promise<ImageReport & Pushed> {
  const repository = session.client.repository(inputs.image.repository)
  const name = `${inputs.image.registry}/${inputs.image.repository}`
  const started = Date.now()
  const github = isGitHubRegistry(inputs.registry, ctx.serverUrl)
  // Only the "new package" notice depends on it; a failure to ask costs nothing else.
  const createdPackage = github && !(await repository.known().catch(() => true))
  const source = new OciLayoutSource(dir, layoutTag)
  core.info(
    tags.length
      ? `Pushing ${name} with tags ${tags.join(', ')}`
      : `Pushing ${name} by digest, without tags`
  )
  let result
  const progress = progressReporter('upload')
  try {
    await early?.settle()
    result = await copyImage(source, new RemoteDestination(repository), {
      tags,
      ...progress,
      // Layers sent early were reported then; the registry has them now.
      onBlobDone: (desc, outcome) => {
        if (!early?.sent.has(desc.digest)) progress.onBlobDone?.(desc, outcome)
      }
    })
  } catch (error) {
    throw session.explain(error, `push ${name}`, inputs.image.repository, true)
  }
  // What was sent early counts as pushed, not as found there.
  for (const bytes of early?.sent.values() ?? []) {
    result.stats.present--
    result.stats.copied++
    result.stats.bytesReused -= bytes
    result.stats.bytesCopied += bytes
  }
  const size = await imageSize(source, await source.rootDescriptor())
  core.info(`Digest: ${result.digest}`)
  if (createdPackage) {
    const settings = packageSettingsUrl(
      ctx.serverUrl,
      inputs.image.repository,
      ownerIsOrganization(ctx)
    )
    core.notice(
      `${name} is a new package. New packages on ${inputs.registry} start private: change its visibility and who may use it in the package settings (${settings}).`,
      { title: 'New package' }
    )
  }
  const report = uploadReport(result, name, tags, size, started)
  return {
    ...report,
    imageid: await imageIdOf(source, result),
    createdPackage,
    root: { digest: result.digest, mediaType: result.mediaType, size: result.size },
    // Read only for a push by digest: a single image's platform is in its config.
    pushedPlatforms: () => platformNames(source, result)
  }
}

/** The platforms of a pushed image: an index's, or the one its config declares. */
async function platformNames(source: OciLayoutSource, result: CopyResult): Promise<string[]> {
  if (!result.configDigest) return platformsOf(result).map(p => p.platform)
  const root = await source.root()
  const parsed = parseManifest(root.bytes, root.mediaType)
  if (parsed.kind !== 'image') return []
  const platform = configPlatform(await readSmallBlob(source, parsed.manifest.config))
  return platform ? [formatPlatform(platform)] : []
}

/**
 * Copies the image `source` names from the repository `from` into `to` under `tags` (with
 * `platform`, that platform of an index only). Blobs of another repository of the same
 * registry are mounted, not uploaded.
 */
export function copyRemote(
  from: Repository,
  source: Reference,
  to: Repository,
  options: { tags: string[]; platform?: string }
): Promise<CopyResult> {
  return copyImage(new RemoteSource(from, pointerOf(source)), new RemoteDestination(to), {
    tags: options.tags,
    ...(options.platform && { platform: options.platform }),
    ...progressReporter('upload')
  })
}
