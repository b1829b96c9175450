/**
 * The embedded client against real Distribution registries of the test bed, in every auth mode,
 * with skopeo as the independent reader and writer.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RegistryClient } from '../../src/registry/client.js'
import { copyImage } from '../../src/registry/copy.js'
import { OciLayoutDestination, OciLayoutSource } from '../../src/registry/layout.js'
import { RemoteDestination, RemoteSource } from '../../src/registry/remote.js'
import { parseDigest } from '../../src/registry/digest.js'
import { makeIndexLayout, makeLayout } from '../helpers/images.js'
import { ALICE, startRegistry, type TestRegistry } from '../testbed/registry.js'
import { ensureCommands, waitFor } from '../testbed/tools.js'

const tmp = (): string => mkdtempSync(join(tmpdir(), 'client-'))
const skopeo = (...args: string[]): string =>
  execFileSync('skopeo', args, { encoding: 'utf8', maxBuffer: 64 << 20 })

function clientFor(reg: TestRegistry, credentials = true): RegistryClient {
  return new RegistryClient(reg.host, {
    ...(credentials &&
      reg.mode !== 'anonymous' && {
        credentials: { username: ALICE.username, password: ALICE.password }
      }),
    ...(reg.ca && { ca: reg.ca.pem }),
    retry: { baseDelayMs: 10, maxDelayMs: 100 }
  })
}

/** From the registry's access log: `METHOD endpoint` of each request to `repository`. */
function requestsTo(reg: TestRegistry, repository: string): string[] {
  const line = new RegExp(`"([A-Z]+) /v2/${repository}/([a-z]+)/`, 'g')
  return [...readFileSync(reg.log, 'utf8').matchAll(line)].map(m => `${m[1]} ${m[2]}`)
}

beforeAll(() => ensureCommands('skopeo'))

describe('anonymous registry, interop with skopeo', () => {
  let reg: TestRegistry
  let client: RegistryClient
  beforeAll(async () => {
    reg = await startRegistry()
    client = clientFor(reg)
  })
  afterAll(async () => {
    await client?.close()
    await reg?.stop()
  })

  test.each(['oci', 'docker'] as const)(
    'pushes a %s layout that skopeo reads byte-identically',
    async format => {
      const dir = tmp()
      const image = makeLayout(dir, { layers: [{ size: 300_000 }, { size: 1000 }], format })
      const repo = client.repository(`interop/${format}`)
      const result = await copyImage(
        new OciLayoutSource(dir, 'latest'),
        new RemoteDestination(repo),
        { tags: ['v1'] }
      )
      expect(result.digest).toBe(image.digest)
      expect(result.stats).toMatchObject({ copied: 3, present: 0 })
      const raw = execFileSync('skopeo', [
        'inspect',
        '--raw',
        '--tls-verify=false',
        `docker://${reg.host}/interop/${format}:v1`
      ])
      expect(raw.equals(image.bytes)).toBe(true)
      const out = tmp()
      skopeo(
        'copy',
        '--src-tls-verify=false',
        `docker://${reg.host}/interop/${format}:v1`,
        `oci:${out}:x`
      )
      for (const layer of image.layers) {
        expect(
          readFileSync(join(out, 'blobs/sha256', layer.digest.slice(7))).equals(
            readFileSync(join(dir, 'blobs/sha256', layer.digest.slice(7)))
          )
        ).toBe(true)
      }
    }
  )

  test('pushing an image that is there already: one manifest HEAD, no blob request', async () => {
    const dir = tmp()
    makeLayout(dir, { layers: [{ size: 5000 }] })
    const dest = new RemoteDestination(client.repository('again/app'))
    await copyImage(new OciLayoutSource(dir), dest, { tags: ['1'] })
    const requests = (): string[] => requestsTo(reg, 'again/app')
    const before = requests().length
    const done: string[] = []
    const second = await copyImage(new OciLayoutSource(dir), dest, {
      tags: ['1'],
      onBlobDone: (_desc, outcome) => done.push(outcome)
    })
    // The registry logs a request after answering it: wait for the last one.
    await waitFor('the access log', async () => requests().length >= before + 2, 5000)
    // The HEAD that finds the manifest, and the PUT of the tag.
    expect(requests().slice(before)).toEqual(['HEAD manifests', 'PUT manifests'])
    expect(done).toEqual(['present', 'present'])
    expect(second.stats).toEqual({
      copied: 0,
      present: 2,
      mounted: 0,
      foreign: 0,
      bytesCopied: 0,
      bytesReused: second.stats.bytesReused
    })
    expect(second.stats.bytesReused).toBeGreaterThan(5000)
  })

  test('pushing an index that is there already: manifest HEADs only, every blob reported', async () => {
    const dir = tmp()
    const platforms = [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' }
    ]
    makeIndexLayout(dir, platforms, [{ size: 3000 }, { size: 4000 }])
    const dest = new RemoteDestination(client.repository('again/multi'))
    const first = await copyImage(new OciLayoutSource(dir), dest, { tags: ['1'] })
    const requests = (): string[] => requestsTo(reg, 'again/multi')
    const before = requests().length
    const second = await copyImage(new OciLayoutSource(dir), dest, { tags: ['1'] })
    await waitFor('the access log', async () => requests().length >= before + 4, 5000)
    // The index and its two children found by HEAD, then the tag put.
    expect(requests().slice(before).sort()).toEqual([
      'HEAD manifests',
      'HEAD manifests',
      'HEAD manifests',
      'PUT manifests'
    ])
    expect(second.digest).toBe(first.digest)
    expect(second.stats.copied).toBe(0)
    expect(second.stats.present).toBe(first.stats.copied)
  })

  test.each(['v2s2', 'oci'])(
    'pulls what skopeo pushed as %s, verified, to a layout',
    async skopeoFormat => {
      const src = tmp()
      // skopeo reads OCI layouts of OCI manifests only; --format converts on the way.
      makeLayout(src, { layers: [{ size: 200_000 }] })
      skopeo(
        'copy',
        '--dest-tls-verify=false',
        `--format=${skopeoFormat}`,
        `oci:${src}:latest`,
        `docker://${reg.host}/from-skopeo/${skopeoFormat}:t`
      )
      const served = execFileSync('skopeo', [
        'inspect',
        '--raw',
        '--tls-verify=false',
        `docker://${reg.host}/from-skopeo/${skopeoFormat}:t`
      ])
      const out = tmp()
      const result = await copyImage(
        new RemoteSource(client.repository(`from-skopeo/${skopeoFormat}`), 't'),
        new OciLayoutDestination(out),
        { tags: ['t'] }
      )
      expect(readFileSync(join(out, 'blobs/sha256', result.digest.slice(7))).equals(served)).toBe(
        true
      )
      // skopeo 1.9 reads layouts of OCI manifests only; the OCI one it accepts as written.
      if (skopeoFormat === 'oci') expect(() => skopeo('inspect', `oci:${out}:t`)).not.toThrow()
    }
  )

  test('an index pushed by skopeo (--all) is pulled whole, and one platform on request', async () => {
    const src = tmp()
    const built = makeIndexLayout(
      src,
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64', variant: 'v8' }
      ],
      [{ size: 10_000 }]
    )
    skopeo(
      'copy',
      '--all',
      '--dest-tls-verify=false',
      `oci:${src}:latest`,
      `docker://${reg.host}/multi/app:1`
    )
    const repo = client.repository('multi/app')
    const out = tmp()
    const all = await copyImage(new RemoteSource(repo, '1'), new OciLayoutDestination(out), {
      tags: ['1']
    })
    expect(all.digest).toBe(built.digest)
    expect(all.manifests.map(m => m.platform)).toEqual(['linux/amd64', 'linux/arm64/v8'])
    const one = await copyImage(new RemoteSource(repo, '1'), new OciLayoutDestination(tmp()), {
      platform: 'linux/arm64'
    })
    expect(one.digest).toBe(built.children[1]!.digest)
    await expect(
      copyImage(new RemoteSource(repo, '1'), new OciLayoutDestination(tmp()), {
        platform: 'linux/s390x'
      })
    ).rejects.toThrow(/has no linux\/s390x image \(it has: linux\/amd64, linux\/arm64\/v8\)/)
  })

  test('tags list, HEAD and digest-addressed GET agree', async () => {
    const dir = tmp()
    const image = makeLayout(dir, { layers: [{ size: 100 }] })
    const repo = client.repository('tags/app')
    await copyImage(new OciLayoutSource(dir), new RemoteDestination(repo), {
      tags: ['a', 'b', 'c']
    })
    expect((await repo.listTags(2)).sort()).toEqual(['a', 'b', 'c'])
    expect((await repo.headManifest('b'))?.digest).toBe(image.digest)
    const byDigest = await repo.getManifest(image.digest)
    expect(byDigest.bytes.equals(image.bytes)).toBe(true)
  })

  test('a Windows-style image keeps its foreign layer descriptors and never uploads them', async () => {
    const dir = tmp()
    const image = makeLayout(dir, {
      layers: [{ size: 4000, foreign: true }, { size: 3000 }],
      format: 'docker'
    })
    const repo = client.repository('windows/app')
    const result = await copyImage(new OciLayoutSource(dir), new RemoteDestination(repo), {
      tags: ['ltsc']
    })
    expect(result.digest).toBe(image.digest)
    expect(result.stats).toMatchObject({ foreign: 1, copied: 2 })
    expect(await repo.blobSize(parseDigest(image.layers[0]!.digest))).toBeUndefined()
    const served = await repo.getManifest('ltsc')
    expect(served.bytes.equals(image.bytes)).toBe(true)
    const out = tmp()
    const pulled = await copyImage(new RemoteSource(repo, 'ltsc'), new OciLayoutDestination(out), {
      tags: ['ltsc']
    })
    expect(pulled.digest).toBe(image.digest)
    expect(pulled.stats.foreign).toBe(1)
    expect(readdirSync(join(out, 'blobs/sha256'))).not.toContain(image.layers[0]!.digest.slice(7))
  })

  test('chunked uploads arrive intact', async () => {
    const dir = tmp()
    const image = makeLayout(dir, { layers: [{ size: 2_500_000 }] })
    const small = new RegistryClient(reg.host, { chunkSize: 1024 * 1024 })
    const repo = small.repository('chunked/app')
    const layer = image.layers[0]!
    await repo.pushBlob(
      { digest: parseDigest(layer.digest), size: layer.size },
      new OciLayoutSource(dir).blob({ ...layer, digest: parseDigest(layer.digest) }),
      { mode: 'chunked' }
    )
    expect(await repo.blobSize(parseDigest(layer.digest))).toBe(layer.size)
    await small.close()
  })
})

describe.each([
  ['basic', { mode: 'basic' as const, redirect: false }],
  ['token', { mode: 'token' as const, redirect: false }],
  ['token behind the redirecting front', { mode: 'token' as const, redirect: true }]
])('%s registry', (_name, options) => {
  let reg: TestRegistry
  beforeAll(async () => {
    reg = await startRegistry(options)
  })
  afterAll(async () => reg?.stop())

  test('push and pull round trip with every byte verified', async () => {
    const client = clientFor(reg)
    const dir = tmp()
    // Several MiB: the upload cycles its reused buffers many times, over TLS in the basic mode.
    const image = makeLayout(dir, {
      layers: [{ size: 6_000_000 }, { size: 400_000 }, { size: 2000 }]
    })
    const repo = client.repository('alice/app')
    const pushed = await copyImage(new OciLayoutSource(dir), new RemoteDestination(repo), {
      tags: ['1.0']
    })
    expect(pushed.digest).toBe(image.digest)
    const out = tmp()
    const pulled = await copyImage(new RemoteSource(repo, '1.0'), new OciLayoutDestination(out), {
      tags: ['1.0']
    })
    expect(pulled.digest).toBe(image.digest)
    for (const layer of image.layers) {
      expect(
        readFileSync(join(out, 'blobs/sha256', layer.digest.slice(7))).equals(
          readFileSync(join(dir, 'blobs/sha256', layer.digest.slice(7)))
        )
      ).toBe(true)
    }
    if (options.redirect) {
      expect(reg.front!.redirects).toBeGreaterThanOrEqual(image.layers.length + 1)
      // No Authorization header ever reached the storage host.
      expect(reg.front!.storageRequests.length).toBeGreaterThan(0)
      expect(reg.front!.storageRequests.filter(r => r.headers.authorization)).toEqual([])
    }
    await client.close()
  })

  test('anonymous access is refused for pushes', async () => {
    const client = clientFor(reg, false)
    const dir = tmp()
    makeLayout(dir, { layers: [{ size: 10 }] })
    await expect(
      copyImage(new OciLayoutSource(dir), new RemoteDestination(client.repository('alice/app')), {
        tags: ['x']
      })
    ).rejects.toThrow(/401|UNAUTHORIZED|refused/)
    await client.close()
  })
})

describe('bearer tokens', () => {
  let reg: TestRegistry
  beforeAll(async () => {
    reg = await startRegistry({
      mode: 'token',
      tokenField: 'access_token',
      publicRepositories: ['public/*'],
      users: {
        alice: {
          password: ALICE.password,
          grants: { 'alice/*': ['pull', 'push'], 'public/*': ['pull', 'push'] }
        }
      }
    })
  })
  afterAll(async () => reg?.stop())

  test('concurrent requests share one token per scope; access_token is read', async () => {
    const client = clientFor(reg)
    const repo = client.repository('alice/shared')
    const before = reg.tokenService!.requests.length
    await Promise.all(
      Array.from({ length: 8 }, () => repo.blobSize(parseDigest(`sha256:${'1'.repeat(64)}`)))
    )
    const fetched = reg.tokenService!.requests.slice(before)
    expect(fetched.filter(r => r.scopes.includes('repository:alice/shared:pull'))).toHaveLength(1)
    await client.close()
  })

  test('a push, new or again, asks for one token: push,pull', async () => {
    const dir = tmp()
    makeLayout(dir, { layers: [{ size: 1000 }, { size: 2000 }] })
    for (const round of ['new', 'again']) {
      const client = clientFor(reg)
      const before = reg.tokenService!.requests.length
      await copyImage(
        new OciLayoutSource(dir),
        new RemoteDestination(client.repository('alice/once')),
        { tags: ['1'] }
      )
      const scopes = reg.tokenService!.requests.slice(before).map(r => r.scopes.join(' '))
      expect({ round, scopes }).toEqual({ round, scopes: ['repository:alice/once:push,pull'] })
      await client.close()
    }
  })

  test('push scope is requested with push first; anonymous tokens pull public images', async () => {
    const client = clientFor(reg)
    const dir = tmp()
    const image = makeLayout(dir, { layers: [{ size: 1000 }] })
    await copyImage(
      new OciLayoutSource(dir),
      new RemoteDestination(client.repository('public/tool')),
      { tags: ['1'] }
    )
    expect(
      reg.tokenService!.requests.some(r => r.scopes.includes('repository:public/tool:push,pull'))
    ).toBe(true)
    const anonymous = clientFor(reg, false)
    const m = await anonymous.repository('public/tool').getManifest('1')
    expect(m.digest).toBe(image.digest)
    expect(reg.tokenService!.requests.at(-1)!.user).toBeNull()
    await client.close()
    await anonymous.close()
  })

  test('cross-repository mount re-scopes to the source and mounts instead of uploading', async () => {
    const client = clientFor(reg)
    const dir = tmp()
    makeLayout(dir, { layers: [{ size: 50_000 }] })
    await copyImage(
      new OciLayoutSource(dir),
      new RemoteDestination(client.repository('alice/base')),
      { tags: ['1'] }
    )
    const copied = await copyImage(
      new RemoteSource(client.repository('alice/base'), '1'),
      new RemoteDestination(client.repository('alice/derived')),
      { tags: ['1'] }
    )
    expect(copied.stats).toMatchObject({ mounted: 2, copied: 0, bytesCopied: 0 })
    await client.close()
  })
})

describe('TLS', () => {
  test('a registry whose CA is not trusted fails with a TLS error, never falls back to HTTP', async () => {
    const reg = await startRegistry({ mode: 'basic' })
    const client = new RegistryClient(reg.host, {
      credentials: { username: ALICE.username, password: ALICE.password }
    })
    await expect(client.ping()).rejects.toThrow(/TLS verification of 127\.0\.0\.1:\d+ failed/)
    await client.close()
    await reg.stop()
  })
})
