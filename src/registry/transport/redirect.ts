/**
 * Redirects, followed by hand. Registries send blob downloads to storage hosts (ghcr.io to its
 * storage host, Docker Hub to a CDN) with signed URLs; the registry's `Authorization` must
 * never reach such a host, and an HTTPS request is never downgraded to HTTP.
 */
import { redactUrl } from '../errors.js'
import { drain, header, type HttpRequest, type RoundTrip } from './types.js'

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 10

/** Thrown when a redirect would weaken the connection or loops. */
export class RedirectError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RedirectError'
  }
}

function canReplay(req: HttpRequest): boolean {
  return !req.body || req.body instanceof Uint8Array || req.body.replayable
}

/** Follows redirects for requests whose body can be sent again. */
export function withRedirects(next: RoundTrip): RoundTrip {
  return async (original: HttpRequest) => {
    let req = original
    for (let hop = 0; ; hop++) {
      const res = await next(req)
      const location = header(res, 'location')
      if (!REDIRECTS.has(res.status) || !location || !canReplay(req)) return res
      await drain(res)
      if (hop >= MAX_REDIRECTS)
        throw new RedirectError(`more than ${MAX_REDIRECTS} redirects from ${original.url.host}`)
      let target: URL
      try {
        target = new URL(location, req.url)
      } catch {
        throw new RedirectError(
          `${req.url.host} redirected ${req.method} ${redactUrl(req.url)} to something that is not a URL`
        )
      }
      if (target.protocol !== 'https:' && target.protocol !== 'http:') {
        throw new RedirectError(
          `${req.url.host} redirected ${req.method} ${redactUrl(req.url)} to a ${target.protocol} URL; only HTTP(S) is followed`
        )
      }
      if (req.url.protocol === 'https:' && target.protocol !== 'https:') {
        throw new RedirectError(
          `refusing a redirect from HTTPS to ${target.protocol} (${target.host})`
        )
      }
      const headers = { ...req.headers }
      if (target.host !== original.url.host) {
        // Another host: drop credentials; signed storage URLs carry their own.
        delete headers.authorization
      }
      // 303 (and historically 301/302 for POST) turn into GET without a body.
      const method = res.status === 303 && req.method !== 'HEAD' ? 'GET' : req.method
      const body = method === req.method ? req.body : undefined
      req = { ...req, method, url: target, headers, ...(body ? { body } : { body: undefined }) }
    }
  }
}
