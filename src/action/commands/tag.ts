/** `command: tag`: adds tags to an image of the registry without moving a layer. */
import {
  copyImage,
  formatPlatform,
  formatReference,
  parseManifest,
  pointerOf,
  RemoteDestination,
  RemoteSource,
  type CopyResult
} from '../../registry/index.js'
import type { RunContext } from '../context.js'
import type { TagInputs } from '../inputs/index.js'
import { group } from '../log.js'
import { imageSize, progressReporter, reportCopy } from '../report.js'
import { openTargetSession } from '../session.js'

export async function tag(inputs: TagInputs, ctx: RunContext): Promise<void> {
  const { source, tags } = inputs
  const name = `${inputs.image.registry}/${inputs.image.repository}`
  const started = Date.now()
  const session = await group('Login', () => openTargetSession(inputs, ctx, { write: true }))
  try {
    const destination = session.client.repository(inputs.image.repository)
    let result: CopyResult
    let size: number
    try {
      if (source.repository === inputs.image.repository) {
        // The manifest bytes are read once and put under each tag: no blob moves at all.
        const manifest = await destination.getManifest(pointerOf(source))
        for (const tag of tags)
          await destination.putManifest(tag, manifest.bytes, manifest.mediaType)
        const parsed = parseManifest(manifest.bytes, manifest.mediaType)
        result = {
          digest: manifest.digest,
          mediaType: manifest.mediaType,
          size: manifest.bytes.length,
          manifests:
            parsed.kind === 'index'
              ? parsed.index.manifests.map(m => ({
                  digest: m.digest,
                  mediaType: m.mediaType,
                  ...(m.platform && { platform: formatPlatform(m.platform) })
                }))
              : [],
          ...(parsed.kind === 'image' && { configDigest: parsed.manifest.config.digest }),
          stats: { pushed: 0, present: 0, mounted: 0, foreign: 0, bytesPushed: 0, bytesReused: 0 }
        }
        size = await imageSize(new RemoteSource(destination, manifest.digest), {
          mediaType: manifest.mediaType,
          digest: manifest.digest,
          size: manifest.bytes.length
        })
      } else {
        // Another repository of the same registry: blobs are mounted, not uploaded.
        result = await copyImage(
          new RemoteSource(session.client.repository(source.repository), pointerOf(source)),
          new RemoteDestination(destination),
          { tags, ...progressReporter('upload') }
        )
        size = result.stats.bytesPushed + result.stats.bytesReused
      }
    } catch (error) {
      throw session.explain(error, `tag ${formatReference(source)}`, inputs.image.repository, true)
    }
    reportCopy(
      `Tagged ${formatReference(source)}`,
      formatReference(source),
      result,
      name,
      tags,
      size,
      started
    )
  } finally {
    await session.close()
  }
}
