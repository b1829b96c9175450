/**
 * Builders, each ending in an OCI image layout that the embedded client pushes:
 *
 * - buildx: `docker buildx build --output type=oci,dest=DIR,tar=false` (multi-platform builds
 *   give an index);
 * - docker (classic): `docker build`, then `docker save` streamed into a layout, layers
 *   compressed in parallel on every core;
 * - buildah and podman: build, then push to `oci:DIR`.
 *
 * `auto` takes the first that actually works: a CLI whose engine does not answer is skipped,
 * with the reason kept for the log.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readDockerArchive } from '../registry/archive.js'
import { succeeds, type CommandRunner, type LineSink } from './exec.js'

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
  return args
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
    const args = [
      'buildx',
      'build',
      ...commonArgs(r),
      '--output',
      `type=oci,dest=${r.layoutDir},tar=false,name=${r.name}`
    ]
    if (r.platforms.length) args.push('--platform', r.platforms.join(','))
    args.push(r.context)
    await r.runner.run('docker', args, { env: r.env, onLine: r.log })
    await retagLayout(r.layoutDir)
    return { builder: 'buildx', layoutDir: r.layoutDir, layoutTag: LAYOUT_TAG }
  }
}

export const docker: Builder = {
  kind: 'docker',
  multiPlatform: false,
  unavailable: dockerEngineProblem,
  async build(r) {
    const args = ['build', ...commonArgs(r), '--tag', r.name]
    if (r.platforms.length === 1) args.push('--platform', r.platforms[0]!)
    args.push(r.context)
    await r.runner.run('docker', args, { env: r.env, onLine: r.log })
    await saveToLayout(r.runner, r.name, r.layoutDir, r.env, r.log)
    return { builder: 'docker', layoutDir: r.layoutDir, layoutTag: LAYOUT_TAG, dockerImage: r.name }
  }
}

/** `docker save NAME`, streamed into an OCI layout (the classic builder's and `push`'s path). */
export async function saveToLayout(
  runner: CommandRunner,
  name: string,
  layoutDir: string,
  env: NodeJS.ProcessEnv,
  log?: LineSink
): Promise<void> {
  log?.(`docker save ${name} → OCI layout (layers compressed in parallel)`)
  const save = runner.stream('docker', ['save', name], env)
  const reading = readDockerArchive(save.stdout, layoutDir, { tag: LAYOUT_TAG }).catch(
    (error: unknown) => {
      // Stop docker save, or it would wait forever for its output to be read.
      save.kill()
      throw error
    }
  )
  // Whichever fails first explains it: docker's own message beats a truncated archive.
  const [saved, read] = await Promise.allSettled([save.done, reading])
  if (saved.status === 'rejected') throw saved.reason
  if (read.status === 'rejected') throw read.reason
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
      const args = [...build, ...commonArgs(r), multi ? '--manifest' : '--tag', r.name]
      if (r.platforms.length) args.push('--platform', r.platforms.join(','))
      args.push(r.context)
      const options = { env: r.env, onLine: r.log }
      await r.runner.run(kind, args, options)
      const destination = `oci:${r.layoutDir}:${LAYOUT_TAG}`
      if (multi)
        await r.runner.run(kind, ['manifest', 'push', '--all', r.name, destination], options)
      else await r.runner.run(kind, ['push', r.name, destination], options)
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
  env: NodeJS.ProcessEnv
): Promise<BuilderChoice> {
  const candidates = name === 'auto' ? AUTO_ORDER : [name]
  const passed: string[] = []
  for (const kind of candidates) {
    const builder = BUILDERS[kind]
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
