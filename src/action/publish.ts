/**
 * Pushing the image of an OCI layout to the target repository, as `build-push` and `push` do:
 * blobs first, then the manifest (or the index and its children), then each tag, with
 * progress lines; and the notice when the push created the package.
 */
import * as core from '@actions/core'
import { copyImage, OciLayoutSource, RemoteDestination } from '../registry/index.js'
import { ownerIsOrganization, type RunContext } from './context.js'
import type { CommonInputs } from './inputs/index.js'
import { imageSize, platformsOf, progressReporter, type ImageReport } from './report.js'
import type { Session } from './session.js'
import { isGitHubRegistry, packageSettingsUrl } from './token.js'

/** Pushes the image of a layout to `inputs.image` with `tags`. */
export async function pushLayout(
  dir: string,
  layoutTag: string,
  tags: string[],
  inputs: CommonInputs,
  ctx: RunContext,
  session: Session
): Promise<ImageReport & { createdPackage: boolean }> {
  const repository = session.client.repository(inputs.image.repository)
  const name = `${inputs.image.registry}/${inputs.image.repository}`
  const started = Date.now()
  const github = isGitHubRegistry(inputs.registry, ctx.serverUrl)
  // Only the "new package" notice depends on it; a failure to ask costs nothing else.
  const createdPackage = github && !(await repository.known().catch(() => true))
  const source = new OciLayoutSource(dir, layoutTag)
  core.info(`Pushing ${name} with tags ${tags.join(', ')}`)
  let result
  try {
    result = await copyImage(source, new RemoteDestination(repository), {
      tags,
      ...progressReporter('upload')
    })
  } catch (error) {
    throw session.explain(error, `push ${name}`, inputs.image.repository, true)
  }
  const seconds = (Date.now() - started) / 1000
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
  return {
    digest: result.digest,
    ref: `${name}@${result.digest}`,
    tags: tags.map(t => `${name}:${t}`),
    imageid: result.configDigest ?? '',
    platforms: platformsOf(result),
    size,
    seconds,
    transfer: { direction: 'upload', stats: result.stats, mediaType: result.mediaType },
    createdPackage
  }
}
