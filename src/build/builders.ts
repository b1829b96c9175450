/**
 * Builders, each ending in an OCI image layout that the embedded client pushes:
 *
 * - buildx: with a builder that can export OCI (docker-container, kubernetes, remote, or the
 *   docker driver on the containerd image store), `--output type=oci,dest=DIR,tar=false`
 *   (multi-platform builds give an index); with buildx's plain `docker` driver, which refuses
 *   that export, the image is built into the engine (`--load`) and `docker save` streamed into
 *   the layout;
 * - docker (classic): `docker build`, then `docker save` streamed into a layout, layers
 *   compressed in parallel on every core;
 * - buildah and podman: build, then push to `oci:DIR`.
 *
 * `auto` takes the first that actually works and can do what the build asks (secrets, caches,
 * attestations): a CLI whose engine does not answer is skipped, with the reason kept for the log.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readDockerArchive } from '../registry/archive.js'
import type { Descriptor } from '../registry/media-types.js'
import { CommandError, succeeds, type CommandRunner, type LineSink } from './exec.js'
import { insecureCacheEnv } from './registries-conf.js'
import { SavedImages } from './saved-images.js'

export type BuilderKind = 'buildx' | 'docker' | 'buildah' | 'podman'

export interface BuildRequest {
  context: string
  file: string
  buildArgs: string[]
  labels: Record<string, string>
  target: string
  platforms: string[]
  /** Networking for RUN steps (`docker build --network`); empty for the builder's default. */
  network: string
  /** Name of the image in the builder's own store. */
  name: string
  /** Directory for the OCI layout (created). */
  layoutDir: string
  env: NodeJS.ProcessEnv
  log: LineSink
  runner: CommandRunner
  options?: BuildOptions
  /** A buildx builder instance (`--builder`); empty: the current one. */
  buildxBuilder?: string
  /** Seconds since the epoch for reproducible timestamps (SOURCE_DATE_EPOCH). */
  sourceDateEpoch?: number
  /** Each layer as it lands in the layout, when the builder writes layers one by one. */
  onLayer?: (layer: Descriptor) => void
}

/** What a build may ask beyond the Dockerfile, each honoured by some builders only. */
export interface BuildOptions {
  /** buildx `--cache-from` and `--cache-to` values, as attributes (`type=registry,ref=…`). */
  cache: { from: Array<Record<string, string>>; to: Array<Record<string, string>> }
  /** Secrets as files (mode 0600, made and removed by the caller). */
  secrets: Array<{ id: string; src: string }>
  /** `--ssh` values, `--build-context` pairs, `--no-cache`, `--pull`. */
  ssh: string[]
  buildContexts: Record<string, string>
  noCache: boolean
  pull: boolean
  /** buildx's attestation values (`--provenance`, `--sbom`); empty: the builder's default. */
  attestations: { provenance: string; sbom: string }
  /** Annotations in buildx's syntax (`index:KEY=VALUE`). */
  annotations: string[]
}

/** A thing a build asks for that a builder may not do. */
export type Capability =
  | 'secrets'
  | 'ssh'
  | 'cache-registry'
  | 'cache-gha'
  | 'cache-local'
  | 'cache-inline'
  | 'cache-s3'
  | 'cache-azblob'
  | 'build-contexts'
  | 'no-cache'
  | 'pull'
  | 'attestations'
  | 'timestamp'
  /** Manifest annotations (`KEY=VALUE`, `manifest:KEY=VALUE`). */
  | 'annotations'
  /** Annotations per platform or on descriptors (`manifest[linux/amd64]:`, `*-descriptor:`). */
  | 'descriptor-annotations'

/** buildah and podman share their build options. */
const CONTAINERS_CAPABILITIES = new Set<Capability>([
  'secrets',
  'ssh',
  'cache-registry',
  'build-contexts',
  'no-cache',
  'pull',
  'timestamp',
  'annotations'
])

/** What each builder honours (docker/build-push-action's inputs, by builder). */
export const CAPABILITIES: Record<BuilderKind, ReadonlySet<Capability>> = {
  buildx: new Set<Capability>([
    'secrets',
    'ssh',
    'cache-registry',
    'cache-gha',
    'cache-local',
    'cache-inline',
    'cache-s3',
    'cache-azblob',
    'build-contexts',
    'no-cache',
    'pull',
    'attestations',
    'timestamp',
    'annotations',
    'descriptor-annotations'
  ]),
  docker: new Set<Capability>(['no-cache', 'pull']),
  buildah: CONTAINERS_CAPABILITIES,
  podman: CONTAINERS_CAPABILITIES
}

export interface BuildResult {
  builder: BuilderKind
  layoutDir: string
  /** The layout's tag (`org.opencontainers.image.ref.name`). */
  layoutTag: string
  /** Set when the image also exists in the Docker engine under this name. */
  dockerImage?: string
}

export interface Builder {
  kind: BuilderKind
  multiPlatform: boolean
  /** Undefined when usable; otherwise why not. */
  unavailable(runner: CommandRunner, env: NodeJS.ProcessEnv): Promise<string | undefined>
  build(request: BuildRequest): Promise<BuildResult>
}

const LAYOUT_TAG = 'latest'

function commonArgs(r: BuildRequest): string[] {
  const args = ['--file', r.file]
  for (const arg of r.buildArgs) args.push('--build-arg', arg)
  for (const [key, value] of Object.entries(r.labels)) args.push('--label', `${key}=${value}`)
  if (r.target) args.push('--target', r.target)
  if (r.network) args.push('--network', r.network)
  const o = r.options
  if (o?.noCache) args.push('--no-cache')
  return args
}

/** `key=value,key=value`, as buildx takes a cache spec. */
function csv(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')
}

/** What buildx and the containers builders share: secrets, ssh, extra contexts. */
function secretArgs(o: BuildOptions | undefined): string[] {
  const args: string[] = []
  for (const s of o?.secrets ?? []) args.push('--secret', `id=${s.id},src=${s.src}`)
  for (const ssh of o?.ssh ?? []) args.push('--ssh', ssh)
  for (const [name, value] of Object.entries(o?.buildContexts ?? {}))
    args.push('--build-context', `${name}=${value}`)
  return args
}

/** buildx's own options: caches, attestations, annotations, pull. */
function buildxArgs(r: BuildRequest): string[] {
  const o = r.options
  const args = secretArgs(o)
  if (r.buildxBuilder) args.push('--builder', r.buildxBuilder)
  if (o?.pull) args.push('--pull')
  for (const c of o?.cache.from ?? []) args.push('--cache-from', csv(c))
  for (const c of o?.cache.to ?? []) args.push('--cache-to', csv(c))
  if (o?.attestations.provenance) args.push('--provenance', o.attestations.provenance)
  if (o?.attestations.sbom) args.push('--sbom', o.attestations.sbom)
  for (const a of o?.annotations ?? []) args.push('--annotation', a)
  return args
}

/** The environment BuildKit reads SOURCE_DATE_EPOCH from (buildx passes it to the build). */
function withEpoch(r: BuildRequest): NodeJS.ProcessEnv {
  return r.sourceDateEpoch === undefined
    ? r.env
    : { ...r.env, SOURCE_DATE_EPOCH: String(r.sourceDateEpoch) }
}

/** What `docker buildx inspect` says of a builder. */
export interface BuildxBuilder {
  name: string
  driver: string
  platforms: string[]
}

/** Reads `docker buildx inspect [name]`: the builder's name, driver and platforms. */
export async function inspectBuildx(
  runner: CommandRunner,
  name: string,
  env: NodeJS.ProcessEnv
): Promise<BuildxBuilder> {
  const out = await runner.run('docker', ['buildx', 'inspect', ...(name ? [name] : [])], {
    env,
    quiet: true,
    timeoutMs: 30_000
  })
  const field = (key: string): string =>
    new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(out)?.[1]?.trim() ?? ''
  return {
    name: field('Name') || name,
    driver: field('Driver'),
    platforms: field('Platforms')
      .split(',')
      .map(p => p.trim().replace(/\*$/, ''))
      .filter(Boolean)
  }
}

/** Whether the engine keeps images in the containerd image store (it can export OCI then). */
async function containerdStore(runner: CommandRunner, env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    const out = await runner.run('docker', ['info', '--format', '{{json .DriverStatus}}'], {
      env,
      quiet: true,
      timeoutMs: 15_000
    })
    return out.includes('io.containerd.snapshotter')
  } catch {
    return false
  }
}

/** Thrown before building when the build cannot be done the way the builder is set up. */
export class BuildSetupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BuildSetupError'
  }
}

/** Whether a Docker engine answers (the CLI's `docker version` reaches its server). */
export function dockerEngineAnswers(
  runner: CommandRunner,
  env: NodeJS.ProcessEnv = process.env
): Promise<boolean> {
  return succeeds(runner, 'docker', ['version', '--format', '{{.Server.Version}}'], env)
}

async function dockerEngineProblem(
  runner: CommandRunner,
  env: NodeJS.ProcessEnv
): Promise<string | undefined> {
  if (!(await succeeds(runner, 'docker', ['--version'], env)))
    return 'the docker CLI is not installed'
  if (!(await dockerEngineAnswers(runner, env))) {
    return `the Docker engine does not answer${env.DOCKER_HOST ? ` at ${env.DOCKER_HOST}` : ''}`
  }
  return undefined
}

export const buildx: Builder = {
  kind: 'buildx',
  multiPlatform: true,
  async unavailable(runner, env) {
    if (!(await succeeds(runner, 'docker', ['buildx', 'version'], env)))
      return 'the buildx plugin is not installed'
    return dockerEngineProblem(runner, env)
  },
  async build(r) {
    const builder = await inspectBuildx(r.runner, r.buildxBuilder ?? '', r.env).catch(
      (error: unknown) => {
        throw new BuildSetupError(
          `docker buildx inspect ${r.buildxBuilder ?? ''} failed: ${error instanceof Error ? error.message : String(error)}${r.buildxBuilder ? '. Is the builder input the name docker/setup-buildx-action gave?' : ''}`
        )
      }
    )
    // buildx's docker driver refuses OCI exports unless the engine uses the containerd store
    // (docker/buildx "Drivers"); it builds into the engine instead, one platform at a time.
    const intoEngine = builder.driver === 'docker' && !(await containerdStore(r.runner, r.env))
    r.log(
      `buildx builder ${builder.name || '(current)'}, driver ${builder.driver || 'unknown'}: ${
        intoEngine
          ? 'building into the Docker engine, then docker save into an OCI layout'
          : 'exporting an OCI layout'
      }`
    )
    const base = ['buildx', 'build', ...commonArgs(r), ...buildxArgs(r)]
    if (r.platforms.length) base.push('--platform', r.platforms.join(','))
    if (intoEngine) {
      if (r.platforms.length > 1) {
        throw new BuildSetupError(
          `buildx's docker driver (builder ${builder.name}) builds one platform into the engine, and platforms lists ${r.platforms.length}. Add docker/setup-buildx-action before this step (and docker/setup-qemu-action for foreign architectures), and pass its builder output as builder:`
        )
      }
      await r.runner.run('docker', [...base, '--load', '--tag', r.name, r.context], {
        env: withEpoch(r),
        onLine: r.log
      })
      await saveToLayout(r.runner, r.name, r.layoutDir, r.env, r.log, r.onLayer)
      return {
        builder: 'buildx',
        layoutDir: r.layoutDir,
        layoutTag: LAYOUT_TAG,
        dockerImage: r.name
      }
    }
    const args = [
      ...base,
      '--output',
      `type=oci,dest=${r.layoutDir},tar=false,name=${r.name}`,
      r.context
    ]
    await r.runner.run('docker', args, { env: withEpoch(r), onLine: r.log })
    await retagLayout(r.layoutDir)
    return { builder: 'buildx', layoutDir: r.layoutDir, layoutTag: LAYOUT_TAG }
  }
}

/**
 * The labels as one Dockerfile `LABEL` instruction, quoted so that nothing in them is read as
 * a variable or an escape; undefined when one has a line break, which a Dockerfile line cannot
 * hold.
 */
export function labelInstruction(labels: Record<string, string>): string | undefined {
  const entries = Object.entries(labels)
  if (entries.some(([k, v]) => /[\r\n]/.test(k + v))) return undefined
  const quote = (text: string): string => `"${text.replace(/[\\"$]/g, c => `\\${c}`)}"`
  return `LABEL ${entries.map(([k, v]) => `${quote(k)}=${quote(v)}`).join(' ')}`
}

/**
 * Whether the build's image may carry ONBUILD triggers: its Dockerfile has an ONBUILD
 * instruction, or cannot be read here (a remote context). Building on top of such an image
 * would run its triggers and drop them.
 */
async function mayHaveTriggers(file: string): Promise<boolean> {
  try {
    return /^\s*onbuild\s/im.test(await readFile(file, 'utf8'))
  } catch {
    return true
  }
}

export const docker: Builder = {
  kind: 'docker',
  multiPlatform: false,
  unavailable: dockerEngineProblem,
  async build(r) {
    // The classic builder makes each --label a build step of its own, and each step creates
    // and commits a container: on the vfs storage driver two copies of all the image's files,
    // per label. So the image is built without them, and they are put on in one LABEL step on
    // top of it, the same labels in the same image config.
    const instruction = Object.keys(r.labels).length ? labelInstruction(r.labels) : undefined
    const onTop = instruction !== undefined && !(await mayHaveTriggers(r.file))
    const platform = r.platforms.length === 1 ? ['--platform', r.platforms[0]!] : []
    const iidDir = onTop ? await mkdtemp(join(tmpdir(), 'ghcr-action-iid-')) : undefined
    try {
      const args = ['build', ...commonArgs(onTop ? { ...r, labels: {} } : r), ...platform]
      args.push(...(iidDir ? ['--iidfile', join(iidDir, 'id')] : ['--tag', r.name]), r.context)
      await r.runner.run('docker', args, { env: r.env, onLine: r.log })
      if (iidDir) {
        const id = (await readFile(join(iidDir, 'id'), 'utf8')).trim()
        // It becomes a line of a Dockerfile: an image ID and nothing else.
        if (!/^sha256:[a-f0-9]{64}$/.test(id))
          throw new CommandError(
            'docker build',
            null,
            `--iidfile holds ${JSON.stringify(id)}, not an image ID`
          )
        r.log(`Labels in one step on top of ${id}`)
        await r.runner.run('docker', ['build', ...platform, '--tag', r.name, '-'], {
          env: r.env,
          onLine: r.log,
          input: `FROM ${id}\n${instruction}\n`
        })
      }
    } finally {
      if (iidDir) await rm(iidDir, { recursive: true, force: true })
    }
    await saveToLayout(r.runner, r.name, r.layoutDir, r.env, r.log, r.onLayer)
    return { builder: 'docker', layoutDir: r.layoutDir, layoutTag: LAYOUT_TAG, dockerImage: r.name }
  }
}

/**
 * `docker save NAME`, streamed into an OCI layout (the classic builder's and `push`'s path),
 * unless this machine kept the layout of the same engine image from an earlier save
 * ({@link SavedImages}), which is used again once every blob has verified.
 */
export async function saveToLayout(
  runner: CommandRunner,
  name: string,
  layoutDir: string,
  env: NodeJS.ProcessEnv,
  log?: LineSink,
  onLayer?: (layer: Descriptor) => void,
  saved = new SavedImages()
): Promise<void> {
  const id = (
    await runner
      .run('docker', ['image', 'inspect', '--format', '{{.Id}}', name], {
        env,
        quiet: true
      })
      .catch(() => '')
  ).trim()
  if (await saved.restore(id, layoutDir)) {
    log?.(
      `${name} is ${id}, which this machine saved before: its layout is used again, every blob re-hashed (no docker save)`
    )
    return
  }
  log?.(`docker save ${name} → OCI layout (layers compressed in parallel)`)
  const save = runner.stream('docker', ['save', name], env)
  const reading = readDockerArchive(save.stdout, layoutDir, {
    tag: LAYOUT_TAG,
    ...(onLayer && { onLayer })
  }).catch((error: unknown) => {
    // Stop docker save, or it would wait forever for its output to be read.
    save.kill()
    throw error
  })
  // Whichever fails first explains it: docker's own message beats a truncated archive.
  const [exported, read] = await Promise.allSettled([save.done, reading])
  if (exported.status === 'rejected') throw exported.reason
  if (read.status === 'rejected') throw read.reason
  await saved.keep(id, layoutDir)
}

/** buildah and podman share their command shapes. */
function containersBuilder(kind: 'buildah' | 'podman'): Builder {
  return {
    kind,
    multiPlatform: true,
    async unavailable(runner, env) {
      if (!(await succeeds(runner, kind, ['--version'], env))) return `${kind} is not installed`
      if (kind === 'podman' && !(await succeeds(runner, 'podman', ['info'], env)))
        return 'podman is installed but does not work here (podman info failed)'
      return undefined
    },
    async build(r) {
      const build = kind === 'buildah' ? ['bud'] : ['build']
      const multi = r.platforms.length > 1
      const args = [...build, ...commonArgs(r), ...secretArgs(r.options)]
      const o = r.options
      if (o?.pull) args.push('--pull=always')
      // The containers builders cache layers in a repository (no tag: they name the layers).
      const cacheRepo = (c: Record<string, string>): string => (c.ref ?? '').replace(/:[^/:]*$/, '')
      if (o?.cache.from.length || o?.cache.to.length) args.push('--layers')
      for (const c of o?.cache.from ?? []) args.push('--cache-from', cacheRepo(c))
      for (const c of o?.cache.to ?? []) args.push('--cache-to', cacheRepo(c))
      if (r.sourceDateEpoch !== undefined) args.push('--timestamp', String(r.sourceDateEpoch))
      // Index-level annotations are the caller's to set in the layout; these are the image's.
      for (const a of o?.annotations ?? [])
        if (!/^[a-z-]+(\[[^\]]*\])?:/.test(a)) args.push('--annotation', a)
      // A manifest list cannot take the name of an image the store already has (a single-
      // platform build of the same tag, earlier on this runner): the list gets a name of its
      // own, used only to export it, and is removed after.
      const list = `localhost/ghcr-action-manifest:${process.pid}-${Date.now()}`
      args.push(multi ? '--manifest' : '--tag', multi ? list : r.name)
      if (r.platforms.length) args.push('--platform', r.platforms.join(','))
      args.push(r.context)
      // Caches on plain-HTTP (loopback) registries: those registries alone are insecure.
      const cacheRefs = [...(o?.cache.from ?? []), ...(o?.cache.to ?? [])].map(cacheRepo)
      const insecure = await insecureCacheEnv(cacheRefs, r.env).catch((e: unknown) => {
        throw new BuildSetupError(
          `The registry cache cannot be reached over plain HTTP: ${e instanceof Error ? e.message : String(e)}`
        )
      })
      if (insecure.hosts.length)
        r.log(
          `${insecure.hosts.join(', ')}: plain HTTP for the registry cache, for this build only (registries.conf)`
        )
      const options = { env: insecure.env, onLine: r.log }
      try {
        await r.runner.run(kind, args, options)
      } finally {
        await insecure.cleanup()
      }
      const destination = `oci:${r.layoutDir}:${LAYOUT_TAG}`
      // Writing a local layout needs no credentials; with DOCKER_CONFIG set to a directory
      // that has no config.json, buildah and podman refuse to push at all ("checking authfile").
      const local = { ...r.env }
      delete local.DOCKER_CONFIG
      const push = { ...options, env: local }
      if (multi) {
        await r.runner.run(kind, ['manifest', 'push', '--all', list, destination], push)
        await r.runner.run(kind, ['manifest', 'rm', list], { ...push, quiet: true }).catch(() => '')
      } else await r.runner.run(kind, ['push', r.name, destination], push)
      return { builder: kind, layoutDir: r.layoutDir, layoutTag: LAYOUT_TAG }
    }
  }
}

export const buildah = containersBuilder('buildah')
export const podman = containersBuilder('podman')

export const BUILDERS: Record<BuilderKind, Builder> = { buildx, docker, buildah, podman }
const AUTO_ORDER: BuilderKind[] = ['buildx', 'docker', 'buildah', 'podman']

/** A builder choice and why. */
export interface BuilderChoice {
  builder: Builder
  reason: string
}

/** Thrown when no builder can do the build; lists why each was passed over. */
export class NoBuilderError extends Error {
  constructor(readonly reasons: string[]) {
    super(`no builder can run this build: ${reasons.join('; ')}`)
    this.name = 'NoBuilderError'
  }
}

/**
 * The builder to use: the one named, checked to work, or with `auto` the first of buildx,
 * docker, buildah and podman that works (and can build every requested platform).
 */
export async function chooseBuilder(
  name: BuilderKind | 'auto',
  platforms: string[],
  runner: CommandRunner,
  env: NodeJS.ProcessEnv,
  needs: ReadonlySet<Capability> = new Set()
): Promise<BuilderChoice> {
  const candidates = name === 'auto' ? AUTO_ORDER : [name]
  const passed: string[] = []
  for (const kind of candidates) {
    const builder = BUILDERS[kind]
    const lacking = [...needs].filter(n => !CAPABILITIES[kind].has(n))
    // A builder named by the input is checked by the caller, which names the input it lacks.
    if (name === 'auto' && lacking.length) {
      passed.push(`${kind}: cannot do ${lacking.join(', ')}`)
      continue
    }
    const problem = await builder.unavailable(runner, env)
    if (problem) {
      passed.push(`${kind}: ${problem}`)
      continue
    }
    if (platforms.length > 1 && !builder.multiPlatform) {
      passed.push(`${kind}: builds one platform at a time, and platforms lists ${platforms.length}`)
      continue
    }
    const reason =
      name === 'auto'
        ? passed.length
          ? `first that works (${passed.join('; ')})`
          : 'first that works'
        : 'named by the builder input'
    return { builder, reason }
  }
  throw new NoBuilderError(passed)
}

/**
 * buildx names the image in index.json by `name=`; make sure the layout has the tag the push
 * reads (`latest`), without touching any blob.
 */
async function retagLayout(dir: string): Promise<void> {
  const path = join(dir, 'index.json')
  const index = JSON.parse(await readFile(path, 'utf8')) as {
    manifests: Array<{ annotations?: Record<string, string> }>
  }
  if (index.manifests.length === 1) {
    const m = index.manifests[0]!
    m.annotations = { ...m.annotations, 'org.opencontainers.image.ref.name': LAYOUT_TAG }
    await writeFile(path, JSON.stringify(index))
  }
}
