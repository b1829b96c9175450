/**
 * `command: pull`: resolves an image to its digest for deploy steps, downloads it verified
 * (through the blob cache when it is on), and only then loads it into the Docker engine and
 * writes the `output` layout.
 */
import * as core from '@actions/core'
import { which } from '@actions/io'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, rename } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import {
  copyImage,
  copyResultOf,
  formatReference,
  OciLayoutDestination,
  OciLayoutSource,
  parseManifest,
  platformMatches,
  pointerOf,
  RemoteSource,
  type CopyResult,
  type Descriptor,
  type FetchedManifest,
  type ParsedManifest
} from '../../registry/index.js'
import { BlobCache } from '../cache.js'
import { keepDir, partialDir, removeDir } from '../cleanup.js'
import { scratchDir, type RunContext } from '../context.js'
import {
  BlobArrivals,
  dockerEngine,
  loadAsBlobsArrive,
  loadLayout,
  localEngineApi,
  pullThroughLoopback
} from '../docker.js'
import { InputError } from '../errors.js'
import type { PullInputs } from '../inputs/index.js'
import { group } from '../log.js'
import { platformsOf, progressReporter, setImageOutputs, summarizeImage } from '../report.js'
import { openSourceSession } from '../session.js'

const LAYOUT_TAG = 'latest'

/**
 * The image manifest a pull of `served` writes (the chosen platform's, for an index), read
 * before the blobs so that loading can start with them; undefined when the index has no such
 * platform (the pull itself then says so).
 */
async function imageManifest(
  remote: RemoteSource,
  served: FetchedManifest & { parsed: ParsedManifest },
  platform: string | undefined
): Promise<{ desc: Descriptor; bytes: Buffer } | undefined> {
  if (served.parsed.kind === 'image') {
    return {
      desc: { mediaType: served.mediaType, digest: served.digest, size: served.bytes.length },
      bytes: served.bytes
    }
  }
  const child = served.parsed.index.manifests.find(m => platformMatches(m.platform, platform!))
  if (!child) return undefined
  return { desc: child, bytes: await remote.manifest(child) }
}

/** What is at `output`: nothing, an empty directory, or an OCI layout (validated as an input). */
function layoutState(output: string): 'absent' | 'empty' | 'layout' {
  if (!existsSync(output)) return 'absent'
  return readdirSync(output).length === 0 ? 'empty' : 'layout'
}

/** Whether to load into the engine: `auto` when one answers; `true` insists on one. */
async function shouldLoad(inputs: PullInputs): Promise<boolean> {
  if (inputs.load === false) return false
  // An engine that answers on its socket needs no `docker version` (a CLI start) to say so;
  // the CLI must still be there, for the pulls that end in `docker load`.
  const engine =
    ((await localEngineApi()) !== undefined && (await which('docker')) !== '') ||
    (await dockerEngine())
  if (inputs.load === true && !engine) {
    throw new InputError(
      'load',
      'true',
      'no Docker engine answers here',
      'Set load: false, or start a Docker engine (DOCKER_HOST).'
    )
  }
  return engine
}

export async function pull(
  inputs: PullInputs,
  ctx: RunContext,
  cache = BlobCache.forRun(ctx.inActions)
): Promise<void> {
  const { source, output } = inputs
  const name = `${source.registry}/${source.repository}`
  const platform = inputs.platform || ctx.platform
  const started = Date.now()
  const load = await shouldLoad(inputs)
  const session = await group('Login', () => openSourceSession(inputs, ctx, source))
  // Everything is downloaded and verified here first; only then is anything loaded or written
  // where later steps could use it.
  // Every byte is written once. A new (or empty) output directory is filled beside its final
  // place and renamed into it at the end, so nothing is at that path unless the whole pull
  // succeeded. An existing layout takes the blobs directly, each renamed into place once
  // verified, and names the image in its index.json only at the end.
  const outputState = output ? layoutState(output) : 'none'
  const intoOutput = !cache.enabled && (outputState === 'absent' || outputState === 'empty')
  const directly = !cache.enabled && outputState === 'layout'
  if (intoOutput) await mkdir(dirname(resolve(output)), { recursive: true })
  const scratch = intoOutput
    ? await partialDir(`${resolve(output)}.partial-`)
    : await scratchDir(ctx, 'ghcr-action-pull-')
  // With the blob cache, layers go into its store, and the ones it has are not downloaded.
  const store = cache.enabled ? cache.dir : directly ? output : scratch
  // The image's name in the layout: its tag when the layout is the output (oci:DIR:TAG).
  const layoutTag = intoOutput || directly ? (source.tag ?? LAYOUT_TAG) : LAYOUT_TAG
  if (cache.enabled) {
    await group('Restore the blob cache', async () => {
      await cache.prepare()
      await cache.restore(source.registry, source.repository)
    })
  }
  try {
    const repo = session.client.repository(source.repository)
    let served: FetchedManifest & { parsed: ParsedManifest }
    let chosen: string | undefined
    let result: CopyResult
    // The engine gets the name it was pulled by; a digest cannot be a Docker tag.
    const names = source.tag ? [`${name}:${source.tag}`] : []
    let loading: Promise<string> | undefined
    try {
      served = await repo.getManifest(pointerOf(source))
      chosen = served.parsed.kind === 'index' ? platform : undefined
      const remote = new RemoteSource(repo, served.digest)
      const image = load ? await imageManifest(remote, served, chosen) : undefined
      const title = `Pull ${formatReference(source)}${chosen ? ` for ${chosen}` : ''}`
      const progress = progressReporter('download')
      // A pull that only loads: the engine pulls through a verifying proxy on the loopback,
      // each layer unpacked as it comes, nothing written here.
      const proxied = image !== undefined && !output && !cache.enabled
      const through = proxied
        ? await group(title, () => pullThroughLoopback(remote, image, names, progress))
        : undefined
      if (through) {
        result = copyResultOf(
          image!.bytes,
          parseManifest(image!.bytes, image!.desc.mediaType),
          through.stats
        )
        loading = Promise.resolve(through.said)
      } else {
        // Otherwise the layout is written, and with load the engine reads each blob as soon as
        // it is in the layout, verified, unpacking while the rest downloads; the image is named
        // only at the end.
        const arrivals = new BlobArrivals()
        if (image) {
          // An engine that could not reach the proxy cannot reach a loopback registry either.
          loading = loadAsBlobsArrive(store, image, names, arrivals, { loopback: !proxied })
          // Its failure is reported where it is awaited, below.
          loading.catch(() => undefined)
        }
        result = await group(title, () =>
          copyImage(remote, new OciLayoutDestination(store), {
            tags: [layoutTag],
            ...(chosen && { platform: chosen }),
            ...progress,
            onBlobDone: (desc, outcome) => {
              progress.onBlobDone?.(desc, outcome)
              arrivals.arrived(desc.digest)
            }
          }).catch((error: unknown) => {
            arrivals.fail(error)
            throw error
          })
        )
      }
    } catch (error) {
      // Wait for the load to stop before reporting: it fails with the pull.
      await loading?.catch(() => undefined)
      throw session.explain(error, `pull ${formatReference(source)}`, source.repository, false)
    }
    core.info(`Digest: ${served.digest}`)
    let loadedAs: string | undefined
    if (load) {
      await group('Load into the Docker engine', async () =>
        core.info(await (loading ?? loadLayout(store, layoutTag, names)))
      )
      loadedAs = names[0] ?? result.configDigest
    }
    if (intoOutput) {
      // rename(2) replaces an empty directory.
      await rename(scratch, output)
      keepDir(scratch)
      core.info(`Wrote an OCI image layout to ${output}`)
    } else if (directly) {
      core.info(`Added ${source.tag ?? LAYOUT_TAG} to the OCI image layout ${output}`)
    } else if (output) {
      await copyImage(new OciLayoutSource(store, layoutTag), new OciLayoutDestination(output), {
        tags: [source.tag ?? LAYOUT_TAG]
      })
      core.info(`Wrote an OCI image layout to ${output}`)
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
    const report = {
      digest: served.digest,
      ref: `${name}@${served.digest}`,
      tags: [],
      imageid: result.configDigest ?? '',
      platforms: chosen ? [] : platformsOf(result),
      ...(chosen && { platform: { platform: chosen, digest: result.digest } }),
      size: result.stats.bytesPushed + result.stats.bytesReused,
      seconds: (Date.now() - started) / 1000,
      transfer: {
        direction: 'download' as const,
        stats: result.stats,
        mediaType: served.mediaType
      }
    }
    setImageOutputs(report, {
      source: formatReference(source),
      ...(loadedAs && { loaded: loadedAs }),
      ...(output && { output })
    })
    summarizeImage(`Pulled ${formatReference(source)}`, report, name, [
      ...(loadedAs ? [`Loaded into the Docker engine as \`${loadedAs}\`.`] : []),
      ...(output ? [`OCI layout written to \`${output}\`.`] : [])
    ])
  } finally {
    await session.close()
    await removeDir(scratch)
  }
}
