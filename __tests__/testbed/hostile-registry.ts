/**
 * A hostile registry: an HTTP server on a loopback address whose every answer the test writes,
 * to do what a real registry would not (lie, drip, inject text, redirect to odd places). It
 * records each request, with whether it carried `Authorization`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

export interface HostileRequest {
  method: string
  path: string
  authorization?: string
}

export type HostileHandler = (req: IncomingMessage, res: ServerResponse, host: string) => unknown

export interface HostileRegistry {
  /** `address:port`, as a registry input names it. */
  host: string
  requests: HostileRequest[]
  stop(): Promise<void>
}

/** Answers with a JSON body. */
export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers
  })
  res.end(text)
}

/** Starts the server on `address` (a loopback address; default 127.0.0.1) and `port` (default any). */
export async function startHostileRegistry(
  handler: HostileHandler,
  listen: { address?: string; port?: number } = {}
): Promise<HostileRegistry> {
  const address = listen.address ?? '127.0.0.1'
  if (!/^127\.\d+\.\d+\.\d+$/.test(address)) throw new Error(`${address} is not a loopback address`)
  const requests: HostileRequest[] = []
  let host = ''
  const server = createServer((req, res) => {
    requests.push({
      method: req.method ?? '',
      path: req.url ?? '',
      ...(req.headers.authorization && { authorization: req.headers.authorization })
    })
    Promise.resolve(handler(req, res, host)).catch(() => {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(listen.port ?? 0, address, resolve)
  })
  const port = (server.address() as { port: number }).port
  host = `${address}:${port}`
  return {
    host,
    requests,
    stop: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
