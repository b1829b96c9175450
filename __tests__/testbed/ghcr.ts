/**
 * EMULATION of ghcr.io and api.github.com for tests that run the action with its defaults
 * (or of a GitHub Enterprise Server's or ghe.com's `containers.HOST`, by `name`).
 *
 * - A real Distribution registry with bearer tokens from the token-service emulation, over TLS
 *   with a certificate for `ghcr.io` signed by a test CA (trusted through NODE_EXTRA_CA_CERTS);
 * - a forward proxy (HTTPS_PROXY) that tunnels `CONNECT ghcr.io:443` to that registry, so the
 *   action connects to "ghcr.io" by name and verifies its certificate as usual;
 * - an API emulation answering `GET /` with the `X-OAuth-Scopes` GitHub sends for classic
 *   personal access tokens (GITHUB_API_URL points at it).
 */
import { createServer, type Server } from 'node:http'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { startForwardProxy, type ForwardProxy } from './forward-proxy.js'
import { startRegistry, type RegistryOptions, type TestRegistry } from './registry.js'

export interface GhcrEmulation {
  registry: TestRegistry
  proxy: ForwardProxy
  /** Environment for the action: HTTPS_PROXY, NODE_EXTRA_CA_CERTS, GITHUB_API_URL. */
  env: Record<string, string>
  /** Scopes the API emulation reports, by token. */
  scopes: Map<string, string>
  /** Requests the API emulation received (method and path; tokens are not kept). */
  apiRequests: string[]
  stop(): Promise<void>
}

export async function startGhcrEmulation(
  options: RegistryOptions & {
    /** The registry's name: ghcr.io, or a GHES or ghe.com server's `containers.HOST`. */
    name?: string
  } = {}
): Promise<GhcrEmulation> {
  const { name = 'ghcr.io', ...rest } = options
  const registry = await startRegistry({
    mode: 'token',
    tls: true,
    tlsNames: [name],
    ...rest
  })
  const proxy = await startForwardProxy({ [`${name}:443`]: registry.directHost })
  const scopes = new Map<string, string>()
  const apiRequests: string[] = []
  const api: Server = createServer((req, res) => {
    apiRequests.push(`${req.method} ${req.url}`)
    const token = /^token (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    const granted = token ? scopes.get(token) : undefined
    if (granted === undefined)
      return void res
        .writeHead(401, { 'content-type': 'application/json' })
        .end('{"message":"Bad credentials"}')
    res.writeHead(200, { 'content-type': 'application/json', 'x-oauth-scopes': granted }).end('{}')
  })
  await new Promise<void>(resolve => api.listen(0, '127.0.0.1', resolve))
  const address = api.address()
  const apiUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  const caFile = join(mkdtempSync(join(tmpdir(), 'ghcr-ca-')), 'ca.pem')
  writeFileSync(caFile, registry.ca!.pem)
  return {
    registry,
    proxy,
    scopes,
    apiRequests,
    env: {
      HTTPS_PROXY: proxy.url,
      NO_PROXY: '',
      NODE_EXTRA_CA_CERTS: caFile,
      GITHUB_API_URL: apiUrl
    },
    stop: async () => {
      await new Promise<void>(resolve => {
        api.close(() => resolve())
        api.closeAllConnections()
      })
      await Promise.all([proxy.stop(), registry.stop()])
    }
  }
}
