/**
 * Retries, only where repeating is safe (after oras-go's `retry/policy.go`): idempotent
 * requests whose body can be sent again, on 408, 429 and 5xx answers and on connection
 * failures, with exponential backoff and jitter, honouring `Retry-After`, a bounded number of
 * times.
 */
import { Readable } from 'node:stream'
import {
  errorCode,
  IncompleteBodyError,
  isCertificateError,
  NetworkError,
  redactUrl,
  RegistryError,
  type ErrorCode
} from '../errors.js'
import {
  drain,
  header,
  readBody,
  type HttpRequest,
  type HttpResponse,
  type RoundTrip
} from './types.js'

export interface RetryPolicy {
  /** Attempts in all, the first included. Default 5. */
  attempts: number
  /** First backoff in milliseconds; doubles each time. Default 250. */
  baseDelayMs: number
  /** Longest single wait, `Retry-After` included. Default 30 s. */
  maxDelayMs: number
  /**
   * No new attempt starts this long after the first began. Default 2 minutes: a registry that
   * does not answer at all is reported after a few minutes, not after five header timeouts.
   */
  maxElapsedMs: number
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 250,
  maxDelayMs: 30_000,
  maxElapsedMs: 120_000
}

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504])

/** Connection failures worth another try. */
const RETRY_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED'
])

/** Whether a thrown error is a connection failure that another attempt may not meet. */
export function isRetryableError(error: unknown): boolean {
  const code = errorCode(error)
  if (isCertificateError(code)) return false
  return code !== undefined && RETRY_CODES.has(code)
}

/** The wait a `Retry-After` header asks for, in milliseconds (seconds or an HTTP date). */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** Backoff before attempt `n` (1-based count of failures so far), with ±50% jitter. */
export function backoffMs(policy: RetryPolicy, failures: number): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1))
  return Math.round(exp * (0.5 + Math.random()))
}

/** The wait before the next attempt: what `Retry-After` asks for, else the backoff; capped. */
function delayMs(policy: RetryPolicy, failures: number, retryAfter: string | undefined): number {
  return Math.min(policy.maxDelayMs, retryAfterMs(retryAfter) ?? backoffMs(policy, failures))
}

/**
 * Whether an operation that failed with `error` may succeed if done again: a connection
 * failure, a registry answer marked temporary, or a short body (resumable).
 */
export function isTemporary(error: unknown): boolean {
  if (isRetryableError(error)) return true
  if (error instanceof RegistryError) return error.temporary
  return error instanceof IncompleteBodyError
}

function safe(req: HttpRequest): boolean {
  if (req.noRetry) return false
  const replayable = !req.body || req.body instanceof Uint8Array || req.body.replayable
  const idempotent = req.idempotent ?? ['GET', 'HEAD', 'PUT', 'DELETE'].includes(req.method)
  return replayable && idempotent
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(signal!.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** Observer of retries, for logs. */
export type RetryListener = (info: {
  /** What is retried: `GET ghcr.io`, `upload of sha256:… to ghcr.io`. */
  what: string
  attempt: number
  delayMs: number
  reason: string
}) => void

/** Why an attempt failed, in a few words: the connection error code or the HTTP status. */
function reasonOf(error: unknown): string {
  if (error instanceof RegistryError) return `HTTP ${error.status}`
  return errorCode(error) ?? (error instanceof Error ? error.name : String(error))
}

/**
 * The attempts of one operation that spans several requests (an upload session, a resumed
 * download), counted against one policy. Requests made inside such an operation are sent with
 * `noRetry`, so the transport never retries under it: the policy bounds the whole operation.
 */
export class Attempts {
  private failures = 0
  private readonly started = Date.now()

  constructor(
    private readonly policy: RetryPolicy,
    private readonly what: string,
    private readonly options: { signal?: AbortSignal; onRetry?: RetryListener } = {}
  ) {}

  /**
   * Call after a failure: waits and returns when another attempt is worth making, or throws
   * `error` when it is not temporary, the attempts are spent, or the signal aborted.
   */
  async after(error: unknown, temporary = isTemporary(error)): Promise<void> {
    this.failures++
    const { signal, onRetry } = this.options
    if (!temporary || this.failures >= Math.max(1, this.policy.attempts) || signal?.aborted)
      throw error
    const retryAfter = error instanceof RegistryError ? error.headers['retry-after'] : undefined
    const wait = delayMs(this.policy, this.failures, retryAfter)
    if (Date.now() - this.started + wait > this.policy.maxElapsedMs) throw error
    onRetry?.({ what: this.what, attempt: this.failures, delayMs: wait, reason: reasonOf(error) })
    await sleep(wait, signal)
  }
}

/**
 * A 500 answer carrying the spec's error body is final (see {@link RegistryError.temporary}):
 * its body is read here, and handed on in a new stream, so the caller still reports it.
 */
async function finalServerError(res: HttpResponse): Promise<HttpResponse | undefined> {
  if (res.status !== 500) return undefined
  const body = await readBody(res, 64 * 1024, 5_000).catch(() => Buffer.alloc(0))
  let codes: ErrorCode[] = []
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { errors?: unknown }
    if (Array.isArray(parsed.errors)) codes = parsed.errors as ErrorCode[]
  } catch {
    // Not the spec's body: an outage page, worth another attempt.
  }
  const temporary = new RegistryError(500, '', '', codes).temporary
  return temporary ? undefined : { ...res, body: Readable.from([body]) }
}

function whatOf(req: HttpRequest): string {
  return `${req.method} ${req.url.host}`
}

export function withRetry(
  next: RoundTrip,
  policy: RetryPolicy = DEFAULT_RETRY,
  onRetry?: RetryListener
): RoundTrip {
  return async (req: HttpRequest): Promise<HttpResponse> => {
    const attempts = safe(req) ? Math.max(1, policy.attempts) : 1
    const started = Date.now()
    const outOfTime = (wait: number): boolean => Date.now() - started + wait > policy.maxElapsedMs
    for (let attempt = 1; ; attempt++) {
      let res: HttpResponse
      try {
        res = await next(req)
      } catch (error) {
        const wait = backoffMs(policy, attempt)
        if (
          attempt >= attempts ||
          !isRetryableError(error) ||
          req.signal?.aborted ||
          outOfTime(wait)
        ) {
          const code = errorCode(error)
          if (code && isRetryableError(error)) {
            throw new NetworkError(req.method, redactUrl(req.url), code, attempt, error)
          }
          throw error
        }
        onRetry?.({ what: whatOf(req), attempt, delayMs: wait, reason: reasonOf(error) })
        await sleep(wait, req.signal)
        continue
      }
      if (!RETRY_STATUSES.has(res.status) || attempt >= attempts) return res
      const final = await finalServerError(res)
      if (final) return final
      const wait = delayMs(policy, attempt, header(res, 'retry-after'))
      if (outOfTime(wait)) return res
      await drain(res)
      onRetry?.({ what: whatOf(req), attempt, delayMs: wait, reason: `HTTP ${res.status}` })
      await sleep(wait, req.signal)
    }
  }
}
