/**
 * `command: build-push` (the default) and `command: push`: the main job.
 */
import * as core from '@actions/core'
import { createReadStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  dockerArchiveStream,
  OciLayoutSource,
  readDockerArchive,
  tagProblem
} from '../registry/index.js'
import { chooseBuilder, NoBuilderError, saveToLayout } from '../build/builders.js'
import { CommandError, pipeInto, succeeds } from '../build/exec.js'
import { isPullRequestEvent, type RunContext } from './context.js'
import { InputError, UserError } from './errors.js'
import type { Inputs } from './inputs.js'
import { group } from './log.js'
import { isForkPullRequest, login, type Session } from './login.js'
import {
  describeLayout,
  pushLayout,
  setImageOutputs,
  summarizeImage,
  type ImageReport
} from './publish.js'
import { defaultTags, ociLabels } from './tags.js'
import { prefetchBaseImages } from './base-images.js'
import { BlobCache } from './cache.js'
import { runnerPlatform } from './transfer.js'

/** The tags to write: the input's, or the git context's; each checked before any work. */
export function resolveTags(inputs: Inputs, ctx: RunContext): string[] {
  const tags = inputs.tags ?? defaultTags(ctx)
  if (tags.length === 0) {
    throw new InputError(
      'tags',
      '',
      'no tags were given and none can be derived from the git context (GITHUB_REF, GITHUB_SHA)',
      'Set tags:.'
    )
  }
  for (const tag of tags) {
    const problem = tagProblem(tag)
    if (problem) throw new InputError('tags', tag, problem)
  }
  return tags
}

async function workDir(ctx: RunContext, prefix: string): Promise<string> {
  return mkdtemp(join(ctx.runnerTemp || tmpdir(), prefix))
}

function buildFailure(error: unknown): unknown {
  if (error instanceof NoBuilderError) {
    return new UserError(
      `No builder can run this build: ${error.reasons.join('; ')}. Install one, or set up buildx with docker/setup-buildx-action.`
    )
  }
  if (error instanceof CommandError) return new UserError(`The build failed: ${error.message}`)
  return error
}

/** `command: build-push`. */
export async function buildPushCommand(
  inputs: Inputs,
  ctx: RunContext,
  cache = BlobCache.forRun(ctx.inActions)
): Promise<void> {
  const tags = resolveTags(inputs, ctx)
  const push = inputs.push === 'auto' ? !isPullRequestEvent(ctx) : inputs.push
  const name = `${inputs.image.registry}/${inputs.image.repository}`
  const started = Date.now()
  let session: Session | undefined
  const layoutDir = await workDir(ctx, 'ghcr-action-build-')
  try {
    // The builder is checked first (a bad builder or platforms is a bad request, found before
    // any network work); then the login: private base images need it, and a missing write
    // permission should fail now, not after the build.
    const choice = await chooseBuilder(inputs.builder, inputs.platforms, process.env).catch(e => {
      throw buildFailure(e)
    })
    if (inputs.token || push)
      session = await group('Login', () => login(inputs, ctx, { write: push }))
    core.info(`Builder: ${choice.builder.kind} (${choice.reason})`)
    // The classic engine pulls base images itself; give it them from the blob cache instead.
    if (choice.builder.kind === 'docker')
      await prefetchBaseImages(inputs, cache, inputs.platforms[0] ?? runnerPlatform())
    const labels = { ...ociLabels(ctx, tags), ...inputs.labels }
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
          name: `${name}:${tags[0]}`,
          layoutDir,
          env: process.env,
          log: line => core.info(line)
        })
        .catch(e => {
          throw buildFailure(e)
        })
    )
    let report: ImageReport
    const notes: string[] = []
    if (push) {
      report = await group('Push', () =>
        pushLayout(result.layoutDir, result.layoutTag, tags, inputs, ctx, session!)
      )
      if (report.createdPackage)
        notes.push(
          'This push created the package. New ghcr.io packages are private until their visibility is changed in the package settings.'
        )
    } else {
      const why = isForkPullRequest(ctx)
        ? 'a pull request from a fork gets a read-only token'
        : inputs.push === false
          ? 'push is false'
          : `this is a ${ctx.eventName} event, and push: auto does not push pull requests`
      core.notice(`Built ${name} but did not push it: ${why}.`, { title: 'Not pushed' })
      notes.push(`Built but not pushed: ${why}.`)
      report = {
        ...(await describeLayout(result.layoutDir, result.layoutTag)),
        ref: '',
        tags: [],
        pushed: false,
        seconds: (Date.now() - started) / 1000,
        createdPackage: false
      }
      await loadIntoDocker(
        result.dockerImage,
        result.layoutDir,
        result.layoutTag,
        name,
        tags,
        inputs
      )
    }
    setImageOutputs(report, { builder: choice.builder.kind })
    summarizeImage(
      push ? `Built and pushed ${name}` : `Built ${name}`,
      { ...report, seconds: (Date.now() - started) / 1000 },
      name,
      notes
    )
  } finally {
    await session?.close()
    await rm(layoutDir, { recursive: true, force: true })
  }
}

/**
 * An image that was built but not pushed goes into the local Docker engine, when there is one,
 * under every tag, so later steps can run it. The docker builders put it there already.
 */
async function loadIntoDocker(
  dockerImage: string | undefined,
  layoutDir: string,
  layoutTag: string,
  name: string,
  tags: string[],
  inputs: Inputs
): Promise<void> {
  if (inputs.platforms.length > 1) return
  const names = tags.map(t => `${name}:${t}`)
  if (!(await succeeds('docker', ['version', '--format', '{{.Server.Version}}']))) return
  if (dockerImage) {
    for (const other of names.filter(n => n !== dockerImage))
      await succeeds('docker', ['tag', dockerImage, other])
    core.info(`The image is in the Docker engine as ${names.join(', ')}`)
    return
  }
  const source = new OciLayoutSource(layoutDir, layoutTag)
  const root = await source.root()
  const stream = await dockerArchiveStream(
    source,
    { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length },
    root.bytes,
    names
  )
  await pipeInto('docker', ['load'], stream)
  core.info(`Loaded into the Docker engine as ${names.join(', ')}`)
}

/** `command: push`: an existing image (Docker engine, OCI layout or docker-archive) to the registry. */
export async function pushCommand(inputs: Inputs, ctx: RunContext): Promise<void> {
  const tags = resolveTags(inputs, ctx)
  const source = inputs.pushSource!
  const name = `${inputs.image.registry}/${inputs.image.repository}`
  const started = Date.now()
  const session = await group('Login', () => login(inputs, ctx, { write: true }))
  let scratch: string | undefined
  try {
    let layoutDir: string
    let layoutTag: string | undefined
    if (source.kind === 'oci') {
      layoutDir = source.path
      layoutTag = source.tag
    } else {
      scratch = await workDir(ctx, 'ghcr-action-push-')
      layoutDir = scratch
      layoutTag = 'latest'
      if (source.kind === 'docker-archive') {
        await group(`Read ${source.path}`, async () => {
          const image = await readDockerArchive(createReadStream(source.path), layoutDir, {
            tag: layoutTag
          })
          core.info(
            image.converted
              ? 'Layers were uncompressed in the archive and are compressed for the registry'
              : 'Layers are kept as they are in the archive'
          )
        })
      } else {
        await group(`Read ${source.name} from the Docker engine`, () =>
          saveToLayout(source.name, layoutDir, process.env, line => core.info(line)).catch(e => {
            if (e instanceof CommandError)
              throw new UserError(
                `Could not read ${source.name} from the Docker engine: ${e.message}`
              )
            throw e
          })
        )
      }
    }
    const report = await group('Push', () =>
      pushLayout(layoutDir, layoutTag ?? '', tags, inputs, ctx, session)
    )
    setImageOutputs(report, { source: source.kind })
    summarizeImage(`Pushed ${name}`, { ...report, seconds: (Date.now() - started) / 1000 }, name)
  } finally {
    await session.close()
    if (scratch) await rm(scratch, { recursive: true, force: true })
  }
}
