/**
 * EMULATION of ghcr.io's token service (the one part of ghcr.io's auth flow that cannot run
 * here). It follows the documented Docker token protocol as ghcr.io serves it:
 *
 * - the registry answers `401` with
 *   `WWW-Authenticate: Bearer realm="<this>/token",service="<service>",scope="repository:<name>:pull"`;
 * - the client asks `GET /token?service=…&scope=repository:<name>:push,pull` with Basic
 *   credentials (or none, for an anonymous pull token);
 * - the answer is `{"token": "<jwt>"}` (ghcr.io) or also `access_token` (OAuth2 form).
 *
 * The JWTs are real: RS256, signed with a key whose self-signed certificate travels in the
 * `x5c` header and is the registry's `auth.token.rootcertbundle`, so the Distribution registry
 * itself verifies every token and enforces its `access` claims.
 */
import { createPrivateKey, createSign, randomUUID, X509Certificate } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFileSync } from 'node:fs'
import type { ServerCertificate } from './certs.js'

/** What one user may do: repository name patterns (`*` = any run of characters) → actions. */
export type Grants = Record<string, Array<'pull' | 'push' | 'delete' | '*'>>

export interface TokenUser {
  password: string
  grants: Grants
}

export interface TokenServiceOptions {
  issuer: string
  service: string
  signer: ServerCertificate
  users: Record<string, TokenUser>
  /** Repositories anyone may pull without credentials (public packages). */
  publicRepositories?: string[]
  /** Which field carries the token; ghcr.io sends `token`. */
  tokenField?: 'token' | 'access_token' | 'both'
  /** Token lifetime in seconds. */
  expiresIn?: number
}

/** A request the token service saw, for assertions (the password is not kept). */
export interface TokenRequest {
  user: string | null
  scopes: string[]
  granted: string[]
}

export interface TokenService {
  url: string
  requests: TokenRequest[]
  stop(): Promise<void>
  /** Signs an arbitrary claim set with this service's key (for tests of forged tokens). */
  sign(claims: Record<string, unknown>, signer?: ServerCertificate): string
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url')
}

/** Signs `claims` as an RS256 JWT whose header carries the signer's certificate in `x5c`. */
export function signJwt(claims: Record<string, unknown>, signer: ServerCertificate): string {
  const cert = new X509Certificate(readFileSync(signer.certPath))
  const header = { typ: 'JWT', alg: 'RS256', x5c: [cert.raw.toString('base64')] }
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`
  const signature = createSign('RSA-SHA256')
    .update(input)
    .sign(createPrivateKey(readFileSync(signer.keyPath)))
  return `${input}.${base64url(signature)}`
}

function matches(pattern: string, name: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map(p => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`
  )
  return re.test(name)
}

/** Starts the token service on a free loopback port. */
export async function startTokenService(options: TokenServiceOptions): Promise<TokenService> {
  const requests: TokenRequest[] = []
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname !== '/token') {
      res.writeHead(404).end()
      return
    }
    let user: string | null = null
    const auth = req.headers.authorization
    if (auth) {
      const m = /^Basic\s+(.+)$/i.exec(auth)
      const [name, ...rest] = Buffer.from(m?.[1] ?? '', 'base64')
        .toString()
        .split(':')
      const known = name ? options.users[name] : undefined
      if (!m || !known || known.password !== rest.join(':')) {
        res.writeHead(401, { 'content-type': 'application/json' })
        res.end(
          JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] })
        )
        return
      }
      user = name ?? null
    }
    if (url.searchParams.get('service') !== options.service) {
      res.writeHead(400, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ code: 'DENIED', message: 'unknown service' }] }))
      return
    }
    const scopes = url.searchParams
      .getAll('scope')
      .flatMap(s => s.split(' '))
      .filter(Boolean)
    const access: Array<{ type: string; name: string; actions: string[] }> = []
    const granted: string[] = []
    for (const scope of scopes) {
      const [type, name, actionList] = scope.split(':')
      if (type !== 'repository' || !name || !actionList) continue
      const wanted = actionList.split(',')
      const allowed = new Set<string>()
      if (user) {
        for (const [pattern, actions] of Object.entries(options.users[user]?.grants ?? {})) {
          if (!matches(pattern, name)) continue
          for (const a of actions) {
            if (a === '*') ['pull', 'push', 'delete', '*'].forEach(x => allowed.add(x))
            else allowed.add(a)
          }
        }
      }
      if ((options.publicRepositories ?? []).some(p => matches(p, name))) allowed.add('pull')
      const actions = wanted.filter(a => allowed.has(a))
      access.push({ type, name, actions })
      granted.push(`${type}:${name}:${actions.join(',')}`)
    }
    requests.push({ user, scopes, granted })
    const now = Math.floor(Date.now() / 1000)
    const expiresIn = options.expiresIn ?? 300
    const token = signJwt(
      {
        iss: options.issuer,
        sub: user ?? '',
        aud: options.service,
        exp: now + expiresIn,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access
      },
      options.signer
    )
    const field = options.tokenField ?? 'token'
    const body: Record<string, unknown> = {
      expires_in: expiresIn,
      issued_at: new Date().toISOString()
    }
    if (field === 'token' || field === 'both') body.token = token
    if (field === 'access_token' || field === 'both') body.access_token = token
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  const server: Server = createServer(handler)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sign: (claims, signer = options.signer) => signJwt(claims, signer),
    stop: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
