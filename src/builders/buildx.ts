/**
 * buildx: with a builder that can export OCI (docker-container, kubernetes, remote, or the
 * docker driver on the containerd image store), `--output type=oci,dest=DIR,tar=false`
 * (multi-platform builds give an index); with buildx's plain `docker` driver, which refuses
 * that export, the image is built into the engine (`--load`) and `docker save` streamed into
 * the layout.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { succeeds, type CommandRunner } from '../exec.js'
import {
  BuildSetupError,
  commonArgs,
  dockerEngineProblem,
  LAYOUT_TAG,
  secretArgs,
  withEpoch,
  type Builder,
  type BuildRequest
} from './common.js'
import { saveToLayout } from './docker.js'

/** `key=value,key=value`, as buildx takes a cache spec. */
function csv(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')
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
