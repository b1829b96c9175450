/**
 * The local Docker engine: whether one answers (asked once per run), and getting an image into
 * it: `docker load` of a streamed archive, a load as the blobs of a pull arrive, or a pull by the
 * engine itself through the loopback registry (`loopback-registry.ts`, `api.ts`).
 */
import * as core from '@actions/core'
import { dockerEngineAnswers } from '../../builders/index.js'
import { spawnRunner } from '../../exec.js'
import { PassThrough, Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import {
  dockerArchiveStream,
  emptyStats,
  OciLayoutSource,
  parseManifest,
  type CopyEvents,
  type CopyStats,
  type Descriptor,
  type ImageSource
} from '../../registry/index.js'
import { dockerConfigPath } from '../docker-config.js'
import { actionRunner } from '../exec.js'

let engine: Promise<boolean> | undefined

/** Whether a Docker engine answers here; asked once per run. */
export function dockerEngine(): Promise<boolean> {
  engine ??= dockerEngineAnswers(actionRunner)
  return engine
}

/** What a pull that loads asks of the engine: the API's calls, or the CLI's commands. */
interface EngineCalls {
  pull(reference: string, signal: AbortSignal): Promise<void>
  tag(source: string, name: string): Promise<void>
  remove(reference: string): Promise<void>
}

let api: Promise<EngineCalls | undefined> | undefined

/**
 * The engine's API on its unix socket, when the Docker CLI would use that socket too (no
 * other host or context chosen) and the engine answers there; asked once per run.
 */
export function localEngineApi(
  env: NodeJS.ProcessEnv = process.env
): Promise<EngineCalls | undefined> {
  const find = async (): Promise<EngineCalls | undefined> => {
    // node:http only for the pulls that load.
    const { EngineApi, engineSocket } = await import('./api.js')
    const socket = engineSocket(env, dockerConfigPath(env))
    if (!socket) return undefined
    const engineApi = new EngineApi(socket)
    return (await engineApi.ping()) ? engineApi : undefined
  }
  if (env !== process.env) return find()
  api ??= find()
  return api
}

/** The same calls as `docker` commands. */
function cliCalls(env: NodeJS.ProcessEnv): EngineCalls {
  const docker = async (args: string[], signal?: AbortSignal): Promise<void> =>
    void (await spawnRunner.run('docker', args, { env, quiet: true, ...(signal && { signal }) }))
  return {
    pull: (reference, signal) => docker(['pull', '--quiet', reference], signal),
    tag: (source, name) => docker(['tag', source, name]),
    remove: reference => docker(['rmi', '--no-prune', reference])
  }
}

/**
 * Loads the image of an OCI layout this run wrote into the Docker engine under `names` (none:
 * by its image ID only), streaming it as a `docker save` archive. Returns what `docker load`
 * said.
 */
export async function loadLayout(dir: string, tag: string, names: string[]): Promise<string> {
  // The layout was written verified by this run (a pull, a build): no second hash on the way
  // to the engine, which checks every layer against the config's diff_ids itself.
  const layout = new OciLayoutSource(dir, tag, { trusted: true })
  const root = await layout.root()
  return dockerLoad(
    layout,
    {
      desc: { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length },
      bytes: root.bytes
    },
    names
  )
}

/** `docker load` of `manifest`'s image as a streamed archive; what docker load said. */
async function dockerLoad(
  source: ImageSource,
  manifest: { desc: Descriptor; bytes: Buffer },
  names: string[],
  env: NodeJS.ProcessEnv = process.env
): Promise<string> {
  const archive = await dockerArchiveStream(source, manifest.desc, manifest.bytes, names)
  return (await actionRunner.pipeInto('docker', ['load'], archive, env)).trim()
}

interface Arrival {
  promise: Promise<void>
  resolve: () => void
  reject: (error: unknown) => void
}

/**
 * Blobs of a layout that a pull is still writing: each becomes readable once it is in place,
 * verified; a failed pull fails every reader still waiting.
 */
export class BlobArrivals {
  private readonly waiting = new Map<string, Arrival>()
  private failure: unknown
  private readonly failures: Array<() => void> = []

  /** Calls `listener` once, when (or if already) the pull has failed. */
  onFail(listener: () => void): void {
    if (this.failure !== undefined) listener()
    else this.failures.push(listener)
  }

  private entry(digest: string): Arrival {
    let e = this.waiting.get(digest)
    if (!e) {
      const parts: Partial<Arrival> = {}
      parts.promise = new Promise<void>((resolve, reject) => {
        parts.resolve = resolve
        parts.reject = reject
      })
      e = parts as Arrival
      // A blob nobody waits for must not become an unhandled rejection.
      e.promise.catch(() => undefined)
      if (this.failure !== undefined) e.reject(this.failure)
      this.waiting.set(digest, e)
    }
    return e
  }

  /** The blob is in the layout, verified. */
  arrived(digest: string): void {
    this.entry(digest).resolve()
  }

  /** The pull failed: every reader fails with its error. */
  fail(error: unknown): void {
    this.failure = error
    // Settled entries (arrived blobs) ignore this.
    for (const e of this.waiting.values()) e.reject(error)
    for (const listener of this.failures.splice(0)) listener()
  }

  wait(digest: string): Promise<void> {
    return this.entry(digest).promise
  }
}

/**
 * Whether the engine runs on this machine, where it can reach this process's loopback: a unix
 * socket (the default), not a `tcp://` or `ssh://` host. An engine in its own network
 * namespace (rootless Docker) is found out by {@link loadAsBlobsArrive} when it cannot connect.
 */
function engineIsLocal(env: NodeJS.ProcessEnv): boolean {
  const host = env.DOCKER_HOST
  return !host || host.startsWith('unix://')
}

/**
 * Loads an image into the Docker engine while a pull is still writing its layout, each blob
 * handed over only once it is in place, verified, and the image named only after the last.
 *
 * With names, and an engine on this machine, the engine pulls the image from a registry on
 * this process's loopback (`serveOnLoopback`), unpacking each layer while the rest
 * download; the image is tagged with `names` once the engine has it whole, and the loopback
 * name is taken off. If any blob fails the engine never gets it, its pull is stopped, and no
 * image is made.
 *
 * Otherwise (no names: an image known by its ID only; a remote engine; an engine that cannot
 * reach the loopback), `docker load` reads the image as a streamed archive, whose
 * `manifest.json`, with the tags, comes after the last layer: a cut archive loads nothing.
 */
export async function loadAsBlobsArrive(
  dir: string,
  manifest: { desc: Descriptor; bytes: Buffer },
  names: string[],
  arrivals: BlobArrivals,
  options: { loopback?: boolean; env?: NodeJS.ProcessEnv } = {}
): Promise<string> {
  const env = options.env ?? process.env
  const layout = new OciLayoutSource(dir, undefined, { trusted: true })
  const open = async (desc: Descriptor): Promise<NodeJS.ReadableStream> => {
    await arrivals.wait(desc.digest)
    return layout.blob(desc).open(0)
  }
  if (options.loopback !== false && names.length > 0 && engineIsLocal(env)) {
    const stop = new AbortController()
    arrivals.onFail(() => stop.abort())
    const pulled = await pullFromLoopback(open, manifest, names, stop.signal, env)
    if (pulled !== undefined) return pulled
  }
  const source: ImageSource = {
    description: layout.description,
    root: () => layout.root(),
    manifest: desc => layout.manifest(desc),
    blob: desc => ({
      replayable: false,
      open: () => {
        const out = new PassThrough({ highWaterMark: 1024 * 1024 })
        open(desc).then(
          file => {
            file.on('error', error => out.destroy(error))
            file.pipe(out)
          },
          (error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error)))
        )
        return out
      }
    })
  }
  return dockerLoad(source, manifest, names, env)
}

/**
 * Pulls an image into the engine straight from its registry, through a verifying loopback
 * proxy (`serveOnLoopback`): the engine asks for each blob when it wants it, the action
 * downloads it with its own client and passes each chunk on as it hashes it, holding back the
 * last until the digest and size are checked. A blob that fails verification is never whole
 * at the engine (its download is cut, and the engine's pull stopped), so no image is made;
 * the image is tagged with `names` only once the engine has it whole. Nothing is written
 * here: this is for a pull that only loads.
 *
 * Returns what it said and what moved, or undefined when the engine never reached the
 * loopback (a remote engine, or one in its own network namespace): the caller then downloads
 * and loads the archive.
 */
export async function pullThroughLoopback(
  source: ImageSource,
  manifest: { desc: Descriptor; bytes: Buffer },
  names: string[],
  events: CopyEvents = {},
  env: NodeJS.ProcessEnv = process.env
): Promise<{ said: string; stats: CopyStats } | undefined> {
  if (names.length === 0 || !engineIsLocal(env)) return undefined
  const stats = emptyStats()
  let failure: unknown
  const stop = new AbortController()
  const fail = (error: unknown): void => {
    failure ??= error
    stop.abort()
  }
  const open = async (desc: Descriptor): Promise<NodeJS.ReadableStream> => {
    events.onBlobStart?.(desc)
    const upstream = source.blob(desc, n => events.onBlobProgress?.(desc, n)).open(0)
    const held = new HoldLast()
    // The client's stream ends only verified. Either side's end ends both: a download the
    // engine stops reading is not left half-read.
    upstream.on('end', () => {
      stats.copied++
      stats.bytesCopied += desc.size
      events.onBlobDone?.(desc, 'copied')
    })
    pipeline(upstream, held).catch((error: unknown) => {
      // The engine hanging up is its own pull's business; a download that fails is the pull's.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') fail(error)
    })
    return held
  }
  try {
    const said = await pullFromLoopback(open, manifest, names, stop.signal, env)
    return said === undefined ? undefined : { said, stats }
  } catch (error) {
    throw failure ?? error
  }
}

/**
 * Passes a stream on with its last chunk held back until the source ends cleanly: a source
 * that fails at its end (a digest mismatch) never has all its bytes passed on.
 */
class HoldLast extends Transform {
  private last: Buffer | undefined

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const previous = this.last
    this.last = chunk
    callback(null, previous)
  }

  override _flush(callback: TransformCallback): void {
    callback(null, this.last)
  }
}

/**
 * `docker pull` of the image from a loopback registry serving it with `open`, then `docker tag`
 * with `names` and the loopback name removed. What docker said, or undefined when the engine
 * never reached the loopback registry. `stop` is aborted when the action's own pull fails: the
 * engine's is stopped at once (its blobs will never come).
 */
async function pullFromLoopback(
  open: (desc: Descriptor) => Promise<NodeJS.ReadableStream>,
  manifest: { desc: Descriptor; bytes: Buffer },
  names: string[],
  stop: AbortSignal,
  env: NodeJS.ProcessEnv
): Promise<string | undefined> {
  const parsed = parseManifest(manifest.bytes, manifest.desc.mediaType)
  if (parsed.kind !== 'image') return undefined
  const image = parsed.manifest
  // node:http only for the pulls that load.
  const { serveOnLoopback } = await import('./loopback-registry.js')
  const registry = await serveOnLoopback({
    manifest,
    blobs: [image.config, ...image.layers],
    blob: open
  })
  core.info(
    `The engine pulls the image from a loopback registry as its blobs verify: ${registry.reference}`
  )
  const engine = (await localEngineApi(env)) ?? cliCalls(env)
  try {
    try {
      await engine.pull(registry.reference, stop)
    } catch (error) {
      if (registry.reached() || stop.aborted) throw error
      core.info("The Docker engine cannot reach this machine's loopback: loading with docker load.")
      return undefined
    }
    try {
      // By the loopback reference, not the config digest: on the containerd image store an
      // image's ID is its manifest's digest.
      for (const name of names) await engine.tag(registry.reference, name)
    } finally {
      // Only the loopback name: the image stays under `names`.
      await engine.remove(registry.reference).catch(() => undefined)
    }
    return names.map(name => `Loaded image: ${name}`).join('\n')
  } finally {
    await registry.close()
  }
}
