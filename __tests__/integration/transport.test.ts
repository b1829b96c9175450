/** The transport against real servers: proxies, redirects, User-Agent, connection reuse. */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer } from 'node:https'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RegistryClient } from '../../src/registry/client.js'
import { copyImage } from '../../src/registry/copy.js'
import { parseDigest, sha256 } from '../../src/registry/digest.js'
import { OciLayoutDestination, OciLayoutSource } from '../../src/registry/layout.js'
import { RemoteDestination, RemoteSource } from '../../src/registry/remote.js'
import { RedirectError } from '../../src/registry/transport/redirect.js'
import { VERSION } from '../../src/registry/version.js'
import { makeCA, makeServerCert } from '../testbed/certs.js'
import { startForwardProxy, type ForwardProxy } from '../testbed/forward-proxy.js'
import { ALICE, startRegistry, type TestRegistry } from '../testbed/registry.js'
import { startTogether } from '../testbed/tools.js'
import { makeLayout } from '../helpers/images.js'

const tmp = (): string => mkdtempSync(join(tmpdir(), 'transport-'))
const PROXY_VARS = [
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy'
]
const saved = Object.fromEntries(PROXY_VARS.map(v => [v, process.env[v]]))
afterEach(() => {
  for (const v of PROXY_VARS) {
    if (saved[v] === undefined) delete process.env[v]
    else process.env[v] = saved[v]
  }
})

test('the User-Agent version is the package version', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
})

describe('proxies', () => {
  let reg: TestRegistry
  let tls: TestRegistry
  let proxy: ForwardProxy
  beforeAll(async () => {
    ;[reg, tls, proxy] = await startTogether([
      startRegistry(),
      startRegistry({ mode: 'basic' }),
      startForwardProxy()
    ])
  })
  afterAll(async () => {
    await Promise.all([reg?.stop(), tls?.stop(), proxy?.stop()])
  })

  test('HTTP_PROXY carries plain-HTTP traffic, with our User-Agent, over reused connections', async () => {
    for (const v of PROXY_VARS) delete process.env[v]
    process.env.HTTP_PROXY = proxy.url
    const client = new RegistryClient(reg.host)
    const dir = tmp()
    makeLayout(dir, { layers: Array.from({ length: 12 }, () => ({ size: 2000 })) })
    const before = proxy.connections
    await copyImage(
      new OciLayoutSource(dir),
      new RemoteDestination(client.repository('proxied/app')),
      // One slot: four small blobs at a time, each of three requests, over a few connections.
      { tags: ['1'], concurrency: 1 }
    )
    await client.close()
    const seen = proxy.requests.filter(r => r.includes('/v2/proxied/app/'))
    expect(seen.length).toBeGreaterThan(12 * 3)
    expect(proxy.userAgents.at(-1)).toMatch(
      new RegExp(`^ghcr-action/${VERSION.replace(/\./g, '\\.')} `)
    )
    // Dozens of requests, a handful of connections: keep-alive works through the proxy.
    expect(proxy.connections - before).toBeLessThan(seen.length / 4)
  })

  test('NO_PROXY bypasses the proxy', async () => {
    for (const v of PROXY_VARS) delete process.env[v]
    process.env.HTTP_PROXY = proxy.url
    process.env.NO_PROXY = '127.0.0.1'
    const client = new RegistryClient(reg.host)
    const count = proxy.requests.length
    await client.repository('proxied/app').listTags()
    await client.close()
    expect(proxy.requests.length).toBe(count)
  })

  test('HTTPS_PROXY tunnels TLS with CONNECT, still verifying the registry certificate', async () => {
    for (const v of PROXY_VARS) delete process.env[v]
    process.env.HTTPS_PROXY = proxy.url
    const client = new RegistryClient(tls.host, {
      ca: tls.ca!.pem,
      credentials: { username: ALICE.username, password: ALICE.password }
    })
    expect(await client.repository('alice/none').listTags()).toEqual([])
    await client.close()
    expect(proxy.requests).toContain(`CONNECT ${tls.host}`)
    const untrusted = new RegistryClient(tls.host)
    await expect(untrusted.ping()).rejects.toThrow(/TLS verification/)
    await untrusted.close()
  })
})

describe('redirects', () => {
  test('an HTTPS registry redirecting a blob to plain HTTP is refused', async () => {
    const dir = tmp()
    const ca = makeCA(dir)
    const cert = makeServerCert(dir, ca, ['127.0.0.1'])
    const digest = `sha256:${'c'.repeat(64)}`
    const server = createServer(
      { cert: readFileSync(cert.certPath), key: readFileSync(cert.keyPath) },
      (req, res) => {
        if (req.url === '/v2/') return void res.writeHead(200).end('{}')
        res.writeHead(307, { location: `http://127.0.0.1:9/blob` }).end()
      }
    )
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    const host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    const client = new RegistryClient(host, { ca: ca.pem })
    const stream = client.repository('x/y').openBlob({ digest: parseDigest(digest), size: 1 })
    const error = await (async () => {
      for await (const _ of stream) void _
    })().catch(e => e)
    expect(error).toBeInstanceOf(RedirectError)
    expect(String(error.message)).toMatch(/refusing a redirect from HTTPS to http:/)
    await client.close()
    server.closeAllConnections()
    server.close()
  })

  test('a pull through the redirecting front matches a direct pull', async () => {
    const reg = await startRegistry({ redirect: true })
    try {
      const client = new RegistryClient(reg.host)
      const dir = tmp()
      const image = makeLayout(dir, { layers: [{ size: 100_000 }] })
      await copyImage(new OciLayoutSource(dir), new RemoteDestination(client.repository('r/app')), {
        tags: ['1']
      })
      const out = tmp()
      const pulled = await copyImage(
        new RemoteSource(client.repository('r/app'), '1'),
        new OciLayoutDestination(out),
        { tags: ['1'] }
      )
      expect(pulled.digest).toBe(image.digest)
      expect(reg.front!.redirects).toBeGreaterThan(0)
      await client.close()
    } finally {
      await reg.stop()
    }
  })
})

describe('the ping', () => {
  /** Whether a connection began with a TLS handshake record (0x16), not a request line. */
  const isTls = (first: Buffer): boolean => first[0] === 0x16
  const requestLine = (first: Buffer): string => first.toString('latin1').split('\r\n')[0]!
  /** A loopback server that answers every connection with `answer`, noting how each began. */
  const server = async (answer: (first: Buffer) => string) => {
    const firsts: Buffer[] = []
    const net = createNetServer(socket => {
      socket.once('data', (chunk: Buffer) => {
        firsts.push(chunk)
        socket.end(answer(chunk))
      })
    })
    await new Promise<void>(resolve => net.listen(0, '127.0.0.1', resolve))
    const { port } = net.address() as AddressInfo
    return {
      host: `127.0.0.1:${port}`,
      /** For each connection, whether it began with TLS. */
      tls: () => firsts.map(isTls),
      lines: () => firsts.map(requestLine),
      close: () => net.close()
    }
  }
  const MANIFEST = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: `sha256:${'a'.repeat(64)}`,
      size: 2
    },
    layers: []
  })
  const OK = 'HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n'
  // What a plain-HTTP server answers a TLS handshake with, and a TLS one a plain request.
  const BAD = 'HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n'

  test('a plain-HTTP loopback registry is pinged once, in plain HTTP: no TLS handshake', async () => {
    const plain = await server(first => (isTls(first) ? BAD : OK))
    const client = new RegistryClient(plain.host)
    try {
      await expect(client.ping()).resolves.toEqual({ protocol: 'http:', auth: 'none' })
      expect(plain.tls()).toEqual([false])
    } finally {
      await client.close()
      plain.close()
    }
  })

  test('the first read stands for the ping: one request, no GET /v2/', async () => {
    const registry = await server(first => {
      const body = requestLine(first).includes('/manifests/') ? MANIFEST : ''
      return (
        `HTTP/1.1 200 OK\r\ncontent-type: application/vnd.oci.image.manifest.v1+json\r\n` +
        `docker-content-digest: ${sha256(Buffer.from(body))}\r\n` +
        `content-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`
      )
    })
    const client = new RegistryClient(registry.host)
    try {
      // As a pull does it: the manifest asked for, then the login checked beside it.
      const manifest = client.repository('o/app').getManifest('1')
      await expect(client.ping()).resolves.toEqual({ protocol: 'http:', auth: 'none' })
      expect((await manifest).bytes.toString()).toBe(MANIFEST)
      expect(registry.lines()).toEqual(['GET /v2/o/app/manifests/1 HTTP/1.1'])
    } finally {
      await client.close()
      registry.close()
    }
  })

  test('a first read that a loopback port does not answer in plain HTTP goes on over HTTPS, not plain again', async () => {
    const tlsOnly = await server(() => BAD)
    const client = new RegistryClient(tlsOnly.host, { retry: { attempts: 1 } })
    try {
      await expect(client.repository('o/app').getManifest('1')).rejects.toThrow(/400/)
      // The read in plain HTTP, then the ping over HTTPS.
      expect(tlsOnly.tls().slice(0, 2)).toEqual([false, true])
      expect(tlsOnly.lines()[0]).toBe('GET /v2/o/app/manifests/1 HTTP/1.1')
    } finally {
      await client.close()
      tlsOnly.close()
    }
  })

  test('a loopback port that does not answer plain HTTP as a registry is asked over HTTPS', async () => {
    // Nothing here speaks TLS: after the plain try, the HTTPS one; both fail, and the error is
    // the registry's answer, not TLS noise.
    const tlsOnly = await server(() => BAD)
    const client = new RegistryClient(tlsOnly.host, { retry: { attempts: 1 } })
    try {
      await expect(client.ping()).rejects.toThrow(/400/)
      expect(tlsOnly.tls().slice(0, 2)).toEqual([false, true])
    } finally {
      await client.close()
      tlsOnly.close()
    }
  })
})
