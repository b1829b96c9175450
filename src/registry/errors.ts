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

/**
 * The error codes of the OCI distribution spec ("Error Codes"), plus the two that Docker's
 * registry and ghcr.io send for rate limits and outages.
 */
export const ErrorCodes = {
  BLOB_UNKNOWN: 'BLOB_UNKNOWN',
  BLOB_UPLOAD_INVALID: 'BLOB_UPLOAD_INVALID',
  BLOB_UPLOAD_UNKNOWN: 'BLOB_UPLOAD_UNKNOWN',
  DIGEST_INVALID: 'DIGEST_INVALID',
  MANIFEST_BLOB_UNKNOWN: 'MANIFEST_BLOB_UNKNOWN',
  MANIFEST_INVALID: 'MANIFEST_INVALID',
  MANIFEST_UNKNOWN: 'MANIFEST_UNKNOWN',
  NAME_INVALID: 'NAME_INVALID',
  NAME_UNKNOWN: 'NAME_UNKNOWN',
  SIZE_INVALID: 'SIZE_INVALID',
  UNAUTHORIZED: 'UNAUTHORIZED',
  DENIED: 'DENIED',
  UNSUPPORTED: 'UNSUPPORTED',
  TOOMANYREQUESTS: 'TOOMANYREQUESTS',
  UNAVAILABLE: 'UNAVAILABLE'
} as const

/** Statuses worth retrying whatever the body says: the server may answer differently next time. */
const TEMPORARY_STATUSES = new Set([408, 429, 502, 503, 504])

/** A spec error entry as one short phrase: `CODE: message (detail)`. */
function describeCode(c: ErrorCode): string {
  let detail = ''
  if (c.detail !== undefined && c.detail !== null && c.detail !== '') {
    const text = typeof c.detail === 'string' ? c.detail : JSON.stringify(c.detail)
    detail = ` (${text.length > 200 ? `${text.slice(0, 200)}…` : text})`
  }
  // A registry's words go into logs and annotations: no control characters, so they cannot
  // start a line (or a workflow command) of their own.
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  return `${c.code}: ${c.message ?? ''}${detail}`.replace(/[\u0000-\u001f\u007f]+/g, ' ')
}

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
  /**
   * Whether retrying may succeed: 408, 429, 502 to 504, a spec code saying so, or a 500 that
   * carries no spec error body. A 500 with the spec's body is the registry's considered answer
   * (Distribution sends `500 {"errors":[{"message":"invalid URL on layer"…` for a manifest it
   * refuses), which another attempt would only repeat.
   */
  readonly temporary: boolean

  constructor(
    readonly status: number,
    readonly method: string,
    readonly url: string,
    readonly codes: ErrorCode[] = [],
    readonly headers: Record<string, string> = {}
  ) {
    const what = codes.length ? codes.map(describeCode).join('; ') : `HTTP ${status}`
    super(`${method} ${url}: ${what}${codes.length ? ` (HTTP ${status})` : ''}`)
    this.name = 'RegistryError'
    this.temporary =
      TEMPORARY_STATUSES.has(status) ||
      (status === 500 && codes.length === 0) ||
      this.hasCode(ErrorCodes.TOOMANYREQUESTS, ErrorCodes.UNAVAILABLE)
  }

  /** The registry's own words: each spec error as `CODE: message (detail)`, or empty. */
  get registrySays(): string {
    return this.codes.map(describeCode).join('; ')
  }

  /** Whether any spec error's message matches `pattern` (for registries' documented texts). */
  messageMatches(pattern: RegExp): boolean {
    return this.codes.some(c => pattern.test(c.message ?? ''))
  }

  /** Whether any error code equals one of `codes` (case-insensitive). */
  hasCode(...codes: string[]): boolean {
    const wanted = codes.map(c => c.toUpperCase())
    return this.codes.some(c => typeof c.code === 'string' && wanted.includes(c.code.toUpperCase()))
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

/**
 * A body ended before its declared size without a connection error. Worth another attempt
 * (resumed from what arrived); after the last one it is reported as the size mismatch it is.
 */
export class IncompleteBodyError extends ContentMismatchError {
  readonly temporary = true

  constructor(what: string, expected: number, received: number) {
    super(what, `${expected} bytes`, `${received} bytes`)
    this.name = 'IncompleteBodyError'
  }
}

/** A tar stream or `docker save` archive that cannot be read as one. */
export class InvalidArchiveError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InvalidArchiveError'
  }
}

/** A directory that is not a usable OCI image layout, or lacks what its index names. */
export class InvalidLayoutError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InvalidLayoutError'
  }
}

/** An index has no image for the platform asked for; `available` lists what it has. */
export class PlatformNotFoundError extends Error {
  constructor(
    readonly source: string,
    readonly wanted: string,
    readonly available: string[]
  ) {
    super(`${source} has no ${wanted} image (it has: ${available.join(', ') || 'none'})`)
    this.name = 'PlatformNotFoundError'
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
