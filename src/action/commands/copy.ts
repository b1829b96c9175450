/** `command: copy`: an image from any registry to `image`, digests preserved. */
import {
  apiHost,
  formatReference,
  RegistryError,
  sameHost,
  type CopyResult,
  type Reference
} from '../../registry/index.js'
import type { RunContext } from '../context.js'
import { UserError } from '../errors.js'
import type { CopyInputs } from '../inputs/index.js'
import { group } from '../log.js'
import { copyRemote } from '../push-image.js'
import { carryReferrers } from '../referrers.js'
import { reportCopy } from '../report.js'
import { openSourceSession, openTargetSession, type Session } from '../session.js'

export async function copy(inputs: CopyInputs, ctx: RunContext): Promise<void> {
  const { source, tags } = inputs
  const name = `${inputs.image.registry}/${inputs.image.repository}`
  const started = Date.now()
  const from = await group(`Login to ${source.registry}`, () =>
    openSourceSession(inputs, ctx, source)
  )
  let to: Session | undefined
  try {
    to = await group(`Login to ${inputs.registry}`, () =>
      openTargetSession(inputs, ctx, { write: true })
    )
    const target = to
    let result: CopyResult
    try {
      result = await group(`Copy ${formatReference(source)} to ${name}`, () =>
        copyRemote(
          from.client.repository(source.repository),
          source,
          target.client.repository(inputs.image.repository),
          { tags, ...(inputs.platform && { platform: inputs.platform }) }
        )
      )
    } catch (error) {
      if (error instanceof UserError) throw error
      // A failure to read the source is the source's, whatever the copy was doing.
      if (readingSource(error, source)) {
        throw from.explain(error, `read ${formatReference(source)}`, source.repository, false)
      }
      throw target.explain(
        error,
        `copy ${formatReference(source)} to ${name}`,
        inputs.image.repository,
        true
      )
    }
    // What belongs to the image comes with it: attestations, signatures, SBOMs. A copy of one
    // platform carries that platform's.
    const carried = inputs.referrers
      ? await group('Copy the referrers (attestations, signatures, SBOMs)', async () => {
          try {
            return await carryReferrers(
              from.client.repository(source.repository),
              source,
              target.client.repository(inputs.image.repository),
              [result.digest, ...(inputs.platform ? [] : result.manifests.map(m => m.digest))]
            )
          } catch (error) {
            throw target.explain(
              error,
              `copy the referrers of ${formatReference(source)} to ${name}`,
              inputs.image.repository,
              true
            )
          }
        })
      : undefined
    const size = result.stats.bytesCopied + result.stats.bytesReused
    reportCopy(
      'Copied',
      source,
      result,
      { name, tags, size, started },
      carried ? { referrers: carried.copied } : {}
    )
  } finally {
    await from.close()
    await to?.close()
  }
}

/** Whether a registry error answered a request for the source repository. */
function readingSource(error: unknown, source: Reference): boolean {
  if (!(error instanceof RegistryError)) return false
  try {
    const url = new URL(error.url)
    return (
      sameHost(url, apiHost(source.registry)) &&
      url.pathname.startsWith(`/v2/${source.repository}/`)
    )
  } catch {
    return false
  }
}
