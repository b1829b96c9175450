/** The request/response model shared by the transport layers. */
import type { Readable } from 'node:stream'
import { redactUrl } from '../errors.js'

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

/** How long a small document (manifest, token, error body) may take to arrive, in all. */
export const DOCUMENT_DEADLINE_MS = 30_000

/** A small document that did not arrive whole in time (a server dripping it byte by byte). */
export class DeadlineError extends Error {
  constructor(
    readonly url: string,
    readonly ms: number
  ) {
    super(`the answer from ${url} did not arrive whole within ${ms / 1000} s`)
    this.name = 'DeadlineError'
  }
}

/** An answer larger than a document of its kind can be. */
export class BodyTooLargeError extends Error {
  constructor(
    readonly url: string,
    readonly limit: number
  ) {
    super(`the answer from ${url} is larger than the ${limit} bytes such an answer may have`)
    this.name = 'BodyTooLargeError'
  }
}

/**
 * Reads a whole body into memory (small documents only): more than `limit` bytes, or longer
 * than `deadlineMs` in all, is an error naming the URL.
 */
export async function readBody(
  res: HttpResponse,
  limit: number,
  deadlineMs = DOCUMENT_DEADLINE_MS
): Promise<Buffer> {
  const where = redactUrl(res.url)
  const timer = setTimeout(() => res.body.destroy(new DeadlineError(where, deadlineMs)), deadlineMs)
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of res.body) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array)
      size += buf.length
      if (size > limit) {
        res.body.destroy()
        throw new BodyTooLargeError(where, limit)
      }
      chunks.push(buf)
    }
  } finally {
    clearTimeout(timer)
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
