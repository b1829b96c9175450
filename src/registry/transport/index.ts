/**
 * The transport stack for one registry, outermost first (after go-containerregistry's
 * `remote/transport`):
 *
 *   auth → retry → redirect → base (undici: keep-alive, proxy, TLS verified, User-Agent)
 *
 * plus the ping that finds the scheme (HTTPS; plain HTTP only for loopback registries, as the
 * Docker engine allows) and the registry's challenge.
 */
import type { Dispatcher } from 'undici'
import { errorCode, isCertificateError, RegistryError, TlsError, redactUrl } from '../errors.js'
import { isLoopback } from '../reference.js'
import { AuthError, Authenticator, registryErrorFrom, withAuth, type Credentials } from './auth.js'
import { baseRoundTrip, createDispatcher } from './http.js'
import { withRedirects } from './redirect.js'
import { DEFAULT_RETRY, withRetry, type RetryListener, type RetryPolicy } from './retry.js'
import {
  drain,
  readBody,
  type HttpRequest,
  type HttpResponse,
  type Method,
  type RoundTrip,
  DOCUMENT_DEADLINE_MS,
  sameHost
} from './types.js'
import { VERSION } from '../version.js'

export type { Credentials } from './auth.js'
export type { HttpRequest, HttpResponse, RequestBody, RoundTrip } from './types.js'

export interface TransportOptions {
  /** API host[:port] of the registry (Docker Hub's is registry-1.docker.io). */
  host: string
  credentials?: Credentials
  /** Shared across registries to reuse connections; made (and owned) here when absent. */
  dispatcher?: Dispatcher
  /** Extra CA certificates (PEM), on top of the system's and NODE_EXTRA_CA_CERTS. */
  ca?: string | string[]
  retry?: Partial<RetryPolicy>
  /** Time to wait for a response's headers. Default 60 s. */
  headersTimeoutMs?: number
  /** Idle time between body chunks before a transfer counts as stalled. Default 60 s. */
  bodyTimeoutMs?: number
  /** How long a small document (manifest, token, error body) may take in all. Default 30 s. */
  documentTimeoutMs?: number
  /** Identifies the caller in `User-Agent`, before the client's own name. */
  userAgent?: string
  /** Called with secrets the client learns (registry tokens), to mask them. */
  onSecret?: (secret: string) => void
  onRetry?: RetryListener
}

/** What the ping learnt. */
export interface PingResult {
  /** `https:` or `http:` (loopback only). */
  protocol: 'https:' | 'http:'
  /** `none`, `basic` or `bearer`. */
  auth: string
}

/** A registry connection: scheme, auth, retries and redirects, ready for API calls. */
export class RegistryTransport {
  readonly host: string
  readonly auth: Authenticator
  /** How long a small document may take in all (see {@link readBody}). */
  readonly documentTimeoutMs: number
  private readonly dispatcher: Dispatcher
  private readonly ownsDispatcher: boolean
  private readonly roundTrip: RoundTrip
  private readonly plain: RoundTrip
  /** As `plain`, without retries: for the loopback ping's first, plain-HTTP try. */
  private readonly once: RoundTrip
  private pinging: Promise<PingResult> | undefined

  constructor(options: TransportOptions) {
    this.host = options.host
    this.ownsDispatcher = !options.dispatcher
    this.dispatcher =
      options.dispatcher ??
      createDispatcher({
        ...(options.ca && { ca: options.ca }),
        ...(options.headersTimeoutMs && { headersTimeoutMs: options.headersTimeoutMs }),
        ...(options.bodyTimeoutMs && { bodyTimeoutMs: options.bodyTimeoutMs })
      })
    this.documentTimeoutMs = options.documentTimeoutMs ?? DOCUMENT_DEADLINE_MS
    const ua = `${options.userAgent ? `${options.userAgent} ` : ''}ghcr-action/${VERSION} (+https://github.com/features/packages)`
    const policy = { ...DEFAULT_RETRY, ...options.retry }
    this.once = withRedirects(baseRoundTrip(this.dispatcher, ua))
    this.plain = withRetry(this.once, policy, options.onRetry)
    this.auth = new Authenticator({
      registryHost: options.host,
      transport: this.plain,
      ...(options.credentials && { credentials: options.credentials }),
      ...(options.onSecret && { onSecret: options.onSecret }),
      documentTimeoutMs: this.documentTimeoutMs
    })
    this.roundTrip = withAuth(this.plain, this.auth, options.host)
  }

  /**
   * `GET /v2/` once: finds the scheme and the auth challenge. HTTPS, except for a loopback
   * registry that answers plain HTTP as a registry (tried first, there only: a TLS port cannot
   * answer it so). A certificate that fails verification is an error, never a reason to fall
   * back.
   */
  ping(): Promise<PingResult> {
    return this.pinging ?? this.track(this.doPing())
  }

  /** Makes `pinging` the ping every request waits for, until it fails (then the next pings). */
  private track(pinging: Promise<PingResult>): Promise<PingResult> {
    this.pinging = pinging
    pinging.catch(() => (this.pinging = undefined))
    return pinging
  }

  /** `plainTried`: a loopback registry's plain-HTTP try was made (by the first read). */
  private async doPing(plainTried = false): Promise<PingResult> {
    const attempt = async (
      protocol: 'https:' | 'http:',
      roundTrip = this.plain
    ): Promise<PingResult> => {
      const url = new URL(`${protocol}//${this.host}/v2/`)
      const res = await roundTrip({ method: 'GET', url, headers: {} })
      if (res.status === 401) {
        const challenge = this.auth.learn(res)
        await drain(res)
        return { protocol, auth: challenge?.scheme ?? 'none' }
      }
      if (res.status >= 200 && res.status < 300) {
        await drain(res)
        return { protocol, auth: 'none' }
      }
      const body = await readBody(res, 64 * 1024, this.documentTimeoutMs).catch(() =>
        Buffer.alloc(0)
      )
      throw registryErrorFrom(res, 'GET', body)
    }
    if (isLoopback(this.host) && !plainTried) {
      // A loopback registry is asked in plain HTTP first, once: one that answers as a registry
      // does (200, or 401 with its challenge) does not speak TLS on that port, and is used
      // without loading a single certificate. Anything else is asked over HTTPS, as below.
      const probe = await attempt('http:', this.once).catch(() => undefined)
      if (probe) return probe
    }
    try {
      return await attempt('https:')
    } catch (error) {
      const code = errorCode(error)
      if (isCertificateError(code)) throw new TlsError(this.host, code ?? 'certificate', error)
      if (error instanceof RegistryError || !isLoopback(this.host)) throw error
      // Neither answered: plain HTTP again, with retries, for the error worth reporting.
      return await attempt('http:')
    }
  }

  /**
   * Checks the credentials: for a Bearer registry, obtains a token for `scopes` (none is fine:
   * the token service still authenticates the credentials); for a Basic registry, an
   * authenticated `GET /v2/`. Throws {@link AuthError} when they are refused.
   */
  async verify(scopes: string[] = []): Promise<PingResult> {
    const ping = await this.ping()
    if (ping.auth === 'bearer') {
      await this.auth.authorization(scopes)
    } else if (ping.auth === 'basic') {
      const res = await this.request('GET', '/v2/')
      if (res.status !== 200 && res.status !== 401 && res.status !== 403)
        return this.fail(res, 'GET')
      await drain(res)
      if (res.status !== 200) {
        throw new AuthError(`${this.host} refused the credentials (HTTP ${res.status})`, res.status)
      }
    }
    return ping
  }

  /** The base URL (`https://host`) once pinged. */
  async baseUrl(): Promise<string> {
    return `${(await this.ping()).protocol}//${this.host}`
  }

  /**
   * Sends an API request: `path` is relative to the registry (`/v2/...`) or an absolute URL.
   * A read (GET or HEAD, no body) sent before anything else is the ping itself (see
   * {@link firstRead}).
   */
  async request(
    method: Method,
    path: string,
    options: Omit<HttpRequest, 'method' | 'url'> = {}
  ): Promise<HttpResponse> {
    if (!this.pinging && (method === 'GET' || method === 'HEAD') && !options.body) {
      const url = new URL(path, `https://${this.host}`)
      if (sameHost(url, this.host)) return this.firstRead(method, url, options)
    }
    const base = await this.baseUrl()
    const url = new URL(path, base)
    // Upload locations come back absolute; keep the pinged scheme for our own host.
    if (sameHost(url, this.host)) url.protocol = new URL(base).protocol
    return this.roundTrip({ method, url, ...options })
  }

  /**
   * The first read stands for the ping, which then costs no round trip of its own: its answer
   * brings the scheme and the challenge just as `GET /v2/` would (a registry asks for
   * credentials before it says anything else). Sent over HTTPS, or to a loopback registry once
   * in plain HTTP, where only a registry's answer (2xx, 401, 404) counts; anything else there is
   * settled by the ping proper, and the read sent again.
   */
  private async firstRead(
    method: Method,
    url: URL,
    options: Omit<HttpRequest, 'method' | 'url'>
  ): Promise<HttpResponse> {
    let found!: (result: PingResult) => void
    let failed!: (error: unknown) => void
    this.track(
      new Promise<PingResult>((resolve, reject) => {
        found = resolve
        failed = reject
      })
    )
    const loopback = isLoopback(this.host)
    if (loopback) url.protocol = 'http:'
    let res: HttpResponse | undefined
    try {
      // No credentials: no challenge is known yet.
      res = await (loopback ? this.once : this.plain)({ method, url, ...options })
    } catch (error) {
      if (!loopback) {
        failed(error)
        throw error
      }
    }
    if (!res || !(res.status < 300 || res.status === 401 || res.status === 404)) {
      if (res) await drain(res)
      // Plain HTTP was just tried, here; the ping goes on from HTTPS.
      this.doPing(loopback).then(found, failed)
      return this.request(method, url.pathname + url.search, options)
    }
    const challenge = res.status === 401 ? this.auth.learn(res) : undefined
    found({ protocol: url.protocol as PingResult['protocol'], auth: challenge?.scheme ?? 'none' })
    if (!challenge) return res
    await drain(res)
    // Now with the challenge known: its token (shared with a login asking at the same time).
    return this.roundTrip({ method, url, ...options })
  }

  /** Throws a {@link RegistryError} for an error answer, reading its body. */
  async fail(res: HttpResponse, method: string): Promise<never> {
    const body = await readBody(res, 64 * 1024, this.documentTimeoutMs).catch(() => Buffer.alloc(0))
    throw registryErrorFrom(res, method, body)
  }

  /** Closes the connections, when this transport made its own dispatcher. */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close()
  }

  /** The redacted form of a URL, for messages. */
  static redact(url: URL | string): string {
    return redactUrl(url)
  }
}
