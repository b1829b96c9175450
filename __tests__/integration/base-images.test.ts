/**
 * Base layers of builds through the blob cache: a classic Docker build whose base image the
 * engine does not have gets it from the cache (downloaded once, then from the cache), with
 * @actions/core mocked and a directory standing in for GitHub's cache service (EMULATION).
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { mockCore } from '../helpers/core-mock.js'

const core = mockCore()
jest.unstable_mockModule('@actions/core', () => core.module)

const { baseImages } = await import('../../src/action/commands/build-push/base-images.js')
const { buildPush } = await import('../../src/action/commands/build-push/index.js')
const { BlobCache } = await import('../../src/action/blob-cache.js')
const { readInputs } = await import('../../src/action/inputs/index.js')
const { readContext } = await import('../../src/action/context.js')
const { saveToLayout } = await import('../../src/builders/index.js')
const { spawnRunner } = await import('../../src/exec.js')
const { RegistryClient } = await import('../../src/registry/client.js')
const { copyImage } = await import('../../src/registry/copy.js')
const { OciLayoutSource } = await import('../../src/registry/layout.js')
const { RemoteDestination } = await import('../../src/registry/remote.js')
const { startRegistry } = await import('../testbed/registry.js')
const { startDockerd } = await import('../testbed/dockerd.js')
const { busyboxContext } = await import('../helpers/busybox.js')
const { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } =
  await import('node:fs')
const { tmpdir } = await import('node:os')
const { join } = await import('node:path')

type CacheBackend = import('../../src/action/blob-cache.js').CacheBackend
type BuildPushInputs = import('../../src/action/inputs/index.js').BuildPushInputs

test('FROM lines: external images only', () => {
  const refs = baseImages(
    [
      'ARG VERSION=3',
      'FROM --platform=$BUILDPLATFORM golang:1.23 AS build',
      'FROM build AS test',
      'FROM alpine:${VERSION}',
      'FROM scratch',
      'FROM ghcr.io/octo-org/base@sha256:' + 'a'.repeat(64),
      'from \\',
      '  gcr.io/distroless/static AS final'
    ].join('\n')
  )
  expect(refs.map(r => `${r.registry}/${r.repository}:${r.tag ?? ''}@${r.digest ?? ''}`)).toEqual([
    'docker.io/library/golang:1.23@',
    `ghcr.io/octo-org/base:@sha256:${'a'.repeat(64)}`,
    'gcr.io/distroless/static:@'
  ])
})

describe('a classic Docker build through the blob cache', () => {
  let engine: Awaited<ReturnType<typeof startDockerd>>
  let reg: Awaited<ReturnType<typeof startRegistry>>
  beforeAll(async () => {
    ;[engine, reg] = await Promise.all([startDockerd(), startRegistry()])
    engine.docker(['build', '--network', 'none', '-t', 'seed/base:1', busyboxContext()])
    const layout = mkdtempSync(join(tmpdir(), 'base-'))
    await saveToLayout(spawnRunner, 'seed/base:1', layout, engine.env)
    const client = new RegistryClient(reg.host)
    await copyImage(
      new OciLayoutSource(layout),
      new RemoteDestination(client.repository('base/busybox')),
      { tags: ['1'] }
    )
    await client.close()
    engine.docker(['rmi', 'seed/base:1'])
  }, 120_000)
  afterAll(async () => {
    await Promise.all([engine?.stop(), reg?.stop()])
  })

  test('the base image comes from the registry once, then from the cache', async () => {
    const service = mkdtempSync(join(tmpdir(), 'cache-service-'))
    // EMULATION of GitHub's cache service, as in cache.test.ts.
    const backend: CacheBackend = {
      async restore(dir, _key, prefix) {
        const entry = readdirSync(service).find(k => k.startsWith(prefix))
        if (!entry) return undefined
        rmSync(dir, { recursive: true, force: true })
        cpSync(join(service, entry), dir, { recursive: true })
        return entry
      },
      async save(dir, key) {
        if (!existsSync(join(service, key))) cpSync(dir, join(service, key), { recursive: true })
      }
    }
    const context = mkdtempSync(join(tmpdir(), 'ctx-'))
    writeFileSync(
      join(context, 'Dockerfile'),
      `FROM ${reg.host}/base/busybox:1\nRUN ["/bin/busybox", "sh", "-c", "echo built on the base > /built"]\n`
    )
    process.env.DOCKER_HOST = engine.host
    process.env.DOCKER_BUILDKIT = '0'
    const runBuild = async (): Promise<string[]> => {
      core.reset()
      const runner = mkdtempSync(join(tmpdir(), 'run-'))
      process.env.DOCKER_CONFIG = join(runner, 'docker')
      const ctx = readContext({
        GITHUB_REPOSITORY: 'octo-org/app',
        GITHUB_ACTIONS: 'true',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: 'f'.repeat(40),
        RUNNER_TEMP: runner
      })
      const values: Record<string, string> = {
        registry: reg.host,
        context,
        builder: 'docker',
        network: 'none',
        push: 'false'
      }
      await buildPush(
        readInputs(n => values[n] ?? '', ctx) as BuildPushInputs,
        ctx,
        new BlobCache(join(runner, 'store'), backend, true)
      )
      return [...core.info]
    }
    const first = await runBuild()
    // Three blobs (config and two layers, busybox being about 1 MiB) come from the registry.
    expect(
      first.filter(l =>
        l.startsWith(`${reg.host}/base/busybox:1: 0 blob(s) from the cache, 3 downloaded (1.`)
      )
    ).toHaveLength(1)
    expect(first).toContain(`${reg.host}/base/busybox:1: loaded into the Docker engine`)
    expect(
      engine
        .docker([
          'run',
          '--rm',
          '--network',
          'none',
          `${reg.host}/octo-org/app:main`,
          '/bin/busybox',
          'cat',
          '/built'
        ])
        .trim()
    ).toBe('built on the base')
    // A new runner: the engine does not have the base, the cache does.
    engine.docker([
      'rmi',
      '-f',
      `${reg.host}/base/busybox:1`,
      `${reg.host}/octo-org/app:main`,
      `${reg.host}/octo-org/app:sha-fffffff`
    ])
    const second = await runBuild()
    expect(second).toContain(
      `${reg.host}/base/busybox:1: 3 blob(s) from the cache, 0 downloaded (0.0 MiB)`
    )
    expect(core.warnings).toEqual([])
  }, 120_000)
})
