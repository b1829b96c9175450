/**
 * The local Docker engine and the Docker CLI's config:
 *
 * - whether an engine answers (asked once per run);
 * - loading an image of an OCI layout into the engine (`docker load` of a streamed archive);
 * - credentials: the action writes `auths[registry]` into the Docker config so later
 *   `docker push`/`docker pull` steps are logged in, and the post step puts the file back
 *   exactly as it was; source registries' credentials are read from it.
 */
import { chmod, mkdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { createHash, randomBytes } from 'node:crypto'
import * as core from '@actions/core'
import { dockerEngineAnswers } from '../build/builders.js'
import { spawnRunner } from '../build/exec.js'
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
} from '../registry/index.js'
import { actionRunner } from './runner.js'

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
    const { EngineApi, engineSocket } = await import('./engine-api.js')
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
      stats.pushed++
      stats.bytesPushed += desc.size
      events.onBlobDone?.(desc, 'pushed')
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

/** The Docker CLI's key for a registry in `auths` (Docker Hub keeps its historical URL). */
export function dockerAuthKey(registry: string): string {
  return registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry
}

/** The Docker config file the CLI reads: `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json')
}

/** Where the post step finds what to restore. Holds no secret: it goes into the state. */
export interface DockerConfigRecord {
  /** The config file written, links followed. */
  path: string
  /** The `auths` key written. */
  key: string
  /** Marks the entry this run wrote (see {@link Entry}). */
  id: string
  /** sha256 of the file as this run left it: when it is still so, the backup comes back. */
  written: string
  /**
   * The file as it was, copied (mode 0600) under RUNNER_TEMP: it may hold credentials, so it
   * is a file, never state. Null when there was no file.
   */
  backup: string | null
  /** The original file's permission bits, restored with it. */
  mode?: number
}

/**
 * An `auths` entry. One the action wrote carries `ghcrAction`: its run's id and the entry it
 * replaced, so the entries of overlapping runs on one runner home form a chain, and each
 * run's post step takes out its own link wherever it is (the Docker CLI ignores the field,
 * and drops it when it rewrites the file, as after a `docker login`).
 */
interface Entry {
  auth?: string
  ghcrAction?: { id: string; previous?: Entry }
  [field: string]: unknown
}

type Config = Record<string, unknown> & { auths?: Record<string, Entry> }

const LOCK_WAIT_MS = 15_000
const LOCK_STALE_MS = 60_000

/**
 * Runs `work` holding `<file>.lock`: the read-modify-write of a config shared by concurrent
 * jobs on one runner home. A lock older than a minute is a crashed holder's, and is broken.
 */
async function withLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`
  const deadline = Date.now() + LOCK_WAIT_MS
  for (;;) {
    try {
      await writeFile(lock, String(process.pid), { flag: 'wx', mode: 0o600 })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const age = await stat(lock).then(
        s => Date.now() - s.mtimeMs,
        () => 0
      )
      if (age > LOCK_STALE_MS) await rm(lock, { force: true })
      else if (Date.now() > deadline)
        throw new Error(`the Docker config ${file} stayed locked (${lock}) for 15 s`)
      else await new Promise(r => setTimeout(r, 20 + Math.random() * 30))
    }
  }
  try {
    return await work()
  } finally {
    await rm(lock, { force: true })
  }
}

/** The file a config path names, its links followed (a missing file: the path itself). */
async function target(path: string): Promise<string> {
  return realpath(path).catch(() => path)
}

function parseConfig(text: string, path: string): Config {
  try {
    const parsed: unknown = text.trim() ? JSON.parse(text) : {}
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Config
  } catch {
    // reported below
  }
  throw new Error(`the Docker config ${path} is not valid JSON; fix or remove it`)
}

/** Writes `text` to `file` through a rename in its own directory: never half a file. */
async function replaceFile(file: string, text: string, mode: number): Promise<void> {
  const tmp = join(
    dirname(file),
    `.${basename(file)}.ghcr-action-${randomBytes(4).toString('hex')}`
  )
  try {
    await writeFile(tmp, text, { mode })
    await chmod(tmp, mode)
    await rename(tmp, file)
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  }
}

const sha = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex')

/**
 * Adds credentials for `registry` to the Docker config, keeping every other entry (other
 * registries, `credHelpers`, `credsStore`, proxies) intact, under a lock and through a rename
 * (links followed, so a linked config stays linked). Returns the record for the post step.
 */
export async function writeDockerCredentials(
  registry: string,
  username: string,
  token: string,
  backupDir: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<DockerConfigRecord> {
  const path = await target(dockerConfigPath(env))
  await mkdir(dirname(path), { recursive: true, mode: 0o700 })
  const id = randomBytes(6).toString('hex')
  return withLock(path, async () => {
    let config: Config = {}
    let backup: string | null = null
    let mode: number | undefined
    if (existsSync(path)) {
      mode = (await stat(path)).mode & 0o777
      const text = await readFile(path)
      config = parseConfig(text.toString('utf8'), path)
      await mkdir(backupDir || tmpdir(), { recursive: true })
      backup = join(backupDir || tmpdir(), `ghcr-action-docker-config-${id}.json`)
      await writeFile(backup, text, { mode: 0o600 })
    }
    const auths = config.auths && typeof config.auths === 'object' ? config.auths : {}
    const previous = auths[registry]
    auths[registry] = {
      auth: Buffer.from(`${username}:${token}`).toString('base64'),
      ghcrAction: { id, ...(previous && { previous }) }
    }
    config.auths = auths
    const text = JSON.stringify(config, null, '\t') + '\n'
    await replaceFile(path, text, 0o600)
    return {
      path,
      key: registry,
      id,
      written: sha(text),
      backup,
      ...(mode !== undefined && { mode })
    }
  })
}

/**
 * Takes this run's link out of an entry's chain; returns the entry as it should now be
 * (undefined: no entry), or `entry` itself when this run's link is not in it.
 */
function unlink(entry: Entry | undefined, id: string): Entry | undefined {
  if (!entry?.ghcrAction) return entry
  if (entry.ghcrAction.id === id) return entry.ghcrAction.previous
  const previous = unlink(entry.ghcrAction.previous, id)
  if (previous === entry.ghcrAction.previous) return entry
  return { ...entry, ghcrAction: { id: entry.ghcrAction.id, ...(previous && { previous }) } }
}

/**
 * Undoes what {@link writeDockerCredentials} did, under the same lock. A file nobody changed
 * since comes back byte for byte (mode included), or goes if the action created it. A file
 * that changed (another job logged in meanwhile) keeps every other change: only this run's
 * entry is taken out of its key's chain, so the entry it replaced comes back, and a later
 * run's login stays.
 */
export async function restoreDockerConfig(
  record: DockerConfigRecord
): Promise<'restored' | 'removed' | 'unlinked' | 'untouched'> {
  return withLock(record.path, async () => {
    const text = await readFile(record.path).catch(() => undefined)
    if (text === undefined) return 'untouched'
    if (sha(text) === record.written) {
      if (!record.backup) {
        await rm(record.path, { force: true })
        return 'removed'
      }
      await replaceFile(record.path, await readFile(record.backup, 'utf8'), record.mode ?? 0o600)
      return 'restored'
    }
    const config = parseConfig(text.toString('utf8'), record.path)
    const auths = config.auths ?? {}
    const before = auths[record.key]
    const after = unlink(before, record.id)
    if (after === before) return 'untouched'
    if (after) auths[record.key] = after
    else delete auths[record.key]
    const mode = (await stat(record.path)).mode & 0o777
    await replaceFile(record.path, JSON.stringify(config, null, '\t') + '\n', mode)
    return 'unlinked'
  }).finally(() => (record.backup ? rm(record.backup, { force: true }) : undefined))
}

/**
 * Credentials for `registry` from the Docker config, as `docker pull` would use them: an
 * `auths` entry (`auth` as base64 `user:password`, or `identitytoken`), or a credential helper
 * (`credHelpers[registry]`, else `credsStore`) asked with `docker-credential-<name> get`.
 * Undefined when there are none.
 */
export async function readDockerCredentials(
  registry: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<{ username: string; password: string } | undefined> {
  const path = dockerConfigPath(env)
  if (!existsSync(path)) return undefined
  let config: {
    auths?: Record<
      string,
      { auth?: string; identitytoken?: string; username?: string; password?: string }
    >
    credHelpers?: Record<string, string>
    credsStore?: string
  }
  try {
    config = JSON.parse(await readFile(path, 'utf8'))
  } catch {
    return undefined
  }
  const key = dockerAuthKey(registry)
  const entry = config.auths?.[key] ?? config.auths?.[`https://${key}`]
  if (entry?.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
  }
  if (entry?.identitytoken) return { username: '<token>', password: entry.identitytoken }
  if (entry?.username && entry.password)
    return { username: entry.username, password: entry.password }
  const helper = config.credHelpers?.[key] ?? config.credsStore
  if (!helper || !/^[A-Za-z0-9_.-]+$/.test(helper)) return undefined
  try {
    // The helper's answer is a secret: asked quietly, so it is neither logged nor echoed.
    const stdout = await actionRunner.run(`docker-credential-${helper}`, ['get'], {
      env,
      input: key,
      quiet: true,
      timeoutMs: 10_000
    })
    const answer = JSON.parse(stdout) as { Username?: string; Secret?: string }
    return answer.Secret ? { username: answer.Username ?? '', password: answer.Secret } : undefined
  } catch {
    return undefined
  }
}
