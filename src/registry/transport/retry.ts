/**
 * Retries, only where repeating is safe (after oras-go's `retry/policy.go`): idempotent
 * requests whose body can be sent again, on 408, 429 and 5xx answers and on connection
 * failures, with exponential backoff and jitter, honouring `Retry-After`, a bounded number of
 * times.
 */
import { errorCode, isCertificateError, NetworkError, redactUrl } from '../errors.js'
import { drain, header, type HttpRequest, type HttpResponse, type RoundTrip } from './types.js'

export interface RetryPolicy {
  /** Attempts in all, the first included. Default 5. */
  attempts: number
  /** First backoff in milliseconds; doubles each time. Default 250. */
  baseDelayMs: number
  /** Longest single wait, `Retry-After` included. Default 30 s. */
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 250, maxDelayMs: 30_000 }

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

function safe(req: HttpRequest): boolean {
  const replayable = !req.body || req.body instanceof Uint8Array || req.body.replayable
  const idempotent = req.idempotent ?? ['GET', 'HEAD', 'PUT', 'DELETE'].includes(req.method)
  return replayable && idempotent
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(signal.reason)
      },
      { once: true }
    )
  })

/** Observer of retries, for logs. */
export type RetryListener = (info: {
  request: HttpRequest
  attempt: number
  delayMs: number
  reason: string
}) => void

export function withRetry(
  next: RoundTrip,
  policy: RetryPolicy = DEFAULT_RETRY,
  onRetry?: RetryListener
): RoundTrip {
  return async (req: HttpRequest): Promise<HttpResponse> => {
    const attempts = safe(req) ? Math.max(1, policy.attempts) : 1
    for (let attempt = 1; ; attempt++) {
      let res: HttpResponse
      try {
        res = await next(req)
      } catch (error) {
        if (attempt >= attempts || !isRetryableError(error) || req.signal?.aborted) {
          const code = errorCode(error)
          if (code && isRetryableError(error)) {
            throw new NetworkError(req.method, redactUrl(req.url), code, attempt, error)
          }
          throw error
        }
        const delayMs = backoffMs(policy, attempt)
        onRetry?.({ request: req, attempt, delayMs, reason: errorCode(error) ?? String(error) })
        await sleep(delayMs, req.signal)
        continue
      }
      if (!RETRY_STATUSES.has(res.status) || attempt >= attempts) return res
      const asked = retryAfterMs(header(res, 'retry-after'))
      const delayMs = Math.min(policy.maxDelayMs, asked ?? backoffMs(policy, attempt))
      await drain(res)
      onRetry?.({ request: req, attempt, delayMs, reason: `HTTP ${res.status}` })
      await sleep(delayMs, req.signal)
    }
  }
}
