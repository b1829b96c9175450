/**
 * Base layers for builds through the blob cache: before a classic Docker build, the images the
 * Dockerfile's `FROM` lines name are fetched with the embedded client (layers the cache holds
 * are not downloaded) and loaded into the engine, so `docker build` finds them there. Anything
 * that goes wrong here is a warning: the builder then pulls the image itself.
 */
import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import {
  copyImage,
  formatReference,
  OciLayoutDestination,
  parseReference,
  RegistryClient,
  RemoteSource,
  type Descriptor,
  type Reference
} from '../../../registry/index.js'
import { succeeds } from '../../../exec.js'
import type { BlobCache } from '../../blob-cache.js'
import { readDockerCredentials } from '../../docker-config.js'
import { loadLayout } from '../../engine/load.js'
import { actionRunner } from '../../exec.js'
import type { BuildPushInputs } from '../../inputs/index.js'
import { group } from '../../log.js'

/**
 * The external images a Dockerfile builds on: `FROM` arguments that are not `scratch`, not an
 * earlier stage, and not built from `${ARG}`s (those resolve only in the builder).
 */
export function baseImages(dockerfile: string): Reference[] {
  const stages = new Set<string>()
  const bases: Reference[] = []
  // Line continuations join; comments go.
  const text = dockerfile.replace(/\\\r?\n/g, ' ')
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    const m = /^FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line)
    if (!m) continue
    const image = m[1]!
    const alias = m[2]?.toLowerCase()
    if (
      image.toLowerCase() !== 'scratch' &&
      !stages.has(image.toLowerCase()) &&
      !image.includes('$')
    ) {
      try {
        const ref = parseReference(image)
        if (!bases.some(b => formatReference(b) === formatReference(ref))) bases.push(ref)
      } catch {
        // Not a reference we can read; the builder will say what is wrong with it.
      }
    }
    if (alias) stages.add(alias)
  }
  return bases
}

/** Fetches the build's base images through the cache into the engine. Never throws. */
export async function prefetchBaseImages(
  inputs: BuildPushInputs,
  cache: BlobCache,
  platform: string
): Promise<void> {
  if (!cache.enabled) return
  let bases: Reference[]
  try {
    bases = baseImages(await readFile(inputs.file, 'utf8'))
  } catch {
    return
  }
  if (bases.length === 0) return
  await group('Base images through the blob cache', () =>
    fetchThroughCache(bases, inputs, cache, platform)
  )
}

async function fetchThroughCache(
  bases: Reference[],
  inputs: BuildPushInputs,
  cache: BlobCache,
  platform: string
): Promise<void> {
  const roots: Descriptor[] = []
  await cache.prepare()
  await cache.restore('build', 'base-images')
  for (const base of bases) {
    const name = formatReference({
      ...base,
      tag: base.tag ?? (base.digest ? undefined : 'latest')
    })
    try {
      const credentials =
        base.registry === inputs.registry && inputs.token
          ? { username: inputs.username, password: inputs.token }
          : await readDockerCredentials(base.registry)
      const client = new RegistryClient(base.registry, {
        ...(credentials && { credentials }),
        onSecret: s => core.setSecret(s)
      })
      try {
        const tag = `base-${roots.length}`
        const result = await copyImage(
          new RemoteSource(client.repository(base.repository), base.digest ?? base.tag ?? 'latest'),
          new OciLayoutDestination(cache.dir),
          { tags: [tag], platform }
        )
        roots.push({ mediaType: result.mediaType, digest: result.digest, size: result.size })
        core.info(
          `${name}: ${result.stats.present} blob(s) from the cache, ${result.stats.copied} downloaded (${(result.stats.bytesCopied / 1048576).toFixed(1)} MiB)`
        )
        if (await succeeds(actionRunner, 'docker', ['image', 'inspect', name])) continue
        await loadLayout(cache.dir, tag, base.digest ? [] : [name])
        core.info(`${name}: loaded into the Docker engine`)
      } finally {
        await client.close()
      }
    } catch (error) {
      core.warning(
        `Base image ${name} not taken from the blob cache (the builder will pull it): ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }
  if (roots.length) await cache.save('build', 'base-images', roots)
}
