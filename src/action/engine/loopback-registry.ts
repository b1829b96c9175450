/**
 * A read-only registry on this machine's loopback that serves one image to the local Docker
 * engine while a pull is still writing it: `docker pull` from it unpacks each layer as it comes,
 * where `docker load` reads a whole archive before it unpacks anything.
 *
 * It serves the image's manifest, and each of its blobs only once that blob is in the layout,
 * verified; a blob that fails is never served. It answers nothing but `/v2/` and that one image,
 * under a repository name with 128 random bits, so nothing else on the machine can read it.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Descriptor } from '../../registry/index.js'
import { BlobTurns } from './blob-order.js'

export interface LoopbackImage {
  /** Opens the blob once it is verified; rejects if it never will be. */
  blob(desc: Descriptor): Promise<NodeJS.ReadableStream>
  manifest: { desc: Descriptor; bytes: Buffer }
  /** Every blob the manifest names: its config and layers. */
  blobs: Descriptor[]
}

export interface LoopbackRegistry {
  /** `127.0.0.1:PORT/ghcr-action-load-<random>@<manifest digest>`: what `docker pull` asks for. */
  reference: string
  /** Whether anything asked it for the image (the engine reached it). */
  reached(): boolean
  close(): Promise<void>
}

/** Blobs smaller than this (a config) stream at once, outside the turns. */
const SMALL_BLOB = 1024 * 1024

const API_HEADERS = { 'Docker-Distribution-API-Version': 'registry/2.0' }

function notFound(res: ServerResponse): void {
  res.writeHead(404, { ...API_HEADERS, 'Content-Type': 'application/json' })
  res.end(JSON.stringify({ errors: [{ code: 'NAME_UNKNOWN', message: 'not served here' }] }))
}

/** Serves `image` on 127.0.0.1 until closed. */
export async function serveOnLoopback(image: LoopbackImage): Promise<LoopbackRegistry> {
  const name = `ghcr-action-load-${randomBytes(16).toString('hex')}`
  // Each blob with its place in the image (config, then layers), which orders the turns.
  const blobs = new Map<string, { desc: Descriptor; rank: number }>(
    image.blobs.map((desc, rank) => [desc.digest, { desc, rank }])
  )
  const open = new Set<ServerResponse>()
  let reached = false
  const turns = new BlobTurns()
  const ticks = setInterval(() => turns.tick(), 500)
  ticks.unref()

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '').split('?')[0]!
    if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(res)
    if (path === '/v2/' || path === '/v2') {
      res.writeHead(200, { ...API_HEADERS, 'Content-Type': 'application/json' })
      return void res.end('{}')
    }
    const match = /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/.exec(path)
    if (!match || match[1] !== name) return notFound(res)
    reached = true
    const head = req.method === 'HEAD'
    if (match[2] === 'manifests') {
      if (match[3] !== image.manifest.desc.digest) return notFound(res)
      res.writeHead(200, {
        ...API_HEADERS,
        'Content-Type': image.manifest.desc.mediaType,
        'Content-Length': image.manifest.bytes.length,
        'Docker-Content-Digest': image.manifest.desc.digest
      })
      return void res.end(head ? undefined : image.manifest.bytes)
    }
    const blob = blobs.get(match[3]!)
    if (!blob) return notFound(res)
    const { desc, rank } = blob
    // The headers go at once (no client waits on them with a timeout); the body only once the
    // blob is verified. A blob that fails ends the connection with nothing of it sent.
    res.writeHead(200, {
      ...API_HEADERS,
      'Content-Type': 'application/octet-stream',
      'Content-Length': desc.size,
      'Docker-Content-Digest': desc.digest
    })
    res.flushHeaders()
    if (head) return void res.end()
    open.add(res)
    res.on('close', () => open.delete(res))
    // The body (and, through the proxy, its download) starts on this blob's turn; a small
    // one (the config) takes no bandwidth worth a turn.
    const turn = desc.size < SMALL_BLOB ? turns.free() : turns.take(rank)
    res.on('close', () => turn.release())
    turn.ready
      .then(() => image.blob(desc))
      .then(
        file => {
          const stop = (): void => (file as unknown as { destroy?: () => void }).destroy?.()
          // The engine may have hung up while the blob was still being verified.
          if (res.destroyed) return stop()
          file.on('error', () => res.destroy())
          file.on('data', (chunk: Buffer) => turn.sent(chunk.length))
          file.pipe(res)
          res.on('close', stop)
        },
        () => res.destroy()
      )
  }

  const server = createServer(handle)
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    reference: `127.0.0.1:${port}/${name}@${image.manifest.desc.digest}`,
    reached: () => reached,
    close: () =>
      new Promise<void>(resolve => {
        clearInterval(ticks)
        for (const res of open) res.destroy()
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
