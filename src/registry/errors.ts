/**
 * Structured registry errors (after go-containerregistry's `transport/error.go`): the HTTP
 * status, the OCI distribution spec's error codes, the method and a URL with secrets removed.
 */

/** One entry of the spec's `{"errors": [...]}` body. */
export interface ErrorCode {
  code: string
  message: string
  detail?: unknown
}

/** Statuses worth retrying: the server may answer differently next time. */
const TEMPORARY_STATUSES = new Set([408, 429, 500, 502, 503, 504])

/** Removes credentials and signatures from a URL for messages: query values and userinfo. */
export function redactUrl(url: URL | string): string {
  const u = new URL(url.toString())
  u.username = ''
  u.password = ''
  for (const key of [...u.searchParams.keys()]) u.searchParams.set(key, 'REDACTED')
  return u.toString().replace(/=REDACTED/g, '=…')
}

/** A registry answered with an error status. */
export class RegistryError extends Error {
  /** Whether retrying may succeed (5xx, 408, 429, or a spec code saying so). */
  readonly temporary: boolean

  constructor(
    readonly status: number,
    readonly method: string,
    readonly url: string,
    readonly codes: ErrorCode[] = [],
    readonly headers: Record<string, string> = {}
  ) {
    const what = codes.length
      ? codes.map(c => `${c.code}: ${c.message}`).join('; ')
      : `HTTP ${status}`
    super(`${method} ${url}: ${what}${codes.length ? ` (HTTP ${status})` : ''}`)
    this.name = 'RegistryError'
    this.temporary =
      TEMPORARY_STATUSES.has(status) ||
      codes.some(c => c.code === 'TOOMANYREQUESTS' || c.code === 'UNAVAILABLE')
  }

  /** Whether any error code equals one of `codes` (case-insensitive). */
  hasCode(...codes: string[]): boolean {
    const wanted = codes.map(c => c.toUpperCase())
    return this.codes.some(c => wanted.includes(c.code.toUpperCase()))
  }
}

/** Content did not match its descriptor: wrong digest or wrong size. Never retried silently. */
export class ContentMismatchError extends Error {
  constructor(
    readonly what: string,
    readonly expected: string,
    readonly actual: string
  ) {
    super(`${what}: expected ${expected}, got ${actual}`)
    this.name = 'ContentMismatchError'
  }
}

/** The registry could not be reached (DNS, refused, reset, timeout), after `attempts` tries. */
export class NetworkError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly code: string,
    readonly attempts: number,
    cause?: unknown
  ) {
    super(`${method} ${url}: ${code}${attempts > 1 ? ` after ${attempts} attempts` : ''}`, {
      cause
    })
    this.name = 'NetworkError'
  }
}

/** TLS verification failed: the certificate is not trusted, expired, or for another host. */
export class TlsError extends Error {
  constructor(
    readonly host: string,
    readonly code: string,
    cause?: unknown
  ) {
    super(
      `TLS verification of ${host} failed (${code}); trust its CA with NODE_EXTRA_CA_CERTS if it is a private registry`,
      { cause }
    )
    this.name = 'TlsError'
  }
}

/** A manifest the client will not handle (schema 1, an unknown media type, too large). */
export class UnsupportedManifestError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnsupportedManifestError'
  }
}

/** Error codes of Node's TLS layer that mean "the certificate was not accepted". */
export function isCertificateError(code: string | undefined): boolean {
  return (
    !!code &&
    (code.startsWith('CERT_') ||
      code.startsWith('ERR_TLS_CERT') ||
      [
        'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
        'UNABLE_TO_GET_ISSUER_CERT',
        'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
        'DEPTH_ZERO_SELF_SIGNED_CERT',
        'SELF_SIGNED_CERT_IN_CHAIN',
        'HOSTNAME_MISMATCH'
      ].includes(code))
  )
}

/** The `code` of a Node/undici error, looking through `cause`. */
export function errorCode(error: unknown): string | undefined {
  let e: unknown = error
  for (let depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string') return code
    e = (e as { cause?: unknown }).cause
  }
  return undefined
}
