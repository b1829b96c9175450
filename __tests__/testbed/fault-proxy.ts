/**
 * A fault-injecting HTTP proxy between the client and a real registry. Each rule matches
 * requests and injects one fault a given number of times: an error status (optionally with
 * `Retry-After`), a connection reset after part of the body, a body cut short, a slow answer,
 * or a corrupted byte. Everything else is passed through unchanged. Every request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { Agent, request } from 'undici'

export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'reset-mid-body'; fraction?: number }
  | { kind: 'truncate'; fraction?: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'corrupt' }
  | { kind: 'reset-before-response' }
  /** Answers with this instead of asking the registry (e.g. a schema-1 manifest). */
  | { kind: 'respond'; status: number; headers: Record<string, string>; body: string }

export interface FaultRule {
  method?: string
  /** Matched against the path and query. */
  path: RegExp
  fault: Fault
  /** How many matching requests get the fault; default 1. */
  times?: number
}

export interface SeenRequest {
  method: string
  path: string
  range?: string
  fault?: Fault['kind']
}

export interface FaultProxy {
  host: string
  seen: SeenRequest[]
  /** TCP connections the client opened to the proxy. */
  readonly connections: number
  add(rule: FaultRule): void
  clear(): void
  stop(): Promise<void>
}

const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'te', 'trailer'])

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const rules: Array<FaultRule & { left: number }> = []
  const seen: SeenRequest[] = []
  const dispatcher = new Agent()
  let host = ''
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = req.url ?? '/'
    const rule = rules.find(
      r => r.left > 0 && (!r.method || r.method === req.method) && r.path.test(path)
    )
    if (rule) rule.left--
    const fault = rule?.fault
    seen.push({
      method: req.method ?? '',
      path,
      ...(req.headers.range && { range: req.headers.range }),
      ...(fault && { fault: fault.kind })
    })
    if (fault?.kind === 'reset-before-response') {
      req.socket.destroy()
      return
    }
    if (fault?.kind === 'respond') {
      req.resume()
      res.writeHead(fault.status, fault.headers)
      res.end(req.method === 'HEAD' ? undefined : fault.body)
      return
    }
    if (fault?.kind === 'status') {
      req.resume()
      res.writeHead(fault.status, {
        'content-type': 'application/json',
        ...(fault.retryAfter && { 'retry-after': fault.retryAfter })
      })
      res.end(
        JSON.stringify({
          errors: [
            {
              code: fault.status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE',
              message: 'injected fault'
            }
          ]
        })
      )
      return
    }
    if (fault?.kind === 'delay') await new Promise(r => setTimeout(r, fault.ms))
    const headers: Record<string, string | string[]> = {}
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined && !HOP.has(k)) headers[k] = v
    headers.host = host
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
    const up = await request(`${upstream}${path}`, {
      method: (req.method ?? 'GET') as 'GET',
      headers,
      body: hasBody ? req : null,
      dispatcher
    })
    const out: Record<string, string | string[]> = {}
    for (const [k, v] of Object.entries(up.headers)) if (v !== undefined && !HOP.has(k)) out[k] = v
    if (!fault || fault.kind === 'delay' || req.method === 'HEAD') {
      res.writeHead(up.statusCode, out)
      for await (const chunk of up.body) res.write(chunk)
      res.end()
      return
    }
    const body = Buffer.from(await up.body.arrayBuffer())
    if (fault.kind === 'corrupt') {
      if (body.length > 0) {
        const i = Math.floor(body.length / 2)
        body[i] = body[i]! ^ 0xff
      }
      res.writeHead(up.statusCode, out)
      res.end(body)
      return
    }
    // reset-mid-body / truncate: announce the full length, send part of it, then cut.
    const part = Math.floor(body.length * (fault.fraction ?? 0.5))
    res.writeHead(up.statusCode, { ...out, 'content-length': String(body.length) })
    res.write(body.subarray(0, part), () => {
      if (fault.kind === 'reset-mid-body') res.socket?.resetAndDestroy()
      else res.socket?.end()
    })
  }
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(502)
      res.end()
    })
  })
  let connections = 0
  server.on('connection', () => connections++)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  return {
    host,
    seen,
    get connections() {
      return connections
    },
    add: rule => rules.push({ ...rule, left: rule.times ?? 1 }),
    clear: () => {
      rules.length = 0
      seen.length = 0
    },
    stop: async () => {
      await new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await dispatcher.close()
    }
  }
}
