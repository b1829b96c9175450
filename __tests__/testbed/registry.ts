/**
 * Real CNCF Distribution registries (Debian's `docker-registry`) on free loopback ports, each
 * with its own storage, in the modes the tests need:
 *
 * - `anonymous`: plain HTTP, no auth;
 * - `basic`: htpasswd Basic auth over TLS, with a CA made at test time;
 * - `token`: bearer tokens from the ghcr.io token-service emulation, verified by the registry.
 *
 * Any mode can sit behind a redirecting front (`redirect: true`) that answers blob GETs with a
 * `307` to a storage host on another loopback address, as ghcr.io does.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { openSync, closeSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Agent, request } from 'undici'
import { makeCA, makeSelfSigned, makeServerCert, type CertificateAuthority } from './certs.js'
import { startTokenService, type TokenService, type TokenUser } from './token-service.js'
import { startRedirectFront, type GhcrDenial, type RedirectFront } from './redirect-front.js'
import { ensureCommands, freePort, GiveUp, waitFor } from './tools.js'

export type RegistryMode = 'anonymous' | 'basic' | 'token'

export interface RegistryOptions {
  mode?: RegistryMode
  /** basic: user → password. Default `{ alice: 'secret-password' }`. */
  htpasswd?: Record<string, string>
  /** token: the token service's users and their grants. */
  users?: Record<string, TokenUser>
  /** token: repositories anyone may pull. */
  publicRepositories?: string[]
  tokenField?: 'token' | 'access_token' | 'both'
  /** Serve TLS (always true for `basic`). */
  tls?: boolean
  /** Put the redirecting front before the registry. */
  redirect?: boolean
  /** ghcr.io-style refusals the front answers with (implies the front). */
  denials?: GhcrDenial[]
  /** Extra names for the TLS certificate (e.g. `ghcr.io`, for the ghcr.io emulation). */
  tlsNames?: string[]
  /** The port to try first (default: a free one); another is taken if it is in use. */
  port?: number
}

export interface TestRegistry {
  mode: RegistryMode
  /** `127.0.0.1:PORT`: what a reference names (the front's, when there is one). */
  host: string
  /** `http(s)://host`. */
  url: string
  /** The registry's own address, bypassing any front. */
  directHost: string
  /** The storage root: blobs at docker/registry/v2/blobs/sha256/<2>/<hex>/data. */
  root: string
  /** The test CA, when TLS is on. */
  ca?: CertificateAuthority
  tokenService?: TokenService
  front?: RedirectFront
  /** A dispatcher that trusts the test CA, for raw requests in tests. */
  dispatcher: Agent
  /** The registry's log file. */
  log: string
  stop(): Promise<void>
}

/** The default credentials of the test bed. */
export const ALICE = { username: 'alice', password: 'secret-password' }

/** Starts a registry in `options.mode`; stop it in afterAll/afterEach. */
export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  ensureCommands('docker-registry', 'openssl', 'htpasswd')
  const mode = options.mode ?? 'anonymous'
  const tls = options.tls ?? mode === 'basic'
  const dir = mkdtempSync(join(tmpdir(), 'ghcr-action-registry-'))
  const root = join(dir, 'storage')
  let directHost = `127.0.0.1:${options.port ?? (await freePort())}`
  const scheme = tls ? 'https' : 'http'
  const config: Record<string, unknown> = {
    version: 0.1,
    log: { level: 'info', accesslog: { disabled: false } },
    storage: {
      filesystem: { rootdirectory: root },
      delete: { enabled: true },
      cache: { blobdescriptor: 'inmemory' }
    },
    // ghcr.io accepts foreign (Windows) layers with URLs; Distribution needs an allow list for them.
    validation: { manifests: { urls: { allow: ['^https?://'] } } },
    http: {
      addr: directHost,
      secret: 'ghcr-action-test-secret',
      headers: { 'X-Content-Type-Options': ['nosniff'] }
    }
  }
  let ca: CertificateAuthority | undefined
  if (tls) {
    ca = makeCA(dir)
    const cert = makeServerCert(dir, ca, ['127.0.0.1', 'localhost', ...(options.tlsNames ?? [])])
    ;(config.http as Record<string, unknown>).tls = {
      certificate: cert.certPath,
      key: cert.keyPath
    }
  }
  if (mode === 'basic') {
    const users = options.htpasswd ?? { [ALICE.username]: ALICE.password }
    const lines = Object.entries(users).map(([u, p]) =>
      execFileSync('htpasswd', ['-Bbn', u, p], { encoding: 'utf8' }).trim()
    )
    const path = join(dir, 'htpasswd')
    writeFileSync(path, lines.join('\n') + '\n')
    config.auth = { htpasswd: { realm: 'basic-realm', path } }
  }
  let tokenService: TokenService | undefined
  if (mode === 'token') {
    const signer = makeSelfSigned(dir, 'token-issuer')
    const service = 'ghcr-emulation'
    const issuer = 'ghcr-emulation-issuer'
    tokenService = await startTokenService({
      issuer,
      service,
      signer,
      users: options.users ?? {
        [ALICE.username]: { password: ALICE.password, grants: { '*': ['*'] } }
      },
      publicRepositories: options.publicRepositories ?? [],
      tokenField: options.tokenField ?? 'token'
    })
    config.auth = {
      token: {
        realm: `${tokenService.url}/token`,
        service,
        issuer,
        rootcertbundle: signer.certPath
      }
    }
  }
  const configPath = join(dir, 'config.yml')
  const log = join(dir, 'registry.log')
  const dispatcher = new Agent({ connect: ca ? { ca: ca.pem } : {} })
  let child: ChildProcess | undefined
  let front: RedirectFront | undefined
  const stopRegistry = async (): Promise<void> => {
    if (child && child.exitCode === null) {
      const exited = new Promise(resolve => child!.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
  }
  const stopAll = async (): Promise<void> => {
    await front?.stop()
    await tokenService?.stop()
    await stopRegistry()
    await dispatcher.close()
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    // The free port can be taken by another process before the registry binds it (jest runs
    // suites in parallel): then the registry exits saying so, and it gets another port.
    for (let attempt = 1; ; attempt++) {
      ;(config.http as Record<string, unknown>).addr = directHost
      // Distribution reads YAML, and JSON is YAML.
      writeFileSync(configPath, JSON.stringify(config, null, 2))
      writeFileSync(log, '')
      const out = openSync(log, 'a')
      const started = spawn('docker-registry', ['serve', configPath], {
        stdio: ['ignore', out, out]
      })
      child = started
      closeSync(out)
      try {
        await waitFor(`registry on ${directHost}`, async () => {
          if (started.exitCode !== null) throw new GiveUp(readFileSync(log, 'utf8'))
          // Its own log, not only an answer on the port: another server may hold the port.
          if (!readFileSync(log, 'utf8').includes(`listening on ${directHost}`)) return false
          const res = await request(`${scheme}://${directHost}/v2/`, { dispatcher })
          await res.body.dump()
          return res.statusCode === 200 || res.statusCode === 401
        })
        break
      } catch (error) {
        await stopRegistry()
        const message = (error as Error).message
        if (attempt < 5 && error instanceof GiveUp && message.includes('address already in use')) {
          directHost = `127.0.0.1:${await freePort()}`
          continue
        }
        throw new Error(`docker-registry did not start: ${message}`)
      }
    }
    if (options.redirect || options.denials) {
      front = await startRedirectFront({
        upstream: `${scheme}://${directHost}`,
        storageRoot: root,
        ca: ca?.pem,
        denials: options.denials
      })
    }
  } catch (error) {
    await stopAll()
    throw error
  }
  const host = front ? front.host : directHost
  return {
    mode,
    host,
    url: `${front ? 'http' : scheme}://${host}`,
    directHost,
    root,
    ...(ca && { ca }),
    ...(tokenService && { tokenService }),
    ...(front && { front }),
    dispatcher,
    log,
    stop: stopAll
  }
}

/** Path of a blob in the registry's storage, for tests that corrupt or inspect it. */
export function blobPath(registry: Pick<TestRegistry, 'root'>, digest: string): string {
  const hex = digest.replace(/^sha256:/, '')
  return join(registry.root, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data')
}

/**
 * The API requests in the registry's access log from line `from` on, as `METHOD /v2/path`, and
 * the log's length in lines (the `from` of a later call). The registry logs a request once it
 * has answered it, so the last one may still be on its way when a client is done.
 */
export function loggedRequests(
  registry: Pick<TestRegistry, 'log'>,
  from = 0
): { requests: string[]; answered: string[]; lines: number } {
  const lines = readFileSync(registry.log, 'utf8').split('\n')
  const matches = lines
    .slice(from)
    .map(l => /"(GET|HEAD|PUT|POST|PATCH|DELETE) (\/v2\/[^ ]*) HTTP\/[\d.]+" (\d{3})/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
  return {
    requests: matches.map(m => `${m[1]} ${m[2]}`),
    /** As `requests`, each with the status it was answered with. */
    answered: matches.map(m => `${m[1]} ${m[2]} ${m[3]}`),
    lines: lines.length - 1
  }
}

/**
 * What the registry's access log says about blob uploads so far: upload sessions opened (blobs
 * sent through a runner) and cross-repository mounts that took (no bytes sent).
 */
export function blobWrites(registry: Pick<TestRegistry, 'log'>): {
  uploads: number
  mounts: number
} {
  const log = readFileSync(registry.log, 'utf8')
  const count = (pattern: RegExp): number => (log.match(pattern) ?? []).length
  return {
    uploads: count(/"POST \/v2\/[^ ]+\/blobs\/uploads\/[^ ]* HTTP\/1\.1" 202/g),
    mounts: count(/"POST \/v2\/[^ ]+\/blobs\/uploads\/\?[^ ]*mount=[^ ]* HTTP\/1\.1" 201/g)
  }
}
