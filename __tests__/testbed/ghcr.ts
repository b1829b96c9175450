/**
 * EMULATION of ghcr.io and api.github.com for tests that run the action with its defaults
 * (or of a GitHub Enterprise Server's or ghe.com's `containers.HOST`, by `name`).
 *
 * - A real Distribution registry with bearer tokens from the token-service emulation, over TLS
 *   with a certificate for `ghcr.io` signed by a test CA (trusted through NODE_EXTRA_CA_CERTS);
 * - a forward proxy (HTTPS_PROXY) that tunnels `CONNECT ghcr.io:443` to that registry, so the
 *   action connects to "ghcr.io" by name and verifies its certificate as usual;
 * - an API emulation answering `GET /` with the `X-OAuth-Scopes` GitHub sends for classic
 *   personal access tokens (GITHUB_API_URL points at it), and the artifact attestations API:
 *   `POST /repos/{owner}/{repo}/attestations` (`{bundle}` → `201 {id}`, kept in `attestations`)
 *   and `POST /orgs/{org}/artifacts/metadata/storage-record`; `attestationRefusal` answers in
 *   their place (a plan or permission refusal).
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
  /** Bundles stored through the attestations API, with the repository and the id given. */
  attestations: Array<{ repository: string; id: number; bundle: unknown }>
  storageRecords: unknown[]
  /** A refusal of the attestations API in its place: status and message. */
  attestationRefusal: { status: number; message: string } | undefined
  /** CONNECT host:port → where the proxy tunnels it; a test adds names here. */
  remap: Record<string, string>
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
  const remap: Record<string, string> = { [`${name}:443`]: registry.directHost }
  const proxy = await startForwardProxy(remap)
  const scopes = new Map<string, string>()
  const apiRequests: string[] = []
  const api: Server = createServer((req, res) => {
    apiRequests.push(`${req.method} ${req.url}`)
    const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1]
    const path = (req.url ?? '').split('?')[0]!
    const attesting = /^\/repos\/([^/]+\/[^/]+)\/attestations$/.exec(path)
    const recording = /^\/orgs\/[^/]+\/artifacts\/metadata\/storage-record$/.test(path)
    if (req.method === 'POST' && (attesting || recording)) {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const json = (status: number, body: unknown): void =>
          void res
            .writeHead(status, { 'content-type': 'application/json' })
            .end(JSON.stringify(body))
        if (!token) return json(401, { message: 'Requires authentication' })
        if (emulation.attestationRefusal)
          return json(emulation.attestationRefusal.status, {
            message: emulation.attestationRefusal.message
          })
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { bundle?: unknown }
        if (recording) {
          emulation.storageRecords.push(body)
          return json(200, { storage_records: [{ id: emulation.storageRecords.length }] })
        }
        const id = 1000 + emulation.attestations.length
        emulation.attestations.push({ repository: attesting![1]!, id, bundle: body.bundle })
        json(201, { id })
      })
      return
    }
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
  const emulation: GhcrEmulation = {
    registry,
    proxy,
    scopes,
    apiRequests,
    attestations: [],
    storageRecords: [],
    attestationRefusal: undefined,
    remap,
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
  return emulation
}
