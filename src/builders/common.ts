/**
 * What every builder shares: the request and its options, what a build gives back, the
 * arguments all of them take, and the errors of a build that cannot be set up.
 */
import type { Descriptor } from '../registry/media-types.js'
import { succeeds, type CommandRunner, type LineSink } from '../exec.js'

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

/** The tag every builder gives its image in the layout it writes. */
export const LAYOUT_TAG = 'latest'

/** The arguments every builder takes: Dockerfile, build arguments, labels, target, network. */
export function commonArgs(r: BuildRequest): string[] {
  const args = ['--file', r.file]
  for (const arg of r.buildArgs) args.push('--build-arg', arg)
  for (const [key, value] of Object.entries(r.labels)) args.push('--label', `${key}=${value}`)
  if (r.target) args.push('--target', r.target)
  if (r.network) args.push('--network', r.network)
  const o = r.options
  if (o?.noCache) args.push('--no-cache')
  return args
}

/** What buildx and the containers builders share: secrets, ssh, extra contexts. */
export function secretArgs(o: BuildOptions | undefined): string[] {
  const args: string[] = []
  for (const s of o?.secrets ?? []) args.push('--secret', `id=${s.id},src=${s.src}`)
  for (const ssh of o?.ssh ?? []) args.push('--ssh', ssh)
  for (const [name, value] of Object.entries(o?.buildContexts ?? {}))
    args.push('--build-context', `${name}=${value}`)
  return args
}

/** The environment BuildKit reads SOURCE_DATE_EPOCH from (buildx passes it to the build). */
export function withEpoch(r: BuildRequest): NodeJS.ProcessEnv {
  return r.sourceDateEpoch === undefined
    ? r.env
    : { ...r.env, SOURCE_DATE_EPOCH: String(r.sourceDateEpoch) }
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

/** Why the Docker engine cannot build here (no CLI, no answer), or undefined when it can. */
export async function dockerEngineProblem(
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
