/**
 * The bottom layer: one HTTP exchange through undici, with connections kept alive and reused,
 * the proxy variables honoured (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`) and TLS always
 * verified. Redirects are not followed here; the redirect layer does that by hand.
 */
import { readFileSync } from 'node:fs'
import type { Dispatcher } from 'undici'
import api from 'undici/lib/api/index.js'
import DispatcherBase from 'undici/lib/dispatcher/dispatcher.js'
import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js'
import type { HttpRequest, HttpResponse, RoundTrip } from './types.js'

// What `import 'undici'` does first, without loading the rest of undici: the API methods on every
// dispatcher (a proxy agent's own client tunnels with `connect`).
Object.assign(DispatcherBase.prototype, api)

export interface DispatcherOptions {
  /** Extra CA certificates (PEM) to trust on top of the system's and NODE_EXTRA_CA_CERTS. */
  ca?: string | string[]
  /** Idle time between body chunks before a transfer counts as stalled. Default 60 s. */
  bodyTimeoutMs?: number
  /** Time to wait for response headers. Default 60 s. */
  headersTimeoutMs?: number
}

/**
 * A dispatcher for registry traffic. Node trusts NODE_EXTRA_CA_CERTS by itself, but an explicit
 * `ca` replaces the default store, so with `ca` the bundled roots and that file are added back.
 */
export function createDispatcher(options: DispatcherOptions = {}): Dispatcher {
  const timeouts = {
    bodyTimeout: options.bodyTimeoutMs ?? 60_000,
    headersTimeout: options.headersTimeoutMs ?? 60_000,
    keepAliveTimeout: 30_000,
    // Plain-HTTP targets go to an HTTP proxy as absolute-URI requests, as curl and Go send
    // them; HTTPS targets are tunnelled with CONNECT and verified end to end.
    proxyTunnel: false
  }
  if (!options.ca) return new EnvHttpProxyAgent(timeouts)
  // node:tls only here: a plain-HTTP registry (a loopback one) never loads it.
  const { rootCertificates } = process.getBuiltinModule('node:tls')
  const ca = [...rootCertificates, ...(Array.isArray(options.ca) ? options.ca : [options.ca])]
  const extra = process.env.NODE_EXTRA_CA_CERTS
  if (extra) {
    try {
      ca.push(readFileSync(extra, 'utf8'))
    } catch {
      // Node itself warns about an unreadable NODE_EXTRA_CA_CERTS at start-up.
    }
  }
  return new EnvHttpProxyAgent({ ...timeouts, connect: { ca }, requestTls: { ca } })
}

/** The base round trip: sends one request with the given dispatcher and User-Agent. */
export function baseRoundTrip(dispatcher: Dispatcher, userAgent: string): RoundTrip {
  return async (req: HttpRequest): Promise<HttpResponse> => {
    const headers: Record<string, string> = { 'user-agent': userAgent, ...req.headers }
    let body: Dispatcher.RequestOptions['body'] = null
    if (req.body instanceof Uint8Array) {
      body = req.body
      headers['content-length'] = String(req.body.length)
    } else if (req.body) {
      // undici sends async iterables as they come (its types only name Readable).
      body = req.body.open() as Dispatcher.RequestOptions['body']
      headers['content-length'] = String(req.body.length)
    }
    const res = await dispatcher.request({
      origin: req.url.origin,
      path: `${req.url.pathname}${req.url.search}`,
      method: req.method,
      headers,
      body,
      // undici closes a connection after every HEAD, in case a server sends a body anyway;
      // registries do not, and existence checks are most of a push's requests.
      ...(req.method === 'HEAD' && { reset: false }),
      ...(req.signal && { signal: req.signal })
    })
    return { status: res.statusCode, headers: res.headers, body: res.body, url: req.url }
  }
}
