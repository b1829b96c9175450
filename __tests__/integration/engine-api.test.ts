/**
 * The Docker Engine API client against a real Docker engine and a real registry: ping, pull
 * (by tag and by digest), tag, remove, and the engine's own error for a pull that fails inside
 * its progress stream, which answers 200 first.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EngineApi, EngineApiError } from '../../src/action/engine/api.js'
import { busyboxContext } from '../helpers/busybox.js'
import { startDockerd, type TestDockerd } from '../testbed/dockerd.js'
import { blobPath, startRegistry, type TestRegistry } from '../testbed/registry.js'
import { startTogether } from '../testbed/tools.js'

let engine: TestDockerd
let reg: TestRegistry
let api: EngineApi
let image: string
let digest: string

beforeAll(async () => {
  ;[engine, reg] = await startTogether([startDockerd(), startRegistry()])
  api = new EngineApi(engine.host.slice('unix://'.length))
  image = `${reg.host}/engine-api/app`
  engine.docker([
    'build',
    '--network',
    'none',
    '-t',
    `${image}:1`,
    busyboxContext(`RUN ["/bin/busybox", "sh", "-c", "echo ${randomUUID()} > /id"]\n`)
  ])
  // The engine pushes to a loopback registry over plain HTTP (127.0.0.0/8 is insecure by default).
  await engine.dockerAsync(['push', `${image}:1`])
  digest = engine
    .docker(['image', 'inspect', '--format', '{{index .RepoDigests 0}}', `${image}:1`])
    .trim()
    .split('@')[1]!
  engine.docker(['image', 'rm', `${image}:1`])
  // An image whose top layer the registry has corrupted: its manifest is served (the engine
  // answers 200 and starts its progress stream), the layer fails the engine's digest check,
  // which it does not retry.
  engine.docker([
    'build',
    '--network',
    'none',
    '-t',
    `${reg.host}/engine-api/broken:1`,
    busyboxContext(`RUN ["/bin/busybox", "sh", "-c", "echo ${randomUUID()} > /id"]\n`)
  ])
  await engine.dockerAsync(['push', `${reg.host}/engine-api/broken:1`])
  engine.docker(['image', 'rm', `${reg.host}/engine-api/broken:1`])
  const res = await fetch(`${reg.url}/v2/engine-api/broken/manifests/1`, {
    headers: { accept: 'application/vnd.docker.distribution.manifest.v2+json' }
  })
  const manifest = (await res.json()) as { layers: Array<{ digest: string }> }
  const top = blobPath(reg, manifest.layers.at(-1)!.digest)
  const bytes = readFileSync(top)
  bytes[bytes.length - 1]! ^= 0xff
  writeFileSync(top, bytes)
}, 120_000)
afterAll(async () => {
  await Promise.all([engine?.stop(), reg?.stop()])
})

const names = (): string[] =>
  engine
    .docker(['images', '--format', '{{.Repository}}:{{.Tag}}'])
    .split('\n')
    .filter(Boolean)
    .sort()

describe('EngineApi', () => {
  test('ping: true on the engine socket, false where nothing listens', async () => {
    expect(await api.ping()).toBe(true)
    const nowhere = join(mkdtempSync(join(tmpdir(), 'engine-')), 'none.sock')
    expect(await new EngineApi(nowhere).ping()).toBe(false)
  })

  test('pull by digest, tag under two names, remove the pulled name: the image stays under the tags', async () => {
    const pulled = `${image}@${digest}`
    await api.pull(pulled)
    expect(engine.docker(['image', 'inspect', '--format', '{{.Id}}', pulled]).trim()).toMatch(
      /^sha256:/
    )
    await api.tag(pulled, `${image}:stable`)
    await api.tag(pulled, 'local/renamed') // no tag: latest, as docker tag does
    await api.remove(pulled)
    expect(names()).toEqual(['local/renamed:latest', `${image}:stable`].sort())
    expect(
      engine.docker([
        'run',
        '--rm',
        '--network',
        'none',
        `${image}:stable`,
        '/bin/busybox',
        'cat',
        '/id'
      ])
    ).toMatch(/^[0-9a-f-]{36}\n$/)
    engine.docker(['image', 'rm', `${image}:stable`, 'local/renamed'])
  }, 60_000)

  test('pull by tag', async () => {
    await api.pull(`${image}:1`)
    expect(names()).toContain(`${image}:1`)
    await api.remove(`${image}:1`)
    expect(names()).not.toContain(`${image}:1`)
  }, 60_000)

  test('a pull the engine refuses at once: its status and words', async () => {
    const missing = api.pull(`${image}:no-such-tag`)
    await expect(missing).rejects.toThrow(EngineApiError)
    await expect(missing).rejects.toThrow(
      /pull of .*:no-such-tag failed \(HTTP 404\): .*manifest unknown/
    )
  }, 60_000)

  test('a pull that fails inside the progress stream (after a 200): the error it reported', async () => {
    const broken = api.pull(`${reg.host}/engine-api/broken:1`)
    await expect(broken).rejects.toThrow(EngineApiError)
    await expect(broken).rejects.toThrow(/pull of .*broken:1 failed: .*verification failed/)
    expect(names().join('\n')).not.toContain('broken')
  }, 60_000)

  test('tag and remove of an image the engine does not have: the engine’s 404, said', async () => {
    await expect(api.tag('local/absent:1', 'local/other:1')).rejects.toThrow(
      /POST \/images\/local\/absent:1\/tag.* \(HTTP 404\): .*No such image/
    )
    await expect(api.remove('local/absent:1')).rejects.toThrow(/\(HTTP 404\)/)
  })

  test('a pull aborted before it starts does not reach the engine', async () => {
    const stop = new AbortController()
    stop.abort()
    await expect(api.pull(`${image}:1`, stop.signal)).rejects.toThrow(/abort/i)
    expect(names()).not.toContain(`${image}:1`)
  })
})
