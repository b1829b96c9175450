/**
 * The client against registries that drip, fall silent or never stop asking for another try:
 * each ends in bounded time with an error naming the request.
 */
import { afterEach, expect, test } from '@jest/globals'
import { RegistryClient } from '../../src/registry/client.js'
import { NetworkError, RegistryError } from '../../src/registry/errors.js'
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
