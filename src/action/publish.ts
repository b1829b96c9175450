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
  OciLayoutSource,
  parseManifest,
  pointerOf,
  readSmallBlob,
  RemoteDestination,
  RemoteSource,
  type CopyResult,
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
  session: Session
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
  try {
    result = await copyImage(source, new RemoteDestination(repository), {
      tags,
      ...progressReporter('upload')
    })
  } catch (error) {
    throw session.explain(error, `push ${name}`, inputs.image.repository, true)
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
