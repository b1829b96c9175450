/**
 * Content digests (OCI image-spec "Digests"): `algorithm ":" encoded`.
 *
 * A {@link Digest} is a branded string so that a value checked once by {@link parseDigest}
 * cannot be confused with an arbitrary string later (the habit of go-containerregistry's
 * `v1.Hash`).
 */
import { createHash, type Hash } from 'node:crypto'

/** A validated `sha256:<64 hex>` or `sha512:<128 hex>` digest. */
export type Digest = string & { readonly __digest: unique symbol }

/** Algorithms the client can verify, with the length of their lower-case hex encoding. */
const ALGORITHMS: Record<string, number> = { sha256: 64, sha512: 128 }

/** The reason a string is not a digest, or undefined when it is one. */
export function digestProblem(value: string): string | undefined {
  const colon = value.indexOf(':')
  if (colon <= 0) return 'a digest is "sha256:" followed by 64 lower-case hex characters'
  const algorithm = value.slice(0, colon)
  const encoded = value.slice(colon + 1)
  const length = ALGORITHMS[algorithm]
  if (length === undefined)
    return `digest algorithm "${algorithm.length > 20 ? `${algorithm.slice(0, 20)}…` : algorithm}" is not supported (sha256, sha512)`
  if (encoded.length !== length || !/^[a-f0-9]+$/.test(encoded)) {
    return `a ${algorithm} digest has exactly ${length} lower-case hex characters`
  }
  return undefined
}

/** True when `value` is a digest the client can verify. */
export function isDigest(value: string): value is Digest {
  return digestProblem(value) === undefined
}

/**
 * Checks and brands a digest. Throws a `TypeError` naming the rule when it is not one; digests
 * from registries and archives go through here before they name a file or a URL path.
 */
export function parseDigest(value: string): Digest {
  const problem = digestProblem(value)
  if (problem) throw new TypeError(`invalid digest ${JSON.stringify(value)}: ${problem}`)
  return value as Digest
}

/** The algorithm part of a digest (`sha256`). */
export function digestAlgorithm(digest: Digest): string {
  return digest.slice(0, digest.indexOf(':'))
}

/** The encoded (hex) part of a digest. */
export function digestHex(digest: Digest): string {
  return digest.slice(digest.indexOf(':') + 1)
}

/** The sha256 digest of bytes held in memory (manifests, configs). */
export function sha256(data: Uint8Array | string): Digest {
  return `sha256:${createHash('sha256').update(data).digest('hex')}` as Digest
}

/** An incremental hasher for the algorithm of `digest`, to verify content while streaming. */
export function hasherFor(digest: Digest): { hash: Hash; algorithm: string } {
  const algorithm = digestAlgorithm(digest)
  return { hash: createHash(algorithm), algorithm }
}
