/**
 * The client against registries that drip, fall silent or never stop asking for another try:
 * each ends in bounded time with an error naming the request.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RegistryClient } from '../../src/registry/client.js'
import { copyImage } from '../../src/registry/copy.js'
import {
  ContentMismatchError,
  InvalidLayoutError,
  NetworkError,
  PlatformNotFoundError,
  RegistryError,
  UnsupportedManifestError
} from '../../src/registry/errors.js'
import { OciLayoutDestination } from '../../src/registry/layout.js'
import { RemoteSource } from '../../src/registry/remote.js'
import { RedirectError } from '../../src/registry/transport/redirect.js'
import { DeadlineError } from '../../src/registry/transport/types.js'
import { json, startHostileRegistry, type HostileRegistry } from '../testbed/hostile-registry.js'

let registry: HostileRegistry | undefined
let client: RegistryClient | undefined
afterEach(async () => {
  await client?.close()
  await registry?.stop()
  client = registry = undefined
})

async function failureOf(promise: Promise<unknown>): Promise<{ error: unknown; seconds: number }> {
  const started = Date.now()
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  return { error, seconds: (Date.now() - started) / 1000 }
}

test('a manifest dripped a byte at a time ends at the document deadline, naming the URL', async () => {
  const timers: NodeJS.Timeout[] = []
  registry = await startHostileRegistry((req, res) => {
    if (req.url === '/v2/') return json(res, 200, {})
    res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' })
    const drip = setInterval(() => res.write('{'), 200)
    timers.push(drip)
    res.on('close', () => clearInterval(drip))
  })
  client = new RegistryClient(registry.host, { documentTimeoutMs: 1000 })
  const { error, seconds } = await failureOf(client.repository('o/app').getManifest('1'))
  timers.forEach(clearInterval)
  expect(error).toBeInstanceOf(DeadlineError)
  expect((error as Error).message).toMatch(
    /^the answer from http:\/\/127\.0\.0\.1:\d+\/v2\/o\/app\/manifests\/1 did not arrive whole within 1 s$/
  )
  expect(seconds).toBeLessThan(5)
})

test('a registry that accepts connections and never answers is reported in bounded time', async () => {
  registry = await startHostileRegistry(() => undefined)
  client = new RegistryClient(registry.host, {
    headersTimeoutMs: 300,
    retry: { attempts: 2, baseDelayMs: 5 }
  })
  const { error, seconds } = await failureOf(client.ping())
  expect(error).toBeInstanceOf(NetworkError)
  expect((error as NetworkError).code).toBe('UND_ERR_HEADERS_TIMEOUT')
  expect((error as NetworkError).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/v2\/: /)
  expect(seconds).toBeLessThan(5)
})

test('retries stop when the time budget is spent, whatever the attempts left', async () => {
  registry = await startHostileRegistry((req, res) =>
    req.url === '/v2/'
      ? json(res, 200, {})
      : json(
          res,
          503,
          { errors: [{ code: 'UNAVAILABLE', message: 'later' }] },
          {
            'retry-after': '1'
          }
        )
  )
  client = new RegistryClient(registry.host, {
    retry: { attempts: 50, baseDelayMs: 5, maxElapsedMs: 1500 }
  })
  const { error, seconds } = await failureOf(client.repository('o/app').getManifest('1'))
  expect(error).toBeInstanceOf(RegistryError)
  expect((error as RegistryError).status).toBe(503)
  expect(seconds).toBeLessThan(4)
  // One second apart, as asked, and no more than the budget holds.
  expect(registry.requests.filter(r => r.path.includes('/manifests/')).length).toBeLessThanOrEqual(
    3
  )
})

describe('the hostile suite against the client: generated registries', () => {
  const SEED = Number(process.env.HOSTILE_SEED ?? 20261127)
  const HEX64 = /^[0-9a-f]{64}$/
  const blobBytes = Buffer.from('layer bytes')
  const blobDigest = `sha256:${createHash('sha256').update(blobBytes).digest('hex')}`

  /** A manifest or index as a hostile registry might serve it, and the headers it sends. */
  const served = fc.record({
    doc: fc.oneof(
      fc.jsonValue(),
      fc.record({
        schemaVersion: fc.oneof(fc.constant(2), fc.anything()),
        mediaType: fc.constantFrom(
          'application/vnd.oci.image.manifest.v1+json',
          'application/vnd.oci.image.index.v1+json',
          'text/html'
        ),
        config: fc.record({
          mediaType: fc.constant('application/vnd.oci.image.config.v1+json'),
          digest: fc.constantFrom(blobDigest, `sha256:${'0'.repeat(64)}`, 'sha256:../../etc'),
          size: fc.oneof(fc.constant(blobBytes.length), fc.integer())
        }),
        layers: fc.array(
          fc.record({
            mediaType: fc.constant('application/vnd.oci.image.layer.v1.tar'),
            digest: fc.constantFrom(blobDigest, `sha256:${'1'.repeat(64)}`),
            size: fc.oneof(fc.constant(blobBytes.length), fc.nat(), fc.constant(2 ** 40))
          }),
          { maxLength: 3 }
        ),
        manifests: fc.array(
          fc.record({
            mediaType: fc.constant('application/vnd.oci.image.manifest.v1+json'),
            digest: fc.constantFrom(`sha256:${'2'.repeat(64)}`, blobDigest),
            size: fc.nat({ max: 1000 }),
            platform: fc.record({ os: fc.string(), architecture: fc.string() })
          }),
          { maxLength: 3 }
        )
      })
    ),
    contentType: fc.constantFrom('application/vnd.oci.image.manifest.v1+json', 'text/html', ''),
    rightDigest: fc.boolean(),
    blobStatus: fc.constantFrom(200, 404, 500, 307)
  })

  test('every generated registry ends in an image or a typed error, with nothing half-written', async () => {
    await fc.assert(
      fc.asyncProperty(served, async ({ doc, contentType, rightDigest, blobStatus }) => {
        const bytes = Buffer.from(JSON.stringify(doc) ?? 'null')
        const digest = rightDigest
          ? `sha256:${createHash('sha256').update(bytes).digest('hex')}`
          : `sha256:${'f'.repeat(64)}`
        const server = await startHostileRegistry((req, res) => {
          if (req.url === '/v2/') return json(res, 200, {})
          if (req.url?.includes('/manifests/')) {
            res.writeHead(200, {
              ...(contentType && { 'content-type': contentType }),
              'docker-content-digest': digest
            })
            return res.end(bytes)
          }
          if (blobStatus === 307) {
            res.writeHead(307, { location: 'file:///etc/passwd' })
            return res.end()
          }
          if (blobStatus !== 200)
            return json(res, blobStatus, { errors: [{ code: 'BLOB_UNKNOWN', message: 'no' }] })
          res.writeHead(200)
          res.end(blobBytes)
        })
        const c = new RegistryClient(server.host, { retry: { attempts: 2, baseDelayMs: 1 } })
        const out = mkdtempSync(join(tmpdir(), 'hostile-pull-'))
        const started = Date.now()
        try {
          await copyImage(
            new RemoteSource(c.repository('o/app'), '1'),
            new OciLayoutDestination(out),
            {
              tags: ['1']
            }
          )
          // Whatever was kept is named by a digest, and index.json names what is there.
          for (const name of readdirSync(join(out, 'blobs', 'sha256'))) expect(name).toMatch(HEX64)
        } catch (error) {
          const typed = [
            RegistryError,
            UnsupportedManifestError,
            ContentMismatchError,
            PlatformNotFoundError,
            RedirectError,
            InvalidLayoutError
          ]
          if (!typed.some(t => error instanceof t)) throw error
          expect((error as Error).message.length).toBeLessThan(2000)
          // A failed copy records nothing in the layout's index.
          const index = join(out, 'index.json')
          if (existsSync(index))
            expect(JSON.parse(readFileSync(index, 'utf8')).manifests).toEqual([])
        } finally {
          await c.close()
          await server.stop()
          rmSync(out, { recursive: true, force: true })
        }
        expect(Date.now() - started).toBeLessThan(5000)
      }),
      { seed: SEED, numRuns: Number(process.env.HOSTILE_CLIENT_RUNS ?? 60) }
    )
  })
})
