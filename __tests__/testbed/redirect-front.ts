/**
 * EMULATION of ghcr.io's blob redirects: a front before a real registry that answers blob GETs
 * with `307 Temporary Redirect` to a storage host on another address (127.0.0.2), with a signed,
 * expiring URL, as ghcr.io redirects to its storage host. Like a presigned object-store URL, the
 * storage host refuses a request that also carries an `Authorization` header, and it records
 * every request's headers so tests can prove credentials never reached it. Everything else is
 * passed through to the registry unchanged.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Agent, request } from 'undici'

export interface StorageRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
}

export interface RedirectFront {
  /** The front, `127.0.0.1:PORT`. */
  host: string
  /** The storage host, `127.0.0.2:PORT`. */
  storageHost: string
  /** Every request the storage host received. */
  storageRequests: StorageRequest[]
  /** How many blob GETs were redirected. */
  redirects: number
  stop(): Promise<void>
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer'
])

async function listen(server: Server, host: string): Promise<number> {
  await new Promise<void>(resolve => server.listen(0, host, resolve))
  const address = server.address()
  return typeof address === 'object' && address ? address.port : 0
}

/**
 * An answer ghcr.io gives instead of the registry's own, e.g. 403
 * `denied: installation not allowed to Write organization package` for uploads.
 */
export interface GhcrDenial {
  method: string
  path: RegExp
  status: number
  code: string
  message: string
}

export async function startRedirectFront(options: {
  upstream: string
  storageRoot: string
  ca?: string | undefined
  denials?: GhcrDenial[] | undefined
}): Promise<RedirectFront> {
  const key = randomBytes(32)
  const dispatcher = new Agent({ connect: options.ca ? { ca: options.ca } : {} })
  const storageRequests: StorageRequest[] = []
  const sign = (hex: string, expires: number): string =>
    createHmac('sha256', key).update(`${hex}:${expires}`).digest('hex')

  const storage = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://storage')
    storageRequests.push({
      method: req.method ?? '',
      path: url.pathname,
      headers: { ...req.headers }
    })
    const m = /^\/blobs\/sha256\/([a-f0-9]{64})$/.exec(url.pathname)
    const expires = Number(url.searchParams.get('expires'))
    const signature = Buffer.from(url.searchParams.get('signature') ?? '', 'hex')
    if (req.headers.authorization) {
      res.writeHead(400, { 'content-type': 'application/xml' })
      res.end(
        '<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>'
      )
      return
    }
    const hex = m?.[1]
    const expected = hex ? Buffer.from(sign(hex, expires), 'hex') : Buffer.alloc(0)
    if (
      !hex ||
      expires < Date.now() / 1000 ||
      signature.length !== expected.length ||
      !timingSafeEqual(signature, expected)
    ) {
      res.writeHead(403, { 'content-type': 'application/xml' })
      res.end(
        '<Error><Code>AccessDenied</Code><Message>Request has expired or signature is invalid</Message></Error>'
      )
      return
    }
    const file = join(
      options.storageRoot,
      'docker/registry/v2/blobs/sha256',
      hex.slice(0, 2),
      hex,
      'data'
    )
    if (!existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    const size = statSync(file).size
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '')
    if (range) {
      const start = Number(range[1])
      const end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1
      if (start >= size) {
        res.writeHead(416, { 'content-range': `bytes */${size}` }).end()
        return
      }
      res.writeHead(206, {
        'content-type': 'application/octet-stream',
        'content-length': end - start + 1,
        'content-range': `bytes ${start}-${end}/${size}`,
        'accept-ranges': 'bytes'
      })
      if (req.method === 'HEAD') return void res.end()
      createReadStream(file, { start, end }).pipe(res)
      return
    }
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': size,
      'accept-ranges': 'bytes'
    })
    if (req.method === 'HEAD') return void res.end()
    createReadStream(file).pipe(res)
  })
  const storagePort = await listen(storage, '127.0.0.2')
  const storageHost = `127.0.0.2:${storagePort}`

  let redirects = 0
  let frontHost = ''
  const forwardHeaders = (headers: IncomingHttpHeaders): Record<string, string | string[]> => {
    const out: Record<string, string | string[]> = {}
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || HOP_BY_HOP.has(name)) continue
      out[name] = value
    }
    // The registry builds Location URLs from these: keep them pointing at the front.
    out.host = frontHost
    out['x-forwarded-proto'] = 'http'
    return out
  }
  const front = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const path = req.url ?? '/'
      const denial = options.denials?.find(d => d.method === req.method && d.path.test(path))
      if (denial) {
        req.resume()
        res.writeHead(denial.status, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ errors: [{ code: denial.code, message: denial.message }] }))
        return
      }
      const blob = /^\/v2\/.+\/blobs\/sha256:([a-f0-9]{64})$/.exec(path.split('?')[0] ?? '')
      if (req.method === 'GET' && blob?.[1]) {
        // Ask the registry first, with the client's credentials, so auth is still enforced there.
        const head = await request(`${options.upstream}${path}`, {
          method: 'HEAD',
          headers: forwardHeaders(req.headers),
          dispatcher
        })
        await head.body.dump()
        if (head.statusCode === 200) {
          redirects++
          const expires = Math.floor(Date.now() / 1000) + 600
          const location = `http://${storageHost}/blobs/sha256/${blob[1]}?expires=${expires}&signature=${sign(blob[1], expires)}`
          res.writeHead(307, { location, 'content-length': 0 })
          res.end()
          return
        }
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
      const upstream = await request(`${options.upstream}${path}`, {
        method: (req.method ?? 'GET') as 'GET',
        headers: forwardHeaders(req.headers),
        body: hasBody ? req : null,
        dispatcher
      })
      const headers: Record<string, string | string[]> = {}
      for (const [name, value] of Object.entries(upstream.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value
      }
      res.writeHead(upstream.statusCode, headers)
      await pipeline(upstream.body, res)
    })().catch(() => {
      if (!res.headersSent) res.writeHead(502)
      res.end()
    })
  })
  const frontPort = await listen(front, '127.0.0.1')
  frontHost = `127.0.0.1:${frontPort}`
  const close = (s: Server): Promise<void> =>
    new Promise(resolve => {
      s.close(() => resolve())
      s.closeAllConnections()
    })
  return {
    host: frontHost,
    storageHost,
    storageRequests,
    get redirects() {
      return redirects
    },
    stop: async () => {
      await Promise.all([close(front), close(storage)])
      await dispatcher.close()
    }
  }
}
