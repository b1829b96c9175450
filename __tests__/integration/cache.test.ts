/**
 * The blob cache across runs, with pull in-process and @actions/core mocked. GitHub's cache
 * service cannot run here; a directory stands in for it (EMULATION: restore copies the newest
 * entry whose key has the prefix, save stores a copy under the key, as the service does).
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { mockCore } from '../helpers/core-mock.js'

const core = mockCore()
jest.unstable_mockModule('@actions/core', () => core.module)

const { pull } = await import('../../src/action/commands/pull.js')
const { BlobCache } = await import('../../src/action/blob-cache.js')
const { readInputs } = await import('../../src/action/inputs/index.js')
const { readContext } = await import('../../src/action/context.js')
const { RegistryClient } = await import('../../src/registry/client.js')
const { copyImage } = await import('../../src/registry/copy.js')
const { OciLayoutSource } = await import('../../src/registry/layout.js')
const { RemoteDestination } = await import('../../src/registry/remote.js')
const { startRegistry } = await import('../testbed/registry.js')
const { makeLayout } = await import('../helpers/images.js')
const { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } =
  await import('node:fs')
const { tmpdir } = await import('node:os')
const { join } = await import('node:path')

type CacheBackend = import('../../src/action/blob-cache.js').CacheBackend
type PullInputs = import('../../src/action/inputs/index.js').PullInputs

/** EMULATION of GitHub's cache service, in a directory. */
function directoryBackend(root: string, fail = false): CacheBackend & { saved: string[] } {
  const saved: string[] = []
  return {
    saved,
    async restore(dir, key, prefix) {
      if (fail) throw new Error('cache service unavailable')
      const entries = existsSync(root)
        ? readdirSync(root).filter(k => k === key || k.startsWith(prefix))
        : []
      const newest = entries.sort(
        (a, b) => statSync(join(root, b)).mtimeMs - statSync(join(root, a)).mtimeMs
      )[0]
      if (!newest) return undefined
      rmSync(dir, { recursive: true, force: true })
      cpSync(join(root, newest), dir, { recursive: true })
      return newest
    },
    async save(dir, key) {
      if (fail) throw new Error('cache service unavailable')
      if (existsSync(join(root, key)))
        throw new Error(
          `Unable to reserve cache with key ${key}, another job may be creating this cache.`
        )
      cpSync(dir, join(root, key), { recursive: true })
      saved.push(key)
    }
  }
}

const GHS = 'ghs_' + 'T3stInstallationToken0000000000000000'
let reg: Awaited<ReturnType<typeof startRegistry>>
let layers: Array<{ digest: string; size: number }>

beforeAll(async () => {
  reg = await startRegistry({
    mode: 'token',
    users: { octocat: { password: GHS, grants: { 'octo-org/*': ['pull', 'push'] } } }
  })
  const dir = mkdtempSync(join(tmpdir(), 'cache-image-'))
  const image = makeLayout(dir, {
    layers: [{ size: 300_000 }, { size: 200_000 }, { size: 100_000 }]
  })
  layers = image.layers
  const client = new RegistryClient(reg.host, {
    credentials: { username: 'octocat', password: GHS }
  })
  await copyImage(
    new OciLayoutSource(dir),
    new RemoteDestination(client.repository('octo-org/cached')),
    { tags: ['1'] }
  )
  await client.close()
})
afterAll(async () => reg?.stop())

/** A pull as one workflow run does it: a fresh runner (empty store), the cache backend shared. */
async function pullRun(backend: CacheBackend) {
  const runner = mkdtempSync(join(tmpdir(), 'cache-run-'))
  process.env.DOCKER_CONFIG = join(runner, 'docker')
  const ctx = readContext({
    GITHUB_REPOSITORY: 'octo-org/hello-world',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runner
  })
  const values: Record<string, string> = {
    command: 'pull',
    registry: reg.host,
    password: GHS,
    username: 'octocat',
    source: 'octo-org/cached:1',
    load: 'false',
    // Something is kept: without it a pull only resolves and downloads no layer.
    output: join(runner, 'layout')
  }
  const inputs = readInputs(n => values[n] ?? '', ctx)
  const cache = new BlobCache(join(runner, 'store'), backend, true)
  await pull(inputs as PullInputs, ctx, cache)
  return JSON.parse(core.outputs.metadata!) as {
    download: { layersDownloaded: number; layersCached: number; bytesDownloaded: number }
  }
}

describe('blob cache', () => {
  test('a second run with a warm cache downloads zero layer bytes', async () => {
    const backend = directoryBackend(mkdtempSync(join(tmpdir(), 'cache-service-')))
    const first = await pullRun(backend)
    expect(first.download.layersDownloaded).toBe(4) // three layers and the config
    expect(backend.saved).toHaveLength(1)
    const second = await pullRun(backend)
    expect(second.download).toMatchObject({
      layersDownloaded: 0,
      layersCached: 4,
      bytesDownloaded: 0
    })
    // Nothing new: the entry is not saved again.
    expect(backend.saved).toHaveLength(1)
  })

  test('a restored blob that does not match its digest is dropped and downloaded again', async () => {
    const service = mkdtempSync(join(tmpdir(), 'cache-service-'))
    const backend = directoryBackend(service)
    await pullRun(backend)
    const entry = join(service, readdirSync(service)[0]!)
    writeFileSync(
      join(entry, 'blobs/sha256', layers[0]!.digest.slice(7)),
      Buffer.alloc(layers[0]!.size, 1)
    )
    const second = await pullRun(backend)
    expect(second.download.layersDownloaded).toBe(1)
    expect(second.download.bytesDownloaded).toBe(layers[0]!.size)
  })

  test('a cache service that fails costs a warning, never the pull', async () => {
    core.reset()
    const result = await pullRun(
      directoryBackend(mkdtempSync(join(tmpdir(), 'cache-service-')), true)
    )
    expect(result.download.layersDownloaded).toBe(4)
    expect(
      core.warnings.some(w => w.startsWith('Blob cache not restored: cache service unavailable'))
    ).toBe(true)
    expect(
      core.warnings.some(w => w.startsWith('Blob cache not saved: cache service unavailable'))
    ).toBe(true)
  })

  test('outside GitHub Actions, or without the cache service, the cache is off', async () => {
    const { actionsCacheAvailable } = await import('../../src/action/blob-cache.js')
    expect(BlobCache.forRun(false).enabled).toBe(false)
    expect(actionsCacheAvailable({})).toBe(false)
    expect(actionsCacheAvailable({ ACTIONS_CACHE_URL: 'https://cache/' })).toBe(true)
    expect(
      actionsCacheAvailable({
        ACTIONS_CACHE_SERVICE_V2: 'true',
        ACTIONS_RESULTS_URL: 'https://results/'
      })
    ).toBe(true)
    expect(
      actionsCacheAvailable({
        ACTIONS_CACHE_SERVICE_V2: 'true',
        ACTIONS_CACHE_URL: 'https://cache/'
      })
    ).toBe(false)
    expect(
      actionsCacheAvailable({
        GITHUB_SERVER_URL: 'https://ghe.example.com',
        ACTIONS_CACHE_SERVICE_V2: 'true',
        ACTIONS_CACHE_URL: 'https://cache/'
      })
    ).toBe(true)
  })
})
