/**
 * `command: push`: an existing image, from the Docker engine, an OCI layout or a
 * `docker save` archive, to the target repository.
 */
import * as core from '@actions/core'
import { createReadStream } from 'node:fs'
import { saveToLayout } from '../../builders/index.js'
import { CommandError } from '../../exec.js'
import { readDockerArchive } from '../../registry/index.js'
import { removeDir } from '../cleanup.js'
import { scratchDir, type RunContext } from '../context.js'
import { UserError } from '../errors.js'
import type { PushInputs, PushSource } from '../inputs/index.js'
import { recordLeg } from '../leg-records.js'
import { group } from '../log.js'
import { pushLayout } from '../push-image.js'
import { secondsSince, setImageOutputs, summarizeImage } from '../report.js'
import { actionRunner } from '../exec.js'
import { attestPushedImage } from '../attest.js'
import { openTargetSession } from '../session.js'

const LAYOUT_TAG = 'latest'

/** Writes an engine image or an archive into `dir` as an OCI layout tagged {@link LAYOUT_TAG}. */
async function intoLayout(
  source: Exclude<PushSource, { kind: 'oci' }>,
  dir: string
): Promise<void> {
  if (source.kind === 'docker-archive') {
    await group(`Read ${source.path}`, async () => {
      const image = await readDockerArchive(createReadStream(source.path), dir, {
        tag: LAYOUT_TAG
      })
      core.info(
        image.converted
          ? 'Layers were uncompressed in the archive and are compressed for the registry'
          : 'Layers are kept as they are in the archive'
      )
    })
    return
  }
  await group(`Read ${source.name} from the Docker engine`, () =>
    saveToLayout(actionRunner, source.name, dir, process.env, line => core.info(line)).catch(e => {
      if (e instanceof CommandError)
        throw new UserError(`Could not read ${source.name} from the Docker engine: ${e.message}`)
      throw e
    })
  )
}

export async function push(inputs: PushInputs, ctx: RunContext): Promise<void> {
  const { source, tags } = inputs
  const name = `${inputs.image.registry}/${inputs.image.repository}`
  const started = Date.now()
  // No upload preflight: the push's own first request proves write access as fast.
  const session = await group('Login', () => openTargetSession(inputs, ctx, { write: true }))
  let scratch: string | undefined
  try {
    let layoutDir: string
    let layoutTag: string
    if (source.kind === 'oci') {
      layoutDir = source.path
      layoutTag = source.tag ?? ''
    } else {
      scratch = await scratchDir(ctx, 'ghcr-action-push-')
      await intoLayout(source, scratch)
      layoutDir = scratch
      layoutTag = LAYOUT_TAG
    }
    const report = await group('Push', () =>
      pushLayout(layoutDir, layoutTag, tags, inputs, ctx, session)
    )
    const attestation = inputs.attest
      ? await attestPushedImage(inputs, ctx, session, report.digest)
      : undefined
    const records = inputs.pushByDigest ? await recordLeg(ctx, inputs.image, report) : []
    setImageOutputs(report, {
      source: source.kind,
      ...(inputs.pushByDigest && { pushByDigest: true, records }),
      ...(attestation && { attestation })
    })
    summarizeImage(`Pushed ${name}`, { ...report, seconds: secondsSince(started) }, name)
  } finally {
    await session.close()
    if (scratch) await removeDir(scratch)
  }
}
