/**
 * `command: pull`: resolves an image to its digest for deploy steps, downloads it verified
 * (through the blob cache when it is on), and only then loads it into the Docker engine and
 * writes the `output` layout.
 */
import * as core from '@actions/core'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, rename } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import {
  copyImage,
  copyResultOf,
  copyRoot,
  emptyStats,
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
import { BlobCache } from '../blob-cache.js'
import { keepDir, partialDir, removeDir } from '../cleanup.js'
import { scratchDir, type RunContext } from '../context.js'
import { InputError } from '../errors.js'
import type { PullInputs } from '../inputs/index.js'
import { group } from '../log.js'
import { downloadReport, progressReporter, setImageOutputs, summarizeImage } from '../report.js'
import { openSourceSession, type Session } from '../session.js'

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

/**
 * The Docker engine's side of a pull, loaded only by a pull that may load: with it come the
 * builders and the process runner, which a pull to a layout or a resolve never uses.
 */
const engineSide = (): Promise<typeof import('../engine/load.js')> => import('../engine/load.js')

/** Whether to load into the engine: `auto` when one answers; `true` insists on one. */
async function shouldLoad(inputs: PullInputs): Promise<boolean> {
  if (inputs.load === false) return false
  const { dockerEngine, localEngineApi } = await engineSide()
  const { which } = await import('@actions/io')
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

/**
 * Where a pull's blobs go and how it ends, decided once, before anything moves. Every byte is
 * written once:
 * - `rename`: a new (or empty) `output` is filled beside its final place and renamed into it at
 *   the end, so nothing is at that path unless the whole pull succeeded;
 * - `in-place`: an existing layout at `output` takes the blobs directly, each renamed into place
 *   once verified, and names the image in its index.json only at the end;
 * - `copy`: the blob cache is the store (the blobs it has are not downloaded), and `output`, if
 *   any, is written from it at the end;
 * - `none`: no output; a scratch layout, removed at the end.
 */
interface PullPlan {
  /** The OCI layout the blobs are written into. */
  store: string
  /** Writes into `store`. */
  destination: OciLayoutDestination
  /** The image's name in that layout: its tag when the layout is the output (oci:DIR:TAG). */
  layoutTag: string
  finish: 'rename' | 'in-place' | 'copy' | 'none'
  /** A directory of this pull's own, removed at the end unless renamed into place. */
  scratch: string
}

async function planPull(inputs: PullInputs, ctx: RunContext, cache: BlobCache): Promise<PullPlan> {
  const { source, output } = inputs
  const state = output ? layoutState(output) : 'none'
  const intoOutput = !cache.enabled && (state === 'absent' || state === 'empty')
  const inPlace = !cache.enabled && state === 'layout'
  if (intoOutput) await mkdir(dirname(resolve(output)), { recursive: true })
  const scratch = intoOutput
    ? await partialDir(`${resolve(output)}.partial-`)
    : await scratchDir(ctx, 'ghcr-action-pull-')
  const store = cache.enabled ? cache.dir : inPlace ? output : scratch
  // A scratch directory is this pull's alone, and empty: nothing in it need be looked for.
  const destination = new OciLayoutDestination(store, { empty: store === scratch })
  // The blob cache is restored into its store first; any other store is made ready now.
  if (!cache.enabled) await destination.prepare()
  return {
    store,
    destination,
    layoutTag: intoOutput || inPlace ? (source.tag ?? LAYOUT_TAG) : LAYOUT_TAG,
    finish: intoOutput
      ? 'rename'
      : inPlace
        ? 'in-place'
        : cache.enabled && output
          ? 'copy'
          : 'none',
    scratch
  }
}

/** The end of a pull: the layout put where `output` says (see {@link PullPlan}). */
async function finishPull(plan: PullPlan, inputs: PullInputs): Promise<void> {
  const { output, source } = inputs
  if (plan.finish === 'rename') {
    // rename(2) replaces an empty directory.
    await rename(plan.scratch, output)
    keepDir(plan.scratch)
    core.info(`Wrote an OCI image layout to ${output}`)
  } else if (plan.finish === 'in-place') {
    core.info(`Added ${source.tag ?? LAYOUT_TAG} to the OCI image layout ${output}`)
  } else if (plan.finish === 'copy') {
    await copyImage(
      new OciLayoutSource(plan.store, plan.layoutTag),
      new OciLayoutDestination(output),
      { tags: [source.tag ?? LAYOUT_TAG] }
    )
    core.info(`Wrote an OCI image layout to ${output}`)
  }
}

/**
 * Downloads the image into the plan's store, verified; with `image` (a pull that loads), the
 * engine gets it as it arrives: through a verifying proxy on the loopback when nothing is to be
 * kept here (each layer unpacked as it comes, nothing written), else from the layout as each
 * blob lands in it. `loading` settles with what the engine said.
 */
async function transfer(
  remote: RemoteSource,
  plan: PullPlan,
  pulling: { title: string; chosen: string | undefined; names: string[]; keep: boolean },
  image: { desc: Descriptor; bytes: Buffer } | undefined
): Promise<{ result: CopyResult; loading?: Promise<string> }> {
  const progress = progressReporter('download')
  const engine = image && (await engineSide())
  const proxied = image !== undefined && !pulling.keep
  if (engine && proxied) {
    const through = await group(pulling.title, () =>
      engine.pullThroughLoopback(remote, image, pulling.names, progress)
    )
    if (through) {
      const parsed = parseManifest(image.bytes, image.desc.mediaType)
      return {
        result: copyResultOf(image.bytes, parsed, through.stats),
        loading: Promise.resolve(through.said)
      }
    }
  }
  const arrivals = engine && new engine.BlobArrivals()
  let loading: Promise<string> | undefined
  if (engine && arrivals) {
    // An engine that could not reach the proxy cannot reach a loopback registry either.
    loading = engine.loadAsBlobsArrive(plan.store, image, pulling.names, arrivals, {
      loopback: !proxied
    })
    // Its failure is reported where it is awaited.
    loading.catch(() => undefined)
  }
  try {
    const result = await group(pulling.title, () =>
      copyImage(remote, plan.destination, {
        tags: [plan.layoutTag],
        ...(pulling.chosen && { platform: pulling.chosen }),
        ...progress,
        onBlobDone: (desc, outcome) => {
          progress.onBlobDone?.(desc, outcome)
          arrivals?.arrived(desc.digest)
        }
      })
    )
    return { result, ...(loading && { loading }) }
  } catch (error) {
    arrivals?.fail(error)
    // Wait for the load to stop before reporting: it fails with the pull.
    await loading?.catch(() => undefined)
    throw error
  }
}

/**
 * A pull that keeps nothing (no load, no output) only resolves, as `crane digest` does: the
 * manifest, and for an index the chosen platform's, read and checked; no layer is downloaded.
 */
async function resolveOnly(
  remote: RemoteSource,
  chosen: string | undefined
): Promise<{ result: CopyResult }> {
  const { bytes, parsed } = await copyRoot(remote, chosen)
  core.info(
    'load: false and no output: resolved the digest only (the manifest and platforms, checked); no layer was downloaded'
  )
  // As a pull of one platform reports it: that platform's manifest, the index as `served`.
  return { result: copyResultOf(bytes, parsed, emptyStats()) }
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
  // A pull that keeps nothing (no load, no output) only resolves: no layer, no blob cache.
  const keeps = load || !!output
  // The manifest is asked for beside the login (the ping then costs no round trip of its own),
  // and the directories the pull writes to are made while that request is out.
  let first: Promise<FetchedManifest & { parsed: ParsedManifest }> | undefined
  let planning: Promise<PullPlan> | undefined
  let session: Session
  try {
    session = await group('Login', () =>
      openSourceSession(inputs, ctx, source, s => {
        first = s.client.repository(source.repository).getManifest(pointerOf(source))
        planning = planPull(inputs, ctx, cache)
        // Both are awaited below, once the login has answered (its failure is the one to report).
        first.catch(() => undefined)
        planning.catch(() => undefined)
      })
    )
  } catch (error) {
    // A failed login leaves no directory behind.
    await planning?.then(
      plan => removeDir(plan.scratch),
      () => undefined
    )
    throw error
  }
  // Everything is downloaded and verified first; only then is anything loaded or written where
  // later steps could use it.
  const plan = await (planning ?? planPull(inputs, ctx, cache))
  if (cache.enabled && keeps) {
    await group('Restore the blob cache', async () => {
      await cache.prepare()
      await cache.restore(source.registry, source.repository)
    })
  }
  try {
    const repo = session.client.repository(source.repository)
    // The engine gets the name it was pulled by; a digest cannot be a Docker tag.
    const names = source.tag ? [`${name}:${source.tag}`] : []
    let served: FetchedManifest & { parsed: ParsedManifest }
    let chosen: string | undefined
    let moved: { result: CopyResult; loading?: Promise<string> }
    try {
      served = await (first ?? repo.getManifest(pointerOf(source)))
      chosen = served.parsed.kind === 'index' ? platform : undefined
      // The manifest read by tag is the root: it is not asked for again by digest.
      const remote = new RemoteSource(repo, served.digest, served)
      const image = load ? await imageManifest(remote, served, chosen) : undefined
      const title = `Pull ${formatReference(source)}${chosen ? ` for ${chosen}` : ''}`
      moved = keeps
        ? await transfer(
            remote,
            plan,
            { title, chosen, names, keep: !!output || cache.enabled },
            image
          )
        : await group(`Resolve ${formatReference(source)}`, () => resolveOnly(remote, chosen))
    } catch (error) {
      throw session.explain(error, `pull ${formatReference(source)}`, source.repository, false)
    }
    const { result } = moved
    core.info(`Digest: ${served.digest}`)
    let loadedAs: string | undefined
    if (load) {
      await group('Load into the Docker engine', async () =>
        core.info(
          await (moved.loading ??
            (await engineSide()).loadLayout(plan.store, plan.layoutTag, names))
        )
      )
      loadedAs = names[0] ?? result.configDigest
    }
    await finishPull(plan, inputs)
    if (cache.enabled && keeps) {
      await group('Save the blob cache', () =>
        cache.save(source.registry, source.repository, {
          mediaType: result.mediaType,
          digest: result.digest,
          size: result.size
        })
      )
    }
    const report = downloadReport(result, name, served, started, chosen)
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
    await removeDir(plan.scratch)
  }
}
