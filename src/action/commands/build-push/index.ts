/**
 * `command: build-push` (the default): build with the first builder that works, push the
 * result with the embedded client, or, where pushing is off (pull requests), load it into the
 * local Docker engine.
 */
import * as core from '@actions/core'
import {
  BuildSetupError,
  chooseBuilder,
  NoBuilderError,
  type BuilderChoice,
  type BuilderKind
} from '../../../builders/index.js'
import { CommandError } from '../../../exec.js'
import { annotateIndex, type Descriptor } from '../../../registry/index.js'
import { buildOptions, capabilitiesNeeded, checkBuilderCan } from './options.js'
import { prefetchBaseImages } from './base-images.js'
import { BlobCache } from '../../blob-cache.js'
import { removeDir } from '../../cleanup.js'
import {
  isForkPullRequest,
  isPullRequestEvent,
  scratchDir,
  type RunContext
} from '../../context.js'
import { dockerEngine, loadLayout } from '../../engine/load.js'
import { InputError, UserError } from '../../errors.js'
import type { BuildPushInputs } from '../../inputs/index.js'
import { recordLeg } from '../../leg-records.js'
import { group } from '../../log.js'
import { EarlyUploads, pushLayout } from '../../push-image.js'
import {
  describeLayout,
  imageReport,
  secondsSince,
  setImageOutputs,
  summarizeImage
} from '../../report.js'
import { actionRunner } from '../../exec.js'
import { attestPushedImage } from '../../attest.js'
import { openTargetSession, type Session } from '../../session.js'
import { commitTime, defaultTags, DESCRIBING_LABELS, ociLabels } from '../../tags.js'

function buildFailure(error: unknown): unknown {
  if (error instanceof NoBuilderError) {
    return new UserError(
      `No builder can run this build: ${error.reasons.join('; ')}. Install one, or set up buildx with docker/setup-buildx-action.`
    )
  }
  if (error instanceof CommandError) return new UserError(`The build failed: ${error.message}`)
  if (error instanceof BuildSetupError) return new UserError(error.message)
  return error
}

/** Why a build is not pushed, in the words of the notice. */
function notPushedBecause(inputs: BuildPushInputs, ctx: RunContext): string {
  if (isForkPullRequest(ctx)) return 'a pull request from a fork gets a read-only token'
  if (inputs.push === false) return 'push is false'
  return `this is a ${ctx.eventName} event, and push: auto does not push pull requests`
}

export async function buildPush(
  inputs: BuildPushInputs,
  ctx: RunContext,
  cache = BlobCache.forRun(ctx.inActions)
): Promise<void> {
  const { tags } = inputs
  // A push by digest writes no tags; the image still has names in the builder and the engine.
  const derived = tags.length ? [] : defaultTags(ctx, inputs.tagStyle)
  const localTags = tags.length ? tags : derived.length ? derived : ['latest']
  const push = inputs.push === 'auto' ? !isPullRequestEvent(ctx) : inputs.push
  const name = `${inputs.image.registry}/${inputs.image.repository}`
  const started = Date.now()
  let session: Session | undefined
  let removeSecrets: (() => Promise<void>) | undefined
  let early: EarlyUploads | undefined
  const layoutDir = await scratchDir(ctx, 'ghcr-action-build-')
  try {
    // The builder is checked first (a bad builder or platforms is a bad request, found before
    // any network work); then the login: private base images need it, and a missing write
    // permission should fail now (the upload preflight), not after the build.
    const choice: BuilderChoice = await chooseBuilder(
      inputs.builder,
      inputs.platforms,
      actionRunner,
      process.env,
      capabilitiesNeeded(inputs)
    ).catch(e => {
      throw buildFailure(e)
    })
    checkBuilderCan(choice.builder.kind, inputs)
    // load: true is a promise to later steps (docker run): no engine, no build.
    if (inputs.load === true && !(await dockerEngine())) {
      throw new InputError(
        'load',
        'true',
        'no Docker engine answers here to load the built image into',
        'Set load: false, or start a Docker engine (DOCKER_HOST).'
      )
    }
    const { options, cleanup } = await buildOptions(inputs, ctx)
    removeSecrets = cleanup
    if (inputs.token || push) {
      session = await group('Login', () =>
        openTargetSession(inputs, ctx, { write: push, preflight: push })
      )
    }
    core.info(`Builder: ${choice.builder.kind} (${choice.reason})`)
    // The classic engine pulls base images itself; give it them from the blob cache instead.
    if (choice.builder.kind === 'docker')
      await prefetchBaseImages(inputs, cache, inputs.platforms[0] ?? ctx.platform)
    const labels = { ...ociLabels(ctx, tags), ...inputs.labels }
    const epoch = commitTime(ctx)
    // Layers the builder writes one by one are uploaded as they land.
    early = push
      ? new EarlyUploads(session!.client.repository(inputs.image.repository), layoutDir)
      : undefined
    const result = await group(`Build with ${choice.builder.kind}`, () =>
      choice.builder
        .build({
          context: inputs.context,
          file: inputs.file,
          buildArgs: inputs.buildArgs,
          labels,
          target: inputs.target,
          platforms: inputs.platforms,
          network: inputs.network,
          name: `${name}:${localTags[0]}`,
          layoutDir,
          env: process.env,
          log: line => core.info(line),
          runner: actionRunner,
          options,
          ...(inputs.buildxBuilder && { buildxBuilder: inputs.buildxBuilder }),
          ...(epoch && { sourceDateEpoch: Math.floor(epoch.getTime() / 1000) }),
          ...(early && { onLayer: (layer: Descriptor) => early!.add(layer) })
        })
        .catch(e => {
          throw buildFailure(e)
        })
    )
    await cleanup()
    await annotateBuilt(result, inputs, labels, choice.builder.kind)
    if (push) {
      const report = await group('Push', () =>
        pushLayout(result.layoutDir, result.layoutTag, tags, inputs, ctx, session!, early)
      )
      const attestation = inputs.attest
        ? await attestPushedImage(inputs, ctx, session!, report.digest)
        : undefined
      const records = inputs.pushByDigest ? await recordLeg(ctx, inputs.image, report) : []
      const loadedAs =
        inputs.load === true
          ? await group('Load into the Docker engine', () =>
              loadBuilt(result, inputs, name, localTags)
            )
          : undefined
      setImageOutputs(report, {
        builder: choice.builder.kind,
        ...(inputs.pushByDigest && { pushByDigest: true, records }),
        ...(loadedAs && { loaded: loadedAs }),
        ...(attestation && { attestation })
      })
      summarizeImage(
        `Built and pushed ${name}`,
        { ...report, seconds: secondsSince(started) },
        name,
        report.createdPackage
          ? [
              `This push created the package. New packages on ${inputs.registry} are private until their visibility is changed in the package settings.`
            ]
          : []
      )
      return
    }
    const why = notPushedBecause(inputs, ctx)
    core.notice(
      `Built ${name} but did not push it: ${why}.${inputs.pushByDigest ? ' No record for an index step was saved.' : ''}${inputs.attest ? ' Nothing was attested (attest applies to pushed images).' : ''}`,
      { title: 'Not pushed' }
    )
    const report = imageReport({
      name,
      ...(await describeLayout(result.layoutDir, result.layoutTag)),
      started,
      written: false
    })
    const loadedAs =
      inputs.load === false ? undefined : await loadBuilt(result, inputs, name, localTags)
    setImageOutputs(report, { builder: choice.builder.kind, ...(loadedAs && { loaded: loadedAs }) })
    summarizeImage(`Built ${name}`, report, name, [`Built but not pushed: ${why}.`])
  } finally {
    // A failed build may leave uploads running: they end before their connection does.
    await early?.settle()
    await session?.close()
    await removeSecrets?.()
    await removeDir(layoutDir)
  }
}

/**
 * Index-level annotations, set in the layout before the push: the `index:` ones of the
 * annotations input (buildx writes them itself), and the image's description, source and
 * licenses labels where the index lacks them, since that is where ghcr.io reads a
 * multi-platform package's description.
 */
async function annotateBuilt(
  result: { layoutDir: string; layoutTag: string },
  inputs: BuildPushInputs,
  labels: Record<string, string>,
  kind: BuilderKind
): Promise<void> {
  const set =
    kind === 'buildx'
      ? {}
      : Object.fromEntries(
          inputs.features.annotations.filter(a => a.level === 'index').map(a => [a.key, a.value])
        )
  const defaults = Object.fromEntries(
    DESCRIBING_LABELS.filter(k => labels[k]).map(k => [k, labels[k]!])
  )
  const done = await annotateIndex(result.layoutDir, result.layoutTag, set, defaults)
  if (!done && Object.keys(set).length) {
    core.notice(
      `The index: annotations (${Object.keys(set).join(', ')}) were not set: this build made a single image, not an index. Use manifest annotations for it.`
    )
  }
}

/**
 * The built image goes into the local Docker engine, when there is one, under every tag, so
 * later steps can run it (a build that was not pushed, or `load: true`). The docker builder put
 * it there already. Returns the names it has there, or undefined when it is not there.
 */
async function loadBuilt(
  result: { layoutDir: string; layoutTag: string; dockerImage?: string },
  inputs: BuildPushInputs,
  name: string,
  tags: string[]
): Promise<string[] | undefined> {
  if (inputs.platforms.length > 1 || !(await dockerEngine())) return undefined
  const names = tags.map(t => `${name}:${t}`)
  if (result.dockerImage) {
    for (const other of names.filter(n => n !== result.dockerImage))
      await actionRunner.run('docker', ['tag', result.dockerImage, other])
    core.info(`The image is in the Docker engine as ${names.join(', ')}`)
  } else {
    await loadLayout(result.layoutDir, result.layoutTag, names)
    core.info(`Loaded into the Docker engine as ${names.join(', ')}`)
  }
  return names
}
