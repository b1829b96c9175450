/**
 * Registry authentication: anonymous, Basic, and the bearer-token flow of the Docker token
 * protocol that ghcr.io, Docker Hub and Distribution use.
 *
 * - The challenge (`WWW-Authenticate`) comes from the ping or from any `401`.
 * - A token is fetched from the challenge's realm with `service` and the request's scopes,
 *   with Basic credentials (or none, for an anonymous pull token), and read from `token` or
 *   `access_token`.
 * - Tokens are cached by scope set until they expire; concurrent requests for the same scopes
 *   share one fetch.
 * - A `401` on a request that carried a token means the token did not cover it (another
 *   repository, a mount source): the client re-scopes with the challenge's scope and tries once
 *   more.
 * - `Authorization` is only ever attached to requests for the registry's own host; the token
 *   realm gets the Basic credentials, as the protocol requires.
 */
import { isLoopback } from '../reference.js'
import { RegistryError, redactUrl } from '../errors.js'
import { parseChallenges, type Challenge } from './challenge.js'
import {
  drain,
  header,
  readBody,
  sameHost,
  type HttpRequest,
  type HttpResponse,
  type RoundTrip
} from './types.js'

export interface Credentials {
  username: string
  password: string
}

/** The credentials were refused, or the token service failed; `status` is the service's. */
export class AuthError extends Error {
  constructor(
    message: string,
    readonly status: number,
    cause?: unknown
  ) {
    super(message, { cause })
    this.name = 'AuthError'
  }
}

interface CachedToken {
  value: string
  expiresAt: number
}

/** Default token lifetime when the service says none (the token spec's 60 seconds). */
const DEFAULT_EXPIRES_IN = 60
/** Refresh tokens this long before they expire. */
const EXPIRY_MARGIN_MS = 10_000

export interface AuthenticatorOptions {
  /** `host[:port]` of the registry: the only host that gets `Authorization`. */
  registryHost: string
  credentials?: Credentials
  /** The transport for token requests (no auth layer under it). */
  transport: RoundTrip
  /** Called with every secret the client learns (registry tokens), so it can be masked. */
  onSecret?: (secret: string) => void
  /** How long a token answer may take in all. */
  documentTimeoutMs?: number
}

/** A server's text in a message: one line, printable, and short. */
export function quote(text: string, max = 80): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()
  return JSON.stringify(line.length > max ? `${line.slice(0, max)}…` : line)
}

/** Per-registry authentication state. */
export class Authenticator {
  private challenge: Challenge | undefined
  private readonly tokens = new Map<string, Promise<CachedToken>>()
  /** Actions granted per resource, as the token service reported them in the JWT. */
  private readonly grants = new Map<string, Set<string>>()

  /** Scopes granted (`repository:o/r:push,pull`), for the summary; empty for opaque tokens. */
  get granted(): string[] {
    return [...this.grants]
      .filter(([, actions]) => actions.size > 0)
      .map(([resource, actions]) => `${resource}:${[...actions].join(',')}`)
  }

  constructor(private readonly options: AuthenticatorOptions) {}

  /** Whether there are credentials to send. */
  get hasCredentials(): boolean {
    return this.options.credentials !== undefined
  }

  /** Records the challenge of a `401` (from the ping or any request). */
  learn(res: Pick<HttpResponse, 'headers'>): Challenge | undefined {
    const challenges = parseChallenges(res.headers['www-authenticate'])
    const chosen =
      challenges.find(c => c.scheme === 'bearer') ?? challenges.find(c => c.scheme === 'basic')
    if (chosen) this.challenge = chosen
    return chosen
  }

  /** The `Authorization` header for a request needing `scopes`, or undefined. */
  async authorization(scopes: string[]): Promise<string | undefined> {
    const challenge = this.challenge
    if (!challenge) return undefined
    if (challenge.scheme === 'basic') {
      const c = this.options.credentials
      return c
        ? `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`
        : undefined
    }
    if (challenge.scheme === 'bearer')
      return `Bearer ${(await this.token(challenge, scopes)).value}`
    return undefined
  }

  /** Forgets the cached token for `scopes`, after the registry refused it. */
  forget(scopes: string[]): void {
    this.tokens.delete(scopeKey(scopes))
  }

  private token(challenge: Challenge, scopes: string[]): Promise<CachedToken> {
    const key = scopeKey(scopes)
    const cached = this.tokens.get(key)
    if (cached) {
      return cached.then(t => {
        if (t.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return t
        if (this.tokens.get(key) === cached) this.tokens.delete(key)
        return this.token(challenge, scopes)
      })
    }
    const fetching = this.fetchToken(challenge, scopes)
    this.tokens.set(key, fetching)
    fetching.catch(() => {
      if (this.tokens.get(key) === fetching) this.tokens.delete(key)
    })
    return fetching
  }

  private async fetchToken(challenge: Challenge, scopes: string[]): Promise<CachedToken> {
    const realm = challenge.params.realm
    if (!realm)
      throw new AuthError(`${this.options.registryHost} sent a Bearer challenge without a realm`, 0)
    let url: URL
    try {
      url = new URL(realm)
    } catch {
      throw new AuthError(
        `${this.options.registryHost} named a token service that is not a URL (realm ${quote(realm)})`,
        0
      )
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new AuthError(
        `${this.options.registryHost} named a token service that is not HTTP(S) (realm ${quote(realm)})`,
        0
      )
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.host))) {
      throw new AuthError(
        `refusing to send credentials to the token service ${redactUrl(url)} over plain HTTP`,
        0
      )
    }
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service)
    for (const scope of scopes) url.searchParams.append('scope', scope)
    const headers: Record<string, string> = { accept: 'application/json' }
    const c = this.options.credentials
    if (c)
      headers.authorization = `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`
    const res = await this.options.transport({ method: 'GET', url, headers })
    if (res.status !== 200) {
      const body = await readBody(res, 64 * 1024, this.options.documentTimeoutMs).catch(() =>
        Buffer.alloc(0)
      )
      const err = registryErrorFrom(res, 'GET', body)
      const who = c ? `the credentials of ${c.username}` : 'anonymous access'
      throw new AuthError(
        `the token service ${url.host} refused ${who} (HTTP ${res.status}${err.codes.length ? `: ${err.registrySays}` : ''})`,
        res.status,
        err
      )
    }
    const text = (await readBody(res, 1024 * 1024, this.options.documentTimeoutMs)).toString('utf8')
    let body: { token?: string; access_token?: string; expires_in?: number; issued_at?: string }
    try {
      body = JSON.parse(text) as typeof body
      if (!body || typeof body !== 'object') throw new TypeError('not an object')
    } catch {
      const type = (header(res, 'content-type') ?? 'no content type').split(';')[0]
      throw new AuthError(
        `the token service ${url.host} answered with ${type}, not a JSON token (${quote(text)})`,
        res.status
      )
    }
    const value = body.token || body.access_token
    if (typeof value !== 'string' || !value)
      throw new AuthError(`the token service ${url.host} answered without a token`, res.status)
    // A token goes into a header: visible ASCII only (RFC 6750's b64token is narrower still).
    if (!/^[\x21-\x7e]+$/.test(value))
      throw new AuthError(
        `the token service ${url.host} answered with a token that cannot be sent in a header`,
        res.status
      )
    this.options.onSecret?.(value)
    this.recordGrants(value)
    const issued = body.issued_at ? Date.parse(body.issued_at) : NaN
    const start = Number.isNaN(issued) ? Date.now() : Math.min(issued, Date.now())
    return { value, expiresAt: start + (body.expires_in || DEFAULT_EXPIRES_IN) * 1000 }
  }

  /** Reads the `access` claim of a JWT token, when it is one, to report what was granted. */
  private recordGrants(token: string): void {
    const parts = token.split('.')
    if (parts.length !== 3) return
    try {
      const claims = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8')) as {
        access?: Array<{ type?: string; name?: string; actions?: string[] }>
      }
      for (const a of claims.access ?? []) {
        // The claims are the token service's words and end up in the log: only what has the
        // shape of a scope is kept, so a claim cannot carry a line (or a workflow command).
        if (!SCOPE_WORD.test(a.type ?? '') || !SCOPE_NAME.test(a.name ?? '')) continue
        const key = `${a.type}:${a.name}`
        const actions = this.grants.get(key) ?? new Set<string>()
        for (const action of a.actions ?? []) if (SCOPE_WORD.test(action)) actions.add(action)
        this.grants.set(key, actions)
      }
    } catch {
      // Opaque tokens are fine; they just tell nothing.
    }
  }
}

/** A scope's type or action (`repository`, `pull`, `*`), and its resource name. */
const SCOPE_WORD = /^(?:[a-z][a-z0-9_-]{0,31}|\*)$/
const SCOPE_NAME = /^[a-z0-9][a-z0-9._/-]{0,254}$/

function scopeKey(scopes: string[]): string {
  return [...new Set(scopes)].sort().join(' ')
}

/** Merges the scope the registry asked for into the request's own. */
function rescope(scopes: string[], challenge: Challenge | undefined): string[] {
  const asked = challenge?.params.scope?.split(' ').filter(Boolean) ?? []
  return [...new Set([...scopes, ...asked])]
}

/** Builds a {@link RegistryError} from an error answer and its (already read) body. */
export function registryErrorFrom(res: HttpResponse, method: string, body: Buffer): RegistryError {
  let codes: RegistryError['codes'] = []
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { errors?: RegistryError['codes'] }
    if (Array.isArray(parsed.errors)) codes = parsed.errors
  } catch {
    // Not the spec's JSON error body.
  }
  const headers: Record<string, string> = {}
  for (const name of ['www-authenticate', 'retry-after', 'x-github-request-id']) {
    const v = res.headers[name]
    if (v) headers[name] = Array.isArray(v) ? v.join(', ') : v
  }
  return new RegistryError(res.status, method, redactUrl(res.url), codes, headers)
}

/** The auth layer: attaches credentials for the registry host and answers challenges. */
export function withAuth(next: RoundTrip, auth: Authenticator, registryHost: string): RoundTrip {
  return async (req: HttpRequest): Promise<HttpResponse> => {
    if (!sameHost(req.url, registryHost)) return next(req)
    const scopes = req.scopes ?? []
    let authorized = false
    const send = async (s: string[]): Promise<HttpResponse> => {
      const authorization = await auth.authorization(s)
      const headers = { ...req.headers }
      if (authorization) headers.authorization = authorization
      authorized = !!authorization
      return next({ ...req, headers })
    }
    const res = await send(scopes)
    const replayable = !req.body || req.body instanceof Uint8Array || req.body.replayable
    if (res.status !== 401 || !replayable) return res
    const challenge = auth.learn(res)
    if (!challenge) return res
    // Nothing new to try: Basic without credentials, or Basic already sent.
    if (challenge.scheme === 'basic' && (authorized || !auth.hasCredentials)) return res
    await drain(res)
    // Only a token that was sent can have been refused; one being fetched (by the login, for a
    // request sent before the challenge was known) is the one to wait for.
    if (authorized) auth.forget(scopes)
    return send(rescope(scopes, challenge))
  }
}
