/**
 * `command: pull`, `command: tag` and `command: copy`: digests for deploy steps, retagging
 * without moving layers, and mirroring between registries.
 */
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  copyImage,
  dockerArchiveStream,
  formatReference,
  OciLayoutDestination,
  OciLayoutSource,
  parseManifest,
  RemoteDestination,
  RemoteSource,
  type CopyResult,
  type Reference
} from '../registry/index.js'
import { pipeInto, succeeds } from '../build/exec.js'
import type { RunContext } from './context.js'
import { readDockerCredentials } from './docker-config.js'
import { InputError, UserError } from './errors.js'
import type { Inputs } from './inputs.js'
import { group } from './log.js'
import { BlobCache } from './cache.js'
import { login, type Session } from './login.js'
import { progressReporter, setImageOutputs, summarizeImage, type ImageReport } from './publish.js'

const LAYOUT_TAG = 'latest'

/** `os/arch[/variant]` of the runner (RUNNER_OS, RUNNER_ARCH), or of this process. */
export function runnerPlatform(env: NodeJS.ProcessEnv = process.env): string {
  const os = (env.RUNNER_OS ?? process.platform).toLowerCase()
  const arch = (env.RUNNER_ARCH ?? process.arch).toUpperCase()
  const goOs =
    os === 'macos' || os === 'darwin'
      ? 'darwin'
      : os === 'windows' || os === 'win32'
        ? 'windows'
        : 'linux'
  const goArch: Record<string, string> = {
    X64: 'amd64',
    ARM64: 'arm64',
    ARM: 'arm/v7',
    X86: '386',
    IA32: '386',
    S390X: 's390x',
    PPC64: 'ppc64le'
  }
  return `${goOs}/${goArch[arch] ?? 'amd64'}`
}

/** What a reference points at inside its repository: its digest, else its tag, else latest. */
function pointer(ref: Reference): string {
  return ref.digest ?? ref.tag ?? 'latest'
}

/**
 * A session for reading `source`: the action's own login when it is on `registry`; otherwise
 * the Docker config's credentials for that registry (as `docker pull` would use), or none.
 */
async function sourceSession(inputs: Inputs, ctx: RunContext, source: Reference): Promise<Session> {
  if (source.registry === inputs.registry)
    return login(inputs, ctx, { write: false, repository: source.repository })
  const credentials = await readDockerCredentials(source.registry)
  if (credentials?.password) core.setSecret(credentials.password)
  core.info(
    credentials
      ? `Credentials for ${source.registry} from the Docker config`
      : `No credentials for ${source.registry}: reading anonymously`
  )
  return login(
    {
      ...inputs,
      registry: source.registry,
      username: credentials?.username ?? '',
      token: credentials?.password ?? ''
    },
    ctx,
    { write: false, repository: source.repository, source: true }
  )
}

function report(
  result: CopyResult,
  name: string,
  digest: string,
  tags: string[],
  started: number
): ImageReport {
  return {
    digest,
    ref: `${name}@${digest}`,
    tags: tags.map(t => `${name}:${t}`),
    imageid: result.configDigest ?? '',
    platforms: result.manifests
      .filter(m => m.platform && m.platform !== 'unknown/unknown')
      .map(m => ({ platform: m.platform!, digest: m.digest })),
    size: result.stats.bytesPushed + result.stats.bytesReused,
    result,
    pushed: tags.length > 0,
    seconds: (Date.now() - started) / 1000,
    createdPackage: false
  }
}

/** The end of a tag or copy: the digest line, the outputs and the summary. */
function finish(
  verb: string,
  source: Reference,
  result: CopyResult,
  name: string,
  tags: string[],
  started: number
): void {
  core.info(`Digest: ${result.digest}`)
  const written = report(result, name, result.digest, tags, started)
  setImageOutputs(written, { source: formatReference(source) })
  summarizeImage(`${verb} ${formatReference(source)}`, written, name)
}

/** `command: pull`. */
export async function pullCommand(
  inputs: Inputs,
  ctx: RunContext,
  cache = BlobCache.forRun(ctx.inActions)
): Promise<void> {
  const source = inputs.remoteSource!
  const reference = pointer(source)
  const name = `${source.registry}/${source.repository}`
  const platform = inputs.platform || runnerPlatform()
  const started = Date.now()
  const load =
    inputs.load === 'auto'
      ? await succeeds('docker', ['version', '--format', '{{.Server.Version}}'])
      : inputs.load
  if (
    inputs.load === true &&
    !(await succeeds('docker', ['version', '--format', '{{.Server.Version}}']))
  ) {
    throw new InputError(
      'load',
      'true',
      'no Docker engine answers here',
      'Set load: false, or start a Docker engine (DOCKER_HOST).'
    )
  }
  const session = await group('Login', () => sourceSession(inputs, ctx, source))
  // Everything is downloaded and verified here first; only then is anything loaded or written
  // where later steps could use it.
  // A new output directory is filled beside its final place and renamed into it at the end:
  // one write of every byte, and nothing at that path unless the whole pull succeeded.
  const intoOutput = !!inputs.output && !cache.enabled && !existsSync(inputs.output)
  const scratch = intoOutput
    ? await mkdtemp(`${resolve(inputs.output)}.partial-`)
    : await mkdtemp(join(ctx.runnerTemp || tmpdir(), 'ghcr-action-pull-'))
  // With the blob cache, layers go into its store, and the ones it has are not downloaded.
  const store = cache.enabled ? cache.dir : scratch
  // The image's name in the layout: its tag when the layout is the output (oci:DIR:TAG).
  const layoutTag = intoOutput ? (source.tag ?? LAYOUT_TAG) : LAYOUT_TAG
  if (cache.enabled) {
    await group('Restore the blob cache', async () => {
      await cache.prepare()
      await cache.restore(source.registry, source.repository)
    })
  }
  try {
    const repo = session.client.repository(source.repository)
    let served: { digest: string; bytes: Buffer; mediaType: string }
    let result: CopyResult
    try {
      served = await repo.getManifest(reference)
      const chosen =
        parseManifest(served.bytes, served.mediaType).kind === 'index' ? platform : undefined
      result = await group(`Pull ${formatReference(source)}${chosen ? ` for ${chosen}` : ''}`, () =>
        copyImage(new RemoteSource(repo, served.digest), new OciLayoutDestination(store), {
          tags: [layoutTag],
          ...(chosen && { platform: chosen }),
          ...progressReporter()
        })
      )
    } catch (error) {
      throw session.explain(error, `pull ${formatReference(source)}`, source.repository, false)
    }
    core.info(`Digest: ${served.digest}`)
    const layout = new OciLayoutSource(store, layoutTag)
    let loadedAs: string | undefined
    if (load) {
      const root = await layout.root()
      // The engine gets the name it was pulled by; a digest cannot be a Docker tag.
      const names = source.tag ? [`${name}:${source.tag}`] : []
      const archive = await dockerArchiveStream(
        layout,
        { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length },
        root.bytes,
        names
      )
      await group('Load into the Docker engine', async () =>
        core.info((await pipeInto('docker', ['load'], archive)).trim())
      )
      loadedAs = names[0] ?? result.configDigest
    }
    if (intoOutput) {
      await rename(scratch, inputs.output!)
      core.info(`Wrote an OCI image layout to ${inputs.output}`)
    } else if (inputs.output) {
      await copyImage(layout, new OciLayoutDestination(inputs.output), {
        tags: [source.tag ?? LAYOUT_TAG]
      })
      core.info(`Wrote an OCI image layout to ${inputs.output}`)
    }
    const pulled: ImageReport = {
      ...report(result, name, served.digest, [], started),
      pushed: false,
      size: result.stats.bytesPushed + result.stats.bytesReused
    }
    if (cache.enabled) {
      await group('Save the blob cache', () =>
        cache.save(source.registry, source.repository, {
          mediaType: result.mediaType,
          digest: result.digest,
          size: result.size
        })
      )
    }
    setImageOutputs(pulled, {
      source: formatReference(source),
      download: {
        layersDownloaded: result.stats.pushed,
        layersCached: result.stats.present,
        bytesDownloaded: result.stats.bytesPushed,
        bytesCached: result.stats.bytesReused
      },
      ...(result.digest !== served.digest && { platform, platformDigest: result.digest }),
      ...(loadedAs && { loaded: loadedAs }),
      ...(inputs.output && { output: inputs.output })
    })
    summarizeImage(`Pulled ${formatReference(source)}`, pulled, name, [
      ...(loadedAs ? [`Loaded into the Docker engine as \`${loadedAs}\`.`] : []),
      ...(inputs.output ? [`OCI layout written to \`${inputs.output}\`.`] : [])
    ])
  } finally {
    await session.close()
    await rm(scratch, { recursive: true, force: true })
  }
}

/** `command: tag`: adds tags to an image without moving a layer. */
export async function tagCommand(inputs: Inputs, ctx: RunContext): Promise<void> {
  const source = inputs.remoteSource!
  if (!inputs.tags)
    throw new InputError('tags', '', 'tag needs the tags to add', 'Set tags: to e.g. stable, 1.2.')
  if (source.registry !== inputs.registry) {
    throw new InputError(
      'source',
      formatReference(source),
      `tag works within one registry, and the source is on ${source.registry}`,
      'Use command: copy to bring an image from another registry.'
    )
  }
  const tags = inputs.tags
  const name = `${inputs.image.registry}/${inputs.image.repository}`
  const started = Date.now()
  const session = await group('Login', () => login(inputs, ctx, { write: true }))
  try {
    const destination = session.client.repository(inputs.image.repository)
    let result: CopyResult
    try {
      if (source.repository === inputs.image.repository) {
        // The manifest bytes are read once and put under each tag: no blob moves at all.
        const manifest = await destination.getManifest(pointer(source))
        for (const tag of tags)
          await destination.putManifest(tag, manifest.bytes, manifest.mediaType)
        const parsed = parseManifest(manifest.bytes, manifest.mediaType)
        result = {
          digest: manifest.digest,
          mediaType: manifest.mediaType,
          size: manifest.bytes.length,
          manifests:
            parsed.kind === 'index'
              ? parsed.index.manifests.map(m => ({ digest: m.digest, mediaType: m.mediaType }))
              : [],
          ...(parsed.kind === 'image' && { configDigest: parsed.manifest.config.digest }),
          stats: { pushed: 0, present: 0, mounted: 0, foreign: 0, bytesPushed: 0, bytesReused: 0 }
        }
      } else {
        // Another repository of the same registry: blobs are mounted, not uploaded.
        result = await copyImage(
          new RemoteSource(session.client.repository(source.repository), pointer(source)),
          new RemoteDestination(destination),
          { tags, ...progressReporter() }
        )
      }
    } catch (error) {
      throw session.explain(error, `tag ${formatReference(source)}`, inputs.image.repository, true)
    }
    finish('Tagged', source, result, name, tags, started)
  } finally {
    await session.close()
  }
}

/** `command: copy`: an image from any registry to `image`, digests preserved. */
export async function copyCommand(inputs: Inputs, ctx: RunContext): Promise<void> {
  const source = inputs.remoteSource!
  const tags = inputs.tags ?? (source.tag ? [source.tag] : undefined)
  if (!tags)
    throw new InputError(
      'tags',
      '',
      'copying an image named by digest needs tags to write',
      'Set tags:.'
    )
  const name = `${inputs.image.registry}/${inputs.image.repository}`
  const started = Date.now()
  const from = await group(`Login to ${source.registry}`, () => sourceSession(inputs, ctx, source))
  let to: Session | undefined
  try {
    to = await group(`Login to ${inputs.registry}`, () => login(inputs, ctx, { write: true }))
    let result: CopyResult
    try {
      result = await group(`Copy ${formatReference(source)} to ${name}`, () =>
        copyImage(
          new RemoteSource(from.client.repository(source.repository), pointer(source)),
          new RemoteDestination(to!.client.repository(inputs.image.repository)),
          {
            tags,
            ...(inputs.platform && { platform: inputs.platform }),
            ...progressReporter()
          }
        )
      )
    } catch (error) {
      if (error instanceof UserError) throw error
      throw to.explain(
        error,
        `copy ${formatReference(source)} to ${name}`,
        inputs.image.repository,
        true
      )
    }
    finish('Copied', source, result, name, tags, started)
  } finally {
    await from.close()
    await to?.close()
  }
}
