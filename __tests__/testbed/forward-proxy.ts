/**
 * A forward HTTP proxy as corporate networks run them: absolute-URI requests for http:// and
 * CONNECT tunnels for https://. It records what passed and counts client connections.
 *
 * It reaches loopback addresses only: a request for any other host that `remap` does not send
 * to loopback is refused (403, recorded as asked), so a test that names a real host (ghcr.io,
 * a GHES host) never sends traffic off this machine, whatever the action under test does.
 */
import { createServer, request as httpRequest, type Server } from 'node:http'
import { connect, isIP } from 'node:net'

/** Whether `host` (a name or address, no port) is on this machine's loopback. */
function loopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase()
  return h === 'localhost' || h === '::1' || (isIP(h) === 4 && h.startsWith('127.'))
}

export interface ForwardProxy {
  url: string
  /** `GET http://…` lines and `CONNECT host:port` lines, in order. */
  requests: string[]
  userAgents: string[]
  connections: number
  stop(): Promise<void>
}

/**
 * `remap` sends CONNECT tunnels for a host:port elsewhere (`ghcr.io:443` → a local registry),
 * which is how tests reach an emulated ghcr.io under its real name.
 */
export async function startForwardProxy(remap: Record<string, string> = {}): Promise<ForwardProxy> {
  const state = { requests: [] as string[], userAgents: [] as string[], connections: 0 }
  const server: Server = createServer((req, res) => {
    state.requests.push(`${req.method} ${req.url}`)
    state.userAgents.push(String(req.headers['user-agent'] ?? ''))
    const target = new URL(req.url ?? '')
    if (!loopback(target.hostname)) return void res.writeHead(403).end()
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers
      },
      up => {
        res.writeHead(up.statusCode ?? 502, up.headers)
        up.pipe(res)
      }
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  server.on('connection', () => state.connections++)
  server.on('connect', (req, socket, head) => {
    state.requests.push(`CONNECT ${req.url}`)
    const to = remap[req.url ?? ''] ?? req.url ?? ''
    const port = to.slice(to.lastIndexOf(':') + 1)
    const host = to.slice(0, to.lastIndexOf(':'))
    if (!loopback(host)) return void socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
    const upstream = connect(Number(port), host.replace(/^\[|\]$/g, ''), () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(socket)
      socket.pipe(upstream)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests
    },
    get userAgents() {
      return state.userAgents
    },
    get connections() {
      return state.connections
    },
    stop: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
