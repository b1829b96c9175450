/** The request/response model shared by the transport layers. */
import type { Readable } from 'node:stream'

export type Method = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE'

/**
 * A request body. Bytes in memory can always be sent again; a stream can be sent again only
 * when `open` can produce it anew (a file), which is what makes a request retryable.
 */
export type RequestBody =
  | Uint8Array
  | {
      /** Opens the body; called once per attempt. */
      open: () => Readable | AsyncIterable<Buffer>
      length: number
      /** True when `open` can be called again for a retry. */
      replayable: boolean
    }

export interface HttpRequest {
  method: Method
  url: URL
  headers?: Record<string, string>
  body?: RequestBody
  /**
   * Token scopes the request needs (`repository:o/r:pull`), for the auth layer. Listing push
   * first (`push,pull`) matches what registries expect for uploads.
   */
  scopes?: string[]
  /**
   * Whether repeating the request is harmless. GET, HEAD, PUT and DELETE are by definition;
   * a POST that starts an upload session is too (an unused session expires on its own).
   */
  idempotent?: boolean
  /**
   * The caller retries the operation this request belongs to (see `Attempts`): the transport
   * sends it once, so retries never nest.
   */
  noRetry?: boolean
  signal?: AbortSignal
}

export interface HttpResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  /** The body stream; every caller must consume or dump it. */
  body: Readable & { dump?: (opts?: { limit: number }) => Promise<void> }
  /** The URL that answered (after redirects). */
  url: URL
}

/** One layer of the transport: takes a request, answers it (perhaps by calling the next layer). */
export type RoundTrip = (request: HttpRequest) => Promise<HttpResponse>

/** The first value of a header. */
export function header(res: Pick<HttpResponse, 'headers'>, name: string): string | undefined {
  const value = res.headers[name.toLowerCase()]
  return Array.isArray(value) ? value[0] : value
}

/** Reads and discards a response body, so its connection can be reused. */
export async function drain(res: HttpResponse): Promise<void> {
  try {
    if (res.body.dump) await res.body.dump({ limit: 256 * 1024 })
    else res.body.resume()
  } catch {
    // A body that fails while being discarded costs only its connection.
  }
}

/** Reads a whole body into memory, refusing more than `limit` bytes. */
export async function readBody(res: HttpResponse, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of res.body) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array)
    size += buf.length
    if (size > limit) {
      res.body.destroy()
      throw new RangeError(`response body exceeds ${limit} bytes`)
    }
    chunks.push(buf)
  }
  return Buffer.concat(chunks)
}

/**
 * Whether `url` is on `host` (`name[:port]`, as a registry is written). A URL drops its
 * scheme's default port (`http://127.0.0.1:80/` has host `127.0.0.1`), so `host` is read as a
 * URL of the same scheme before the two are compared.
 */
export function sameHost(url: URL, host: string): boolean {
  if (url.host === host) return true
  try {
    return new URL(`${url.protocol}//${host}`).host === url.host
  } catch {
    return false
  }
}
