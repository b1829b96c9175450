/**
 * Faults between the client and a real registry: every recoverable fault is survived with
 * identical digests; every corrupted read is refused and leaves nothing behind marked complete.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RegistryClient } from '../../src/registry/client.js'
import { copyImage } from '../../src/registry/copy.js'
import { ContentMismatchError, ErrorCodes, RegistryError } from '../../src/registry/errors.js'
import { OciLayoutDestination, OciLayoutSource } from '../../src/registry/layout.js'
import { RemoteDestination, RemoteSource } from '../../src/registry/remote.js'
import { makeLayout, writeBlob, writeIndexJson, type BuiltImage } from '../helpers/images.js'
import { parseDigest } from '../../src/registry/digest.js'
import { startFaultProxy, type FaultProxy } from '../testbed/fault-proxy.js'
import { startRegistry, type TestRegistry } from '../testbed/registry.js'

const tmp = (): string => mkdtempSync(join(tmpdir(), 'faults-'))
const BLOB = /\/blobs\/sha256:/
const MANIFEST = /\/manifests\//
const UPLOAD = /\/blobs\/uploads\//

let reg: TestRegistry
let proxy: FaultProxy
let client: RegistryClient
let image: BuiltImage
let imageDir: string
let retries: string[]

beforeAll(async () => {
  reg = await startRegistry()
  proxy = await startFaultProxy(reg.url)
  client = new RegistryClient(proxy.host, {
    retry: { baseDelayMs: 5, maxDelayMs: 2000 },
    onRetry: info => retries.push(info.reason)
  })
  imageDir = tmp()
  // Two layers large enough (OFF_THREAD_MIN) that, downloaded at once, one is hashed on a
  // worker thread.
  image = makeLayout(imageDir, { layers: [{ size: 5_000_000 }, { size: 4_500_000 }] })
  await copyImage(
    new OciLayoutSource(imageDir),
    new RemoteDestination(client.repository('faults/base')),
    { tags: ['1'] }
  )
})
afterAll(async () => {
  await client?.close()
  await proxy?.stop()
  await reg?.stop()
})
beforeEach(() => {
  proxy.clear()
  retries = []
})

async function pull(): Promise<{ digest: string; out: string }> {
  const out = tmp()
  const result = await copyImage(
    new RemoteSource(client.repository('faults/base'), '1'),
    new OciLayoutDestination(out),
    { tags: ['1'] }
  )
  return { digest: result.digest, out }
}

function sameLayers(out: string, built = image, from = imageDir): void {
  for (const layer of built.layers) {
    const name = layer.digest.slice(7)
    expect(
      readFileSync(join(out, 'blobs/sha256', name)).equals(
        readFileSync(join(from, 'blobs/sha256', name))
      )
    ).toBe(true)
  }
}

describe('recoverable faults are survived with identical digests', () => {
  test.each([
    [
      '503 on the manifest',
      { method: 'GET', path: MANIFEST, fault: { kind: 'status', status: 503 } as const, times: 2 }
    ],
    [
      '500 on a blob',
      { method: 'GET', path: BLOB, fault: { kind: 'status', status: 500 } as const }
    ],
    [
      'reset before any response',
      { method: 'GET', path: BLOB, fault: { kind: 'reset-before-response' } as const }
    ],
    [
      'slow responses',
      { method: 'GET', path: BLOB, fault: { kind: 'delay', ms: 300 } as const, times: 3 }
    ]
  ])('pull through %s', async (_name, rule) => {
    proxy.add(rule)
    const { digest, out } = await pull()
    expect(digest).toBe(image.digest)
    sameLayers(out)
    if (rule.fault.kind !== 'delay') expect(retries.length).toBeGreaterThan(0)
  })

  test('a connection reset mid-body resumes with Range from the last byte received', async () => {
    proxy.add({
      method: 'GET',
      path: new RegExp(image.layers[0]!.digest),
      fault: { kind: 'reset-mid-body', fraction: 0.4 }
    })
    const { digest, out } = await pull()
    expect(digest).toBe(image.digest)
    sameLayers(out)
    const resumed = proxy.seen.filter(s => s.path.includes(image.layers[0]!.digest) && s.range)
    expect(resumed).toHaveLength(1)
    expect(resumed[0]!.range).toMatch(/^bytes=[1-9]\d*-$/)
  })

  test('a body cut short is completed with Range', async () => {
    proxy.add({
      method: 'GET',
      path: new RegExp(image.layers[1]!.digest),
      fault: { kind: 'truncate', fraction: 0.7 }
    })
    const { digest, out } = await pull()
    expect(digest).toBe(image.digest)
    sameLayers(out)
    expect(proxy.seen.some(s => s.path.includes(image.layers[1]!.digest) && s.range)).toBe(true)
  })

  test('429 with Retry-After is honoured', async () => {
    proxy.add({
      method: 'GET',
      path: MANIFEST,
      fault: { kind: 'status', status: 429, retryAfter: '1' }
    })
    const started = Date.now()
    const { digest } = await pull()
    expect(digest).toBe(image.digest)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(retries).toContain('HTTP 429')
  })

  test('pushes survive 502 on a HEAD, 503 on upload start, reset during the upload, and 500 on the manifest PUT', async () => {
    const dir = tmp()
    const fresh = makeLayout(dir, { layers: [{ size: 500_000 }] })
    proxy.add({ method: 'HEAD', path: BLOB, fault: { kind: 'status', status: 502 } })
    proxy.add({ method: 'POST', path: UPLOAD, fault: { kind: 'status', status: 503 } })
    proxy.add({ method: 'PUT', path: UPLOAD, fault: { kind: 'reset-before-response' } })
    proxy.add({ method: 'PUT', path: MANIFEST, fault: { kind: 'status', status: 500 } })
    const result = await copyImage(
      new OciLayoutSource(dir),
      new RemoteDestination(client.repository('faults/push')),
      { tags: ['1'] }
    )
    expect(result.digest).toBe(fresh.digest)
    expect((await client.repository('faults/push').getManifest('1')).digest).toBe(fresh.digest)
    expect(proxy.seen.filter(s => s.fault).map(s => s.fault)).toEqual([
      'status',
      'status',
      'reset-before-response',
      'status'
    ])
    expect(retries).toEqual(expect.arrayContaining(['HTTP 502', 'HTTP 503', 'HTTP 500']))
  })
})

test('a chunked upload resumes from the upload status after a failed PATCH', async () => {
  const dir = tmp()
  const fresh = makeLayout(dir, { layers: [{ size: 3_000_000 }] })
  const layer = fresh.layers[0]!
  const chunked = new RegistryClient(proxy.host, {
    chunkSize: 1024 * 1024,
    retry: { baseDelayMs: 5 }
  })
  const repo = chunked.repository('faults/chunked')
  const desc = { ...layer, digest: parseDigest(layer.digest) }
  // The first PATCH goes through (a pass-through rule); the second is cut before the registry sees it.
  proxy.add({ method: 'PATCH', path: UPLOAD, fault: { kind: 'delay', ms: 1 } })
  proxy.add({ method: 'PATCH', path: UPLOAD, fault: { kind: 'reset-before-response' } })
  await repo.pushBlob(desc, new OciLayoutSource(dir).blob(desc), { mode: 'chunked' })
  const patches = proxy.seen.filter(s => s.method === 'PATCH').length
  expect(patches).toBe(4) // three chunks, one of them sent twice
  const status = proxy.seen.filter(s => s.method === 'GET' && UPLOAD.test(s.path))
  expect(status).toHaveLength(1)
  expect(proxy.seen.filter(s => s.method === 'POST')).toHaveLength(1)
  expect(await repo.blobSize(desc.digest)).toBe(layer.size)
  await chunked.close()
})

test('connections are kept alive and reused', async () => {
  const dir = tmp()
  makeLayout(dir, { layers: Array.from({ length: 16 }, () => ({ size: 1000 })) })
  const before = proxy.connections
  await copyImage(
    new OciLayoutSource(dir),
    new RemoteDestination(client.repository('faults/reuse')),
    { tags: ['1'], concurrency: 1 }
  )
  // 16 layers and a config: about 50 requests; one slot moves four small blobs at once, each
  // over a connection kept alive.
  expect(proxy.seen.length).toBeGreaterThan(45)
  expect(proxy.connections - before).toBeLessThanOrEqual(5)
})

describe('corrupted reads are refused and leave nothing behind', () => {
  test('a corrupted blob fails with expected and actual digests; no blob file, no index entry', async () => {
    proxy.add({
      method: 'GET',
      path: new RegExp(image.layers[0]!.digest),
      fault: { kind: 'corrupt' },
      times: 10
    })
    const out = tmp()
    const error = await copyImage(
      new RemoteSource(client.repository('faults/base'), '1'),
      new OciLayoutDestination(out),
      { tags: ['1'] }
    ).catch(e => e)
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect(String(error.message)).toContain(`expected ${image.layers[0]!.digest}, got sha256:`)
    const blobs = existsSync(join(out, 'blobs/sha256'))
      ? readdirSync(join(out, 'blobs/sha256'))
      : []
    expect(blobs).not.toContain(image.layers[0]!.digest.slice(7))
    expect(blobs.filter(b => b.includes('partial'))).toEqual([])
    expect(existsSync(join(out, 'index.json'))).toBe(false)
  })

  test('a manifest served with other bytes than its digest is refused', async () => {
    proxy.add({
      method: 'GET',
      path: new RegExp(`manifests/${image.digest}`),
      fault: { kind: 'corrupt' }
    })
    await expect(client.repository('faults/base').getManifest(image.digest)).rejects.toThrow(
      /expected sha256:.*got sha256:|not valid JSON/
    )
  })
})

describe('one retry policy, never nested', () => {
  const layerOf = (dir: string) => {
    const layer = makeLayout(dir, { layers: [{ size: 200_000 }] }).layers[0]!
    return { ...layer, digest: parseDigest(layer.digest) }
  }

  test('an upload whose session start keeps failing is tried as often as the policy says, not more', async () => {
    const dir = tmp()
    const desc = layerOf(dir)
    const three = new RegistryClient(proxy.host, { retry: { attempts: 3, baseDelayMs: 5 } })
    proxy.add({ method: 'POST', path: UPLOAD, fault: { kind: 'status', status: 503 }, times: 100 })
    try {
      await expect(
        three.repository('faults/bounded').pushBlob(desc, new OciLayoutSource(dir).blob(desc))
      ).rejects.toThrow(/HTTP 503/)
      // Three attempts of the whole upload, each one POST: not 3 × the transport's 3.
      expect(proxy.seen.filter(s => s.method === 'POST')).toHaveLength(3)
    } finally {
      await three.close()
    }
  })

  test('an expired upload session (BLOB_UPLOAD_UNKNOWN) is replaced by a new one', async () => {
    const dir = tmp()
    const desc = layerOf(dir)
    proxy.add({
      method: 'PUT',
      path: UPLOAD,
      fault: {
        kind: 'respond',
        status: 404,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          errors: [{ code: 'BLOB_UPLOAD_UNKNOWN', message: 'blob upload unknown to registry' }]
        })
      }
    })
    const repo = client.repository('faults/expired')
    await repo.pushBlob(desc, new OciLayoutSource(dir).blob(desc))
    expect(proxy.seen.filter(s => s.method === 'POST')).toHaveLength(2)
    expect(await repo.blobSize(desc.digest)).toBe(desc.size)
  })

  test("a 500 carrying the registry's error body is its answer: sent once, its words kept", async () => {
    const dir = tmp()
    makeLayout(dir, { layers: [{ size: 1000 }] })
    proxy.add({
      method: 'PUT',
      path: MANIFEST,
      fault: {
        kind: 'respond',
        status: 500,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          errors: [{ code: 'MANIFEST_INVALID', message: 'invalid URL on layer', detail: 'layer 0' }]
        })
      },
      times: 10
    })
    const failure = await copyImage(
      new OciLayoutSource(dir),
      new RemoteDestination(client.repository('faults/refused')),
      { tags: ['1'] }
    ).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(failure).toBeInstanceOf(RegistryError)
    const error = failure as RegistryError
    expect(error.temporary).toBe(false)
    expect(error.hasCode(ErrorCodes.MANIFEST_INVALID)).toBe(true)
    expect(error.message).toMatch(/MANIFEST_INVALID: invalid URL on layer \(layer 0\) \(HTTP 500\)/)
    expect(proxy.seen.filter(s => s.method === 'PUT' && MANIFEST.test(s.path))).toHaveLength(1)
    expect(retries).not.toContain('HTTP 500')
  })

  test('a backoff ends the moment the upload is cancelled', async () => {
    const dir = tmp()
    const desc = layerOf(dir)
    const slow = new RegistryClient(proxy.host, {
      retry: { attempts: 5, baseDelayMs: 20_000, maxDelayMs: 20_000 }
    })
    proxy.add({ method: 'POST', path: UPLOAD, fault: { kind: 'status', status: 503 }, times: 100 })
    const controller = new AbortController()
    const started = Date.now()
    setTimeout(() => controller.abort(new Error('cancelled by the test')), 300)
    try {
      await expect(
        slow
          .repository('faults/cancelled')
          .pushBlob(desc, new OciLayoutSource(dir).blob(desc), { signal: controller.signal })
      ).rejects.toThrow('cancelled by the test')
      expect(Date.now() - started).toBeLessThan(5000)
    } finally {
      await slow.close()
    }
  })
})

test('an index of 300 children is read a few manifests at a time, not all at once', async () => {
  // One image, and an index naming it 300 times under different annotations.
  const dir = tmp()
  const child = makeLayout(dir, { layers: [{ size: 1000 }] })
  const manifests = Array.from({ length: 300 }, (_, i) => {
    const bytes = Buffer.from(
      JSON.stringify({ ...JSON.parse(child.bytes.toString('utf8')), annotations: { n: `${i}` } })
    )
    return { mediaType: child.mediaType, digest: writeBlob(dir, bytes), size: bytes.length }
  })
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: manifests.map((m, i) => ({
        ...m,
        platform: { os: 'linux', architecture: `arch${i}` }
      }))
    })
  )
  const indexDigest = writeBlob(dir, index)
  writeIndexJson(dir, [
    {
      mediaType: 'application/vnd.oci.image.index.v1+json',
      digest: indexDigest,
      size: index.length,
      tag: 'latest'
    }
  ])
  const direct = new RegistryClient(reg.host)
  await copyImage(
    new OciLayoutSource(dir),
    new RemoteDestination(direct.repository('faults/wide')),
    {
      tags: ['1']
    }
  )
  await direct.close()
  // Pulled through the proxy by a client of its own: every connection it opens is counted.
  const fresh = new RegistryClient(proxy.host)
  const before = proxy.connections
  const result = await copyImage(
    new RemoteSource(fresh.repository('faults/wide'), '1'),
    new OciLayoutDestination(tmp()),
    { tags: ['1'], concurrency: 4 }
  )
  await fresh.close()
  expect(result.digest).toBe(indexDigest)
  expect(proxy.seen.filter(s => s.method === 'GET' && MANIFEST.test(s.path)).length).toBe(301)
  // Four blob slots and four manifest slots, the ping's (HTTPS tried first), and a few
  // reconnections: a handful, where reading every child at once opened over 300.
  expect(proxy.connections - before).toBeLessThanOrEqual(14)
})

test('an expired session on a chunk (BLOB_UPLOAD_UNKNOWN on a PATCH) starts a new upload', async () => {
  const dir = tmp()
  const fresh = makeLayout(dir, { layers: [{ size: 2_500_000 }] })
  const layer = fresh.layers[0]!
  const desc = { ...layer, digest: parseDigest(layer.digest) }
  const chunked = new RegistryClient(proxy.host, {
    chunkSize: 1024 * 1024,
    retry: { baseDelayMs: 5 }
  })
  proxy.add({ method: 'PATCH', path: UPLOAD, fault: { kind: 'delay', ms: 1 } })
  proxy.add({
    method: 'PATCH',
    path: UPLOAD,
    fault: {
      kind: 'respond',
      status: 404,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ errors: [{ code: 'BLOB_UPLOAD_UNKNOWN', message: 'expired' }] })
    }
  })
  try {
    const repo = chunked.repository('faults/expired-chunk')
    await repo.pushBlob(desc, new OciLayoutSource(dir).blob(desc), { mode: 'chunked' })
    expect(proxy.seen.filter(s => s.method === 'POST')).toHaveLength(2)
    expect(await repo.blobSize(desc.digest)).toBe(layer.size)
  } finally {
    await chunked.close()
  }
})

test('a layout blob changed on disk after it was written is refused before its last byte is sent', async () => {
  const dir = tmp()
  const built = makeLayout(dir, { layers: [{ size: 3_000_000 }] })
  const layer = built.layers[0]!
  const file = join(dir, 'blobs/sha256', layer.digest.slice(7))
  const bytes = readFileSync(file)
  bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff
  writeFileSync(file, bytes)
  const failure = await copyImage(
    new OciLayoutSource(dir),
    new RemoteDestination(client.repository('faults/tampered')),
    { tags: ['1'] }
  ).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(failure).toBeInstanceOf(ContentMismatchError)
  expect((failure as Error).message).toContain(`expected ${layer.digest}, got sha256:`)
  expect(await client.repository('faults/tampered').blobSize(parseDigest(layer.digest))).toBe(
    undefined
  )
})

describe('small blobs, gathered in memory and written whole', () => {
  let small: BuiltImage
  let smallDir: string

  beforeAll(async () => {
    smallDir = tmp()
    small = makeLayout(smallDir, { layers: [{ size: 200_000 }, { size: 300_000 }] })
    await copyImage(
      new OciLayoutSource(smallDir),
      new RemoteDestination(client.repository('faults/small')),
      { tags: ['1'] }
    )
  })

  async function pullSmall(out: string): Promise<string> {
    const result = await copyImage(
      new RemoteSource(client.repository('faults/small'), '1'),
      new OciLayoutDestination(out, { empty: true }),
      { tags: ['1'] }
    )
    return result.digest
  }

  test.each([
    [
      'a connection reset mid-body resumes with Range',
      1,
      { kind: 'reset-mid-body', fraction: 0.5 }
    ],
    ['a body cut short is completed with Range', 0, { kind: 'truncate', fraction: 0.6 }]
  ] as const)('%s; the file holds the blob once', async (_name, index, fault) => {
    const layer = small.layers[index]!
    proxy.add({ method: 'GET', path: new RegExp(layer.digest), fault })
    const out = tmp()
    expect(await pullSmall(out)).toBe(small.digest)
    sameLayers(out, small, smallDir)
    expect(proxy.seen.filter(s => s.path.includes(layer.digest) && s.range)).toHaveLength(1)
  })

  test('a corrupted small blob fails with both digests; no blob file, no partial file', async () => {
    const layer = small.layers[0]!
    proxy.add({
      method: 'GET',
      path: new RegExp(layer.digest),
      fault: { kind: 'corrupt' },
      times: 10
    })
    const out = tmp()
    const error = await pullSmall(out).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect((error as Error).message).toContain(`expected ${layer.digest}, got sha256:`)
    const blobs = readdirSync(join(out, 'blobs/sha256'))
    expect(blobs).not.toContain(layer.digest.slice(7))
    expect(blobs.filter(b => b.includes('partial'))).toEqual([])
    expect(existsSync(join(out, 'index.json'))).toBe(false)
  })

  test('a failed blob stops a small download in flight: the copy fails and the client closes at once', async () => {
    const own = new RegistryClient(proxy.host, { retry: { baseDelayMs: 5, maxDelayMs: 50 } })
    proxy.add({
      method: 'GET',
      path: new RegExp(small.layers[0]!.digest),
      fault: { kind: 'delay', ms: 4000 }
    })
    proxy.add({
      method: 'GET',
      path: new RegExp(small.layers[1]!.digest),
      fault: { kind: 'corrupt' },
      times: 10
    })
    const started = Date.now()
    const error = await copyImage(
      new RemoteSource(own.repository('faults/small'), '1'),
      new OciLayoutDestination(tmp(), { empty: true }),
      { tags: ['1'] }
    ).catch((e: unknown) => e)
    // Closing waits for requests in flight: the delayed one must have been aborted.
    await own.close()
    expect(error).toBeInstanceOf(ContentMismatchError)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  test('an empty destination knows its blobs by what it wrote, not by looking', async () => {
    const out = tmp()
    const destination = new OciLayoutDestination(out, { empty: true })
    const layer = small.layers[0]!
    const desc = { mediaType: layer.mediaType, digest: parseDigest(layer.digest), size: layer.size }
    // A file put there behind its back is not looked for: the directory is its own.
    mkdirSync(join(out, 'blobs/sha256'), { recursive: true })
    copyFileSync(
      join(smallDir, 'blobs/sha256', layer.digest.slice(7)),
      join(out, 'blobs/sha256', layer.digest.slice(7))
    )
    expect(await destination.hasBlob(desc)).toBe(false)
    await destination.putBlob(
      desc,
      new RemoteSource(client.repository('faults/small'), '1').blob(desc)
    )
    expect(await destination.hasBlob(desc)).toBe(true)
    // Without `empty`, the file is found where it is.
    expect(await new OciLayoutDestination(out).hasBlob(desc)).toBe(true)
  })
})
