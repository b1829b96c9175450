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
import type { CommandRunner } from '../exec.js'
import { buildx } from './buildx.js'
import type { Builder, BuilderKind, Capability } from './common.js'
import { buildah, podman } from './containers.js'
import { docker } from './docker.js'

export * from './common.js'
export { buildx, inspectBuildx, type BuildxBuilder } from './buildx.js'
export { buildah, podman } from './containers.js'
export { docker, labelInstruction, saveToLayout } from './docker.js'

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
