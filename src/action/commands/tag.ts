/** `command: tag`: adds tags to an image of the registry without moving a layer. */
import {
  copyResultOf,
  emptyStats,
  formatReference,
  pointerOf,
  RemoteSource,
  type CopyResult
} from '../../registry/index.js'
import type { RunContext } from '../context.js'
import type { TagInputs } from '../inputs/index.js'
import { group } from '../log.js'
import { copyRemote } from '../push-image.js'
import { imageSize, reportCopy } from '../report.js'
import { openTargetSession } from '../session.js'

export async function tag(inputs: TagInputs, ctx: RunContext): Promise<void> {
  const { source, tags } = inputs
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
        result = copyResultOf(manifest.bytes, manifest.parsed, emptyStats())
        // The size from the bytes in hand: nothing just written is read back.
        size = await imageSize(new RemoteSource(destination, manifest.digest, manifest), {
          mediaType: manifest.mediaType,
          digest: manifest.digest,
          size: manifest.bytes.length
        })
      } else {
        // Another repository of the same registry: blobs are mounted, not uploaded.
        const from = session.client.repository(source.repository)
        result = await copyRemote(from, source, destination, { tags })
        size = result.stats.bytesCopied + result.stats.bytesReused
      }
    } catch (error) {
      throw session.explain(error, `tag ${formatReference(source)}`, inputs.image.repository, true)
    }
    const name = `${inputs.image.registry}/${inputs.image.repository}`
    reportCopy('Tagged', source, result, { name, tags, size, started })
  } finally {
    await session.close()
  }
}
