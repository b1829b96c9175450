/**
 * The registry client: one {@link RegistryClient} per registry host, one {@link Repository} per
 * repository, with the blob and manifest calls of the OCI distribution spec.
 */
import { Readable } from 'node:stream'
import { digestAlgorithm, isDigest, sha256, type Digest } from './digest.js'
import { streamHash, type StreamHash } from './hash-thread.js'
import {
  ContentMismatchError,
  ErrorCodes,
  IncompleteBodyError,
  RegistryError,
  UnsupportedManifestError
} from './errors.js'
import {
  MANIFEST_ACCEPT,
  MAX_MANIFEST_BYTES,
  MediaType,
  parseManifest,
  type Descriptor,
  type ParsedManifest
} from './media-types.js'
import { apiHost } from './reference.js'
import { RegistryTransport, type TransportOptions } from './transport/index.js'
import {
  Attempts,
  DEFAULT_RETRY,
  isTemporary,
  type RetryListener,
  type RetryPolicy
} from './transport/retry.js'
import { counted, verifyBytes } from './verify.js'
import { drain, header, readBody, type HttpResponse, type RequestBody } from './transport/types.js'

export interface ClientOptions extends Omit<TransportOptions, 'host'> {
  /**
   * Largest PATCH body of a chunked upload. ghcr.io refuses PATCH bodies over 4 MiB, so that
   * is the default and the ceiling.
   */
  chunkSize?: number
}

/** Where a blob's bytes come from for an upload. */
export interface BlobSource {
  /** Opens the content from `offset` (0 for the whole blob). */
  open(offset: number): Readable
  /** Whether `open` can be called again (a file can; a one-shot stream cannot). */
  replayable: boolean
  /**
   * True when the stream itself fails unless its bytes match the descriptor's digest and size
   * (as {@link Repository.openBlob} does), so a receiver need not hash them a second time.
   */
  verified?: boolean
  /**
   * For HTTP upload bodies only: the content from `offset` as chunks that reuse a few buffers,
   * each valid only until the next chunk is requested. That holds for an upload body, because
   * the HTTP client asks for the next chunk only once the socket has taken the previous one
   * (written, or drained); it does not hold for buffering pipelines, which must use `open`.
   * Reusing buffers spares the garbage collector a gigabyte of allocations per gigabyte sent.
   */
  uploadChunks?(offset: number): AsyncIterable<Buffer>
  /**
   * With `verified`: the whole blob as chunks, verified as `open`'s stream is (the iteration
   * throws unless the bytes match), without a stream around them; for a receiver that holds a
   * small blob whole rather than piping it. `signal` stops the download at once.
   */
  chunks?(signal?: AbortSignal): AsyncIterable<Buffer>
}

/** How an upload is sent. */
export type UploadMode = 'monolithic' | 'chunked'

/** Progress of one blob transfer. */
export type ProgressListener = (bytes: number) => void

/** A manifest as fetched: exact bytes, media type and digest. */
export interface FetchedManifest {
  bytes: Buffer
  mediaType: string
  digest: Digest
}

const GHCR_MAX_CHUNK = 4 * 1024 * 1024

/** A connection to one registry, shared by its repositories. */
export class RegistryClient {
  readonly registry: string
  readonly transport: RegistryTransport
  readonly chunkSize: number
  /** The one retry policy: the transport's per request, and the client's per operation. */
  readonly retry: RetryPolicy
  readonly onRetry: RetryListener | undefined

  constructor(registry: string, options: ClientOptions = {}) {
    this.registry = registry
    this.retry = { ...DEFAULT_RETRY, ...options.retry }
    this.onRetry = options.onRetry
    this.transport = new RegistryTransport({ ...options, host: apiHost(registry) })
    this.chunkSize = Math.min(options.chunkSize ?? GHCR_MAX_CHUNK, GHCR_MAX_CHUNK)
  }

  /** The repository `name` (`owner/image`) on this registry. */
  repository(name: string): Repository {
    return new Repository(this, name)
  }

  /** Pings the registry (`GET /v2/`): scheme and auth scheme. */
  ping() {
    return this.transport.ping()
  }

  async close(): Promise<void> {
    await this.transport.close()
  }
}

/** Blob and manifest operations on one repository. */
export class Repository {
  constructor(
    readonly client: RegistryClient,
    readonly name: string
  ) {}

  private get t(): RegistryTransport {
    return this.client.transport
  }

  /** Token scope for `actions` on this repository; push is listed first, as registries expect. */
  scope(actions: 'pull' | 'push' | 'delete'): string[] {
    const list = actions === 'pull' ? 'pull' : actions === 'push' ? 'push,pull' : 'delete,pull'
    return [`repository:${this.name}:${list}`]
  }

  // ---- blobs -------------------------------------------------------------------------------

  /** The blob's size when the repository has it, undefined when it does not. */
  async blobSize(digest: Digest, forPush = false): Promise<number | undefined> {
    const res = await this.t.request('HEAD', `/v2/${this.name}/blobs/${digest}`, {
      scopes: this.scope(forPush ? 'push' : 'pull')
    })
    await drain(res)
    if (res.status === 404) return undefined
    await this.expectStatus(res, 'HEAD', 200)
    return Number(header(res, 'content-length'))
  }

  /**
   * Opens a blob for reading. Every byte is checked while streaming: the stream fails with a
   * {@link ContentMismatchError} when the size or digest does not match `desc`, so a consumer
   * that only commits its output when the stream ends cleanly never keeps unverified data.
   * A connection broken mid-body is resumed with `Range` from the last byte received.
   */
  openBlob(desc: Pick<Descriptor, 'digest' | 'size'>, onProgress?: ProgressListener): Readable {
    return Readable.from(this.blobChunks(desc, onProgress), {
      objectMode: false,
      highWaterMark: 64 * 1024
    })
  }

  /**
   * The blob's chunks as {@link openBlob} streams them, checked the same way: the iteration
   * throws a {@link ContentMismatchError} before it ends unless the size and digest match.
   * `signal` aborts the request in flight, and no retry follows.
   */
  async *blobChunks(
    desc: Pick<Descriptor, 'digest' | 'size'>,
    onProgress?: ProgressListener,
    signal?: AbortSignal
  ): AsyncGenerator<Buffer> {
    const algorithm = digestAlgorithm(desc.digest)
    const hash = streamHash(algorithm, desc.size)
    let hashed = false
    const attempts = new Attempts(
      this.client.retry,
      `download of ${desc.digest} from ${this.t.host}`,
      {
        ...(this.client.onRetry && { onRetry: this.client.onRetry }),
        ...(signal && { signal })
      }
    )
    try {
      yield* this.blobAttempts(desc, hash, attempts, onProgress, signal)
      hashed = true
    } finally {
      // A failed or abandoned download: the hash is dropped, not finished.
      if (!hashed) hash.abort()
    }
    const actual = `${algorithm}:${await hash.digest()}`
    if (actual !== desc.digest)
      throw new ContentMismatchError(`blob ${desc.digest}`, desc.digest, actual)
  }

  /** The GETs of one blob download, resumed with `Range` after a broken connection. */
  private async *blobAttempts(
    desc: Pick<Descriptor, 'digest' | 'size'>,
    hash: StreamHash,
    attempts: Attempts,
    onProgress?: ProgressListener,
    signal?: AbortSignal
  ): AsyncGenerator<Buffer> {
    let received = 0
    for (;;) {
      try {
        const res = await this.t.request('GET', `/v2/${this.name}/blobs/${desc.digest}`, {
          headers: received > 0 ? { range: `bytes=${received}-` } : {},
          scopes: this.scope('pull'),
          noRetry: true,
          ...(signal && { signal })
        })
        await this.expectStatus(res, 'GET', 200, 206)
        let skip = 0
        if (received > 0) {
          const range = /^bytes (\d+)-/.exec(header(res, 'content-range') ?? '')
          if (res.status === 206 && range && Number(range[1]) !== received) {
            await drain(res)
            throw new ContentMismatchError(
              `resumed blob ${desc.digest}`,
              `bytes from ${received}`,
              `bytes from ${range[1]}`
            )
          }
          // A server that ignores Range sends everything again: skip what we have.
          if (res.status === 200) skip = received
        }
        for await (const raw of res.body) {
          let chunk = raw as Buffer
          if (skip > 0) {
            if (chunk.length <= skip) {
              skip -= chunk.length
              continue
            }
            chunk = chunk.subarray(skip)
            skip = 0
          }
          received += chunk.length
          if (received > desc.size) {
            res.body.destroy()
            throw new ContentMismatchError(
              `blob ${desc.digest} size`,
              `${desc.size} bytes`,
              `more than ${desc.size} bytes`
            )
          }
          const hashing = hash.update(chunk)
          onProgress?.(chunk.length)
          yield chunk
          if (hashing) await hashing
        }
        // A body that ends early without an error is resumed, as a broken connection is.
        if (received < desc.size)
          throw new IncompleteBodyError(`blob ${desc.digest} size`, desc.size, received)
        break
      } catch (error) {
        await attempts.after(error)
      }
    }
  }

  /**
   * Starts an upload session (`POST /blobs/uploads/`), or, with `mount`, asks for the blob to
   * be mounted from another repository of the registry (`?mount=&from=`).
   */
  private async initiateUpload(
    options: { mount?: { digest: Digest; from: string }; noRetry?: boolean } = {}
  ): Promise<UploadStart> {
    const mount = options.mount
    const path = `/v2/${this.name}/blobs/uploads/${
      mount
        ? `?mount=${encodeURIComponent(mount.digest)}&from=${encodeURIComponent(mount.from)}`
        : ''
    }`
    const res = await this.t.request('POST', path, {
      scopes: mount ? [...this.scope('push'), `repository:${mount.from}:pull`] : this.scope('push'),
      idempotent: true,
      ...(options.noRetry && { noRetry: true })
    })
    // Some registries refuse a mount outright (401, 403, 404); the blob is uploaded instead.
    if (mount && [401, 403, 404].includes(res.status)) {
      await drain(res)
      return { mounted: false, refused: true }
    }
    await this.expectStatus(res, 'POST', ...(mount ? [201, 202] : [202]))
    await drain(res)
    if (res.status === 201) return { mounted: true }
    const location = header(res, 'location')
    if (!location)
      throw new RegistryError(res.status, 'POST', `/v2/${this.name}/blobs/uploads/`, [
        { code: 'NO_LOCATION', message: 'upload session without a Location' }
      ])
    return {
      mounted: false,
      location,
      minChunk: Number(header(res, 'oci-chunk-min-length') ?? 0) || 0
    }
  }

  /**
   * Mounts a blob from another repository of the same registry. Returns true when mounted
   * (201). A registry that cannot mount answers 202 with an upload session instead, which is
   * cancelled here; the caller then uploads.
   */
  async mountBlob(digest: Digest, from: string): Promise<boolean> {
    const start = await this.initiateUpload({ mount: { digest, from } })
    if (start.mounted) return true
    await this.cancelUpload(start.location)
    return false
  }

  /** Starts an upload session; returns its location. */
  async startUpload(): Promise<string> {
    return (await this.session()).location
  }

  /**
   * A new upload session (no mount asked, so the registry answers with one or an error).
   * With `noRetry`, inside an upload attempt: the attempt, not the transport, retries.
   */
  private async session(noRetry = false): Promise<{ location: string; minChunk: number }> {
    const start = await this.initiateUpload({ noRetry })
    if (start.mounted || !start.location) throw new Error('unreachable: a session was asked for')
    return start
  }

  /** Cancels an upload session (`DELETE`), ignoring failures: unused sessions expire anyway. */
  async cancelUpload(location: string | undefined): Promise<void> {
    if (!location) return
    try {
      const res = await this.t.request('DELETE', location, { scopes: this.scope('push') })
      await drain(res)
    } catch {
      // best effort
    }
  }

  /**
   * Uploads a blob. A failed attempt starts a new session (a half-sent session is never
   * reused blindly, and an expired one, `BLOB_UPLOAD_UNKNOWN`, is replaced); attempts are
   * repeated only when the source can be read again. The client's retry policy bounds the
   * whole upload, chunk resumes included; the requests inside are not retried on their own.
   */
  async pushBlob(
    desc: Pick<Descriptor, 'digest' | 'size'>,
    source: BlobSource,
    options: { mode?: UploadMode; onProgress?: ProgressListener; signal?: AbortSignal } = {}
  ): Promise<void> {
    const attempts = new Attempts(this.client.retry, `upload of ${desc.digest} to ${this.t.host}`, {
      ...(options.signal && { signal: options.signal }),
      ...(this.client.onRetry && { onRetry: this.client.onRetry })
    })
    let mode = options.mode ?? 'monolithic'
    for (;;) {
      let sent = 0
      const progress = (n: number): void => {
        sent += n
        options.onProgress?.(n)
      }
      try {
        if (mode === 'chunked')
          await this.pushChunked(desc, source, progress, attempts, options.signal)
        else await this.pushMonolithic(desc, source, progress, options.signal)
        return
      } catch (error) {
        // Give back the progress of the failed attempt so totals stay true.
        options.onProgress?.(-sent)
        if (error instanceof RegistryError && error.status === 413 && mode === 'monolithic') {
          mode = 'chunked'
          continue
        }
        if (!source.replayable) throw error
        await attempts.after(error, isTemporary(error) || sessionExpired(error))
      }
    }
  }

  private async pushMonolithic(
    desc: Pick<Descriptor, 'digest' | 'size'>,
    source: BlobSource,
    onProgress: ProgressListener,
    signal?: AbortSignal
  ): Promise<void> {
    const { location } = await this.session(true)
    const res = await this.sessionRequest(
      'PUT',
      withDigest(location, desc.digest),
      {
        open: () =>
          source.uploadChunks
            ? countChunks(source.uploadChunks(0), onProgress)
            : counted(source.open(0), onProgress),
        length: desc.size,
        replayable: false
      },
      {},
      signal
    )
    await this.expectStatus(res, 'PUT', 201)
    await drain(res)
    checkDigestHeader(res, desc.digest)
  }

  /**
   * Chunked upload: PATCH bodies of at most `chunkSize` (and at least the registry's
   * `OCI-Chunk-Min-Length`), each with `Content-Range`; after a failed PATCH the upload status
   * (`GET` on the session) says how much arrived, and the upload resumes from there. Resumes
   * count against the upload's `attempts`.
   */
  private async pushChunked(
    desc: Pick<Descriptor, 'digest' | 'size'>,
    source: BlobSource,
    onProgress: ProgressListener,
    attempts: Attempts,
    signal?: AbortSignal
  ): Promise<void> {
    const start = await this.session(true)
    let location = start.location
    const chunkSize = Math.max(this.client.chunkSize, start.minChunk)
    let offset = 0
    let reader = new ChunkReader(source.open(0))
    try {
      while (offset < desc.size) {
        const end = Math.min(desc.size, offset + chunkSize)
        const chunk = await reader.read(end - offset)
        if (chunk.length !== end - offset) {
          throw new ContentMismatchError(
            `source of blob ${desc.digest}`,
            `${desc.size} bytes`,
            `${offset + chunk.length} bytes`
          )
        }
        try {
          const res = await this.sessionRequest(
            'PATCH',
            location,
            chunk,
            { 'content-range': `${offset}-${end - 1}` },
            signal
          )
          await this.expectStatus(res, 'PATCH', 202)
          await drain(res)
          location = header(res, 'location') ?? location
          onProgress(end - offset)
          offset = end
        } catch (error) {
          // An expired session cannot be resumed: the caller starts a new one.
          if (sessionExpired(error)) throw error
          await attempts.after(error)
          const status = await this.t.request('GET', location, {
            scopes: this.scope('push'),
            noRetry: true
          })
          await this.expectStatus(status, 'GET', 204)
          await drain(status)
          location = header(status, 'location') ?? location
          const range = /^(?:bytes=)?0-(\d+)$/.exec(header(status, 'range') ?? '')
          const arrived = range ? Number(range[1]) + 1 : 0
          if (arrived !== end) {
            // The registry has less than we read: start reading again from what it has.
            if (!source.replayable) throw error
            reader.close()
            reader = new ChunkReader(source.open(arrived))
          }
          offset = arrived
        }
      }
    } finally {
      reader.close()
    }
    const res = await this.sessionRequest(
      'PUT',
      withDigest(location, desc.digest),
      Buffer.alloc(0),
      {},
      signal
    )
    await this.expectStatus(res, 'PUT', 201)
    await drain(res)
    checkDigestHeader(res, desc.digest)
  }

  /**
   * A request that sends data into an upload session. It is sent once: the upload around it
   * retries (with a new session, or from the upload status), never the transport.
   */
  private sessionRequest(
    method: 'PUT' | 'PATCH',
    url: string,
    body: RequestBody,
    headers: Record<string, string>,
    signal?: AbortSignal
  ): Promise<HttpResponse> {
    return this.t.request(method, url, {
      headers: { 'content-type': 'application/octet-stream', ...headers },
      body,
      scopes: this.scope('push'),
      idempotent: false,
      noRetry: true,
      ...(signal && { signal })
    })
  }

  /** Throws the registry's error (its body read) unless the answer has one of `ok` statuses. */
  private async expectStatus(res: HttpResponse, method: string, ...ok: number[]): Promise<void> {
    if (!ok.includes(res.status)) await this.t.fail(res, method)
  }

  // ---- manifests ---------------------------------------------------------------------------

  /**
   * Fetches a manifest by tag or digest with the full `Accept` list. The bytes are kept as
   * sent; a manifest fetched by digest must hash to it, and one fetched by tag must match the
   * registry's `Docker-Content-Digest`.
   */
  async getManifest(reference: string): Promise<FetchedManifest & { parsed: ParsedManifest }> {
    const res = await this.t.request('GET', `/v2/${this.name}/manifests/${reference}`, {
      headers: { accept: MANIFEST_ACCEPT },
      scopes: this.scope('pull')
    })
    await this.expectStatus(res, 'GET', 200)
    const length = Number(header(res, 'content-length') ?? 0)
    if (length > MAX_MANIFEST_BYTES) {
      await drain(res)
      throw new UnsupportedManifestError(
        `manifest ${this.name}:${reference} is ${length} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit`
      )
    }
    const bytes = await readBody(res, MAX_MANIFEST_BYTES, this.t.documentTimeoutMs)
    // Check the bytes before reading them: a digest names exactly these bytes.
    const expected = reference.includes(':') ? reference : header(res, 'docker-content-digest')
    if (expected) {
      const what = `manifest ${this.name}@${reference}`
      if (!isDigest(expected))
        throw new ContentMismatchError(`${what} digest`, 'a sha256 or sha512 digest', expected)
      verifyBytes(bytes, expected, undefined, what)
    }
    const contentType = (header(res, 'content-type') ?? '').split(';')[0]!.trim()
    const parsed = parseManifest(bytes, contentType, `manifest ${this.name}@${reference}`)
    return { bytes, mediaType: parsed.mediaType, digest: sha256(bytes), parsed }
  }

  /**
   * `HEAD` on a manifest: its digest, type and size, or undefined when absent. `forPush` asks
   * with the push token a push holds anyway, as {@link blobSize} does, so a push needs one token.
   */
  async headManifest(
    reference: string,
    forPush = false
  ): Promise<{ digest: Digest; mediaType: string; size: number } | undefined> {
    const res = await this.t.request('HEAD', `/v2/${this.name}/manifests/${reference}`, {
      headers: { accept: MANIFEST_ACCEPT },
      scopes: this.scope(forPush ? 'push' : 'pull')
    })
    await drain(res)
    if (res.status === 404) return undefined
    await this.expectStatus(res, 'HEAD', 200)
    const digest = header(res, 'docker-content-digest')
    if (!digest) return undefined
    return {
      digest: digest as Digest,
      mediaType: (header(res, 'content-type') ?? '').split(';')[0]!,
      size: Number(header(res, 'content-length') ?? 0)
    }
  }

  /** Puts manifest bytes under a tag or digest; returns the digest the registry stored. */
  async putManifest(reference: string, bytes: Buffer, mediaType: string): Promise<Digest> {
    return (await this.put(reference, bytes, mediaType)).digest
  }

  /**
   * Puts a manifest that names a `subject`, by digest, and says whether the registry took the
   * subject (it answers `OCI-Subject` when it serves the referrers API, distribution-spec 1.1).
   */
  async putManifestWithSubject(
    bytes: Buffer,
    mediaType: string
  ): Promise<{ digest: Digest; subjectTaken: boolean }> {
    const { digest, subject: answered } = await this.put(sha256(bytes), bytes, mediaType)
    const subject = (JSON.parse(bytes.toString('utf8')) as { subject?: { digest?: string } })
      .subject?.digest
    return { digest, subjectTaken: !!subject && answered === subject }
  }

  /** The PUT of a manifest: its digest, checked against the registry's, and `OCI-Subject`. */
  private async put(
    reference: string,
    bytes: Buffer,
    mediaType: string
  ): Promise<{ digest: Digest; subject: string | undefined }> {
    if (bytes.length > MAX_MANIFEST_BYTES)
      throw new UnsupportedManifestError(
        `manifest of ${bytes.length} bytes exceeds the ${MAX_MANIFEST_BYTES}-byte limit`
      )
    const res = await this.t.request('PUT', `/v2/${this.name}/manifests/${reference}`, {
      headers: { 'content-type': mediaType },
      body: bytes,
      scopes: this.scope('push')
    })
    await this.expectStatus(res, 'PUT', 200, 201)
    await drain(res)
    const digest = sha256(bytes)
    checkDigestHeader(res, digest)
    return { digest, subject: header(res, 'oci-subject') }
  }

  /**
   * The referrers API (distribution-spec 1.1): the manifests whose `subject` is `digest`, or
   * undefined where the registry does not serve the API (it answers 404 for the route).
   */
  async listReferrers(digest: Digest): Promise<Descriptor[] | undefined> {
    const res = await this.t.request('GET', `/v2/${this.name}/referrers/${digest}`, {
      headers: { accept: MediaType.OciIndex },
      scopes: this.scope('pull')
    })
    if (res.status === 404 || res.status === 405) {
      await drain(res)
      return undefined
    }
    await this.expectStatus(res, 'GET', 200)
    const type = (header(res, 'content-type') ?? '').split(';')[0]!.trim()
    const bytes = await readBody(res, MAX_MANIFEST_BYTES, this.t.documentTimeoutMs)
    if (type !== MediaType.OciIndex) return undefined
    const parsed = parseManifest(bytes, type, `referrers of ${this.name}@${digest}`)
    return parsed.kind === 'index' ? parsed.index.manifests : undefined
  }

  /** Deletes a manifest by digest. */
  async deleteManifest(digest: Digest): Promise<void> {
    const res = await this.t.request('DELETE', `/v2/${this.name}/manifests/${digest}`, {
      scopes: this.scope('delete')
    })
    await this.expectStatus(res, 'DELETE', 200, 202)
    await drain(res)
  }

  /**
   * Whether the registry knows the repository: its tag list answers (even empty) rather than
   * `404 NAME_UNKNOWN`. ghcr.io answers so for a package with no versions yet.
   */
  async known(): Promise<boolean> {
    const res = await this.t.request('GET', `/v2/${this.name}/tags/list?n=1`, {
      scopes: this.scope('pull')
    })
    await this.expectStatus(res, 'GET', 200, 404)
    await drain(res)
    return res.status === 200
  }

  /** Every tag of the repository, following `Link` pagination; empty when it has none. */
  async listTags(pageSize = 1000): Promise<string[]> {
    const tags: string[] = []
    let next: string | undefined = `/v2/${this.name}/tags/list?n=${pageSize}`
    while (next) {
      const res = await this.t.request('GET', next, { scopes: this.scope('pull') })
      if (res.status === 404) {
        await drain(res)
        return tags
      }
      await this.expectStatus(res, 'GET', 200)
      const body = JSON.parse(
        (await readBody(res, 16 * 1024 * 1024, this.t.documentTimeoutMs)).toString('utf8')
      ) as {
        tags?: string[] | null
      }
      tags.push(...(body.tags ?? []))
      const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(header(res, 'link') ?? '')
      next = link?.[1]
    }
    return tags
  }
}

/** How an upload began: mounted, a session to send to, or a mount the registry refused. */
type UploadStart =
  | { mounted: true }
  | { mounted: false; location: string; minChunk: number; refused?: undefined }
  | { mounted: false; refused: true; location?: undefined; minChunk?: undefined }

/** The registry forgot the upload session (it expired, or another node never knew it). */
function sessionExpired(error: unknown): boolean {
  return error instanceof RegistryError && error.hasCode(ErrorCodes.BLOB_UPLOAD_UNKNOWN)
}

function withDigest(location: string, digest: Digest): string {
  const hasQuery = location.includes('?')
  return `${location}${hasQuery ? '&' : '?'}digest=${encodeURIComponent(digest)}`
}

function checkDigestHeader(res: HttpResponse, digest: Digest): void {
  const stored = header(res, 'docker-content-digest')
  if (stored && stored.startsWith('sha256:') && digest.startsWith('sha256:') && stored !== digest) {
    throw new ContentMismatchError('digest the registry stored', digest, stored)
  }
}

/** Counts the bytes of an upload body as the HTTP client takes them, holding no chunk back. */
async function* countChunks(
  chunks: AsyncIterable<Buffer>,
  onProgress: ProgressListener
): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    onProgress(chunk.length)
    yield chunk
  }
}

/** Reads a stream in pieces of a given length, for chunked uploads. */
class ChunkReader {
  private readonly iterator: AsyncIterator<Buffer>
  private pending: Buffer = Buffer.alloc(0)
  private done = false

  constructor(private readonly stream: Readable) {
    this.iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  }

  /** The next `length` bytes, or fewer at the end of the stream. */
  async read(length: number): Promise<Buffer> {
    const parts: Buffer[] = [this.pending]
    let size = this.pending.length
    while (size < length && !this.done) {
      const next = await this.iterator.next()
      if (next.done) this.done = true
      else {
        parts.push(next.value)
        size += next.value.length
      }
    }
    const all = Buffer.concat(parts)
    this.pending = all.subarray(length)
    return all.subarray(0, length)
  }

  close(): void {
    this.stream.destroy()
  }
}
